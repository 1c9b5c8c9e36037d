/**
 * The "spoken -> written" view of a transcript. Raw ASR says numbers and identifiers as words;
 * detectors want digits. This view rewrites them and keeps an exact char -> word map, so a detector
 * can match on "4155550132" while its result lands on the exact words (and so times) that were said.
 *
 * What it rewrites (everything else is the word lower-cased, NFKC, internal whitespace removed):
 * - digit words: "four one five" -> "415", "oh"/"o"/"zero" -> 0 next to other digits (also a
 *   hesitation written as one word, "five uh-oh one" -> "501", like "five uh oh one"),
 *   "double five" -> "55", "triple oh" -> "000";
 * - natural numbers, read in groups as people say them: "fourteen twenty seven" -> "1427",
 *   "nineteen eighty four" -> "1984", "one twenty three" -> "123", "five hundred fifteen" -> "515",
 *   "two thousand and nine" -> "2009" (after a scale word a lone unit is only absorbed when no
 *   further digit follows, so "eight hundred five five five ..." stays 800 5 5 5);
 * - spelled letters: "x k q four eight two" -> "xkq482", "o k a f o r" -> "okafor",
 *   "c as in cat" -> "c", formatted "O-K-A-F-O-R" -> "okafor";
 * - ordinals after a tens word or a month: "twenty third" -> "23rd", "march third" -> "march 3rd".
 *
 * Fillers (uh, um, er, hmm, ...), "dash" and empty words inside a run do not break it and emit
 * nothing: they stay inside the run's word range, as the labelling rules want. A run ends at a
 * speaker change and after a word carrying sentence punctuation (formatted ASR).
 *
 * Besides the text, the view exposes the runs themselves (`runs`, `wordRun`): a run keeps its
 * chunks ("nineteen" | "eighty four" | ...), so a detector can read "three fifteen eighty two" as
 * the date 3/15/82 as well as the digit string "31582". Formatted number words ("(415)",
 * "555-0132", "XKQ482137") stay as written in the text but are grouped into runs too, so one
 * detector serves both transcript styles.
 */
import type { Word } from '../types.js';
import { readWordListsIn } from '../detect/lexicon-files.js';
import { mapPacked } from '../detect/arrays.js';

export type ChunkKind = 'digit' | 'number' | 'ordinal' | 'letter' | 'literal';

export interface SpokenChunk {
  /** word range [startWord, endWord) of the words that produced the chunk */
  startWord: number;
  endWord: number;
  /** written form, lower-case ASCII: "4", "27", "1427", "23rd", "x", "5550132" (literal digits) */
  text: string;
  kind: ChunkKind;
}

export interface SpokenRun {
  startWord: number;
  endWord: number;
  /** chunk texts concatenated: "4155550132", "xkq482", "okafor" */
  text: string;
  /** the digits of `text` only */
  digits: string;
  chunks: SpokenChunk[];
}

/**
 * The spoken numbers and letters of a call: what every detector reads (`buildSpokenRuns`).
 */
export interface SpokenRuns {
  runs: SpokenRun[];
  /** wordRun[w] = index into runs of the run covering word w, -1 outside runs */
  wordRun: Int32Array;
}

/**
 * The runs with the whole call written out as one text (`buildSpokenView`): no detector reads the
 * text or its char maps, so detection builds the runs alone (on a call of a million words the text,
 * its char -> word map and the parts joined into it were ~28 MB live and as much garbage).
 */
export interface SpokenView extends SpokenRuns {
  text: string;
  /** charWord[i] = index of the word that produced text[i]; -1 for inserted separators */
  charWord: Int32Array;
  /** wordChar[w] = offset of the first char word w produced, -1 when it produced none */
  wordChar: Int32Array;
}

/** A word table as a Map: plain objects would also answer for "constructor" and friends. */
const table = (entries: Record<string, number>): ReadonlyMap<string, number> =>
  new Map(Object.entries(entries));

const UNITS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});
/** The digit one spoken word stands for ("four" -> "4", "oh"/"o"/"zero" -> "0"), or undefined. */
export function spokenDigit(word: string): string | undefined {
  if (word === 'oh' || word === 'o') return '0';
  const unit = UNITS.get(word);
  return unit === undefined ? undefined : String(unit);
}

