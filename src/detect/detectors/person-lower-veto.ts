/**
 * Lower-case words read as a name in a text written in case (tweets, comments, posts). Such text
 * writes people's names in lower case too ("so proud of ada quist today", "thanks ada"), but
 * those are given names of the lists or frequent names; a lower-case word that is neither is a
 * word of another language or of slang that some surname list happens to hold ("luego de haber
 * sufrido tanto", "bae", "abt"). Run on the detectors' PERSON candidates before names
 * spread over the call (analyze.ts), so a dropped word is not found again elsewhere:
 * - a candidate all in lower case, in a call written in case, where fewer than half of its words
 *   (surname particles and initials aside) are words of some name list, frequent names or carry a
 *   family-name ending, goes ("estoy", "luego de haber sufrido tanto"; "haajanen", "trey songz" stay); a cue
 *   that names the person ("my name is", a label, a relative, "X here", a vocative, a title before
 *   it) or a frame of written grammar (person-written-frames.ts) keeps it, and so does a PERSON candidate right beside it ("ivo maple" + "quorbell").
 * - a lower-case candidate of several words holding a function word of another language that is
 *   no surname particle ("victoria y líderes", "una paloma muerta") goes.
 * - in raw ASR (no case at all), a lone word that is an English word of the word lists and on no
 *   name list, no frequent name ("the current temp is", "an active shooter had"), whatever weak cue
 *   found it; a naming cue or a title keeps it. Lower-case English words of cased text are
 *   person-context-veto.ts's.
 * Handles and hashtags have rules of their own (person-shapes-veto.ts, person-hashtags.ts).
 * Words of caseless scripts (Arabic, Hebrew, Chinese) are never lower case here.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName, isListedName } from '../gazetteer/names.js';
import { englishLevel, foldName, hasFamilyNameEnding, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { WRITTEN_FRAME } from './person-written-frames.js';

/**
 * Reasons of cues that name a person whatever the word ("my name is", "Name:", "my wife"), and of
 * frames of written grammar only a person fills ("ex-wombat velbrandt", 'tracy:"hi"',
 * person-written-frames.ts).
 */
export const NAMING_CUE = new RegExp(
  `^(?:cue:(?:name|label|relative|after|vocative)|${WRITTEN_FRAME}$)`,
  'u',
);

/** Titles and honorifics before a name: the word after them is a person's whatever its case. */
const TITLES: ReadonlySet<string> = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/context/honorifics'),
]);

/** Function words of other languages (lexicons/names/function-words), folded too. */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('names/function-words')].flatMap((w) => [w, foldName(w)]),
);

/** Letters in lower case only, and no letter of a caseless script. */
const LOWER = /^[^\p{Lu}\p{Lo}]*\p{Ll}[^\p{Lu}\p{Lo}]*$/u;

/** A word in lower case that is no handle or hashtag. */
const isLower = (text: string): boolean => LOWER.test(text) && !/^\W*[@#]/u.test(text);

export function titled(ctx: DetectionContext, c: Candidate): boolean {
  const p = c.startWord - 1;
  return p >= 0 && sameSpeaker(ctx, p, c.startWord) && TITLES.has(ctx.tokens[p]!.replace(/\.$/u, ''));
}

/**
 * Drops the PERSON candidates lying inside one of the word ranges [start, end), unless a naming cue
 * or a title found them (the shared tail of the range vetoes: group heads, opening places).
 */
export function dropUncuedPersonsIn(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
  ranges: readonly (readonly [number, number])[],
): Candidate[] {
  if (ranges.length === 0) return [...candidates];
  const inside = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    !NAMING_CUE.test(c.reason ?? '') &&
    !titled(ctx, c) &&
    ranges.some(([s, e]) => c.startWord >= s && c.endWord <= e);
  return candidates.filter((c) => !inside(c));
}

/** Is the word on some name list (of any kind), a frequent name or one with a family-name ending? */
function nameWord(base: string): boolean {
  return nameKinds(base) !== 0 || isFrequentName(base) || hasFamilyNameEnding(base);
}

/**
 * Do fewer than half of the candidate's words look like name words? Particles and single letters
 * (initials) are left out; in a candidate of several words a word of the broad name gazetteer
 * counts too ("nijito asano").
 */
function fewNameWords(bases: readonly string[], c: Candidate): boolean {
  const several = c.endWord - c.startWord > 1;
  let words = 0;
  let names = 0;
  for (let k = c.startWord; k < c.endWord; k++) {
    const b = bases[k]!;
    if (SURNAME_PARTICLES.has(b) || [...b].length < 2) continue;
    words++;
    if (nameWord(b) || (several && isListedName(b))) names++;
  }
  return names * 2 < words;
}

/** Does the lower-case candidate hold a function word of another language that no surname has? */
function foreignFunctionWord(bases: readonly string[], c: Candidate): boolean {
  if (c.endWord - c.startWord < 2) return false;
  for (let k = c.startWord; k < c.endWord; k++) {
    const b = bases[k]!;
    if (FOREIGN_FUNCTION_WORDS.has(b) && !SURNAME_PARTICLES.has(b)) return true;
  }
  return false;
}

/** Raw ASR: is the lone word of the candidate an English word that is no name word? */
function englishWordAlone(bases: readonly string[], c: Candidate): boolean {
  if (c.endWord - c.startWord !== 1) return false;
  const b = bases[c.startWord]!;
  return englishLevel(b) !== undefined && !nameWord(b);
}

/**
 * A test of whether a candidate touches another PERSON candidate of the same speaker (part of a
 * longer name: "ivo maple" + "quorbell"). Word indices where a PERSON candidate starts or ends are
 * looked up, not scanned per candidate.
 */
export function besideAnotherPerson(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
): (c: Candidate) => boolean {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const c of candidates) {
    if (c.type !== 'PERSON') continue;
    starts.add(c.startWord);
    ends.add(c.endWord);
  }
  return (c) =>
    (ends.has(c.startWord) && sameSpeaker(ctx, c.startWord - 1, c.startWord)) ||
    (starts.has(c.endWord) && sameSpeaker(ctx, c.endWord - 1, c.endWord));
}

/** Drops the lower-case PERSON candidates that no name list or cue backs (see the header). */
export function dropLowerCaseNonNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const bases = nameBases(ctx.tokens);
  const beside = besideAnotherPerson(ctx, candidates);
  const drop = (c: Candidate): boolean => {
    if (c.type !== 'PERSON' || NAMING_CUE.test(c.reason ?? '') || titled(ctx, c)) return false;
    if (uncased) return englishWordAlone(bases, c) && !beside(c);
    for (let k = c.startWord; k < c.endWord; k++) if (!isLower(ctx.words[k]!.text)) return false;
    if (foreignFunctionWord(bases, c)) return true;
    return fewNameWords(bases, c) && !beside(c);
  };
  return candidates.filter((c) => !drop(c));
}
