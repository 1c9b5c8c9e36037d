/**
 * One error hierarchy for the whole project. Every error that crosses a module boundary is a
 * CallRedactError with a stable `code`, the HTTP status the API answers with, and whether a
 * retry can help: the queue retries a call job only when its error is `retryable` (with backoff)
 * and fails it at once otherwise (src/queue/job-errors.ts).
 *
 * Messages must never contain PII: name files by their path or id, fields by their JSON path,
 * never quote transcript text or entity values.
 */
export interface ErrorOptions {
  cause?: unknown;
  /** PII-free structured details (paths, indices, counts) */
  details?: Record<string, unknown>;
}

export class CallRedactError extends Error {
  readonly code: string = 'INTERNAL';
  readonly httpStatus: number = 500;
  readonly retryable: boolean = false;
  readonly details: Record<string, unknown> | undefined;

  constructor(message: string, options: ErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.details = options.details;
  }

  toJSON(): { code: string; message: string; details?: Record<string, unknown> } {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }
}

/** Bad input from the user: wrong arguments, unreadable files, schema violations. */
export class InputError extends CallRedactError {
  override readonly code: string = 'INVALID_INPUT';
  override readonly httpStatus: number = 400;
}

/** A transcript that cannot be parsed; `details.path` names the bad field, `details.line` the line. */
export class TranscriptError extends InputError {
  override readonly code: string = 'INVALID_TRANSCRIPT';
}

/** Audio that cannot be decoded, or that does not fit its transcript. */
export class AudioError extends InputError {
  override readonly code: string = 'INVALID_AUDIO';
}

/**
 * Words in a writing system the detectors do not inspect, under a policy that refuses them
 * (onUnsupported: refuse): the call fails and nothing is published. `details` holds the count and
 * the script names, never the words.
 */
export class UnsupportedScriptError extends InputError {
  override readonly code = 'UNSUPPORTED_SCRIPT';
  override readonly httpStatus = 422;
}

export class UnsupportedMediaError extends InputError {
  override readonly code = 'UNSUPPORTED_MEDIA';
  override readonly httpStatus = 415;
}

export class PayloadTooLargeError extends InputError {
  override readonly code = 'PAYLOAD_TOO_LARGE';
  override readonly httpStatus = 413;
}

export class ConfigError extends CallRedactError {
  override readonly code = 'INVALID_CONFIG';
}

export class NotFoundError extends CallRedactError {
  override readonly code = 'NOT_FOUND';
  override readonly httpStatus = 404;
}

export class AuthenticationError extends CallRedactError {
  override readonly code = 'UNAUTHENTICATED';
  override readonly httpStatus = 401;
}

export class ForbiddenError extends CallRedactError {
  override readonly code = 'FORBIDDEN';
  override readonly httpStatus = 403;
}

export class ConflictError extends CallRedactError {
  override readonly code = 'CONFLICT';
  override readonly httpStatus = 409;
}

/**
 * A queue attempt that must not publish: the call was completed by another attempt meanwhile, or
 * this worker no longer holds the job (its lock expired or it was handed back).
 */
export class SupersededError extends CallRedactError {
  override readonly code = 'SUPERSEDED';
  override readonly httpStatus = 409;
}

export class RateLimitError extends CallRedactError {
  override readonly code = 'RATE_LIMITED';
  override readonly httpStatus = 429;
  override readonly retryable = true;
}

/** A dependency (Redis, database, storage) is unreachable; retrying later can help. */
export class UnavailableError extends CallRedactError {
  override readonly code = 'UNAVAILABLE';
  override readonly httpStatus = 503;
  override readonly retryable = true;
}

/**
 * A volume the service writes to is full (ENOSPC, a quota, a file-size limit): 507 to a client,
 * retried with backoff in a job, since space can come back. Nothing partial is kept or published.
 */
export class InsufficientStorageError extends CallRedactError {
  override readonly code = 'INSUFFICIENT_STORAGE';
  override readonly httpStatus = 507;
  override readonly retryable = true;
}

