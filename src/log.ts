/**
 * pino loggers. Logs carry ids, codes, counts and timings only: never transcript text, entity
 * values, file contents or client file names. Auth headers are redacted as a second line of defence.
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(
  options: { level?: string; name?: string; destination?: NodeJS.WritableStream } = {},
): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      name: options.name ?? 'callredact',
      redact: {
        paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie'],
        remove: true,
      },
    },
    (options.destination as pino.DestinationStream | undefined) ?? pino.destination(2),
  );
}