const TEENS = table({
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const ORDINAL_UNITS = table({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
});
const ORDINALS = table({
  ...Object.fromEntries(ORDINAL_UNITS),
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
});
const DIGIT_NAMES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/**
 * Digit words of other languages (lexicons/digit-words): foreign word -> English digit word.
 * Words that are English digit words already ("six", "zero") are not foreign.
 */
const FOREIGN_DIGITS: ReadonlyMap<string, string> = new Map(
  [...readWordListsIn('digit-words').values()]
    .flat()
    .map((line) => line.split(/\s+/))
    .filter(([word]) => !UNITS.has(word!))
    .map(([word, digit]) => [word!, DIGIT_NAMES[Number(digit)]!]),
);
/** A stretch of digit words read as digits when it has this many words, this many of them foreign. */
const FOREIGN_STRETCH = 4;
const FOREIGN_MIN = 2;

const SCALES = table({ hundred: 100, thousand: 1000 });
const MULTIPLIERS = table({ double: 2, triple: 3 });
/** Disfluencies that may interrupt a spoken value without ending it. */
export const FILLERS: ReadonlySet<string> = new Set([
  'uh',
  'um',
  'uhm',
  'umm',
  'er',
  'erm',
  'ah',
  'eh',
  'hmm',
  'hm',
  'mm',
  'mmm',
  'mhm',
  'like',
]);
const JOINERS = new Set(['dash', 'hyphen', '-']);
/** Month names and their abbreviations, as words are written in lower case. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Transparent words allowed in a row inside a run ("uh um dash"). */
const MAX_GAP = 4;

type Cls =
  | 'unit'
  | 'oh'
  | 'teen'
  | 'tens'
  | 'scale'
  | 'mult'
  | 'ordinal'
  | 'letter'
  | 'letters'
  | 'literal'
  | 'and'
  | 'filler'
  | 'other';

interface WordInfo {
  tok: string;
  cls: Cls;
  /** the word ends a sentence or clause in formatted text ("0132.", "Okay,") */
  stop: boolean;
  /** the view text of the word when it is not rewritten */
  plain: string;
}

/** ASCII value of a decimal digit of any script (Arabic-Indic, fullwidth, ...), or -1. */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 48 && cp <= 57) return cp - 48;
  if (!/\p{Nd}/u.test(ch)) return -1;
  // mathematical digits are five adjacent blocks of ten
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return (cp - 0x1d7ce) % 10;
  // every other script's digits are one contiguous block 0-9: count back to its zero
  let v = 0;
  while (v < 9 && /\p{Nd}/u.test(String.fromCodePoint(cp - v - 1))) v++;
  return v;
}

/** Rewrites decimal digits of any script to ASCII. */
export function asciiDigits(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return s.replace(/\p{Nd}/gu, (ch) => String(digitValue(ch)));
}

const LITERAL = /^[\p{Nd}a-z]+(?:[-.][\p{Nd}a-z]+)*$/u;
const SPELLED = /^\p{L}(?:-\p{L})+$/u;

/** An ASCII word of letters only: normalising it is lower-casing it (most words of a transcript). */
const PLAIN_WORD = /^[A-Za-z]+$/;

/**
 * A word label and a colon written onto a value with digits: "phone:", "tel:", "mobile:", "Tel.:",
 * also inside an opening bracket ("(tel:+46..."); a key and "=" of a data export ("phone=",
 * "phone_number=").
 */
