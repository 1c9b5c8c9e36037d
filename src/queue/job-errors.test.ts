import { createHash, randomBytes } from 'node:crypto';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AudioProcessingError,
  ConfigError,
  TranscriptError,
  UnavailableError,
  VerificationError,
} from '../errors.js';
import { asCallJob, parseFailure, toJobError } from './job-errors.js';
import { CALL_JOB_BACKOFF_MS, callJobOptions } from './jobs.js';

describe('job errors', () => {
  it('makes input, configuration, verification and internal errors unrecoverable, retries the retryable', () => {
    expect(toJobError(new TranscriptError('transcript: words.3.start: expected number'))).toBeInstanceOf(
      UnrecoverableError,
    );
    expect(toJobError(new VerificationError('token left'))).toBeInstanceOf(UnrecoverableError);
    expect(toJobError(new AudioProcessingError('ffmpeg exited 1'))).not.toBeInstanceOf(UnrecoverableError);
    expect(toJobError(new UnavailableError('db down'))).not.toBeInstanceOf(UnrecoverableError);
    expect(toJobError(new ConfigError('no key'))).toBeInstanceOf(UnrecoverableError);
    expect(toJobError(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).not.toBeInstanceOf(
      UnrecoverableError,
    );
    expect(toJobError(Object.assign(new Error('conn'), { code: '08006' }))).not.toBeInstanceOf(
      UnrecoverableError,
    );
  });

  it('never passes foreign messages through (they may quote input)', () => {
    const err = toJobError(new Error('Unexpected token in "Marisol Quenby"'));
    expect(err.message).toBe('INTERNAL: internal error');
    expect(toJobError(new SyntaxError('Unexpected token M'))).toBeInstanceOf(UnrecoverableError);
  });

  it('round-trips code and message through the failed reason', () => {
    const err = toJobError(new TranscriptError('transcript: words.3.start: expected number'));
    expect(parseFailure(err.message)).toEqual({
      code: 'INVALID_TRANSCRIPT',
      message: 'transcript: words.3.start: expected number',
    });
    expect(parseFailure('job stalled more than allowable limit').code).toBe('STALLED');
    expect(parseFailure('something odd with Marisol')).toEqual({
      code: 'INTERNAL',
      message: 'processing failed',
    });
  });
});

describe('call job retries (real Redis, real BullMQ worker, the call jobs options)', () => {
  const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  let queue: Queue;
  let worker: Worker;
  /** attempt start times per job id */
  const attempts = new Map<string, number[]>();
  const econnreset = (): Error => Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  /** what each job throws on its first attempt (later attempts succeed) */
  const FIRST_ATTEMPT: Record<string, () => Error> = {
    'redis-away': () => new UnavailableError('the job queue is unavailable'),
    'db-reset': econnreset,
    'ffmpeg-once': () => new AudioProcessingError('ffmpeg exited with code 1'),
    'bad-transcript': () => new TranscriptError('transcript: words[3].start: expected number'),
    'bad-config': () => new ConfigError('the vault needs VAULT_MASTER_KEY or VAULT_MASTER_KEY_FILE'),
    verification: () => new VerificationError('a token survived'),
    foreign: () => new Error('Unexpected token in "Marisol Quenby"'),
  };

  beforeAll(async () => {
    const name = `crtest-retry-${randomBytes(4).toString('hex')}`;
    queue = new Queue(name, { connection: { url: REDIS_URL } });
    worker = new Worker(
      name,
      (job: Job<{ kind: string }>) =>
        asCallJob(async () => {
          const seen = [...(attempts.get(job.id!) ?? []), Date.now()];
          attempts.set(job.id!, seen);
          if (seen.length === 1) throw FIRST_ATTEMPT[job.data.kind]!();
          return 'done';
        }),
      { connection: { url: REDIS_URL, maxRetriesPerRequest: null } },
    );
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  /** Adds a job of `kind` with the call jobs' options and waits until it has finished for good. */
  const finish = async (kind: string) => {
    const id = createHash('sha256').update(kind).digest('hex').slice(0, 32);
    await queue.add('redact', { kind }, callJobOptions(id));
    for (;;) {
      const state = await queue.getJobState(id);
      if (state === 'completed' || state === 'failed') {
        const job = (await queue.getJob(id))!;
        return {
          id,
          outcome: {
            state,
            attempts: attempts.get(id)!.length,
            reason: state === 'failed' ? job.failedReason : null,
          },
        };
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  it('retries retryable errors after the backoff and fails every other error at once', async () => {
    const kinds = Object.keys(FIRST_ATTEMPT);
    const finished = await Promise.all(kinds.map(finish));
    expect(Object.fromEntries(kinds.map((k, i) => [k, finished[i]!.outcome]))).toEqual({
      'redis-away': { state: 'completed', attempts: 2, reason: null },
      'db-reset': { state: 'completed', attempts: 2, reason: null },
      'ffmpeg-once': { state: 'completed', attempts: 2, reason: null },
      'bad-transcript': {
        state: 'failed',
        attempts: 1,
        reason: 'INVALID_TRANSCRIPT: transcript: words[3].start: expected number',
      },
      'bad-config': {
        state: 'failed',
        attempts: 1,
        reason: 'INVALID_CONFIG: the vault needs VAULT_MASTER_KEY or VAULT_MASTER_KEY_FILE',
      },
      verification: { state: 'failed', attempts: 1, reason: 'VERIFICATION_FAILED: a token survived' },
      foreign: { state: 'failed', attempts: 1, reason: 'INTERNAL: internal error' },
    });
    // each retry waited for the first step of the exponential backoff
    for (const kind of ['redis-away', 'db-reset', 'ffmpeg-once']) {
      const [first, second] = attempts.get(finished[kinds.indexOf(kind)]!.id)!;
      expect(second! - first!).toBeGreaterThanOrEqual(CALL_JOB_BACKOFF_MS - 50);
    }
  });
});
