/**
 * How the long-running processes (API server, queue worker) stop: their close steps run once, in
 * order, however often close is called, and SIGTERM/SIGINT run them before the process exits, with
 * the exit code the steps return (0 when they return nothing). With `deadlineMs`, a process whose
 * steps hang past it after a signal exits 1 anyway.
 */
import type { Logger } from 'pino';
import { errorFields } from './log.js';

export interface ShutdownOptions {
  /** install SIGTERM/SIGINT handlers that close and exit (default true; tests close by hand) */
  handleSignals?: boolean;
  /** after a signal, exit 1 when closing takes longer than this */
  deadlineMs?: number;
}

export function gracefulClose(
  logger: Logger,
  what: string,
  steps: () => Promise<number | void>,
  options: ShutdownOptions = {},
): () => Promise<void> {
  let closing: Promise<number> | undefined;
  const closeWithCode = (): Promise<number> =>
    (closing ??= (async () => {
      const code = (await steps()) ?? 0;
      logger.info({ exitCode: code }, `${what} stopped`);
      return code;
    })());
  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, `${what}: shutting down`);
        if (options.deadlineMs !== undefined) {
          setTimeout(() => {
            logger.error({ deadlineMs: options.deadlineMs }, `${what}: shutdown took too long, exiting`);
            process.exit(1);
          }, options.deadlineMs).unref();
        }
        void closeWithCode().then(
          (code) => process.exit(code),
          (err: unknown) => {
            logger.error(errorFields(err), `${what}: shutdown failed`);
            process.exit(1);
          },
        );
      });
    }
  }
  return async () => {
    await closeWithCode();
  };
}
