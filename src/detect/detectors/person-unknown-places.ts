/**
 * Places in a written sentence that only a person fills, for a run of title-case words that no list
 * and no English dictionary holds (person-cased-grow.ts unknownRunEnd asks these besides its own):
 *
 * - before a relative pronoun of persons: "Velkor Amundai, who founded ...", "Velkor Amundai, whose";
 * - before a life span or a birth in brackets: "Velkor Amundai (born 1950)", "(3 May 1901 - 1977)",
 *   "(1825 -)" (still living when written), or "born 1828" without a bracket;
 * - after a phrase whose object is a person (lexicons/names/cues/person-phrase-before/): "named
 *   after Velkor Amundai", "in memory of ...", "a tribute to ...";
 * - a possessive before a noun of kin: "Velkor Amundai's daughter";
 * - a possessive before a work's title of up to three words ending in a noun of works
 *   (lexicons/names/context/collected-works/, authored-works/): "Velkor Amundai's Collected Tales".
 *
 * Places, firms and works take "which", have no birth, no daughter and no tales or sonnets.
 */
import { phraseList, phrasesByLastWord, wordSet } from '../gazetteer/name-data.js';
import type { ExtendView } from './person-extend.js';

const WHO = new Set(['who', 'whose', 'whom', "who's", 'who’s']);
const KIN = wordSet('names/context/kin-nouns');
const WORKS = new Set([
  ...wordSet('names/context/collected-works'),
  ...wordSet('names/context/authored-works'),
]);
/** words of a title before its noun of works: "'s [Collected Winter] Tales" */
const MAX_TITLE_WORDS = 2;
const PHRASES = phrasesByLastWord(phraseList('names/cues/person-phrase-before'));
/** words of a bracket after the name that tell a life: "(born 1950)", "(b. 1950)", "(née Orrel)" */
const BIRTH = /^\((?:born|b\.|née|nee)$/iu;
/** Words of a bracket read for a birth after a comma: "(Orvelian: Орвел, born ...)". */
const BRACKET_WORDS = 8;
/**
 * "(1901-1977)", "(3 May 1901 - 12 June 1977)", "(May 3, 1901 - June 12, 1977)", "(c. 1850 – 1911)":
 * two years joined by a dash, each maybe after a day and a month in either order; the second may
 * be missing ("(1825 -)": living when written)
 */
const DAY_MONTH = String.raw`(?:\d{1,2}\s+\p{L}+\.?\s+|\p{L}+\.?\s+\d{1,2},?\s+)?`;
const LIFE_SPAN = new RegExp(
  String.raw`^\((?:c\.\s*)?${DAY_MONTH}\d{3,4}\s*[-–—]+\s*(?:${DAY_MONTH}\d{3,4})?\)`,
  'u',
);
const POSSESSIVE = /['’]s?$/u;

/** Is the run [k, end) followed by ", who" / ", whose"? */
function beforeWho(view: ExtendView, end: number): boolean {
  const { words, tokens } = view.ctx;
  return /,$/u.test(words[end - 1]!.text) && WHO.has(tokens[end] ?? '');
}

/** Is the run [k, end) followed by a bracket that tells a birth or a life span? */
function beforeLife(view: ExtendView, end: number): boolean {
  const { words } = view.ctx;
  const first = words[end]?.text ?? '';
  // "Velkor Amundai born 1828, was ...": a birth year written without a bracket
  if (first === 'born' && /^\d{4}[,.;)]?$/u.test(words[end + 1]?.text ?? '')) return true;
  if (!first.startsWith('(')) return false;
  if (BIRTH.test(first)) return true;
  // "(Orvelian: Орвел, born 3 May 1950)": a birth told after the name in another script
  for (let j = end + 1; j < end + BRACKET_WORDS && j < words.length; j++) {
    const text = words[j - 1]!.text;
    if (j > end + 1 && /\)$/u.test(text)) break;
    if (/^born$/u.test(words[j]!.text) && /,$/u.test(text)) return true;
  }
  const text = words
    .slice(end, end + 9)
    .map((w) => w.text)
    .join(' ');
  return LIFE_SPAN.test(text);
}

/** Does a phrase of lexicons/names/cues/person-phrase-before/ end right before k? */
export function afterPersonPhrase(view: ExtendView, k: number): boolean {
  const { tokens, words } = view.ctx;
  const ending = PHRASES.get(tokens[k - 1] ?? '');
  if (!ending) return false;
  return ending.some((phrase) => {
    const start = k - phrase.length;
    if (start < 0) return false;
    // "... in memory. Of course" is no phrase: no closing mark inside it
    for (let j = start; j < k; j++) if (/[.!?;:,]$/u.test(words[j]!.text)) return false;
    return phrase.every((w, n) => tokens[start + n] === w);
  });
}

/** Is the run [k, end) a possessive before a noun of kin: "Velkor Amundai's daughter"? */
function possessiveOfKin(view: ExtendView, end: number): boolean {
  const { words, tokens } = view.ctx;
  return POSSESSIVE.test(words[end - 1]!.text) && KIN.has(tokens[end] ?? '');
}

/** Is the run [k, end) a possessive before a work's title: "Velkor Amundai's Cautionary Tales"? */
export function possessiveOfWork(view: ExtendView, end: number): boolean {
  const { words, tokens } = view.ctx;
  if (!/['’]s$/u.test(words[end - 1]!.text)) return false;
  for (let j = end; j <= end + MAX_TITLE_WORDS && j < words.length; j++) {
    // the title's words are letters only: a closing mark ends it before any noun of works
    const word = words[j]!.text.replace(/[.,!?;:]$/u, '');
    if (!/^\p{L}+$/u.test(word)) return false;
    if (WORKS.has(tokens[j]!)) return true;
    if (word !== words[j]!.text) return false;
  }
  return false;
}

/** Does the run of unknown title-case words [k, end) stand in a place only a person fills? */
export function unknownRunInPersonPlace(view: ExtendView, k: number, end: number): boolean {
  return (
    beforeWho(view, end) ||
    beforeLife(view, end) ||
    afterPersonPhrase(view, k) ||
    possessiveOfKin(view, end) ||
    possessiveOfWork(view, end)
  );
}
