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
 * - NFC (decomposed letters composed) and fullwidth forms to ASCII;
 * - combining marks NFC could not compose away are dropped where they decorate, not spell: on a
 *   digit or a sign, and anywhere in a word of Latin letters ("4̲1̲5̲", "m̶a̶r̶i̶a̶"); a word of
 *   another script keeps its marks (Devanagari, Hebrew points ...); a word with a diacritic on
 *   every one of its letters (two or more) loses them;
 * - Cyrillic/Greek/Armenian look-alikes of Latin letters (lexicons/confusables) become the Latin
 *   letter in a word that mixes them with Latin letters or holds an "@": no real word of either
 *   script mixes them, while a word wholly in Cyrillic or Greek stays as written (its О or І
 *   among the digits of a long number is read as the digit, see below);
 * - styled letters and digits (mathematical bold ..., circled numbers, small forms) as NFKC reads them;
 * - decimal digits of every script become ASCII digits;
 * - written obfuscations: a lone "@" is read "at", bracketed "(at)"/"[dot]" glued inside a word
 *   become "@"/"." when that makes an email, and a letter O or l/I among the digits of a long
 *   number (7 digits or more counting them, at most two such letters) is the digit it stands for.
 */
import type { Word } from '../types.js';
import { asciiDigits } from '../transcript/spoken-view.js';
import { readWordList } from './lexicon-files.js';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const INVISIBLE = /[\p{Cf}\u034f]/gu;
/** Fullwidth ASCII forms; the rest of NFKC is left to the views (it would read "3º" as "3o"). */
const FULLWIDTH = /[\uff01-\uff5e]/gu;
/**
 * Styled forms NFKC reads as plain letters, digits and signs: mathematical bold/italic/script
 * letters and digits ("𝐦𝐚𝐫𝐢𝐚"), circled and parenthesised numbers ("④①⑤"), small form
 * variants ("﹫") and the one-dot leader ("․").
 */
const STYLED = /[\u{1d400}-\u{1d7ff}\u2460-\u24ff\ufe50-\ufe6b\u2024]/gu;
const MARK = /\p{M}/u;
/** A mark on something that is not a letter (a digit, "@", ".", "-"): decoration only. */
const MARK_ON_NON_LETTER = /(?<=[^\p{L}\p{M}])\p{M}+|^\p{M}+/gu;
const MARKS = /\p{M}+/gu;
const THAANA = /\p{Script=Thaana}/u;
const LETTER_AND_MARKS = /\p{L}(\p{M}*)/gu;
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

/** "maria(at)example(dot)com", "maria[@]example[.]com": bracketed "at"/"dot" glued inside a word. */
const GLUED_AT = /[[({]\s*(?:at|@)\s*[\])}]/giu;
const GLUED_DOT = /[[({]\s*(?:dot|\.)\s*[\])}]/giu;
const EMAIL_SHAPE = /^[^@\s]+@[^@\s]+\.\p{L}{2,}$/u;
/** A phone or card number with letter O or l/I typed for 0 or 1 ("415-555-O132", "4l11 ..."). */
const LETTER_IN_DIGITS = /\d[-.]?[OoIl]|[OoIl][-.]?\d/;
const DIGITS_AND_LOOKALIKES = /^[(+]?[\dOoIl]+(?:[-. )/]{1,2}[\dOoIl]+)*$/;
/** Fewer digits (letters standing in counted) than this: a code ("A1O", "10l"), not a mistyped number. */
const MIN_DIGITS = 7;

function writtenForms(t: string): string {
  if (t === '@') return 'at'; // "maria @ example.com" is read as "maria at example.com"
  if (t.includes('(') || t.includes('[') || t.includes('{')) {
    const email = t.replace(GLUED_AT, '@').replace(GLUED_DOT, '.');
    if (email !== t && EMAIL_SHAPE.test(email.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))) return email;
  }
  if (LETTER_IN_DIGITS.test(t) && DIGITS_AND_LOOKALIKES.test(t)) {
    const letters = t.replace(/[^OoIl]/g, '').length;
    const digits = t.replace(/\D/g, '').length;
    if (digits + letters >= MIN_DIGITS && letters <= 2) return t.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
  }
  return t;
}

/**
 * A word of two letters or more with a mark on every letter ("fóúŕ", "Ḿáŕíá") is decorated:
 * no language writes every letter of a word with a diacritic, so the marks go.
 */
function undecorated(t: string): string {
  // Thaana writes a vowel mark (fili) on every letter of a word ("މަގު")
  if (THAANA.test(t)) return t;
  const d = t.normalize('NFD');
  let letters = 0;
  for (const m of d.matchAll(LETTER_AND_MARKS)) {
    if (!m[1]) return t;
    letters++;
  }
  return letters >= 2 ? d.replace(MARKS, '').normalize('NFC') : t;
}

/** The text of one word as detectors should read it (see the module header). */
export function cleanWordText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return writtenForms(text);
  let t = text
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(FULLWIDTH, (ch) => String.fromCodePoint(ch.codePointAt(0)! - 0xfee0))
    .replace(STYLED, (ch) => ch.normalize('NFKC'));
  t = undecorated(t);
  if (MARK.test(t)) {
    t = t.replace(MARK_ON_NON_LETTER, '');
    if (!NON_LATIN_LETTER.test(t)) t = t.replace(MARKS, '');
  }
  if (NON_LATIN_LETTER.test(t) && (LATIN_LETTER.test(t) || t.includes('@'))) {
    t = t.replace(LOOKALIKE_CLASS, (ch) => LOOKALIKES.get(ch) ?? ch);
  }
  t = asciiDigits(t);
  const written = writtenForms(t);
  if (written !== t || !NON_LATIN_LETTER.test(t) || !/\d/.test(t)) return written;
  // a Cyrillic or Greek O or I among the digits of a long number ("415-555-О132")
  const folded = t.replace(LOOKALIKE_CLASS, (ch) => LOOKALIKES.get(ch) ?? ch);
  const fixed = writtenForms(folded);
  return fixed !== folded ? fixed : t;
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
