/**
 * House numbers and unit lines, in any of the languages of lexicons/address/.
 *
 *   house number = [mark] value      mark: "No.", "Nr.", "nº", "д.", "αρ." ...; value: "12", "12a",
 *                                    "10/12", "12-14", "1-2-3", "s/n", or spoken ("twelve", "one two b")
 *   unit         = unit-word [mark] value         ("Apt 3B", "Wohnung 5", "кв. 12", "piso 3")
 *                | value unit-after-word         ("2nd floor", "3. Etage")
 *                | ordinal-value [letter/side]   ("3º B", "2ª izq", Spanish and Portuguese floors)
 * A spoken house number is the first number of its run; when the rest of the run is no postcode,
 * the whole run is the number ("hauptstrasse one two" is number 12).
 */
import { runAt, type SpokenRun } from '../../transcript/spoken-view.js';
import type { AddressView } from './view.js';
import { nameWord, raw, sameTurn, skip } from './view.js';
import { addressVocab } from './vocab.js';
import { chunkAt, postcodeAt } from './postcode.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import { gluedUnitAt } from './latin-units.js';
import { asrSpelledUnitAt } from './asr-spelled-unit.js';

/** A written house number: "12", "12a", "12-14", "10/12", "1-2-3", "221B", "12bis", "2д" (a Cyrillic letter), "4-5-6/A" (India). */
/**
 * A written house number: "12", "12a", "12-14", "6/6A", "2455-B", "16½"; a Dutch floor in Roman
 * numerals after a hyphen ("21-III": the third floor of number 21).
 */
const WRITTEN =
  /^\d{1,5}[a-zа-яё½¼¾]?(?:(?:bis|ter))?(?:[-/]\d{1,5}[a-zа-яё]?){0,2}(?:[-/](?:[a-z]|i{2,3}|iv|vi{1,3}|ix))?$/;
const GLUED_MARK = /^(?:no|nr|n[º°])[.:](\d.*)$/;
const SANS_NUMERO = /^(?:s\/n|s\.n|sn|b\/n)$/;

/** Folded word at i read for phrase matching (dots split words: "p.o." reads "p", "o"). */
const at = (v: AddressView, i: number) => (k: number) => v.folded[i + k];

/** A house-number mark ("no", "nr", "д") at i: index after it, or i. */
export function markEnd(v: AddressView, i: number): number {
  if (raw(v, i) === '#' || raw(v, i) === '№') return i + 1;
  const len = addressVocab().numberMarks.match(at(v, i));
  if (len === 0) return i;
  // one-letter marks ("n.", "д.", "n°") only with their dot, colon or degree sign
  if ((v.folded[i] ?? '').length === 1 && !/[.:°º]$/.test(raw(v, i))) return i;
  return i + len;
}

/**
 * End of a house number value starting at word i, or -1. `allowRunRest`: the whole spoken run may
 * be the number when its rest is no postcode.
 */
/** A digit-by-digit run this long is a code (Brazil's postcodes have 8 digits, Iran's 10), not a house number and a postcode. */
const LONG_CODE_DIGITS = 8;

export function numberValueEnd(v: AddressView, i: number): number {
  // asked at the same word by many rules: computed once per view and word
  let memo = valueEndMemo.get(v);
  if (!memo) valueEndMemo.set(v, (memo = new Int32Array(v.n + 1).fill(UNREAD)));
  if (i < 0 || i > v.n) return findValueEnd(v, i);
  let end = memo[i]!;
  if (end === UNREAD) memo[i] = end = findValueEnd(v, i);
  return end;
}

/** numberValueEnd per view and start word (a typed array: a Map of a long call's words held tens of MB). */
const valueEndMemo = new WeakMap<AddressView, Int32Array>();
const UNREAD = -2;

