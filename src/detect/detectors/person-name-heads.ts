/**
 * Names of groups and operations read as people. An Arabic armed group or party is named by a head
 * noun of the construct state and the words after it ("Liwa Abu Orvel al-Tamsi", "Saraya
 * al-Velkor", "Asa'ib Ahl al-Tamsa"), and a military operation or exercise by "Operation" /
 * "Exercise" and a code name ("Operation Velkor"); the words after the head are often given or
 * family names. A PERSON candidate that opens with such a head, or stands right after one in the
 * same phrase, names the group or the operation and goes (lexicons/names/context/name-heads).
 * In text written in case the English head must be capitalised ("the exercise Ada set" stays).
 * A naming cue or a title before the candidate keeps it.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isUncased, PHRASE_OR_BRACKET_END, sameSpeaker } from '../call-words.js';
import { dropUncuedPersonsIn, NAMING_CUE, titled } from './person-lower-veto.js';

const HEADS = wordSet('names/context/name-heads');
const CAPITALISED = /^\p{Lu}/u;
/** Arabic articles between a head and the name's words ("Saraya al Velkor" in raw ASR). */
const ARTICLES = new Set(['al', 'el']);

const APOSTROPHE_OR_HYPHEN = /['’ʼ-]/;
/** Word k as the head list holds it: lower case, no apostrophes, the part before a hyphen. */
const headForm = (ctx: DetectionContext, k: number): string => {
  const t = ctx.tokens[k] ?? '';
  // most words hold neither: no regex and no split for them (asked at every word of the call)
  return APOSTROPHE_OR_HYPHEN.test(t) ? t.replace(/['’ʼ]/gu, '').split('-')[0]! : t;
};

/** Is word k a head (capitalised in cased text)? */
function headAt(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  if (!HEADS.has(headForm(ctx, k))) return false;
  return uncased || CAPITALISED.test(ctx.words[k]!.text);
}

/**
 * Word ranges of groups' and operations' names: a head and the PERSON candidates chained from the
 * word after it (each opening inside the range so far), as [head, end).
 */
function headedRanges(
  ctx: DetectionContext,
  persons: readonly Candidate[],
  uncased: boolean,
): [number, number][] {
  const ranges: [number, number][] = [];
  const byStart = new Map<number, Candidate[]>();
  for (const c of persons) byStart.set(c.startWord, [...(byStart.get(c.startWord) ?? []), c]);
  for (let k = 0; k < ctx.words.length - 1; k++) {
    if (!headAt(ctx, k, uncased) || PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text)) continue;
    let end = k + 1;
    // the head itself, the word after it, then any word inside the range so far
    const open = ARTICLES.has(ctx.tokens[k + 1]!) ? k + 3 : k + 2;
    for (let j = k; j < Math.max(end, open); j++)
      for (const c of byStart.get(j) ?? [])
        if (sameSpeaker(ctx, k, c.endWord - 1) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c))
          end = Math.max(end, c.endWord);
    if (end > k + 1) ranges.push([k, end]);
  }
  return ranges;
}

/** Drops PERSON candidates that a group's or an operation's head opens or precedes (see the header). */
export function dropHeadedNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  return dropUncuedPersonsIn(ctx, candidates, headedRanges(ctx, persons, isUncased(ctx.words)));
}
