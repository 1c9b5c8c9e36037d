/**
 * A PERSON candidate inside a sentence of another language that no cue introduced: the words
 * around it (up to WINDOW each side, same speaker, inside and outside the candidate) hold at least
 * MIN_ANCHORS function words of one language (lexicons/names/function-words) that are no everyday
 * English word and no surname particle ("que ... esto es una", "meus domingos sem tu", "ist eine
 * ganz"). Such a run is a sentence of that language whose capitalised or listed words ("Derrota",
 * "Mira", "Paloma") read as names only to an English reader. person-foreign.ts drops a candidate
 * made only of the language's words; this one judges by the sentence around it, so it also takes
 * nouns that no list holds.
 * A candidate that a cue placed (my name is, a form label, a relative, a vocative, a title) stays,
 * and so does one holding a frequent name or a capitalised given name ("que Rosalba no es"): a missed
 * person is a leak, an over-redacted word is only a word.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordListsIn } from '../lexicon-files.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel, foldName, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker } from '../call-words.js';

/** Words each side of the candidate that make its sentence. */
const WINDOW = 5;
/** Function words of one language in that sentence that show the language. */
const MIN_ANCHORS = 3;
/** SCOWL level up to which an English word is an everyday one (as person-foreign.ts). */
const EVERYDAY_ENGLISH = 35;
/** Reasons of candidates that a cue placed: they stay whatever the language. */
const CUED = /^cue:/u;
const CAPITAL = /^\P{L}*\p{Lu}/u;

/**
 * Each language's anchors: its function words that an English reader takes for no everyday word
 * and that are no name particle ("que", "una", "und", "sem"; not "a", "in", "de", "la").
 */
const ANCHORS: readonly ReadonlySet<string>[] = [...readWordListsIn('names/function-words').values()].map(
  (list) => {
    const out = new Set<string>();
    for (const raw of list) {
      const w = raw.toLowerCase();
      for (const form of [w, foldName(w)]) {
        if (form.length < 2 || SURNAME_PARTICLES.has(form)) continue;
        const level = englishLevel(form);
        if (level === undefined || level > EVERYDAY_ENGLISH) out.add(form);
      }
    }
    return out;
  },
);

/** Does the sentence around [start, end) hold MIN_ANCHORS function words of one language? */
function inForeignSentence(ctx: DetectionContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(tokens.length, end + WINDOW);
  for (const anchors of ANCHORS) {
    let count = 0;
    for (let k = from; k < to; k++) {
      if (!sameSpeaker(ctx, k, start)) continue;
      if (anchors.has(tokens[k]!) && ++count >= MIN_ANCHORS) return true;
    }
  }
  return false;
}

/**
 * A candidate holding a frequent name ("Marta Olvido"), or in written text a capitalised given name
 * ("que Rosalba no es"), names a person in any language: the sentence around it shows no more than
 * where the writer is from.
 */
function holdsFrequentName(ctx: DetectionContext, c: Candidate): boolean {
  for (let k = c.startWord; k < c.endWord; k++) {
    const t = ctx.tokens[k]!;
    if (isFrequentName(t)) return true;
    if (CAPITAL.test(ctx.words[k]!.text) && (nameKinds(t) & GIVEN) !== 0) return true;
  }
  return false;
}

/** The candidates without PERSON words of a sentence in another language (see the header). */
export function dropForeignSentenceNames(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
): Candidate[] {
  return candidates.filter(
    (c) =>
      c.type !== 'PERSON' ||
      CUED.test(c.reason ?? '') ||
      holdsFrequentName(ctx, c) ||
      !inForeignSentence(ctx, c.startWord, c.endWord),
  );
}