function findValueEnd(v: AddressView, i: number): number {
  const ctx = v.ctx;
  const token = ctx.tokens[i] ?? '';
  const rawWord = raw(v, i)
    .toLowerCase()
    .replace(/[,.;:)]+$/, '')
    .replace(/^[#(№]/, '');
  if (SANS_NUMERO.test(rawWord)) return i + 1;
  // "No:14/5", "Nr.7": the house-number mark glued to its value (Turkish forms write the flat after
  // the slash)
  const glued = GLUED_MARK.exec(rawWord);
  if (glued && WRITTEN.test(glued[1]!)) return i + 1;
  if (/^#\d/.test(raw(v, i)) && WRITTEN.test(rawWord)) return i + 1;
  const run = runAt(ctx.spoken, i);
  if (!run) return WRITTEN.test(rawWord) && /\d/.test(token) ? i + 1 : -1;
  if (run.digits.length === 0) return -1;
  // "n° 12": the mark's letter opened the spoken run; the written number after it stands alone
  if (run.startWord !== i && WRITTEN.test(rawWord) && i > 0 && markEnd(v, i - 1) === i) return i + 1;
  if (run.startWord !== i) return innerNumberEnd(run, i);
  const first = run.chunks[0]!;
  if (first.kind === 'letter' || first.kind === 'ordinal') return -1;
  if (first.kind === 'literal') {
    return WRITTEN.test(rawWord) || /^\d{1,5}[a-z]?$/.test(first.text) ? first.endWord : -1;
  }
  if (run.chunks.length === 1) return /^\d{1,5}$/.test(first.text) ? first.endWord : -1;
  // "No: 12 D: 3" (Turkish daire): a letter written as a label opens the unit, no house letter
  const label = run.chunks[1]!;
  if (label.kind === 'letter' && (/:$/.test(raw(v, label.startWord)) || spokenUnitLetter(v, run)))
    return /^\d{1,5}$/.test(first.text) ? first.endWord : -1;
  // "one forty eight nine five eight three nine": 148 and a postcode that ends the run
  const split = numberBeforePostcode(v, run);
  if (split > 0) return split;
  // "one three five one nine five six one one eight": a long code said digit by digit (an Iranian
  // postcode, a phone number) is one value, not a house number "1" and a code after it
  if (run.text.length >= LONG_CODE_DIGITS && run.chunks.every((c) => /^\d$/.test(c.text))) return -1;
  // "fifteen ten six one three": 15 and a postcode; "one two b": 12b
  const rest = postcodeAt(ctx, first.endWord);
  if (rest && rest.compact.length >= 4) return /^\d{1,5}$/.test(first.text) ? first.endWord : -1;
  const floor = floorSaidLast(v, run);
  if (floor > 0) return floor;
  if (/^\d{1,5}[a-z]?$/.test(run.text)) return run.endWord;
  // "twelve b": number and letter
  const second = run.chunks[1]!;
  if (second.kind === 'letter' && second.text.length === 1) return second.endWord;
  return /^\d{1,5}$/.test(first.text) ? first.endWord : -1;
}

/**
 * Raw ASR: "four two eleven floor" (4/2, 11th floor): a unit word that follows its number ("floor",
 * "etage", "kerros") right after the run makes the run's last chunk the unit's number, the chunks
 * before it the house number (one to four digits, perhaps a letter), unless a number follows that word (then it opens
 * its own unit). The house number's end, else -1.
 */
function floorSaidLast(v: AddressView, run: SpokenRun): number {
  if (v.formatted || run.chunks.length < 2 || run.endWord >= v.n) return -1;
  if (!sameTurn(v, run.startWord, run.endWord)) return -1;
  const len = addressVocab().unitsAfter.match(at(v, run.endWord));
  if (len === 0) return -1;
  // "four two piso twenty three", "level 27": most of these words also go before their number
  const next = skip(v, run.endWord + len);
  // (a postcode with letters said next is the line's next part: "... twee hoog | twee nul zes zes a d")
  const nextRun = next < v.n && sameTurn(v, run.endWord, next) ? runAt(v.ctx.spoken, next) : undefined;
  // "twee e verdieping" (Dutch "2e", French "2e": an ordinal's suffix said as a letter)
  const suffix = ordinalSuffixChunks(run);
  const last = run.chunks[run.chunks.length - 1 - suffix]!;
  if (last.kind === 'letter' || !/^\d{1,3}$/.test(last.text)) return -1;
  // ... its letter said before the floor's number ("drie vier acht b twee hoog": 348b, 2nd floor)
  const said = run.chunks
    .slice(0, run.chunks.length - 1 - suffix)
    .map((c) => c.text)
    .join('');
  // (a four-to-six-digit postcode may follow only when a house letter or the suffix marks where
  // the floor's number starts: "negen een twee b twee hoog | vier drie twee een")
  const marked = suffix === 1 || /[a-z]$/.test(said);
  const postcodeNext =
    nextRun !== undefined && (lettersPostcodeRun(v, nextRun) || (marked && digitsPostcodeRun(v, nextRun)));
  if (nextRun?.startWord === next && !postcodeNext) return -1;
  return /^\d{1,4}[a-z]?$/.test(said) ? last.startWord : -1;
}

/** 1 when the run ends with an ordinal's suffix said as the letter "e" after a number ("two e"), else 0. */
function ordinalSuffixChunks(run: SpokenRun): number {
  const n = run.chunks.length;
  if (n < 3) return 0;
  const last = run.chunks[n - 1]!;
  return last.kind === 'letter' && last.text === 'e' && run.chunks[n - 2]!.kind !== 'letter' ? 1 : 0;
}

/**
 * The spoken run is one postcode of four to six digits said after the floor ("twee hoog | vier
 * drie twee een"): the line's next part, not the floor's number ("piso | twenty three").
 */
function digitsPostcodeRun(v: AddressView, run: SpokenRun): boolean {
  if (run.digits.length < 4) return false;
  const pc = postcodeAt(v.ctx, run.startWord);
  return pc !== undefined && pc.start === run.startWord && pc.end >= run.endWord;
}

/** The spoken run opens a postcode with letters as well as digits ("two thousand sixty six a d"). */
function lettersPostcodeRun(v: AddressView, run: SpokenRun): boolean {
  const pc = postcodeAt(v.ctx, run.startWord);
  return pc !== undefined && pc.start === run.startWord && pc.end >= run.endWord && pc.alphanumeric;
}

/**
 * Raw ASR, "no twelve d three" (Turkish "No: 12 D: 3", flat 3, its colons lost): a marked house
 * number, then a one-letter unit word and its number in the same spoken run.
 */
function spokenUnitLetter(v: AddressView, run: SpokenRun): boolean {
  const label = run.chunks[1];
  const after = run.chunks[2];
  if (v.formatted || !label || !after || after.kind === 'letter') return false;
  return addressVocab().units.match(at(v, label.startWord)) === 1 && markedNumberBefore(v, label.startWord);
}

/** Raw ASR: is word i right after a house number opened by a number mark ("no twelve | d")? */
function markedNumberBefore(v: AddressView, i: number): boolean {
  if (v.formatted || i < 2 || !sameTurn(v, i - 1, i)) return false;
  const run = runAt(v.ctx.spoken, i - 1);
  const start = run ? run.startWord : /^\d+$/.test(v.ctx.tokens[i - 1] ?? '') ? i - 1 : -1;
  return start > 0 && sameTurn(v, start - 1, i) && addressVocab().numberMarks.match(at(v, start - 1)) === 1;
}

/** Chunks a spoken house number is said in at most ("one forty eight", "twenty one oh five"). */
const MAX_NUMBER_CHUNKS = 3;

/**
 * A spoken run that is a house number and the postcode said after it, without a pause: the first
 * one to three chunks (1-4 digits) when the rest of the run is exactly one postcode ("one forty
 * eight | nine five eight three nine" is 148 and 95839, not 1 and 489583; "one four eight two four
 * two seven oh nine brastow" is 148 and 242709, not a long code), unless the whole run is one
 * postcode. The number's end, else -1.
 */
function numberBeforePostcode(v: AddressView, run: SpokenRun): number {
  let digits = '';
  let split = -1;
  for (let k = 0; k < Math.min(MAX_NUMBER_CHUNKS, run.chunks.length - 1); k++) {
    const c = run.chunks[k]!;
    if ((c.kind !== 'digit' && c.kind !== 'number') || !/^\d+$/.test(c.text)) return -1;
    digits += c.text;
    if (digits.length > 4) return -1;
    const rest = postcodeAt(v.ctx, c.endWord);
    if (rest && rest.start === c.endWord && rest.end === run.endWord && rest.compact.length >= 4) {
      split = c.endWord;
      break;
    }
  }
  if (split < 0) return -1;
  // a run that is one postcode as a whole (Iran's ten digits) is not split
  const whole = postcodeAt(v.ctx, run.startWord);
  if (whole && whole.start === run.startWord && whole.end === run.endWord) return -1;
  // a long code said digit by digit ("one two three four five six seven eight is the code") is
  // split only before a place name ("... two seven oh nine brastow romania")
  const spelled = run.text.length >= LONG_CODE_DIGITS && run.chunks.every((c) => /^\d$/.test(c.text));
  if (spelled && !(sameTurn(v, run.startWord, run.endWord) && nameWord(v, run.endWord))) return -1;
  return split;
}

/**
 * A house number that starts inside a spoken run, after a first number of digits only ("452 | 2817
 * Fourth Avenue", "four fifty two | twenty eight seventeen fourth avenue": a building number or postcode
 * said before the street line runs on into its house number). The rest of the run must be one to five
 * digits starting at a chunk boundary at word i: the run's end, else -1.
 */
export function innerNumberEnd(run: SpokenRun, i: number): number {
  let before = '';
  let rest = '';
  let boundary = false;
  for (const c of run.chunks) {
    if (c.endWord <= i) {
      if (c.kind === 'letter' || c.kind === 'ordinal' || !/^\d+$/.test(c.text)) return -1;
      before += c.text;
      boundary = c.endWord === i;
    } else {
      if (!boundary || c.kind === 'letter' || c.kind === 'ordinal' || !/^\d+$/.test(c.text)) return -1;
      rest += c.text;
    }
    // bounded: an endless spoken run must not make every word of it a full scan (quadratic)
    if (before.length > 6 || rest.length > 5) return -1;
  }
  return before.length >= 1 && before.length <= 6 && /^\d{1,5}$/.test(rest) ? run.endWord : -1;
}

/** [mark] value at i (fillers skipped): index after it, or -1. */
export function houseNumberAt(v: AddressView, from: number): number {
  const i = skip(v, from);
  const m = skip(v, markEnd(v, i));
  if (!sameTurn(v, i, m)) return -1;
  const end = numberValueEnd(v, m);
  // "Largo Vesquin 634-Ed.": the house number with its flat's kind glued to it
  if (end < 0 && m === i) return gluedUnitAt(v, m);
  return end > 0 ? spokenLetterA(v, m, staircaseEnd(v, m, bisEnd(v, m, end))) : end;
}

/**
 * Formatted text: Finnish and Swedish addresses write the staircase letter and the flat's number
 * apart after the house number ("Kuusitie 12 B 7", "Orlandankatu 4 A, 33100 Tampere"): a capital
 * letter, then a number of up to three digits or the end of the line. Index after them, else `end`.
 */
function staircaseEnd(v: AddressView, start: number, end: number): number {
  if (!v.formatted || end >= v.n || !sameTurn(v, start, end) || /[,;.]$/.test(raw(v, end - 1))) return end;
  const letter = raw(v, end);
  if (/^[A-H][,;]$/.test(letter)) return end + 1;
  if (!/^[A-H]$/.test(letter) || end + 1 >= v.n || !sameTurn(v, end, end + 1)) return end;
  return /^\d{1,3}[,;]?$/.test(raw(v, end + 1)) ? end + 2 : end;
}

/** Latin repeat words written apart after a house number ("9 bis", "12 ter"): index after it, else `end`. */
const REPEATS = new Set(['bis', 'ter', 'quater']);
export function bisEnd(v: AddressView, start: number, end: number): number {
  return REPEATS.has(v.folded[end] ?? '') && sameTurn(v, start, end) && !/[,;]$/.test(raw(v, end - 1))
    ? end + 1
    : end;
}

/**
 * Raw ASR says the house number "12a" as "twelve a" or "one two a", and the spoken view reads a lone
 * "a" as the article. Right after a house number ending at `end` (started at `start`), "a" is its
 * letter when the address goes on after it, which an article cannot precede: a name English lacks
 * ("h no four five six a koti", "belmiro circle twelve a kelmora"), a unit word ("... a apartment
 * nine"), a known town, a postcode said as a number, or the end of the speaker's turn. A unit's
 * number takes its letter the same way ("apartment three a rochester"). Index after the letter,
 * else `end`.
 */
export function spokenLetterA(v: AddressView, start: number, end: number): number {
  if (v.formatted || v.ctx.tokens[end] !== 'a' || !sameTurn(v, start, end)) return end;
  // only after digits: "twelve b a ..." has its letter already
  if (!/\d$/.test(runAt(v.ctx.spoken, end - 1)?.text ?? v.ctx.tokens[end - 1] ?? '')) return end;
  const k = skip(v, end + 1);
  if (k >= v.n || !sameTurn(v, end, k)) return end + 1;
  const next = v.ctx.tokens[k] ?? '';
  const run = runAt(v.ctx.spoken, k);
  if (run?.startWord === k && run.digits.length >= 3 && !SCALE_WORDS.has(next)) return end + 1;
  if (run) return end;
  if (/^\p{L}{3,}$/u.test(next) && !isCommonWord(next)) return end + 1;
  // "twelve a new territories": a known region or country of several words, everyday words or not
  if (((regionAt(v, k) ?? countryAt(v, k))?.end ?? k) - k >= 2) return end + 1;
  // "apartment three a rochester": a known town
  if (cityAt(v, k)) return end + 1;
  if (addressVocab().units.match(at(v, k)) > 0 && unitAt(v, k) > 0) return end + 1;
  return end;
}

/** Words that make "a" an article before a number ("twelve a hundred"). */
const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'dozen', 'half', 'quarter']);

