/**
 * How the long-running processes (API server, queue worker) stop: their close steps run once, in
 * order, however often close is called, and SIGTERM/SIGINT run them before the process exits.
 */
import type { Logger } from 'pino';

export interface ShutdownOptions {
  /** install SIGTERM/SIGINT handlers that close and exit (default true; tests close by hand) */
  handleSignals?: boolean;
}

export function gracefulClose(
  logger: Logger,
  what: string,
  steps: () => Promise<void>,
  options: ShutdownOptions = {},
): () => Promise<void> {
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await steps();
      logger.info(`${what} stopped`);
    })());
  if (options.handleSignals ?? true) {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, `${what}: shutting down`);
        void close().then(() => process.exit(0));
      });
    }
  }
  return close;
}
