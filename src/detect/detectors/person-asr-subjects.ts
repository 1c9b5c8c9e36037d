/**
 * Raw ASR (no capitals, no punctuation): a full name no list holds as the subject of a clause.
 * English puts the subject right before its finite verb, so two or three words that no name,
 * English, place or brand list holds, right before an auxiliary, "who" or a verb of saying, are
 * the subject's name: "then dorvak hallesti has signed for the club", "pramlo vinkert said the
 * vote ...", "velkor amundai who wrote it". Formatted text reads the same names by their capitals.
 *
 * One such word alone is left (slang, a misspelt word, a firm's short name), as is a run of four
 * (another language), a run holding a found name or a misspelt English word ("untill"), a run after an article or a word of place ("in", "at", "from": a place or an
 * "@handle"), and "is"/"was" opening a definition ("vornek daltrisse is a village"), which
 * person-asr-frames.ts reads by its head noun. Words glued from English words and plurals are no
 * name words (nameWord of person-asr-frames.ts).
 */
import type { Candidate } from '../../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { runBefore } from './person-asr-frames.js';

const SUBJECT_VERBS = new Set([
  ...wordSet('names/context/subject-auxiliaries'),
  ...wordSet('names/context/reporting-verbs'),
  'added',
  'writes',
]);
const DEFINING = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words before a run that make it a place or a handle, not a subject: "in", "at", "from", "of". */
const PLACE_BEFORE = new Set([...wordSet('names/context/motion-prepositions'), 'of', 'on', 'number']);

/**
 * A word spelt with one letter doubled that is an English word with it single ("untill",
 * "realy"): chat misspells words, and no list holds the misspelling.
 */
export function doubledMisspelling(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    if (word[i] !== word[i - 1]) continue;
    const single = word.slice(0, i) + word.slice(i + 1);
    if (isFunctionWord(single) || englishLevel(single) !== undefined) return true;
  }
  return false;
}

/** Is [s, e) a run of words none of which is found already or a misspelt English word? */
export function freshRun(view: ExtendView, covered: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (covered[i] || doubledMisspelling(view.base[i]!)) return false;
  return true;
}

export function addAsrSubjectNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let k = 2; k < tokens.length; k++) {
    const verb = tokens[k]!;
    if (!SUBJECT_VERBS.has(verb) || !sameSpeaker(view.ctx, k - 2, k)) continue;
    // "vornek daltrisse is a village": a definition, read by its head (person-asr-frames.ts)
    if (DEFINING.has(verb) && ARTICLES.has(tokens[k + 1] ?? '')) continue;
    const s = runBefore(view, k - 1, covered);
    if (k - s < 2 || PLACE_BEFORE.has(tokens[s - 1] ?? '')) continue;
    // a found name with a word before it ("former canuck [gino odjick] says") is left as found
    if (!freshRun(view, covered, s, k)) continue;
    addMerged(out, covered, make, s, k);
  }
}
