/**
 * The engines' one HTTP helper: fetch with the caller's abort signal, engine error text lifted
 * from the answer (truncated, one line), retryable answers told apart. Nothing of the request body
 * (audio) ever reaches an error.
 */
import { TranscriptionError, TranscriptionUnavailableError } from '../errors.js';

const MAX_ERROR_TEXT = 300;
export const RETRYABLE_STATUS = new Set([408, 425, 429, 500, 502, 503, 504, 529]);

/** The most specific message of an engine's error body (OpenAI, whisper.cpp, Deepgram, AssemblyAI shapes). */
export function engineErrorText(body: string): string {
  let text = body;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const error = json.error;
    const candidates = [
      typeof error === 'object' && error !== null ? (error as Record<string, unknown>).message : error,
      json.err_msg,
      json.message,
      json.detail,
    ];
    const found = candidates.find((c): c is string => typeof c === 'string' && c.trim() !== '');
    if (found) text = found;
  } catch {
    // not JSON: the body itself
  }
  return truncateEngineText(text);
}

/** An engine's error text on one line, at most MAX_ERROR_TEXT characters. */
export function truncateEngineText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_TEXT ? `${line.slice(0, MAX_ERROR_TEXT)}...` : line || '(empty answer)';
}

export interface EngineFetch {
  /** engine name, first word of every error message */
  engine: string;
  signal: AbortSignal;
}

/** fetch, with network failures and non-2xx answers turned into transcription errors. */
export async function engineFetch(url: string, init: RequestInit, ctx: EngineFetch): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: ctx.signal });
  } catch (err) {
    if (ctx.signal.aborted) throw abortError(ctx);
    const code = networkCode(err);
    throw new TranscriptionUnavailableError(`${ctx.engine}: cannot reach the engine (${code})`, {
      cause: err,
    });
  }
  if (res.ok) return res;
  const body = await res.text().catch(() => '');
  const message = `${ctx.engine} answered ${res.status}: ${engineErrorText(body)}`;
  const details = { engine: ctx.engine, status: res.status };
  if (RETRYABLE_STATUS.has(res.status)) throw new TranscriptionUnavailableError(message, { details });
  throw new TranscriptionError(message, { details });
}

/** The answer's JSON body; anything else is an engine error (never retried: it would answer the same). */
export async function engineJson(res: Response, ctx: EngineFetch): Promise<unknown> {
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    if (ctx.signal.aborted) throw abortError(ctx);
    throw new TranscriptionUnavailableError(`${ctx.engine}: the answer was cut off`, { cause: err });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new TranscriptionError(`${ctx.engine}: the answer is not JSON`);
  }
}

export function abortError(ctx: EngineFetch): Error {
  const reason: unknown = ctx.signal.reason;
  // the transcriber's timeout signal: retryable; a cancelled call: passed on as it is
  if (reason instanceof Error && reason.name === 'TimeoutError') {
    return new TranscriptionUnavailableError(`${ctx.engine}: no answer in time`, { cause: reason });
  }
  return reason instanceof Error ? reason : new Error('aborted');
}

function networkCode(err: unknown): string {
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}

/** Waits `ms`, or rejects when the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