const GLUED_LABEL = /^[("'“‘«[<]*\p{L}{2,}(?:_\p{L}+)*\.?(?::(?=[^:]*\p{Nd})|=(?=[^=]*\p{Nd}))/u;
/**
 * A phone number written with a slash after its area code, as German, Austrian, Swiss, Belgian,
 * Italian or Hungarian writers do ("030/901820", "0664/123456", "(089)/1234-567", "0471/12 34 56",
 * "+36 20/934-2220", "081234/56789"): a trunk zero and 1-5 digits, one slash, 3 digits or more; a trunk zero and
 * 2-4 digits (no month), a slash and 2 digits or more; or, without a trunk zero, 1-3 digits, a
 * slash and a hyphenated local number. Dates ("03/15/2019", "03/2019", "05/12") do not fit: a
 * month after the slash has two digits, a lone year is 19xx or 20xx. Belgian mobiles are also written
 * without their trunk zero ("486/31 64 35", "486/316435"), Italian mobiles have none ("347/1234567").
 * A quote or bracket around the word ("0460/338 015", "(030/901820)") changes nothing.
 */
const TRUNK_SLASH =
  /^["'“‘«<[(]?(?:\(?0\d{1,5}\)?\/(?!(?:19|20)\d\d[.,;:!?)\]>]*$)\d{3}[\d.-]*|\(?0\d{2,4}\)?\/\d{2}(?:[.-]\d+)*|\d{1,3}\/\d{3}-\d{3,4}|4[5-9]\d\/\d{2,3}(?:[ .-]?\d{2,3})*|3\d\d\/\d{6,7})["'”’»>)\]}]{0,2}[.,;:!?]*$/u;
/** An ASCII word with an inner apostrophe ("it's", "O'Neil"): lower-casing normalises it too. */
const APOSTROPHE_WORD = /^[A-Za-z]+['’][A-Za-z]+$/;
/** An ASCII word and one mark that ends a clause ("Okay,", "thanks."), as formatted text writes them. */
const PUNCTUATED_WORD = /^[A-Za-z]+[.,?!;:]$/;

function classify(text: string): WordInfo {
  if (PLAIN_WORD.test(text) || APOSTROPHE_WORD.test(text)) {
    const tok = text.toLowerCase();
    return { tok, cls: classOf(tok, false), stop: false, plain: tok };
  }
  // the general path below gives the same for these; words of letters are never literals, so the
  // money or time sign (":") does not matter
  if (PUNCTUATED_WORD.test(text)) {
    const plain = text.toLowerCase();
    const tok = plain.slice(0, -1);
    return { tok, cls: classOf(tok, false), stop: true, plain };
  }
  // typographic dashes ("405–555–0196") are hyphens
  const written = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, '')
    .replace(/[\u2010-\u2015\u2212]/gu, '-');
  // a form label glued to its value ("Phone:(415)", "Mobile:07700900123"): the value is read, and
  // its colon is no time sign
  const labelled = written.replace(GLUED_LABEL, '');
  // "030/901820", "(0171)/1234567": the area code written before a slash is no date or fraction
  const norm = TRUNK_SLASH.test(labelled) ? labelled.replace('/', '-') : labelled;
  const plain = asciiDigits(norm);
  const stop = /[.,?!;:]["')\]]*$/u.test(norm);
  const tok = plain.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return { tok, cls: classOf(tok, /[$%:/€£]/u.test(norm)), stop, plain };
}

/** The class of a normalised token; a money or time sign in the word keeps its digits from being a literal. */
function classOf(tok: string, moneyOrTime: boolean): Cls {
  let cls: Cls = 'other';
  if (tok === '')
    cls = 'filler'; // empty or pure punctuation: transparent
  else if (UNITS.has(tok)) cls = 'unit';
  else if (tok === 'oh' || tok === 'o' || tok === 'uh-oh') cls = 'oh';
  else if (TEENS.has(tok)) cls = 'teen';
  else if (TENS.has(tok)) cls = 'tens';
  else if (SCALES.has(tok)) cls = 'scale';
  else if (MULTIPLIERS.has(tok)) cls = 'mult';
  else if (ORDINALS.has(tok)) cls = 'ordinal';
  else if (tok === 'and') cls = 'and';
  else if (FILLERS.has(tok) || JOINERS.has(tok)) cls = 'filler';
  else if (/^[a-z]$/.test(tok)) cls = 'letter';
  else if (SPELLED.test(tok)) cls = 'letters';
  else if (/\d/.test(tok) && LITERAL.test(tok.replace(/[()]/g, '')) && !moneyOrTime) cls = 'literal';
  return cls;
}

const isNumberCls = (c: Cls): boolean => c === 'unit' || c === 'teen' || c === 'tens' || c === 'oh';

interface Item {
  word: number;
  cls: Cls;
}

/**
 * Groups the words into candidate runs: maximal sequences of run-able words, allowing a few
 * transparent words (fillers, "dash", "as in <word>" after a letter, "and" after a scale word)
 * between them. Hands each run's significant items to `onRun` as the run closes, in word order
 * (not all of them at the end: on a long call the list of every run outlived the young generation).
 */
function gatherRuns(
  words: readonly Word[],
  info: readonly WordInfo[],
  monthBefore: (i: number) => boolean,
  onRun: (items: Item[]) => void,
): void {
  let current: Item[] = [];
  let gap = 0;
  const close = (): void => {
    if (current.length > 0) onRun(current);
    current = [];
    gap = 0;
  };
  for (let i = 0; i < info.length; i++) {
    const w = info[i]!;
    const prev = current[current.length - 1];
    if (prev && words[i]!.speaker !== words[prev.word]!.speaker) close();
    const last = current[current.length - 1];
    let cls = w.cls;
    if (cls === 'ordinal' && !(last?.cls === 'tens' && ORDINAL_UNITS.has(w.tok)) && !monthBefore(i))
      cls = 'other';
    if (cls === 'scale' && !(last && (isNumberCls(last.cls) || last.cls === 'scale'))) cls = 'other';
    if (cls === 'and') {
      const next = info[i + 1];
      cls = last?.cls === 'scale' && next && isNumberCls(next.cls) && next.cls !== 'oh' ? 'filler' : 'other';
    }
    // "c as in cat": the cue and its example word stay inside the run, silent
    if (last?.cls === 'letter' && w.tok === 'as' && info[i + 1]?.tok === 'in' && i + 2 < info.length) {
      i += 2;
      gap++;
      continue;
    }
    if (cls === 'filler') {
      if (current.length > 0 && gap < MAX_GAP && !info[i - 1]!.stop) gap++;
      else close();
      continue;
    }
    if (cls === 'other') {
      close();
      continue;
    }
    if (current.length > 0 && info[i - 1]!.stop) close();
    current.push({ word: i, cls });
    gap = 0;
    if (cls === 'ordinal' || w.stop) close();
  }
  close();
}

/** Keeps letters only where they spell something: "a"/"i" alone are words, not letters. */
// 'o'/'oh' next to a digit word is zero, otherwise the letter o ("o k a f o r")
const digitish = (it: Item | undefined): boolean =>
  !!it && (isNumberCls(it.cls) || it.cls === 'mult' || it.cls === 'literal') && it.cls !== 'oh';

function settleLetters(items: Item[], info: readonly WordInfo[]): Item[][] {
  // one item (most runs: "i", "a", "one"): an "oh" or a lone letter is no value, anything else is
  // its own run (what the steps below give, without their arrays)
  if (items.length === 1) return items[0]!.cls === 'oh' || items[0]!.cls === 'letter' ? [] : [items];
  // nearest item that is not "oh" on the right of each item (linear: runs of "oh" can be long)
  const nextOther = new Int32Array(items.length + 1).fill(-1);
  for (let k = items.length - 1; k >= 0; k--)
    nextOther[k] = items[k + 1]?.cls !== 'oh' ? k + 1 : nextOther[k + 1]!;
  let prevOther: Item | undefined;
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.cls !== 'oh') {
      prevOther = it;
      continue;
    }
    const near = digitish(prevOther) || prevOther?.cls === 'scale' || digitish(items[nextOther[k]!]);
    if (!near && info[it.word]!.tok === 'o') {
      it.cls = 'letter';
      prevOther = it;
    }
  }
  // a leading "oh" before one or two number words is an interjection ("oh one more thing")
  if (items[0]?.cls === 'oh' && items.length <= 3) items = items.slice(1);
  // split off stretches of letters: a stretch is kept when it has two letters other than a/i
  const out: Item[][] = [];
  let part: Item[] = [];
  let k = 0;
  while (k < items.length) {
    if (items[k]!.cls !== 'letter') {
      part.push(items[k]!);
      k++;
      continue;
    }
    let e = k;
    while (e < items.length && items[e]!.cls === 'letter') e++;
    const stretch = items.slice(k, e);
    const strong = stretch.filter((it) => !/^[ai]$/.test(info[it.word]!.tok)).length;
    const keepAll = strong >= 2 || (strong === 1 && stretch.length >= 3);
    for (const it of stretch) {
      const weak = /^[ai]$/.test(info[it.word]!.tok);
      if (keepAll || (!weak && strong === 1)) part.push(it);
      else {
        // a bare "a"/"i" is an English word: it ends the run
        if (part.length) out.push(part);
        part = [];
      }
    }
    k = e;
  }
  if (part.length) out.push(part);
  // a run of "oh" alone, or a single lone letter, is not a value
  return out.filter((p) => p.some((it) => it.cls !== 'oh') && !(p.length === 1 && p[0]!.cls === 'letter'));
}

interface ParsedChunk {
  words: number[];
  text: string;
  kind: ChunkKind;
}

/** Parses a run's items into chunks with the number grammar described at the top of the file. */
function parseChunks(items: readonly Item[], info: readonly WordInfo[]): ParsedChunk[] {
  const chunks: ParsedChunk[] = [];
  const tok = (k: number): string => (k < items.length ? info[items[k]!.word]!.tok : '');
  const cls = (k: number): Cls | undefined => items[k]?.cls;
  const numberFollows = (k: number): boolean => {
    const c = cls(k);
    return c === 'unit' || c === 'oh' || c === 'teen' || c === 'tens' || c === 'mult';
  };
  // a value 0-99 at k (unit, teen, tens + unit); returns [value, items consumed] or null
  const small = (k: number): [number, number] | null => {
    const c = cls(k);
    const t = tok(k);
    if (c === 'unit') return [UNITS.get(t)!, 1];
    if (c === 'teen') return [TEENS.get(t)!, 1];
    if (c === 'tens') {
      const v = TENS.get(t)!;
      const unit = cls(k + 1) === 'unit' ? UNITS.get(tok(k + 1))! : 0;
      if (unit > 0) return [v + unit, 2];
      return [v, 1];
    }
    return null;
  };
  // after a scale word: absorb teens/tens always, a unit only when no further digit follows
  const sub = (k: number): [number, number] => {
    const s = small(k);
    if (!s) return [0, 0];
    if (cls(k) === 'unit' && numberFollows(k + 1)) return [0, 0];
    return s;
  };
  const wordsOf = (k: number, n: number): number[] => items.slice(k, k + n).map((it) => it.word);

  let k = 0;
  while (k < items.length) {
    const c = cls(k)!;
    if (c === 'literal') {
      chunks.push({ words: wordsOf(k, 1), text: tok(k).replace(/[^a-z0-9]/g, ''), kind: 'literal' });
      k++;
    } else if (c === 'letters') {
      chunks.push({ words: wordsOf(k, 1), text: tok(k).replace(/-/g, ''), kind: 'letter' });
      k++;
    } else if (c === 'letter') {
      chunks.push({ words: wordsOf(k, 1), text: tok(k), kind: 'letter' });
      k++;
    } else if (c === 'oh') {
      chunks.push({ words: wordsOf(k, 1), text: '0', kind: 'digit' });
      k++;
    } else if (c === 'mult') {
      const n = MULTIPLIERS.get(tok(k))!;
      const next = cls(k + 1);
      if (next === 'unit' || next === 'oh' || next === 'letter') {
        const unit = next === 'letter' ? tok(k + 1) : next === 'oh' ? '0' : String(UNITS.get(tok(k + 1)));
        chunks.push({
          words: wordsOf(k, 2),
          text: unit.repeat(n),
          kind: next === 'letter' ? 'letter' : 'digit',
        });
        k += 2;
      } else k++; // "double" with nothing to double: silent
    } else if (c === 'ordinal') {
      const v = ORDINALS.get(tok(k))!;
      chunks.push({ words: wordsOf(k, 1), text: ordinalText(v), kind: 'ordinal' });
      k++;
    } else if (c === 'scale') {
      k++; // a scale word the grammar could not attach ("hundred" after "oh"): silent
    } else {
      const s = small(k)!;
      let value = s[0];
      let n = s[1];
      if (c === 'tens' && n === 1 && cls(k + 1) === 'ordinal' && ORDINAL_UNITS.has(tok(k + 1))) {
        chunks.push({
          words: wordsOf(k, 2),
          text: ordinalText(value + ORDINALS.get(tok(k + 1))!),
          kind: 'ordinal',
        });
        k += 2;
        continue;
      }
      let kind: ChunkKind = c === 'unit' ? 'digit' : 'number';
      if (tok(k + n) === 'hundred' && value > 0) {
        value *= 100;
        n++;
        const [v2, n2] = sub(k + n);
        value += v2;
        n += n2;
        kind = 'number';
      }
      if (tok(k + n) === 'thousand' && value > 0) {
        value *= 1000;
        n++;
        const h = small(k + n);
        if (h && cls(k + n) === 'unit' && tok(k + n + 1) === 'hundred') {
          value += h[0] * 100;
          n += 2;
        }
        const [v2, n2] = sub(k + n);
        value += v2;
        n += n2;
        kind = 'number';
      }
      chunks.push({ words: wordsOf(k, n), text: String(value), kind });
      k += n;
    }
  }
  return chunks;
}

function ordinalText(v: number): string {
  const suffix = v % 100 >= 11 && v % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][v % 10] ?? 'th');
  return `${v}${suffix}`;
}

