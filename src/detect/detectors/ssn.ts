/**
 * US_SSN: the digits after a "social (security)" / "SSN" cue (9, or more when ASR repeats them), the written shape 123-45-6789 anywhere
 * a company reference is not being given, and "the last four of my social": the 3-6 digits that
 * follow a social cue (ASR may repeat or drop a digit).
 */
import type { Candidate } from '../../types.js';
import type { Detector } from '../types.js';
import { ssnShapeValid } from '../checksums.js';
import { cuesBefore, unitAfter } from '../number-cues.js';

const NAME = 'ssn';
const WRITTEN = /^\d{3}-\d{2}-\d{4}$/;

export const ssnDetector: Detector = {
  name: NAME,
  entityTypes: ['US_SSN'],
  detect(ctx) {
    const out: Candidate[] = [];
    for (const run of ctx.spoken.runs) {
      const d = run.digits;
      if (d.length < 3 || d.length > 30 || d.length !== run.text.length) continue;
      if (unitAfter(ctx, run.endWord)) continue;
      const hits = cuesBefore(ctx, run.startWord);
      const near = hits.slice(0, 2);
      const social =
        near.some((h) => h.cue === 'ssn') && (near[0]!.cue === 'ssn' || near[0]!.cue === 'last4');
      const written = run.endWord - run.startWord === 1 && WRITTEN.test(ctx.tokens[run.startWord]!);
      let found: { score: number; reason: string } | null = null;
      if (social && d.length >= 8) found = { score: 0.95, reason: 'context:social' };
      else if (social) found = { score: 0.9, reason: 'context:social-last-four' };
      else if (written && ssnShapeValid(d) && (!hits[0] || hits[0].cue === 'ssn'))
        found = { score: 0.8, reason: 'shape' };
      if (found) {
        out.push({
          type: 'US_SSN',
          startWord: run.startWord,
          endWord: run.endWord,
          detector: NAME,
          ...found,
          value: d,
        });
      }
    }
    return out;
  },
};
