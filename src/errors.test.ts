import { describe, expect, it } from 'vitest';
import { AudioError, coerceError, TranscriptError, withoutPaths } from './errors.js';

describe('withoutPaths', () => {
  it('names known files by role and hides any other absolute path', () => {
    const transcript = '/srv/data/storage/raw/ab/abcd/transcript';
    const error = withoutPaths(
      new AudioError(`${transcript}: word 30 ends at 6.35 s, after the audio (5 s)`, {
        details: { source: transcript, index: 30 },
      }),
      { [transcript]: 'transcript', '/srv/data/storage/raw/ab/abcd/audio': 'audio' },
    );
    expect(error.message).toBe('transcript: word 30 ends at 6.35 s, after the audio (5 s)');
    expect(error.details).toEqual({ source: 'transcript', index: 30 });
    const other = withoutPaths(new TranscriptError('/tmp/cr-api-x/storage/raw/.incoming/up-1: invalid JSON'));
    expect(other.message).toBe('a file: invalid JSON');
    expect(withoutPaths(new TranscriptError('words[3].start: must be a number')).message).toBe(
      'words[3].start: must be a number',
    );
  });
});

describe('coerceError', () => {
  it('makes a full volume a retryable 507 without the path, and other errnos stay internal', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG']) {
      const err = Object.assign(
        new Error(`${code}: no space left on device, write '/srv/x/raw/.incoming/u'`),
        {
          code,
        },
      );
      const coerced = coerceError(err);
      expect(coerced.code).toBe('INSUFFICIENT_STORAGE');
      expect(coerced.httpStatus).toBe(507);
      expect(coerced.retryable).toBe(true);
      expect(coerced.message).not.toContain('/srv');
    }
    expect(coerceError(Object.assign(new Error('x'), { code: 'EACCES' })).code).toBe('INTERNAL');
  });
});
