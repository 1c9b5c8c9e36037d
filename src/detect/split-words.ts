/**
 * Words that hold several words. A transcript word is normally one spoken word, but exports and
 * pasted text put whole phrases into one: "my cell is 415-555-0132" with non-breaking spaces,
 * a JSON object `{"phone":"415-555-0132"}`, a value glued to thousands of letters. Detectors read
 * one word as one token, so such a word is split into sub-words for detection, and each entity
 * found is mapped back onto the original words: a word any part of which is personal data is
 * covered whole (a word cannot be partly redacted).
 *
 * A word is split at: whitespace inside it (NBSP, tab, newline ...); in a word with structure
 * (braces, brackets, angle brackets, pipes, backticks, or quoted "key":"value" pairs: JSON,
 * markup, tables) also at quotes and those characters; and, when it is longer than any real word,
 * where letters meet digits.
 *
 * A word that glues phone numbers together, as contact exports, signatures and forms write them
 * ("415-555-0142-Office,(415)", "0142/415-555-0199", "0142(Office)415-555-0199",
 * "0142,Mobile:415-555-0199"), is split between the numbers (see gluedNumbers): each number is then
 * read as if written with a space, and every word holding part of one is covered.
 */
import type { Candidate, Word } from '../types.js';

/** Characters that may hold parts together in one word (checked first: most words have none). */
const MAYBE_SEVERAL = /[\s"“”{}]/u;
const SEPARATORS = /[\s"“”{}[\]]+/u;
/** Longer than any word of any language a transcript holds (chemical names aside). */
const LONG_WORD = 48;
const WHITESPACE = /\s+/u;
const STRUCTURED = /[{}]|["“”]\s*[:=,]\s*["“”]/u;
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER_DIGIT = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

/**
 * The parts of a word when it holds several, else null; `afterGroups`: the word before it is a
 * group of digits (a number written in groups may end inside this word).
 */
export function subWords(text: string, afterGroups = false, beforeGroups = false): string[] | null {
  const long = text.length > LONG_WORD;
  if (!long && !MAYBE_SEVERAL.test(text)) return gluedNumbers(text, afterGroups, beforeGroups);
  // quotes split only inside structure ({"phone":"..."}); "Note:"Blue is dialogue punctuation
  let parts = text.split(STRUCTURED.test(text) ? SEPARATORS : WHITESPACE).filter((p) => p !== '');
  if (long) parts = parts.flatMap((p) => (p.length > LONG_WORD ? p.split(LETTER_DIGIT) : [p]));
  parts = parts.flatMap(
    (p, k) =>
      gluedNumbers(
        p,
        k === 0 ? afterGroups : DIGIT_GROUP.test(parts[k - 1]!),
        k === parts.length - 1 ? beforeGroups : DIGIT_GROUP.test(parts[k + 1]!),
      ) ?? [p],
  );
  // a quote or bracket around one word ("Harbor",) is punctuation of that word, not a split
  return parts.filter((p) => WORDLIKE.test(p)).length > 1 ? parts : null;
}

/** A separator inside a word (not at its end), or a label glued to a digit: maybe glued numbers. */
const MAYBE_GLUED = /[^,;|/(][,;|/(]|\d\p{L}{2,}\.?[:=]/u;
/** The backslash before an escaped separator. */
const ESCAPED_SEPARATOR = /\\(?=[,;|])/g;
/** Seven digits: the shortest number that stands alone (a local number). */
const SEVEN_DIGITS = 7;
/**
 * Where glued numbers may part: after ",", ";" or "|" (kept with the number before, as a comma
 * is before a space), around a "/" (its own part, as a slash written between two numbers), around
 * a bracketed label ("(Office)") and before a label with a colon glued after a digit ("Mobile:").
 */
const GLUE_CUT =
  /(?<=[,;|])(?=.)|(?=\/)|(?<=\/)|(?=\(\p{L}{2,}\))|(?<=\(\p{L}{2,}\))|(?<=\d)(?=\p{L}{2,}\.?[:=][+(]?\d)/u;
/**
 * One number or its end or start as forms write it: a label with a colon may open it ("Mobile:",
 * "tel="), then digits grouped by hyphens, dots and brackets, an extension ("x123", "ext.45",
 * "#12"), a label glued with a hyphen ("-Office"), and the separator that ended it.
 */
const NUMBER_PART =
  /^(?:\p{L}{2,}\.?[:=])?[+(]?\d[\d\-.()]*(?:(?:x|ext\.?|#)\d{1,6})?(?:-\p{L}{2,})?[.,;:|]?$/iu;
/** A label alone between or after numbers: "(Office)", "Mobile,". */
const LABEL_PART = /^(?:\(\p{L}{2,}\)|\p{L}{2,})[.,;:|]?$/u;
/** A label glued after the last digits of a part ("42-Office,"): a number ended there. */
const LABEL_END = /\p{L}[.,;:|]?$/u;
/**
 * A word of a number written in groups ("050", "(020)", "+44", "123-45", "Tel:030"): a number may go
 * on in the next word.
 */
const DIGIT_GROUP = /^(?:\p{L}{2,}\.?[:=])?[(+]?\d[\d\-.()]*$/u;
/** A label with a colon opening a part ("Mobile:"): a number starts there. */
const LABEL_START = /^\p{L}{2,}\.?[:=]/u;
/** Digits on each side of a glued slash that make it stand between two numbers ("678/0412" is one). */
const SLASH_SIDE = 6;
/** Digits a part after a separator needs to open a number ("(415)", "+44"). */
const MIN_AFTER = 2;
/** Digits after a separator that open a number when the part before ends one begun words before. */
const MIN_AFTER_GROUPS = 3;
const OPENS_NUMBER = /^[+(]/;

const digitCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
};

/**
 * The parts of a word that glues phone numbers (with or without labels) together, else null. Each
 * part is a number (or its last or first groups) as forms write it, a label alone, or a slash. A
 * separator stands between two numbers when the part before it is a number of seven digits or
 * more or ends with a label, or when the word goes on from digit groups written before it
 * (`afterGroups`: "050 123 4567,050 123 4568"); a bracketed label always; a slash only with six
 * digits or more on each side. "1,234,567", "10/12/2024", "2019,2020" stay one word.
 */
function gluedNumbers(written: string, afterGroups: boolean, beforeGroups: boolean): string[] | null {
  // vCard and CSV exports escape a separator inside a value ("0142-Office\\,415-..."): it parts
  // the numbers as the bare one would
  const text = written.includes('\\') ? written.replace(ESCAPED_SEPARATOR, '') : written;
  if (!MAYBE_GLUED.test(text)) return null;
  const total = digitCount(text);
  if (total < MIN_AFTER) return null;
  const segs = text.split(GLUE_CUT);
  if (segs.length < 2) return null;
  for (const s of segs) if (s !== '/' && !NUMBER_PART.test(s) && !LABEL_PART.test(s)) return null;
  const out: string[] = [segs[0]!];
  let labelled = false;
  for (let i = 1; i < segs.length; i++) {
    const prev = out[out.length - 1]!;
    const s = segs[i]!;
    let apart: boolean;
    if (s === '/') {
      const next = segs[i + 1];
      // a slash inside digit groups ("0486/68 65 78", "56/70") stays: after an area code it is one
      // number, and the number view reads it so
      apart =
        next !== undefined &&
        prev !== '/' &&
        digitCount(prev) >= SLASH_SIDE &&
        digitCount(next) >= SLASH_SIDE;
    } else if (prev === '/') apart = true;
    else if (LABEL_PART.test(s) || LABEL_PART.test(prev) || LABEL_START.test(s)) apart = labelled = true;
    else {
      const after = digitCount(s);
      const opens = OPENS_NUMBER.test(s);
      // inside digit groups ("34 56,70 12"), the part after may be a trunk digit ("4567,8 (912) ...")
      const goesOn = afterGroups && out.length === 1;
      apart =
        (after >= MIN_AFTER || opens || (goesOn && beforeGroups && i === segs.length - 1)) &&
        (digitCount(prev) >= SEVEN_DIGITS ||
          LABEL_END.test(prev) ||
          (goesOn && (after >= MIN_AFTER_GROUPS || opens || beforeGroups)));
    }
    if (apart) out.push(s);
    else if (s === '/' && segs[i + 1] !== undefined) out[out.length - 1] = prev + s + segs[++i]!;
    else out[out.length - 1] = prev + s;
  }
  if (out.length < 2 || (total < SEVEN_DIGITS && !afterGroups && !labelled)) return null;
  // a table's pipe is read as a comma: the number before it ends there
  return out.map((p) => (p.endsWith('|') ? p.slice(0, -1) + ',' : p));
}

export interface SplitWords {
  words: Word[];
  /** origin[i] = index of the original word sub-word i came from */
  origin: Int32Array;
}

/** The words with every word that holds several split, or null when none does (nearly every call). */
export function splitWords(words: readonly Word[]): SplitWords | null {
  let out: Word[] | undefined;
  let origin: number[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const parts = subWords(
      w.text,
      i > 0 && DIGIT_GROUP.test(words[i - 1]!.text),
      i + 1 < words.length && DIGIT_GROUP.test(words[i + 1]!.text),
    );
    if (!parts && !out) continue;
    if (!out || !origin) {
      out = words.slice(0, i);
      origin = Array.from({ length: i }, (_, k) => k);
    }
    for (const text of parts ?? [w.text]) {
      out.push({ ...w, text });
      origin.push(i);
    }
  }
  return out && origin ? { words: out, origin: Int32Array.from(origin) } : null;
}

/**
 * Entities over the sub-words mapped onto the original words. Two entities that land on one
 * original word become one covering both (typed and valued by the stronger), except that an
 * entity of another type that goes on past the words of the one before it keeps its own words
 * after them: "415-555-0142,Jane Ward" is a phone number then a name, and the word they share
 * goes to the one written first in it.
 */
export function mapToOriginal(entities: readonly Candidate[], origin: Int32Array): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    const mapped = { ...e, startWord: origin[e.startWord]!, endWord: origin[e.endWord - 1]! + 1 };
    const last = out[out.length - 1];
    if (last && mapped.startWord < last.endWord && mapped.type !== last.type && mapped.endWord > last.endWord)
      out.push({ ...mapped, startWord: last.endWord });
    else if (last && mapped.startWord < last.endWord) {
      const strongest = mapped.score > last.score ? mapped : last;
      out[out.length - 1] = {
        ...strongest,
        startWord: last.startWord,
        endWord: Math.max(last.endWord, mapped.endWord),
      };
    } else out.push(mapped);
  }
  return out;
}