/**
 * Raw ASR drops the dot of a one-letter mark ("ul lenina d five" for "ul. Lenina, d. 5"): right after
 * a street name (the caller's check) the letter is the mark when a spoken number follows. Index
 * after the number, or -1.
 */
export function spokenLetterMarkNumber(v: AddressView, k: number): number {
  if (v.formatted || (v.folded[k] ?? '').length !== 1) return -1;
  if (addressVocab().numberMarks.match(at(v, k)) !== 1) return -1;
  // ... after a name English lacks ("main street d five minutes" is none)
  if (k === 0 || isCommonWord(v.ctx.tokens[k - 1] ?? '')) return -1;
  // the spoken view reads the letter and the number as one spelled run ("d5")
  const spelled = runAt(v.ctx.spoken, k);
  if (spelled?.startWord === k) return /^[a-zа-я]\d{1,4}$/.test(spelled.text) ? spelled.endWord : -1;
  const n = skip(v, k + 1);
  const run = runAt(v.ctx.spoken, n);
  return run && run.startWord === n && sameTurn(v, k, n) ? numberValueEnd(v, n) : -1;
}

/**
 * A sector code ("F-7/2", "G-9", spoken "f seven two"), as planned cities such as Islamabad name
 * their neighbourhoods: the index after it, else k.
 */