/**
 * Appends text to the view, mapping chars to the chunk's words (first char -> first word, last ->
 * last). The char map grows in a typed array: on a call of a million words a plain array of its
 * millions of indices (and an array per word emitted) was most of the garbage the view left behind.
 */
class ViewBuilder {
  private readonly parts: string[] = [];
  private map: Int32Array;
  private length = 0;
  readonly wordChar: Int32Array;

  /** `capacity`: the chars expected (the map grows past it if need be) */
  constructor(wordCount: number, capacity: number) {
    this.wordChar = new Int32Array(wordCount).fill(-1);
    this.map = new Int32Array(Math.max(16, capacity));
  }

  /** Room for n more chars in the map. */
  private reserve(n: number): void {
    if (this.length + n <= this.map.length) return;
    let size = this.map.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.map.subarray(0, this.length));
    this.map = grown;
  }

  /** `words`: the chunk's words, or its one word's index. */
  emit(text: string, words: readonly number[] | number, separate: boolean): void {
    if (text.length === 0) return;
    const n = text.length;
    this.reserve(n + 1);
    if (separate && this.length > 0) {
      this.parts.push(' ');
      this.map[this.length] = -1;
      this.length++;
    }
    for (let i = 0; i < n; i++) {
      const w =
        typeof words === 'number'
          ? words
          : words.length === 1 || n === 1
            ? words[0]!
            : words[Math.round((i * (words.length - 1)) / (n - 1))]!;
      if (this.wordChar[w] === -1) this.wordChar[w] = this.length;
      this.map[this.length++] = w;
    }
    this.parts.push(text);
  }

  finish(): { text: string; charWord: Int32Array; wordChar: Int32Array } {
    // a view of the map, not a copy: the map is sized to the call already
    return {
      text: this.parts.join(''),
      charWord: this.map.subarray(0, this.length),
      wordChar: this.wordChar,
    };
  }
}

