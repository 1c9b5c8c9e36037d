/**
 * Word cleaning before detection: the disguises a transcript, an export or a hostile input puts
 * on personal data are taken off each word's text, so every detector reads "415-555-0132" and
 * "maria@example.com" however they were written. Word indices never change, so every entity
 * still lands on the exact words (and times) of the transcript; only the text detectors read is
 * cleaned.
 *
 * Per word (ASCII words are returned as they are):
 * - invisible characters are dropped: format characters (zero-width space/joiners, word joiner,
 *   BOM, soft hyphen, bidi embeddings/overrides/isolates) and the combining grapheme joiner;
 * - NFKC: fullwidth forms to ASCII, decomposed letters composed;
 * - combining marks NFC could not compose away are dropped where they decorate, not spell: on a
 *   digit or a sign, and anywhere in a word of Latin letters ("4̲1̲5̲", "m̶a̶r̶i̶a̶"); a word of
 *   another script keeps its marks (Devanagari, Hebrew points ...);
 * - Cyrillic/Greek/Armenian look-alikes of Latin letters (lexicons/confusables) become the Latin
 *   letter in a word that mixes them with Latin letters or holds an "@": no real word of either
 *   script mixes them, while a word wholly in Cyrillic or Greek stays as written;
 * - decimal digits of every script become ASCII digits.
 */
import type { Word } from '../types.js';
import { asciiDigits } from '../transcript/spoken-view.js';
import { readWordList } from './lexicon-files.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const INVISIBLE = /[\p{Cf}\u034f]/gu;
const MARK = /\p{M}/u;
/** A mark on something that is not a letter (a digit, "@", ".", "-"): decoration only. */
const MARK_ON_NON_LETTER = /(?<=[^\p{L}\p{M}])\p{M}+|^\p{M}+/gu;
const MARKS = /\p{M}+/gu;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

/** look-alike letter -> Latin letter, from lexicons/confusables/latin-lookalikes.txt */
const LOOKALIKES: ReadonlyMap<string, string> = new Map(
  readWordList('confusables/latin-lookalikes.txt').map((line) => {
    const [from, to] = line.split(/\s+/);
    return [from!, to!];
  }),
);
const LOOKALIKE_CLASS = new RegExp(`[${[...LOOKALIKES.keys()].join('')}]`, 'gu');

/** The text of one word as detectors should read it (see the module header). */
export function cleanWordText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  let t = text.replace(INVISIBLE, '').normalize('NFKC');
  if (MARK.test(t)) {
    t = t.replace(MARK_ON_NON_LETTER, '');
    if (!NON_LATIN_LETTER.test(t)) t = t.replace(MARKS, '');
  }
  if (NON_LATIN_LETTER.test(t) && (LATIN_LETTER.test(t) || t.includes('@'))) {
    t = t.replace(LOOKALIKE_CLASS, (ch) => LOOKALIKES.get(ch) ?? ch);
  }
  return asciiDigits(t);
}

/** The words with cleaned texts; the same array when no word changed (nearly every call). */
export function cleanWords(words: readonly Word[]): readonly Word[] {
  let out: Word[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const text = cleanWordText(w.text);
    if (text === w.text) continue;
    out ??= words.slice();
    out[i] = { ...w, text };
  }
  return out ?? words;
}
