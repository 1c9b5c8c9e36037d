/**
 * Raw ASR (no capitals, no punctuation): words that no name, English or place list holds, in a
 * place only a person fills. Formatted text reads these places with its capitals
 * (person-unknown-places.ts); raw ASR has only the words around them:
 *
 * after a phrase whose object is a person (lexicons/names/cues/person-phrase-before/): "named
 * after velkor amundai", "the assistant to velkor amundai", "a tribute to velkor amundai". One to
 * three such words in a row are taken.
 *
 * Dropped: a run before "who" (round 21): slang and plurals no list holds ("the creative tweeps
 * who ...") stand there as often as names.
 */
import type { Candidate } from '../../types.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView } from './person-extend.js';
import { afterPersonPhrase } from './person-unknown-places.js';

type Make = (start: number, end: number, reason: string) => Candidate;

const MAX_RUN = 3;
const NAME_SHAPE = /^\p{L}{3,}$/u;

/** Is word k free and a word no list holds, of name shape? */
function unknownAt(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  return !covered[k] && !view.masked(k) && NAME_SHAPE.test(text) && view.evidence(k) === NameEvidence.Unknown;
}

/** End of the run of unknown words from k on (same speaker, at most MAX_RUN), k when none. */
function runFrom(view: ExtendView, k: number, covered: Uint8Array): number {
  let end = k;
  while (end - k < MAX_RUN && unknownAt(view, end, covered) && sameSpeaker(view.ctx, k, end)) end++;
  return end;
}

export function addAsrUnknownNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let k = 1; k < tokens.length; k++) {
    if (!afterPersonPhrase(view, k) || !sameSpeaker(view.ctx, k - 1, k)) continue;
    const end = runFrom(view, k, covered);
    if (end === k) continue;
    out.push(make(k, end, 'cue:context'));
    covered.fill(1, k, end);
    k = end - 1;
  }
}