/**
 * "cuatro uno cinco cinco ...": a stretch of digit words with foreign ones among them is a number
 * said in another language; its foreign words become the English digit words. Alone or in short
 * stretches they stay words ("due", "null", "un" are English or French words too).
 */
function readForeignDigits(info: WordInfo[]): void {
  // the tests are made once per call, not once per word (on a call of a million words the
  // closures made per word were the largest garbage of the view)
  const foreign = (k: number): boolean => k >= 0 && k < info.length && FOREIGN_DIGITS.has(info[k]!.tok);
  // a foreign digit word that is an English filler too ("um") counts next to another foreign one
  const isDigit = (k: number): boolean =>
    k < info.length &&
    (info[k]!.cls === 'unit' ||
      info[k]!.cls === 'oh' ||
      (foreign(k) && (!FILLERS.has(info[k]!.tok) || foreign(k - 1) || foreign(k + 1))));
  let i = 0;
  while (i < info.length) {
    if (!isDigit(i)) {
      i++;
      continue;
    }
    let e = i;
    let count = 0;
    while (isDigit(e)) {
      if (foreign(e)) count++;
      e++;
    }
    if (e - i >= FOREIGN_STRETCH && count >= FOREIGN_MIN) {
      for (let k = i; k < e; k++) {
        const english = FOREIGN_DIGITS.get(info[k]!.tok);
        if (english !== undefined) info[k] = { ...info[k]!, tok: english, cls: 'unit' };
      }
    }
    i = e;
  }
}

