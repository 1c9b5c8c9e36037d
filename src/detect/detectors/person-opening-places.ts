/**
 * A place after a sentence-opening preposition of place read as a name. Reports open sentences
 * with the place ("Near Tamsa Orvel, one strike destroyed ...", raw ASR "near tamsa orvel one
 * strike ..."); the preposition opens the sentence, so the name passes never see it before the
 * chain (a capitalised first word is no preposition to them, and raw ASR may even take it into
 * the name). A PERSON candidate that follows such a preposition ("near", "outside", "around")
 * opening a turn or a sentence, or opens with one, is a place and goes, unless it is possessive ("Near Ada Quist's house"), or a naming cue
 * or a title placed it.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { sameSpeaker } from '../call-words.js';
import { dropUncuedPersonsIn, NAMING_CUE, titled } from './person-lower-veto.js';

/** Prepositions of place that open a sentence about a place (not "in", "at": "In Ada's view"). */
const OPENERS = new Set(['near', 'outside', 'around']);
const SENTENCE_END = /[.!?]["')\]]*$/u;
const POSSESSIVE = /['’]s?$/u;

/** Does word k open a turn or a sentence? */
const opensSentence = (ctx: DetectionContext, k: number): boolean =>
  k === 0 || !sameSpeaker(ctx, k - 1, k) || SENTENCE_END.test(ctx.words[k - 1]!.text);

/** Is word k an opening preposition of place? */
const openingPlaceWord = (ctx: DetectionContext, k: number): boolean =>
  OPENERS.has(ctx.tokens[k] ?? '') && opensSentence(ctx, k);

/** Arabic articles that may open a place's name before the words a candidate holds ("Near Al Tamsa"). */
const ARTICLES = new Set(['al', 'el']);

/**
 * Word ranges of places after an opening preposition: the preposition and the PERSON candidates
 * chained from the word after it (each opening inside the range so far), as [preposition, end).
 */
function placeRanges(ctx: DetectionContext, persons: readonly Candidate[]): [number, number][] {
  const byStart = new Map<number, Candidate[]>();
  for (const c of persons) byStart.set(c.startWord, [...(byStart.get(c.startWord) ?? []), c]);
  const ranges: [number, number][] = [];
  for (let k = 0; k < ctx.words.length - 1; k++) {
    if (!openingPlaceWord(ctx, k) || /,$/u.test(ctx.words[k]!.text)) continue;
    let end = k + 1;
    let open = k + 2;
    if (ARTICLES.has(ctx.tokens[k + 1]!)) open++;
    for (let j = k; j < Math.max(end, open); j++)
      for (const c of byStart.get(j) ?? [])
        if (sameSpeaker(ctx, k, c.endWord - 1) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c))
          end = Math.max(end, c.endWord);
    const last = ctx.words[end - 1]!.text.replace(/[,.;:]+$/u, '');
    if (end > k + 1 && !POSSESSIVE.test(last)) ranges.push([k, end]);
  }
  return ranges;
}

/** Drops PERSON candidates after (or opening with) a sentence-opening preposition of place. */
export function dropOpeningPlaces(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  return dropUncuedPersonsIn(ctx, candidates, placeRanges(ctx, persons));
}