export function sectorCodeEnd(v: AddressView, k: number): number {
  if (v.formatted) return /^[A-Z]-\d{1,2}(?:\/\d{1,2})?,?$/.test(raw(v, k)) ? k + 1 : k;
  const run = runAt(v.ctx.spoken, k);
  if (!run) return k;
  // "street nine f seven two": the code may start inside the run that holds the house number
  let text = '';
  for (const c of run.chunks) if (c.startWord >= k) text += c.text;
  const starts = run.chunks.some((c) => c.startWord === k);
  return starts && /^[a-z]\d{1,3}$/.test(text) ? run.endWord : k;
}

/** "3º", "2ª", "1°": a floor or door ordinal (Spanish, Portuguese, Italian). */
const ORDINAL_SIGN = /^\d{1,3}[ºª°]$/;
const SIDES = new Set(
  'izq izda izquierda dcha dch der derecha ctro centro esq dto frente fte a b c d e f'.split(' '),
);

/**
 * Raw ASR: the rest of a spoken run after a unit's number is a postcode said right after it ("flat
 * twenty seven four five three zero two", Flat 27, 45302): the postcode ends the run exactly (a
 * phone number runs on past any postcode's length).
 */
function postcodeEndsRun(v: AddressView, from: number, runEnd: number): boolean {
  const pc = postcodeAt(v.ctx, from);
  return pc?.start === from && pc.end === runEnd && /^\d{4,}$/.test(pc.compact);
}

