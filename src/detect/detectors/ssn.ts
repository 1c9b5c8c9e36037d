/**
 * US_SSN: the digits after a "social (security)" / "SSN" cue (9, or more when ASR repeats them), the written shape 123-45-6789 anywhere
 * a company reference is not being given, and "the last four of my social": the 3-6 digits that
 * follow a social cue (ASR may repeat or drop a digit), when "last four" was said or the cue is
 * a few words before them.
 */
import type { Candidate } from '../../types.js';
import type { Detector } from '../types.js';
import { ssnShapeValid } from '../checksums.js';
import { cuesBefore, firstCueWord, unitAfter } from '../number-cues.js';
import type { SpokenRun } from '../../transcript/spoken-view.js';

const NAME = 'ssn';
const WRITTEN = /^\d{3}-\d{2}-\d{4}$/;
/**
 * Significant words between a bare social cue and a short number (no "last four" said): further
 * away the cue word is a name or a topic ("The Social Harmony Choir first sang in 2004").
 */
const SHORT_REACH = 4;

/**
 * The digits of a run as a value of their own. A spelled cue runs on into the digits in raw ASR
 * ("my s s n eight three six ..." is one spelled run "ssn836..."): the letters before the first
 * digit are then left out, so the cue before the digits is read as for any other value.
 */
function digitPart(run: SpokenRun): { startWord: number; endWord: number; digits: string } | undefined {
  const d = run.digits;
  if (d.length === run.text.length) return { startWord: run.startWord, endWord: run.endWord, digits: d };
  const first = run.chunks.findIndex((c) => /\d/.test(c.text));
  if (first <= 0 || first > 4) return undefined;
  const lead = run.chunks.slice(0, first);
  const rest = run.chunks.slice(first);
  if (!lead.every((c) => c.kind === 'letter') || !rest.every((c) => /^\d+$/.test(c.text))) return undefined;
  return { startWord: rest[0]!.startWord, endWord: run.endWord, digits: d };
}

export const ssnDetector: Detector = {
  name: NAME,
  entityTypes: ['US_SSN'],
  detect(ctx) {
    const out: Candidate[] = [];
    for (const whole of ctx.spoken.runs) {
      const run = digitPart(whole);
      if (!run) continue;
      const d = run.digits;
      // letters run into a short number are a code ("s s n four five six"), a full SSN is not
      if (d.length < (run.startWord > whole.startWord ? 8 : 3) || d.length > 30) continue;
      if (unitAfter(ctx, run.endWord)) continue;
      const written = run.endWord - run.startWord === 1 && WRITTEN.test(ctx.tokens[run.startWord]!);
      // no social cue can be found before the first word that opens one (most calls have none)
      if (!written && firstCueWord(ctx, 'ssn') >= run.startWord) continue;
      const hits = cuesBefore(ctx, run.startWord);
      const near = hits.slice(0, 2);
      const social =
        near.some((h) => h.cue === 'ssn') && (near[0]!.cue === 'ssn' || near[0]!.cue === 'last4');
      let found: { score: number; reason: string } | null = null;
      if (social && d.length >= 8) found = { score: 0.95, reason: 'context:social' };
      else if (social && (near.some((h) => h.cue === 'last4') || near[0]!.distance <= SHORT_REACH))
        found = { score: 0.9, reason: 'context:social-last-four' };
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