/**
 * A trunk zero and an area code written before a slash, then the first digits of the local number
 * ("06/12", "06/20", "010/2000"): alone such a word is a date or a year, and stays one.
 */
const SLASH_HEAD = /^\(?0\d{1,4}\)?\/\d{2,4}$/;
/** A digit group written after it ("34", "4567", "56-78"); a year alone ends a date ("06/12 2019"). */
const GROUP_AFTER = /^(?!(?:1[5-9]|20)\d\d[.,;:!?]?$)\d{2,4}(?:[-.]\d{2,4})*[.,;:!?]?$/;

/**
 * "06/47 38 21 95", "06/20 123 4567", "010/2000 0000": a word of SLASH_HEAD with more digit groups
 * written right after it is the head of a phone number written with a slash after its area code
 * (as in the national formats of FR, HU, KR ... with a slash for the first space): it is read as
 * the number's first digits, so the groups after it join it in one run.
 */
function readSlashHeads(words: readonly Word[], info: WordInfo[]): void {
  for (let i = 0; i + 1 < words.length; i++) {
    if (info[i]!.cls !== 'other') continue;
    const text = words[i]!.text;
    if (!text.includes('/') || !SLASH_HEAD.test(text)) continue;
    if (words[i + 1]!.speaker !== words[i]!.speaker || !GROUP_AFTER.test(words[i + 1]!.text)) continue;
    info[i] = classify(text.replace('/', '-'));
  }
}