/** A unit line at i (fillers skipped): index after it, or -1. */
export function unitAt(v: AddressView, from: number): number {
  const i = skip(v, from);
  if (i >= v.n) return -1;
  const voc = addressVocab();
  const r = raw(v, i);
  if (/^#\w+/.test(r)) return i + 1;
  // raw ASR "s t e b", "a p t four": a USPS unit abbreviation spelled, then its value
  const spelled = asrSpelledUnitAt(v, i);
  if (spelled > 0) return spelled;
  // "3.em", "219-uy", "4Drt.": a unit glued to its number
  const glued = gluedUnitAt(v, i);
  if (glued > 0) return glued;
  const unitLen = voc.units.match(at(v, i));
  const bareLetter = (v.folded[i] ?? '').length === 1 && !/[.:]$/.test(r);
  if (unitLen > 0 && (!bareLetter || markedNumberBefore(v, i))) {
    let k = skip(v, i + unitLen);
    if (!sameTurn(v, i, k)) return -1;
    k = skip(v, markEnd(v, k));
    // "K: 2 D: 9": written, a unit abbreviated with its colon or dot takes the number written after it,
    // whatever spoken run the letters around it make
    if (v.formatted && bareLetterMarked(v, i) && /^\d{1,4}[a-z]?[,;.]?$/i.test(raw(v, k))) return k + 1;
    // "no twelve d three": the flat's number is the chunk after the letter, inside the house number's run
    const inRun = bareLetter ? chunkAt(v.ctx, k) : undefined;
    if (inRun && /^\d{1,4}$/.test(inRun.text) && runAt(v.ctx.spoken, k)?.endWord === inRun.endWord)
      return inRun.endWord;
    const end = numberValueEnd(v, k);
    // "office +46 (0)179 ...": a unit number is short, not the head of a longer number
    const run = runAt(v.ctx.spoken, k);
    // raw ASR "apartment three a rochester": the letter of 3A (spokenLetterA)
    if (end > 0 && (!run || run.endWord <= end || postcodeEndsRun(v, end, run.endWord)))
      return spokenLetterA(v, k, end);
    if (end > 0) return -1;
    // raw ASR "villa b five" (Villa B5): the letter and its short number are one spelled run (a
    // longer number after the letter is the postcode, "oppgang b zero eight seven zero")
    if (!v.formatted && run?.startWord === k && /^[a-z]\d{1,2}$/.test(run.text) && sameTurn(v, i, k))
      return run.endWord;
    // "Flat B", "Block C", "Apt 3B", "Stiege 2/Top 5"
    if (/^[a-z]\d*$|^\d+[a-z]?$/.test(v.ctx.tokens[k] ?? '') && sameTurn(v, i, k)) return k + 1;
    return -1;
  }
  // "3º B", "2ª izq."
  if (ORDINAL_SIGN.test(r.replace(/[,.]$/, ''))) {
    let end = i + 1;
    if (!/[,.]$/.test(r) && SIDES.has(v.folded[i + 1] ?? '')) end++;
    return end;
  }
  // "2nd floor", "3. Etage", "fourth floor"
  const run = runAt(v.ctx.spoken, i);
  // (raw ASR: the floor's number may close the run the house number opened, "four two | eleven floor")
  // (or its number and an ordinal's suffix, "four two | twee e verdieping")
  const closesRun =
    run !== undefined &&
    run.startWord < i &&
    (chunkAt(v.ctx, i)?.endWord === run.endWord ||
      (ordinalSuffixChunks(run) === 1 && run.chunks[run.chunks.length - 2]!.startWord === i));
  const valueEnd =
    run && (run.startWord === i || closesRun) ? run.endWord : FLOOR_NUMBER.test(r) ? i + 1 : -1;
  const ordinalWord =
    /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|top)$/.test(
      v.ctx.tokens[i] ?? '',
    );
  const afterValue = valueEnd > 0 ? valueEnd : ordinalWord ? i + 1 : -1;
  if (afterValue > 0) {
    const k = skip(v, afterValue);
    const len = voc.unitsAfter.match(at(v, k));
    if (len > 0 && sameTurn(v, i, k)) return k + len;
  }
  return -1;
}

/**
 * A floor's number as written before its word: "2nd", "3.", and the ordinal endings of French,
 * Spanish, Portuguese and Italian ("4ème", "1er", "6.º", "2ª"): "4ème étage", "6.º andar".
 */
const FLOOR_NUMBER = /^\d{1,3}(?:st|nd|rd|th|\.|ème|eme|e|er|ère|re|\.?[º°ª])?$/u;
/** A one-letter word written with its colon or dot ("K:", "D.") */
const bareLetterMarked = (v: AddressView, i: number): boolean =>
  (v.folded[i] ?? '').length === 1 && /^\p{L}[.:]$/u.test(raw(v, i));

/** Units said one after another ("Block B, Flat 4", "д. 7, корп. 2, кв. 12"): index after the last. */
export function unitsAt(v: AddressView, from: number, stop: (i: number) => boolean): number {
  let end = -1;
  let k = from;
  for (let n = 0; n < 4; n++) {
    if (end > 0 && stop(end - 1)) break;
    const u = unitAt(v, k);
    const h = u > 0 ? u : markEnd(v, skip(v, k)) > skip(v, k) ? houseNumberAt(v, k) : -1;
    if (h < 0) break;
    end = h;
    k = h;
  }
  return end;
}
