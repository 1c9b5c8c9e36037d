/**
 * Raw ASR (no case, no punctuation): PERSON candidates, or the words at their edges, that no name
 * list backs and whose shape says what they are instead. Tweets and posts rendered as raw ASR keep
 * hashtags (the "#" said "number"), run-together tags, letter-only abbreviations and clauses of other
 * languages, and the gazetteer reads them next to or as names. Run on the detectors' PERSON
 * candidates after person-lower-veto.ts, before names spread over the call (analyze.ts), so a dropped
 * word is not found again elsewhere. A title before the candidate or a strong cue ("my name is",
 * "Name:") keeps it whole.
 * - a candidate of several words none of which is a given or frequent name, where fewer than half
 *   are words of some name list ("partida equipazo camaradas")
 *   goes, unless a cue, an initial or another found name placed it.
 * - a hashtag said out: the word after "number" that is on no name list, and no given name run
 *   into a listed name ("number ivobrandt" stays), leaves the candidate ("number [[townnews]]
 *   marlo" -> "marlo"; "number [[localpol]]" goes).
 * - a first word of eight letters or more, on no list, that is everyday English words run together
 *   leaves a candidate of several words ("gazettenews ivo brandt" -> "ivo brandt").
 * - a word with no vowel that is on no name list and no degree or stage title ("md", "jr", "dj") leaves the candidate's
 *   edges ("xx ada", "ada quist tbh"); a candidate of such words only goes ("ndp").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName, isListedName } from '../gazetteer/names.js';
import { GIVEN, englishLevel, hasFamilyNameEnding, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { runTogether } from './person-shapes-veto.js';
import { DEGREES } from './person-asr-names.js';

/** Cues after which any word is a name: nothing here touches their candidates. */
const STRONG_CUE = /^cue:(?:name|label)/u;
/** Reasons that place a name by more than the lists: a cue, an initial, a name found elsewhere. */
const PLACED = /^(?:cue|initial|propagated|repeat)/u;
const TITLES: ReadonlySet<string> = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/context/honorifics'),
]);
/** Shortest run-together first word taken for a tag ("valeti" is "valet" + "i" but a name). */
const MIN_TAG = 8;
/** Letters only, none a vowel or "y": "tbh", "xx", "kcna" has one and stays. */
const NO_VOWEL = /^[b-df-hj-np-tv-xz]{2,}$/u;
/** Shortest half of a given name run into a family name ("ivobrandt"). */
const MIN_GLUED = 3;
/** The raw-ASR rendering of "#". */
const HASH_WORD = 'number';

const nameWord = (b: string): boolean => nameKinds(b) !== 0 || isFrequentName(b) || hasFamilyNameEnding(b);
const givenOrFrequent = (b: string): boolean => (nameKinds(b) & GIVEN) !== 0 || isFrequentName(b);

/** A given name of three letters or more run into a listed name ("ivobrandt"): a person's tag. */
function gluedName(word: string): boolean {
  for (let i = MIN_GLUED; i <= word.length - MIN_GLUED; i++) {
    const rest = word.slice(i);
    if (givenOrFrequent(word.slice(0, i)) && (nameKinds(rest) !== 0 || isFrequentName(rest))) return true;
  }
  return false;
}
const skipped = (b: string): boolean => SURNAME_PARTICLES.has(b) || [...b].length < 2;

/** Letters of the Latin script only: the lists' coverage of other scripts is too thin to judge by. */
const LATIN_WORD = /^[\p{Script=Latin}'-]+$/u;

/**
 * Several words, no given or frequent name among them, fewer than half on some name list. Only
 * Latin-script candidates are judged: a Cyrillic or Greek person's name (a street named after one
 * included) is often on no list.
 */
function fewNameWords(bases: readonly string[], c: Candidate): boolean {
  let words = 0;
  let names = 0;
  for (let k = c.startWord; k < c.endWord; k++) {
    const b = bases[k]!;
    if (givenOrFrequent(b) || !LATIN_WORD.test(b)) return false;
    if (skipped(b)) continue;
    words++;
    if (nameWord(b) || isListedName(b)) names++;
  }
  return names * 2 < words;
}

/** "dj": a stage title carried as part of the name ("dj tamsby"), like the degrees. */
const STAGE_TITLES: ReadonlySet<string> = new Set(['dj']);

/** A word at a candidate's edge that is no name: letters without a vowel. */
const noVowel = (b: string): boolean =>
  NO_VOWEL.test(b) && !DEGREES.has(b) && !STAGE_TITLES.has(b) && !nameWord(b);

/** The word after "number" is a topic's tag: no listed name, no name run together. */
const hashTopic = (b: string): boolean => !nameWord(b) && !gluedName(b);

/** A first word that is a tag: everyday English words run together, no name. */
const tagWord = (b: string): boolean =>
  b.length >= MIN_TAG && englishLevel(b) === undefined && !nameWord(b) && runTogether(b);

/** Drops or trims the raw-ASR PERSON candidates described in the header; other calls pass through. */
export function dropAsrNonNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || !isUncased(ctx.words)) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const titled = (c: Candidate): boolean => {
    const p = c.startWord - 1;
    return p >= 0 && sameSpeaker(ctx, p, c.startWord) && TITLES.has(ctx.tokens[p]!);
  };
  const addresses = candidates.filter((a) => a.type === 'ADDRESS');
  const touchesAddress = (c: Candidate): boolean =>
    addresses.some((a) => a.startWord <= c.endWord && c.startWord <= a.endWord);
  const out: Candidate[] = [];
  for (const c of candidates) {
    const reason = c.reason ?? '';
    if (c.type !== 'PERSON' || titled(c) || STRONG_CUE.test(reason)) {
      out.push(c);
      continue;
    }
    const several = c.endWord - c.startWord >= 2;
    // Beside an address the resolver decides: such words are often the address's own (a district).
    if (several && !PLACED.test(reason) && !touchesAddress(c) && fewNameWords(bases, c)) continue;
    let start = c.startWord;
    let end = c.endWord;
    const p = start - 1;
    if (p >= 0 && ctx.tokens[p] === HASH_WORD && sameSpeaker(ctx, p, start) && hashTopic(bases[start]!))
      start++;
    if (end - start >= 2 && tagWord(bases[start]!)) start++;
    while (start < end && noVowel(bases[start]!)) start++;
    while (end > start && noVowel(bases[end - 1]!)) end--;
    if (start >= end) continue;
    if (start === c.startWord && end === c.endWord) out.push(c);
    else out.push({ ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') });
  }
  return out;
}
