/**
 * Attack probe (RELIABILITY.md B8): a transcript that is one pattern repeated for 100,000 words
 * ("five five five ...", "one hundred one hundred ...") is the worst case of every pass that grows
 * a number, date or name run word by word. Detection must end (inside the test timeout: a pass
 * that rescans its run would take hours here) and every entity's word range must stay exact.
 * In this suite rather than `npm test` because the nine runs cost ~45 s of CPU.
 */
import { describe, it } from 'vitest';
import type { Word } from '../../src/types.js';
import { analyze } from '../../src/detect/analyze.js';
import { expectExactRanges } from '../helpers/entity-ranges.js';

describe('detection on one endless run', () => {
  it.each([
    'oh',
    'five',
    'x',
    'uh five',
    'double',
    'the third of',
    'one hundred',
    'one two three the',
    'born may 3 1984',
  ])('ends on 100,000 words of %j with exact ranges', (pattern) => {
    const parts = pattern.split(' ');
    const words: Word[] = Array.from({ length: 100_000 }, (_, i) => ({ text: parts[i % parts.length]! }));
    expectExactRanges(analyze(words), words.length);
  });
});
