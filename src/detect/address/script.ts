/**
 * Addresses written in scripts without capital letters (Arabic, Hebrew, Han, Kana, Hangul, Georgian,
 * Thai, Lao, Khmer, Burmese, Devanagari, Bengali, Sinhala, Tamil, Ethiopic, Thaana; and Armenian,
 * whose capitals mark no name in an address line), where the
 * Latin grammar's name words (capitalised in formatted text) do not apply:
 *
 *   script address = run of script words, numbers and separators, same speaker, no sentence end,
 *                    holding an address word ("شارع", "רחוב") or a word ending in one ("陽明街",
 *                    "新北市板橋區", "세종대로") and at least one more word or number
 *
 *   "شارع الورد محلة النور المنصورة 35516 مصر", "中華民國, 300, 新竹市東區 光復路 52"
 *
 * Address words per language live in lexicons/address/script-markers/ (a word alone, or "-X" for
 * an ending glued to the name, "X-" for a word glued before it). Numbers inside the run are house numbers and postcodes, written or
 * spoken; a number of more than six digits ends the run (a phone number is no part of it).
 */
import { readWordList, readWordListsIn } from '../lexicon-files.js';
import { cityCountries, countryCode, placeWords, regionCountries } from './places.js';
import { runAt } from '../../transcript/spoken-view.js';
import type { AddressView } from './view.js';
import { partEnds, raw, sameTurn } from './view.js';

/** Letters of the caseless scripts this grammar reads. */
const SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Georgian}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Sinhala}\p{Script=Tamil}\p{Script=Ethiopic}\p{Script=Thaana}\p{Script=Armenian}]/u;
/** Marks, punctuation and format characters around a word ("‏طنطا،", "中華民國，"). */
const EDGE = /^[\p{P}\p{Cf}\s]+|[\p{P}\p{Cf}\s]+$/gu;
const MAX_WORDS = 16;

interface Markers {
  words: Set<string>;
  endings: string[];
  /** words glued before a name ("ถนนสุขุมวิท": Thai, Lao, Khmer write no spaces) */
  beginnings: string[];
}

let markers: Markers | undefined;

function scriptMarkers(): Markers {
  if (markers) return markers;
  const words = new Set<string>();
  const endings = new Set<string>();
  const beginnings = new Set<string>();
  for (const list of readWordListsIn('address/script-markers').values()) {
    for (const e of list) {
      if (e.startsWith('-')) endings.add(unmarked(e.slice(1)));
      else if (e.endsWith('-')) beginnings.add(unmarked(e.slice(0, -1)));
      else words.add(unmarked(e.replace(EDGE, '')));
    }
  }
  // longest ending first, so "大道" is tried before "道"
  markers = {
    words,
    endings: [...endings].sort((a, b) => b.length - a.length),
    beginnings: [...beginnings],
  };
  return markers;
}

const bare = (v: AddressView, i: number): string => raw(v, i).normalize('NFC').replace(EDGE, '');

/**
 * A word without its vowel and other marks: the raw ASR rendering drops them ("މަގު" is said "މގ",
 * "گاؤں" "گاوں"), and a word may be written with full vowels or none ("مَمَر", "ممر"); Armenian
 * writes capitals ("Բն.").
 */
const unmarked = (w: string): string =>
  w.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();

/** Is word i written in a caseless script? */
export const isScriptWord = (v: AddressView, i: number): boolean => SCRIPT.test(raw(v, i));

/** Is word i an address word of a caseless script, or a name ending in one? */
function isMarker(v: AddressView, i: number): boolean {
  const w = unmarked(bare(v, i));
  if (!SCRIPT.test(w)) return false;
  const m = scriptMarkers();
  if (m.words.has(w)) return true;
  // "陽明街": a name and its ending; the ending alone ("街") is a marker too
  return m.endings.some((e) => w.endsWith(e)) || m.beginnings.some((b) => w.startsWith(b));
}

/**
 * A whole address written without spaces, as Japanese and Chinese do: a word holding the Japanese
 * postcode mark and its number ("〒113-0001文京区..."), or a number and two address endings of the
 * lists ("京都市西九条高畠町25-1").
 */
function gluedAddressWord(v: AddressView, i: number): boolean {
  const w = unmarked(bare(v, i));
  // raw ASR says the block numbers apart ("東京都渋谷区神宮前 one two three"): the endings suffice
  // (the run still needs a number to count)
  if (w.length < 6 || (!/\d/.test(w) && v.formatted)) return false;
  if (/〒\s?\d{3}-?\d{4}/.test(w)) return true;
  let found = 0;
  for (const e of scriptMarkers().endings) if (e.length >= 1 && w.slice(0, -1).includes(e)) found++;
  return found >= 2;
}

