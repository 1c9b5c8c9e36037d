/**
 * Words of a phrase in another language read as a name ("nicht Zeit und Geld", "mi casa", "Paix et
 * Amour"): a PERSON candidate whose every word is a function
 * word (lexicons/names/function-words) or a frequent common noun (lexicons/names/context/
 * foreign-nouns) of one language, with a function word of that language that is no English word
 * and no name particle right beside it or opening it ("und", "nicht", "mi", "et"). A noun that is
 * also a frequent name ("Rosa", "Koch") never counts, and a candidate holding a frequent name
 * needs words of that language on both sides ("nicht Nur und").
 * Prepositions and articles that are English words or name particles too ("von", "in", "der",
 * lexicons/names/context/foreign-links) count as words of the language outside the candidate, or
 * inside it after a noun of the language ("ein Buch von Zeit und Geld"); they never show the
 * language ("Ebner und von Stein" keeps the name).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordListsIn } from '../lexicon-files.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel, foldName } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

interface Language {
  functionWords: ReadonlySet<string>;
  nouns: ReadonlySet<string>;
  /** prepositions and articles that are English words or name particles too ("von", "in") */
  links: ReadonlySet<string>;
}

const withFolded = (words: readonly string[]): Set<string> =>
  new Set(words.flatMap((w) => [w.toLowerCase(), foldName(w.toLowerCase())]));

/** The languages that have both lists, by file name ("de", "es", ...). */
const LANGUAGES: readonly Language[] = (() => {
  const functionWords = readWordListsIn('names/function-words');
  const nouns = readWordListsIn('names/context/foreign-nouns');
  const links = readWordListsIn('names/context/foreign-links');
  const out: Language[] = [];
  for (const [code, list] of nouns) {
    const fw = functionWords.get(code);
    if (fw)
      out.push({
        functionWords: withFolded(fw),
        nouns: withFolded(list.filter((n) => !isFrequentName(n))),
        links: withFolded(links.get(code) ?? []),
      });
  }
  return out;
})();

/** Is the token a word of the language: a function word or a noun that is no frequent name? */
const wordOf = (lang: Language, token: string): boolean =>
  lang.functionWords.has(token) || lang.nouns.has(token);

/** A word of the language, or a preposition or article it shares with English or names. */
const wordOrLinkOf = (lang: Language, token: string): boolean => wordOf(lang, token) || lang.links.has(token);

/** SCOWL level up to which an English word is an everyday one (name-evidence.ts reads it so too). */
const EVERYDAY_ENGLISH = 35;

/**
 * A function word of the language that no English reader takes for an everyday English word or a
 * name particle ("und", "nicht", "mi", "les"; not "in", "die", "von").
 */
const anchorOf = (lang: Language, token: string): boolean => {
  if (!lang.functionWords.has(token) || SURNAME_PARTICLES.has(token)) return false;
  const level = englishLevel(token);
  return level === undefined || level > EVERYDAY_ENGLISH;
};

/** Is the PERSON candidate [start, end) words of one other language? */
function foreignPhrase(ctx: DetectionContext, start: number, end: number): boolean {
  const { tokens, words } = ctx;
  const before =
    start > 0 && sameSpeaker(ctx, start - 1, start) && !PHRASE_OR_BRACKET_END.test(words[start - 1]!.text)
      ? tokens[start - 1]!
      : '';
  const after =
    end < tokens.length && sameSpeaker(ctx, end - 1, end) && !PHRASE_OR_BRACKET_END.test(words[end - 1]!.text)
      ? tokens[end]!
      : '';
  let frequent = false;
  for (let k = start; k < end; k++) if (isFrequentName(tokens[k]!)) frequent = true;
  for (const lang of LANGUAGES) {
    let all = true;
    // a link inside the candidate counts only right after a noun of the language ("Buch von Zeit")
    for (let k = start; k < end && all; k++)
      all =
        wordOf(lang, tokens[k]!) ||
        (lang.links.has(tokens[k]!) && k > 0 && lang.nouns.has(k === start ? before : tokens[k - 1]!));
    if (!all) continue;
    const anchored =
      anchorOf(lang, before) || anchorOf(lang, after) || (end - start >= 2 && anchorOf(lang, tokens[start]!));
    if (!anchored) continue;
    if (!frequent || (wordOrLinkOf(lang, before) && wordOrLinkOf(lang, after))) return true;
  }
  return false;
}

/** Is the PERSON candidate made of words of a phrase in another language? */
export function inForeignPhrase(ctx: DetectionContext, c: Candidate): boolean {
  return foreignPhrase(ctx, c.startWord, c.endWord);
}
