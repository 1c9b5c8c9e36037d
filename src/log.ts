/**
 * pino loggers. Logs carry ids, codes, counts and timings only: never transcript text, entity
 * values, file contents or client file names. Auth headers are redacted as a second line of defence.
 */
import { pino, type Logger } from 'pino';
import { coerceError } from './errors.js';

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

/**
 * What a log line says about an error: its code and PII-free message (CallRedactError contract),
 * plus the underlying cause's name, code and message when the cause is a system or driver error
 * (one with a string code such as SQLITE_BUSY_SNAPSHOT or ECONNREFUSED: those messages describe
 * the condition, not the data). Other foreign messages may quote input and are left out.
 */
export function errorFields(err: unknown): Record<string, unknown> {
  const error = coerceError(err);
  const fields: Record<string, unknown> = { code: error.code, message: error.message };
  const cause = (error === err ? error.cause : err) as
    { name?: unknown; code?: unknown; message?: unknown } | null | undefined;
  if (cause && typeof cause === 'object') {
    const causeFields: Record<string, unknown> = {};
    if (typeof cause.name === 'string') causeFields['name'] = cause.name;
    if (typeof cause.code === 'string' || typeof cause.code === 'number') {
      causeFields['code'] = cause.code;
      if (typeof cause.message === 'string') causeFields['message'] = cause.message.slice(0, 300);
    }
    if (Object.keys(causeFields).length > 0) fields['cause'] = causeFields;
  }
  return fields;
}