/**
 * classify() per distinct word text of the call: a call says a few thousand distinct words, so a
 * long call shares one WordInfo (and its strings) per text instead of one per word (a WordInfo is
 * never changed in place: readForeignDigits and readSlashHeads replace entries).
 */
function classifyWords(words: readonly Word[]): WordInfo[] {
  const seen = new Map<string, WordInfo>();
  return mapPacked(words, (w) => {
    let info = seen.get(w.text);
    if (info === undefined) seen.set(w.text, (info = classify(w.text)));
    return info;
  });
}

interface RunsAndParts extends SpokenRuns {
  info: WordInfo[];
  /** first word of a run -> its chunks */
  chunksAt: Map<number, ParsedChunk[]>;
}

function gatherSpokenRuns(words: readonly Word[]): RunsAndParts {
  const info = classifyWords(words);
  readForeignDigits(info);
  readSlashHeads(words, info);
  // an ordinal is a day of a month: "march third", "the third of march", "march the third"
  const monthBefore = (i: number): boolean => {
    const tok = (k: number): string => info[k]?.tok ?? '';
    return (
      MONTHS.has(tok(i - 1)) ||
      (tok(i - 1) === 'the' && (tok(i + 1) === 'of' || MONTHS.has(tok(i + 1)) || MONTHS.has(tok(i - 2))))
    );
  };

  const runs: SpokenRun[] = [];
  const wordRun = new Int32Array(words.length).fill(-1);
  const chunksAt = new Map<number, ParsedChunk[]>(); // first word of a run -> its chunks
  gatherRuns(words, info, monthBefore, (gathered) => {
    for (const items of settleLetters(gathered, info)) {
      const chunks = parseChunks(items, info);
      if (chunks.length === 0) continue;
      const startWord = items[0]!.word;
      const endWord = items[items.length - 1]!.word + 1;
      const text = chunks.map((c) => c.text).join('');
      const index = runs.length;
      runs.push({
        startWord,
        endWord,
        text,
        digits: text.replace(/\D/g, ''),
        chunks: chunks.map((c) => ({
          startWord: c.words[0]!,
          endWord: c.words[c.words.length - 1]! + 1,
          text: c.text,
          kind: c.kind,
        })),
      });
      wordRun.fill(index, startWord, endWord);
      chunksAt.set(startWord, chunks);
    }
  });

  return { runs, wordRun, info, chunksAt };
}

/** The call's spoken runs (what detectors read), without the written-out text of the view. */
export function buildSpokenRuns(words: readonly Word[]): SpokenRuns {
  const { runs, wordRun } = gatherSpokenRuns(words);
  return { runs, wordRun };
}

