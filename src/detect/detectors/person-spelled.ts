/**
 * PERSON: names spelled letter by letter ("o k a f o r", "O-K-A-F-O-R.", "r uh a m o s",
 * "m i double l e r", "s as in sam"). In raw ASR "a" and "i" are also words, so a run needs at
 * least three letters, or two after a spelling cue ("spell", "that's", "as in"). Letters next to
 * digits or number words are an identifier (account, member id), not a name, and are left to the
 * number detectors; well-known acronyms ("u s a", "a t m", carriers like "u p s", "f e d e x") are skipped.
 * Without any cue, three letters that only a long name list holds ("the label k e o", "u m a tips")
 * are an acronym read out unless a word for a name comes shortly before ("surname k e o"); three
 * letters of a frequent name ("l e e") stay a spelling. Letters that spell an English word just said
 * that is no name ("to get there ... g e t") are no spelling of a name, nor are letters spelling
 * a function word ("t o", "a n d": a word in capitals read out) without a word for a name before.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel, foldName, nameKinds } from '../gazetteer/name-lexicon.js';
import { FILLERS, isFunctionWord } from '../gazetteer/common-words.js';
import { isFrequentName } from '../gazetteer/names.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';

const NAME = 'person-spelled';
const LETTER = /^\p{L}$/u;
const HYPHENATED_LETTERS = /^\p{L}(?:-\p{L})+$/u;
const NUMBER_WORD =
  /^(?:\d+|zero|oh|o|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)$/;
const SPELLING_CUES = wordSet('names/context/spelling-cues');
/** Acronyms and companies said letter by letter: "it came by u p s". */
const ACRONYMS = wordSet('names/context/spelled-acronyms');
const CUE_WINDOW = 8;
const AFTER_I = new Set([
  'PastTense',
  'PresentTense',
  'Infinitive',
  'Modal',
  'Copula',
  'Adverb',
  'Auxiliary',
  'Adjective',
  'PhrasalVerb',
]);
const AFTER_A = new Set(['Adjective', 'Singular', 'Noun', 'Uncountable', 'Comparative', 'Superlative']);

interface Run {
  start: number;
  end: number;
  letters: string;
  spelledAsIn: boolean;
}

const isNumberish = (token: string | undefined): boolean =>
  token !== undefined && token !== 'o' && NUMBER_WORD.test(token);

/** Collects the spelled run that starts at word i (a letter), or null. */
function readRun(ctx: DetectionContext, i: number): Run | null {
  const { tokens, words } = ctx;
  const speaker = words[i]!.speaker;
  let letters = '';
  let end = i;
  let spelledAsIn = false;
  let j = i;
  while (j < tokens.length && words[j]!.speaker === speaker) {
    const t = tokens[j]!;
    if (LETTER.test(t)) {
      letters += t;
      end = ++j;
      // "s as in sam": the example word belongs to the spelling
      if (tokens[j] === 'as' && tokens[j + 1] === 'in') {
        let example = j + 2;
        while (example < tokens.length && FILLERS.has(tokens[example]!)) example++;
        if (example < tokens.length) {
          spelledAsIn = true;
          j = example + 1;
          end = j;
        }
      }
      continue;
    }
    if ((t === 'double' || t === 'triple') && LETTER.test(tokens[j + 1] ?? '')) {
      letters += tokens[j + 1]!.repeat(t === 'double' ? 1 : 2);
      j++;
      continue;
    }
    if (FILLERS.has(t) && LETTER.test(tokens[j + 1] ?? '')) {
      j++;
      continue;
    }
    break;
  }
  // "... v e l t i paid the fee": a final "i" before a verb is the pronoun, a final "a" before a
  // noun or adjective the article, both starting the next clause
  const last = tokens[end - 1]!;
  const next = tokens[end] ?? '';
  if (
    end - i > 3 &&
    ((last === 'i' && hasLexiconTag(next, AFTER_I)) || (last === 'a' && hasLexiconTag(next, AFTER_A)))
  ) {
    end--;
    letters = letters.slice(0, -1);
  }
  return letters ? { start: i, end, letters, spelledAsIn } : null;
}

/** Words looked at for the word that a run of letters spells. */
const SPELLED_WORD_WINDOW = 12;

