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
import type { ExtendView, Make } from './person-extend.js';
import { afterPersonPhrase } from './person-unknown-places.js';

const MAX_RUN = 3;
const NAME_SHAPE = /^\p{L}{3,}$/u;

/** Is word k a word no list holds, of name shape (found or not)? */
function unknownWord(view: ExtendView, k: number): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  return !view.masked(k) && NAME_SHAPE.test(text) && view.evidence(k) === NameEvidence.Unknown;
}

/** Is word k free and a word no list holds, of name shape? */
export function unknownAt(view: ExtendView, k: number, covered: Uint8Array): boolean {
  return !covered[k] && unknownWord(view, k);
}

/** End of the run of unknown words from k on (same speaker, at most `max`), k when none. */
export function runFrom(view: ExtendView, k: number, covered: Uint8Array, max = MAX_RUN): number {
  let end = k;
  while (end - k < max && unknownAt(view, end, covered) && sameSpeaker(view.ctx, k, end)) end++;
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

/**
 * End of the run from k of unknown words and words already found as names ("add zembaro
 * dukteli as guardian" where "dukteli" was found alone), at most `max`; k when none or when every
 * word was found already.
 */
export function runThroughFound(view: ExtendView, k: number, covered: Uint8Array, max = MAX_RUN): number {
  let end = k;
  let fresh = 0;
  while (end - k < max && sameSpeaker(view.ctx, k, end)) {
    if (unknownWord(view, end) && !covered[end]) fresh++;
    else if (!covered[end] || !NAME_SHAPE.test(view.ctx.words[end]?.text ?? '')) break;
    end++;
  }
  return fresh > 0 ? end : k;
}

/**
 * Adds the name [k, end), replacing the names found inside it ("dukteli" found alone); a span
 * reaching outside the run is left as it is (it may run on into an address).
 */
export function addMerged(out: Candidate[], covered: Uint8Array, make: Make, k: number, end: number): void {
  for (let c = out.length - 1; c >= 0; c--) {
    const found = out[c]!;
    if (found.startWord >= k && found.endWord <= end) out.splice(c, 1);
  }
  out.push(make(k, end, 'cue:context'));
  covered.fill(1, k, end);
}