export function buildSpokenView(words: readonly Word[]): SpokenView {
  const { runs, wordRun, info, chunksAt } = gatherSpokenRuns(words);
  // every word emits its text or less (spoken numbers are shorter written) and one separator
  let capacity = 0;
  for (const w of info) capacity += w.plain.length + 1;
  const view = new ViewBuilder(words.length, capacity);
  for (let i = 0; i < words.length; i++) {
    const chunks = chunksAt.get(i);
    if (!chunks) {
      if (wordRun[i] === -1) view.emit(info[i]!.plain, i, true);
      continue;
    }
    // spoken chunks of one run are written together ("415"); literal words keep their own text
    let joined = false;
    for (const c of chunks) {
      if (c.kind === 'literal') {
        view.emit(info[c.words[0]!]!.plain, c.words, true);
        joined = false;
      } else {
        view.emit(c.text, c.words, !joined);
        joined = true;
      }
    }
  }
  // one literal with every field: a spread would give each view its own hidden class, and every
  // detector's reads of the view would go megamorphic
  const { text, charWord, wordChar } = view.finish();
  return { text, charWord, wordChar, runs, wordRun };
}

/** Word range [startWord, endWord) covered by char range [start, end) of the spoken view. */
export function spokenRangeToWords(
  view: SpokenView,
  start: number,
  end: number,
): { startWord: number; endWord: number } | null {
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, start); i < Math.min(end, view.charWord.length); i++) {
    const w = view.charWord[i]!;
    if (w < 0) continue;
    if (first < 0 || w < first) first = w;
    if (w > last) last = w;
  }
  return first < 0 ? null : { startWord: first, endWord: last + 1 };
}

/** The run covering word `w`, if any. */
export function runAt(view: SpokenRuns, w: number): SpokenRun | undefined {
  const r = view.wordRun[w];
  return r === undefined || r < 0 ? undefined : view.runs[r];
}

/** Digits on each side of a slash that make it stand between two numbers, not after an area code. */
export const SLASH_SIDE_DIGITS = 6;

/**
 * A run cut at a slash written as a word between two numbers ("0471 123456 / 0471 654321": a
 * number and another to try), when each side has SLASH_SIDE_DIGITS digits or more; null otherwise.
 * Runs keep a spaced slash ("23 / 09 / 2015" is one date, "030 / 901820" one number), so the
 * detectors that read numbers cut them.
 */
/** The run made of these chunks (at least one), in order. */
export function runOfChunks(chunks: SpokenChunk[]): SpokenRun {
  const text = chunks.map((c) => c.text).join('');
  return {
    startWord: chunks[0]!.startWord,
    endWord: chunks[chunks.length - 1]!.endWord,
    text,
    digits: text.replace(/\D/g, ''),
    chunks,
  };
}

export function cutAtSlash(words: readonly Word[], run: SpokenRun): SpokenRun[] | null {
  for (let w = run.startWord + 1; w < run.endWord - 1; w++) {
    if (words[w]!.text.trim() !== '/') continue;
    const left = run.chunks.filter((c) => c.endWord <= w);
    const right = run.chunks.filter((c) => c.startWord > w);
    if (left.length === 0 || right.length === 0) return null;
    const a = runOfChunks(left);
    const b = runOfChunks(right);
    if (a.digits.length < SLASH_SIDE_DIGITS || b.digits.length < SLASH_SIDE_DIGITS) return null;
    return [a, ...(cutAtSlash(words, b) ?? [b])];
  }
  return null;
}

/**
 * Runs with two numbers written on either side of a slash ("0471 123456 / 0471
 * 654321") as two runs: each is a phone number with a value of its own (a later read-back of
 * one matches it), as when said with "or" between them. The same array when no run has one.
 */
export function runsCutAtSlashes(words: readonly Word[], runs: readonly SpokenRun[]): readonly SpokenRun[] {
  let out: SpokenRun[] | null = null;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const cut = run.digits.length >= 2 * SLASH_SIDE_DIGITS ? cutAtSlash(words, run) : null;
    if (cut && !out) out = runs.slice(0, i);
    if (out) out.push(...(cut ?? [run]));
  }
  return out ?? runs;
}
