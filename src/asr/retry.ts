/**
 * One engine request with a timeout per attempt and retries with exponential backoff for
 * retryable answers (429, 5xx, connection refused, no answer in time). Other errors (a 400 for a
 * bad file, a 401 for a wrong key) are final at once: the engine would answer the same again.
 */
import type { CallRedactError } from '../errors.js';
import { coerceError, TranscriptionUnavailableError } from '../errors.js';
import { sleep } from './http.js';

export interface RetryOptions {
  engine: string;
  timeoutMs: number;
  /** further attempts after the first */
  retries: number;
  /** before the first retry; doubles per attempt */
  delayMs: number;
  /** the whole call's cancellation */
  signal?: AbortSignal | undefined;
  onRetry?: (attempt: number, error: CallRedactError) => void;
}

export async function withRetries<T>(fn: (signal: AbortSignal) => Promise<T>, o: RetryOptions): Promise<T> {
  const outer = o.signal ?? new AbortController().signal;
  for (let attempt = 0; ; attempt++) {
    const timeout = AbortSignal.timeout(o.timeoutMs);
    try {
      return await fn(AbortSignal.any([outer, timeout]));
    } catch (err) {
      if (outer.aborted) throw err;
      const error = timeout.aborted
        ? new TranscriptionUnavailableError(
            `${o.engine}: no answer within ${Math.round(o.timeoutMs / 1000)} s (ASR_TIMEOUT_MS)`,
            { cause: err },
          )
        : coerceError(err, `${o.engine}: transcription failed`);
      if (!error.retryable || attempt >= o.retries) throw error;
      o.onRetry?.(attempt + 1, error);
      await sleep(o.delayMs * 2 ** attempt, outer);
    }
  }
}
