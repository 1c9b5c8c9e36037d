import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { AudioProcessingError, TranscriptError, UnavailableError, VerificationError } from '../errors.js';
import { parseFailure, toJobError } from './process-call.js';

describe('job errors', () => {
  it('makes input and verification errors unrecoverable, keeps the rest retryable', () => {
    expect(toJobError(new TranscriptError('transcript: words.3.start: expected number'))).toBeInstanceOf(
      UnrecoverableError,
    );
    expect(toJobError(new VerificationError('token left'))).toBeInstanceOf(UnrecoverableError);
    expect(toJobError(new AudioProcessingError('ffmpeg exited 1'))).not.toBeInstanceOf(UnrecoverableError);
    expect(toJobError(new UnavailableError('db down'))).not.toBeInstanceOf(UnrecoverableError);
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