/** A number of the run at word i (written or spoken, up to six digits): the index after it, else -1. */
function numberEnd(v: AddressView, i: number): number {
  const run = runAt(v.ctx.spoken, i);
  // "82 40376": two written numbers the spoken view joins are a house number and a postcode
  if (run && run.startWord === i && /^\d{1,6}[a-z]?$/.test(run.text)) return run.endWord;
  // raw ASR "eight thirteen six three eight six five گلگت": a unit number and a postcode said in one
  // breath (up to 11 digits), the town after them in the script; a phone number is said alone
  if (
    run &&
    run.startWord === i &&
    /^\d{7,11}$/.test(run.text) &&
    run.chunks.some((c) => c.kind !== 'literal') &&
    run.endWord < v.n &&
    sameTurn(v, i, run.endWord) &&
    !partEnds(v, run.endWord - 1) &&
    isScriptWord(v, run.endWord)
  )
    return run.endWord;
  if (run && run.startWord === i && !/^\d/.test(raw(v, i))) return -1;
  return /^\d{1,6}(?:[-/]\d{1,6})?$/.test(bare(v, i)) ? i + 1 : -1;
}

/** The digits of the number [k, end) (written, or said in words), or ''. */
function digitsOf(v: AddressView, k: number, end: number): string {
  const run = runAt(v.ctx.spoken, k);
  if (run && run.startWord === k && run.endWord === end) return run.text;
  return end === k + 1 ? bare(v, k) : '';
}

let placesUnmarked: Set<string> | undefined;

/**
 * Regions and countries of the place lists written in a caseless script, without their marks (raw ASR
 * drops Thai vowel marks: "กรุงเทพมหานคร" is said "กรงเทพมหานคร").
 */
function scriptPlaces(): Set<string> {
  if (placesUnmarked) return placesUnmarked;
  placesUnmarked = new Set();
  const lists = [...readWordListsIn('address/regions').values(), readWordList('address/countries-local.txt')];
  for (const list of lists)
    for (const e of list) {
      const name = e.split(/\s*;\s*/)[0] ?? '';
      if (SCRIPT.test(name))
        placesUnmarked.add(
          name
            .split(/\s+/)
            .map((w) => unmarked(w.replace(EDGE, '')))
            .join(' '),
        );
    }
  return placesUnmarked;
}

/** Is word k (alone, or with the word after it) a known town, region or country of the place lists? */
function knownPlaceAt(v: AddressView, k: number): boolean {
  const one = placeWords(bare(v, k));
  if (one.length === 0) return false;
  const name = one.join(' ');
  if (cityCountries(name).length > 0 || regionCountries(name).length > 0 || countryCode(name) !== undefined)
    return true;
  const places = scriptPlaces();
  const w = unmarked(bare(v, k));
  if (places.has(w)) return true;
  return (
    k + 1 < v.n &&
    sameTurn(v, k, k + 1) &&
    isScriptWord(v, k + 1) &&
    places.has(`${w} ${unmarked(bare(v, k + 1))}`)
  );
}

/**
 * A script address starting at word i: [start, end) or null. Word i must be a script word; the run
 * goes on over script words, numbers and bare separators of the same speaker until a sentence end.
 *
 * `numbered`: a house number stands before the run ("98 พระพิทักษ์ 56850 กรุงเทพมหานคร ไทย"). Such a
 * run needs no address word when a postcode (four to six digits) in it is followed at once by a known
 * town, region or country (a street named without its type, as Thai addresses often are), or when
 * the run ends in a known region or country after a comma ("796 ทรงวาด, ชลบุรี").
 */
export function scriptAddressAt(v: AddressView, i: number, numbered = false): [number, number] | null {
  if (!isScriptWord(v, i)) return null;
  // start only at the first script word of a run
  if (i > 0 && sameTurn(v, i - 1, i) && !partEnds(v, i - 1) && isScriptWord(v, i - 1)) return null;
  let end = i;
  let marker = false;
  let parts = 0;
  let lastScript = i;
  for (let k = i; k < v.n && k - i < MAX_WORDS && sameTurn(v, i, k);) {
    if (isScriptWord(v, k)) {
      if (isMarker(v, k)) marker = true;
      // "〒601-8446京都市西九条高畠町25-1": a whole address written as one word
      if (gluedAddressWord(v, k)) [marker, parts] = [true, parts + 1];
      parts++;
      lastScript = k;
      end = k + 1;
      // an abbreviated address word's dot ends nothing ("Բն. 187", "კორპ. 56")
      if (partEnds(v, k) && !(raw(v, k).endsWith('.') && isMarker(v, k))) break;
      k++;
      continue;
    }
    const num = numberEnd(v, k);
    if (num > 0) {
      // a postcode and then its town: "... 56850 กรุงเทพมหานคร"
      if (
        numbered &&
        !marker &&
        num > i &&
        num < v.n &&
        sameTurn(v, k, num) &&
        isScriptWord(v, num) &&
        /^\d{4,6}$/.test(digitsOf(v, k, num)) &&
        knownPlaceAt(v, num)
      )
        marker = true;
      parts++;
      end = num;
      if (partEnds(v, num - 1)) break;
      k = num;
      continue;
    }
    if (bare(v, k) === '') {
      k++;
      continue;
    }
    break;
  }
  // "796 ทรงวาด, ชลบุรี": a numbered street line, a comma, and a known region or country ending the run
  if (
    !marker &&
    numbered &&
    lastScript > i &&
    end === lastScript + 1 &&
    /[,،、]$/.test(raw(v, lastScript - 1)) &&
    scriptPlaces().has(unmarked(bare(v, lastScript)))
  )
    marker = true;
  if (!marker || parts < 2 || end <= lastScript) return null;
  return [i, end];
}