/** Do the letters spell (the start of) a word said shortly before or right after them? */
function spellsNearbyWord(ctx: DetectionContext, run: Run): boolean {
  const letters = foldName(run.letters);
  const matches = (k: number): boolean => {
    const word = foldName(ctx.tokens[k] ?? '').replace(/['’]s$/u, '');
    // "to get there ... g e t": a dictionary word that no name list holds is said as a word, not
    // spelled (initialisms such as "dj" are no dictionary words: "the dj's ... d j")
    if (nameKinds(word) === 0 && englishLevel(word) !== undefined) return false;
    return word === letters || (letters.length >= 3 && word.length >= 3 && word.startsWith(letters));
  };
  for (let k = Math.max(0, run.start - SPELLED_WORD_WINDOW); k < run.start; k++) if (matches(k)) return true;
  return matches(run.end);
}

/**
 * "i m a happy man", "I' m a plumber": "I'm" with its apostrophe lost, then an article or word,
 * reads as the letters of a listed name ("Ima"); without a cue it is no spelling.
 */
function splitContraction(ctx: DetectionContext, run: Run): boolean {
  return ctx.tokens[run.start] === 'i' && ctx.tokens[run.start + 1] === 'm';
}

/** Words for a name ("surname", "name's", "called"): three letters of a rare name after one are a spelling. */
const NAME_WORD =
  /^(?:(?:sur|first|last|family|maiden|middle|given)?names?(?:['’]s)?|named|called|surname)$/u;

/** Does a word for a name come within the cue window before word i? */
export function hasNameWord(ctx: DetectionContext, i: number): boolean {
  for (let k = Math.max(0, i - CUE_WINDOW); k < i; k++) if (NAME_WORD.test(ctx.tokens[k]!)) return true;
  return false;
}

/**
 * Three letters without a spelling cue that only a long name list holds ("k e o", "u m a"): an
 * acronym read out, unless a word for a name comes before.
 */
function rareThreeLetters(ctx: DetectionContext, run: Run): boolean {
  return run.letters.length === 3 && !isFrequentName(run.letters) && !hasNameWord(ctx, run.start);
}

export function hasSpellingCue(ctx: DetectionContext, i: number, window = CUE_WINDOW): boolean {
  for (let k = Math.max(0, i - window); k < i; k++) {
    const t = ctx.tokens[k]!;
    if (SPELLING_CUES.has(t) || (t === 'as' && ctx.tokens[k + 1] === 'in')) return true;
  }
  return false;
}

/** Nearest token outside [start, end) in direction step, skipping fillers. */
function neighbour(ctx: DetectionContext, from: number, step: 1 | -1): string | undefined {
  let k = from;
  while (k >= 0 && k < ctx.tokens.length && FILLERS.has(ctx.tokens[k]!)) k += step;
  return ctx.tokens[k];
}

/**
 * Letters that spell a function word ("t o", "i n", "a n d"): a word written in capitals that the
 * ASR read out letter by letter ("going T O help", a heading "SCHEDULE I TO THE NOTE"), unless a
 * word for a name comes before ("my surname is t o") or a spelling cue right before ("it is
 * spelled u s d"; a cue further back, "that's going t o help", is about something else).
 */
function spelledFunctionWord(ctx: DetectionContext, run: Run): boolean {
  return (
    !run.spelledAsIn &&
    isFunctionWord(run.letters) &&
    !hasNameWord(ctx, run.start) &&
    !hasSpellingCue(ctx, run.start, 1)
  );
}

export function detectSpelledNames(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, letters: string, reason: string): void => {
    out.push({
      type: 'PERSON',
      startWord: start,
      endWord: end,
      score: 0.8,
      detector: NAME,
      reason,
      value: letters,
    });
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (HYPHENATED_LETTERS.test(t)) {
      const letters = t.replace(/-/g, '');
      if (!ACRONYMS.has(letters)) push(i, i + 1, letters, 'spelled');
      continue;
    }
    if (!LETTER.test(t)) continue;
    const run = readRun(ctx, i);
    if (!run) continue;
    i = run.end - 1;
    const cue = hasSpellingCue(ctx, run.start);
    // letters read out of a name or word ("okafor o k a f o r"), or forming a listed name, are a
    // spelling; other runs of letters are acronyms read out ("m t v", "b b c", "u k") unless a
    // spelling cue comes before them
    const enough =
      run.spelledAsIn ||
      (run.letters.length >= 2 && cue) ||
      // "my last name is vu, v u": two letters spelling the name just said
      (run.letters.length >= 2 && spellsNearbyWord(ctx, run)) ||
      (run.letters.length >= 3 &&
        nameEvidence(run.letters) >= NameEvidence.Listed &&
        !splitContraction(ctx, run) &&
        !rareThreeLetters(ctx, run));
    if (!enough || ACRONYMS.has(run.letters) || spelledFunctionWord(ctx, run)) continue;
    if (isNumberish(neighbour(ctx, run.end, 1)) || isNumberish(neighbour(ctx, run.start - 1, -1))) continue;
    push(run.start, run.end, run.letters, 'spelled');
  }
  return out;
}

export const spelledNameDetector: Detector = {
  name: NAME,
  entityTypes: ['PERSON'],
  detect: detectSpelledNames,
};
