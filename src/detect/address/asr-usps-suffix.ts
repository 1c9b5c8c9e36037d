/**
 * Raw ASR: the US street suffixes of USPS Publication 28 that are everyday words and plurals
 * ("lakes", "vista", "harbors", "spur"; lexicons/address/asr-usps-suffixes.txt). Written text names
 * such a street by its capitals ("4120 Tamsin Lakes"); speech has none, so the suffix is read as a
 * street type only where the street's grammar is unmistakable: right after a spoken house number
 * and a name of one or two words that are no English words ("four one two oh tamsin lakes").
 * "eleven great lakes" and "fifteen bonus points" stay clean: their names are English words.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { readWordList } from '../lexicon-files.js';
import { addressVocab, fold } from './vocab.js';
import { type AddressView, sameTurn } from './view.js';

let suffixes: ReadonlySet<string> | undefined;
const uspsSuffixes = (): ReadonlySet<string> =>
  (suffixes ??= new Set(readWordList('address/asr-usps-suffixes.txt').map((e) => fold(e))));

/** Letters only (an elided article or inner hyphen allowed), three or more: a name's word. */
const NAME_WORD = /^(?:[a-z]')?[a-z]{3,}(?:-[a-z]+)*$/;

/** A house number as the spoken view reads it: one to six digits. */
const HOUSE_NUMBER = /^\d{1,6}$/;

/** Word k may be a word of a street's name in raw ASR: no English word, no number. */
function nameWord(v: AddressView, k: number): boolean {
  const t = v.ctx.tokens[k] ?? '';
  return (
    NAME_WORD.test(t) &&
    englishLevel(t) === undefined &&
    !isCommonWord(t) &&
    !isFunctionWord(t) &&
    runAt(v.ctx.spoken, k) === undefined
  );
}

/**
 * Word b is a street type ("bundesstrasse", "road"): a number after it is that street's house
 * number ("bundesstrasse thirty one"), no house number opening another street.
 */
function streetTypeWord(v: AddressView, b: number): boolean {
  if (b < 0) return false;
  const t = v.folded[b] ?? '';
  const streets = addressVocab().streets;
  return (
    streets.suffix.match((k) => v.folded[b + k]) === 1 ||
    streets.prefix.match((k) => v.folded[b + k]) === 1 ||
    (t.length >= 5 && streets.compound.find(t) !== undefined)
  );
}

/** A USPS suffix at i after a house number and a name (raw ASR only): 1, else 0. */
export function asrUspsSuffixAt(v: AddressView, i: number): number {
  if (v.formatted || !uspsSuffixes().has(v.folded[i] ?? '')) return 0;
  for (let len = 1; len <= 2; len++) {
    const s = i - len;
    if (s < 1 || !sameTurn(v, s - 1, i)) continue;
    let named = true;
    for (let k = s; k < i && named; k++) named = nameWord(v, k);
    if (!named) continue;
    const run = runAt(v.ctx.spoken, s - 1);
    if (!run || run.endWord !== s || !HOUSE_NUMBER.test(run.text)) continue;
    if (!streetTypeWord(v, run.startWord - 1)) return 1;
  }
  return 0;
}
