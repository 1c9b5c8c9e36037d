/**
 * Units written glued to a number in one word (lexicons/address/glued-units.txt): a Hungarian floor
 * "3.em", an Uzbek flat "12-uy", a Portuguese door and side "4Drt.", "12-Ap.". The unit grammar
 * (numbers.ts unitAt) reads words apart; a glued unit is one word of its own. A unit word said
 * before its value is glued too ("Suite210", "Apt#4B").
 */
import { readWordList } from '../lexicon-files.js';
import { addressVocab, fold } from './vocab.js';
import { raw, type AddressView } from './view.js';

let glued: ReadonlySet<string> | undefined;
const gluedWords = (): ReadonlySet<string> =>
  (glued ??= new Set(readWordList('address/glued-units.txt').map(fold)));

/**
 * A number (with a second number after a hyphen or slash: "9623-9Frt") and a unit word glued to
 * it, with a dot or hyphen between or none: "3.em", "219-uy", "810-Ap.", "4Drt.".
 */
const GLUED = /^(\d{1,5}(?:[-/]\d{1,4})?)[-.]?(\p{L}{2,10})\.?[,;]?$/u;

/**
 * The floor as Hong Kong, Macau and Chinese addresses in English write it: the number (or G, UG, LG
 * for ground, upper and lower ground) and "/F" ("12/F", "G/F").
 */
const SLASH_FLOOR = /^(?:\d{1,3}|[ULul]?[Gg])\/[Ff]\.?[,;]?$/;

/**
 * A unit word said before its value, glued to it as forms and US envelopes often write it:
 * "Suite210", "Apt#4B", "Ste.350".
 */
const GLUED_BEFORE = /^(\p{L}{3,9})[.#]?(\d{1,5}[a-z]?)[,;.]?$/u;

/** The unit word of a number-and-unit word at i ("em" of "3.em"), or undefined. */
export function gluedUnitWord(v: AddressView, i: number): string | undefined {
  if (!v.formatted || i < 0 || i >= v.n) return undefined;
  if (SLASH_FLOOR.test(raw(v, i))) return 'floor';
  const before = GLUED_BEFORE.exec(raw(v, i));
  if (before) {
    const word = fold(before[1]!);
    return addressVocab().units.match((k) => (k === 0 ? word : undefined)) === 1 ? word : undefined;
  }
  const m = GLUED.exec(raw(v, i));
  if (!m) return undefined;
  const word = fold(m[2]!);
  // "4th", "12am": ordinals and times are no units
  if (/^(?:st|nd|rd|th|am|pm|h|km|kg|cm|mm)$/.test(word)) return undefined;
  if (gluedWords().has(word)) return word;
  const voc = addressVocab();
  const one = (k: number): string | undefined => (k === 0 ? word : undefined);
  // a unit word of the vocabularies, written glued ("12-etasje"): long enough not to be a suffix
  return word.length >= 4 && (voc.units.match(one) === 1 || voc.unitsAfter.match(one) === 1)
    ? word
    : undefined;
}

/** Index after a glued number-and-unit word at i ("3.em", "219-uy,"), else -1. */
export function gluedUnitAt(v: AddressView, i: number): number {
  return gluedUnitWord(v, i) !== undefined ? i + 1 : -1;
}