/** ENOSPC, EDQUOT, EFBIG: the write failed for want of space, not because of the input. */
export function isStorageFull(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG';
}

/** ffmpeg failed or timed out on input it accepted at probe time. */
export class AudioProcessingError extends CallRedactError {
  override readonly code = 'AUDIO_PROCESSING_FAILED';
  override readonly retryable = true;
}

/**
 * The speech-to-text engine refused the audio or answered with something unusable. The message
 * carries the engine's own error text (never audio or transcript content).
 */
export class TranscriptionError extends CallRedactError {
  override readonly code: string = 'TRANSCRIPTION_FAILED';
  override readonly httpStatus: number = 502;
}

/** The engine is unreachable, overloaded (429, 5xx) or too slow: a later attempt can work. */
export class TranscriptionUnavailableError extends TranscriptionError {
  override readonly code = 'TRANSCRIPTION_UNAVAILABLE';
  override readonly httpStatus = 503;
  override readonly retryable = true;
}

/** The output could not be proven redacted; nothing is published (fail closed). */
export class VerificationError extends CallRedactError {
  override readonly code = 'VERIFICATION_FAILED';
}

export class VaultError extends CallRedactError {
  override readonly code: string = 'VAULT_ERROR';
}

/** Ciphertext failed authentication, or the master key is wrong. */
export class VaultIntegrityError extends VaultError {
  override readonly code = 'VAULT_INTEGRITY';
}

/**
 * Turns anything thrown into a CallRedactError. Unknown errors keep their original as `cause`
 * (for logs at debug level in trusted places) but get a generic message, because foreign error
 * messages (JSON.parse, ffmpeg stderr, drivers) may quote input data.
 */
export function coerceError(err: unknown, fallbackMessage = 'internal error'): CallRedactError {
  if (err instanceof CallRedactError) return err;
  if (isStorageFull(err)) return new InsufficientStorageError('storage is full', { cause: err });
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && isTransient(code)) {
    return new UnavailableError('a required service is unreachable or busy', { cause: err });
  }
  return new CallRedactError(fallbackMessage, { cause: err });
}

/** Network failures, a busy or restarting database, exhausted descriptors: a later attempt can work. */
const TRANSIENT_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EMFILE',
  'ENFILE',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  // PostgreSQL: serialization failure, deadlock, shutdown in progress
  '40001',
  '40P01',
  '57P01',
  '57P02',
  '57P03',
]);

function isTransient(code: string): boolean {
  // PostgreSQL classes 08 (connection exception) and 53 (insufficient resources)
  // SQLite extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED_SHAREDCACHE...)
  return (
    TRANSIENT_CODES.has(code) || /^(08|53)[0-9A-Z]{3}$/.test(code) || /^SQLITE_(BUSY|LOCKED)_/.test(code)
  );
}

/** An absolute POSIX path of two or more segments (a storage key's location, a temp file). */
const ABSOLUTE_PATH = /(?<![\w.:/])\/(?:[^\s/'"`():,]+\/)+[^\s/'"`():,]*/g;

/**
 * Copies of a message and its details fit for clients (API bodies, webhooks, the ledger): the
 * known files named by their role ("transcript", "audio"), any other absolute path replaced, so
 * no server location or internal layout leaks. Mutates and returns the error.
 */
export function withoutPaths<E extends CallRedactError>(error: E, roles: Record<string, string> = {}): E {
  const scrub = (text: string): string => {
    let out = text;
    // longest first, so a folder does not eat the start of a file inside it
    for (const [file, role] of Object.entries(roles).sort((a, b) => b[0].length - a[0].length)) {
      if (file) out = out.split(file).join(role);
    }
    return out.replace(ABSOLUTE_PATH, 'a file');
  };
  error.message = scrub(error.message);
  if (error.details) {
    const details = error.details as Record<string, unknown>;
    for (const [k, v] of Object.entries(details)) if (typeof v === 'string') details[k] = scrub(v);
  }
  return error;
}
