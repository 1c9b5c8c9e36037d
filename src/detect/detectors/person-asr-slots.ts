/**
 * Raw ASR (no capitals, no punctuation): words that no name, English or place list holds, in a slot
 * of a call or a form that a person's name fills. Formatted text finds these by their capitals;
 * raw ASR has only the words around them, so each frame names what comes before and after:
 * - after a phrase of correction, an account's or a form's name field, or a maker's credit
 *   (lexicons/names/cues/asr-person-slot/: "change it to velkor amundai", "the name on that
 *   account yeah velkor amundai", "surname amundai", "directed by velkor amundai"), a filler
 *   ("yeah", "um", "so") may come between;
 * - a self-introduction before where the speaker is from or what they are doing: "i'm velkor
 *   amundai originally from ...", "i am velkor calling about ...";
 * - a job or role noun right before the name: "songwriter velkor amundai", "nurse tesmira";
 * - the object of "recommend" or "introduce" before "who": "happy to recommend velkor amundai who".
 * Left: a name between an address label and the address ("billing address velkor amundai two
 * twelve ..."): the name merged with the address after it into one PERSON span.
 * One to three unknown words are taken (two after a job noun), through words found already; one
 * word of a plural's shape after a credit is a group ("sung by drovemen").
 */
import type { Candidate } from '../../types.js';
import { phraseList, phrasesByLastWord, wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged, runThroughFound } from './person-asr-unknown.js';

const SLOTS = phrasesByLastWord(phraseList('names/cues/asr-person-slot'));
/** Fillers between a cue and the name: "surname um velkor". */
const FILLERS = new Set(['is', "it's", 'its', 'yeah', 'yes', 'um', 'uh', 'er', 'so', 'well', 'okay']);
const MAX_FILLERS = 2;
const I_AM: readonly (readonly string[])[] = [["i'm"], ['im'], ['i', 'am']];
/** Their last words: only after one can a phrase of I_AM end (asked at every word of the call) */
const I_AM_LAST = new Set(I_AM.map((p) => p[p.length - 1]!));
/** What follows a speaker's own name: where from, what for. */
const AFTER_OWN_NAME = new Set(['originally', 'from', 'calling', 'speaking', 'here']);
const ROLE_NOUNS = new Set([...wordSet('names/context/occupations'), ...wordSet('names/context/news-roles')]);
const MAX_AFTER_ROLE = 2;
const RECOMMENDING = new Set([
  'recommend',
  'recommended',
  'recommending',
  'introduce',
  'introduced',
  'introducing',
]);

/**
 * Can the word be said as a name? A name has a vowel and is no laughter or chat spelling ("lng",
 * "hahahah", "lololol"): runs of such words in tweets read as raw ASR are not names.
 */
export function sayableName(word: string): boolean {
  return /[aeiouy]/u.test(word) && !/^(\p{L}{1,2})\1{2,}/u.test(word);
}

/** Are all the words [k, end) sayable as names? */
function sayableRun(view: ExtendView, k: number, end: number): boolean {
  for (let i = k; i < end; i++) if (!sayableName(view.base[i]!)) return false;
  return true;
}

/** A word of a plural's shape: "sung by drovemen" credits a group, not a person. */
const plural = (word: string): boolean => /(?:[^s'u]s|men)$/u.test(word);

/** Does a phrase of `phrases` end at word k - 1, said by one speaker? */
function phraseEndsBefore(view: ExtendView, k: number, phrases: readonly (readonly string[])[]): boolean {
  const { tokens } = view.ctx;
  return phrases.some((p) => {
    const start = k - p.length;
    return start >= 0 && sameSpeaker(view.ctx, start, k) && p.every((w, n) => tokens[start + n] === w);
  });
}

/** Where the name starts after a slot phrase ending at word k - 1: past up to two fillers. */
function afterFillers(view: ExtendView, k: number): number {
  let at = k;
  while (at - k < MAX_FILLERS && FILLERS.has(view.ctx.tokens[at] ?? '')) at++;
  return at;
}

/** The end of the name starting at k in one of the frames, or k when none holds. */
function nameEnd(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens } = view.ctx;
  const prev = tokens[k - 1] ?? '';
  if (I_AM_LAST.has(prev) && phraseEndsBefore(view, k, I_AM)) {
    const end = runThroughFound(view, k, covered);
    return AFTER_OWN_NAME.has(tokens[end] ?? '') && sameSpeaker(view.ctx, k, end) ? end : k;
  }
  if (ROLE_NOUNS.has(prev) && sameSpeaker(view.ctx, k - 1, k)) {
    const end = runThroughFound(view, k, covered, MAX_AFTER_ROLE + 1);
    // one word after a job title is as often a firm's or a product's ("our coordinator velkora then"),
    // a third makes the run a phrase of another language or a firm's name
    return end - k === MAX_AFTER_ROLE ? end : k;
  }
  if (RECOMMENDING.has(prev)) {
    const end = runThroughFound(view, k, covered);
    return tokens[end] === 'who' && sameSpeaker(view.ctx, k, end) ? end : k;
  }
  return k;
}

export function addAsrSlotNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  const { tokens } = view.ctx;
  for (let k = 1; k < tokens.length; k++) {
    const slot = SLOTS.get(tokens[k - 1]!);
    if (slot && phraseEndsBefore(view, k, slot)) {
      const at = afterFillers(view, k);
      const end = runThroughFound(view, at, covered);
      const single = end - at === 1;
      if (
        end > at &&
        sameSpeaker(view.ctx, k - 1, end - 1) &&
        sayableRun(view, at, end) &&
        !(single && plural(view.base[at]!))
      ) {
        addMerged(out, covered, make, at, end);
        k = end - 1;
        continue;
      }
    }
    // the frames below read words that written text marks by capitals (person-unknown-places.ts)
    if (covered[k] || !view.uncased) continue;
    const end = nameEnd(view, k, covered);
    if (end === k || !sayableRun(view, k, end)) continue;
    addMerged(out, covered, make, k, end);
    k = end - 1;
  }
}
