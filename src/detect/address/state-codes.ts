/**
 * The state, province or territory code that closes a North American or Australian address line
 * ("... Conroe TX", "... Calgary AB", "... Tamsby NSW"), read after an address the grammar found
 * when nothing else continues it:
 *
 * - raw ASR spells the code letter by letter ("conroe t x", "circleville o h", "tamsby n s w"),
 *   also glued to the house number or road number said before it ("county road four two i a"):
 *   the spoken view's run of letters, two or three, that ends its run or runs into a postcode;
 * - a code written as a lower-case word ("velkaby ma", "tamsby tx,": typed without capitals);
 * - before it, an unknown town of one or two words (no English words, asr-tail.ts) the code places.
 *
 * Codes are the first-level subdivision codes of the US, Canada and Australia
 * (lexicons/address/regions, from libaddressinput). The code of another country's region counts
 * only when a known country follows it ("... horni slavkov k a luxembourg"). After the code a
 * spoken or written postcode and a known country may follow. Nothing here starts an address.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { postcodeAt } from './postcode.js';
import { addressVocab } from './vocab.js';
import { regionCodeCountries } from './places.js';
import { cityAt, countryAt } from './tail.js';
import { type AddressView, capitalised, endsItem, partEnds, raw, sameTurn, skip } from './view.js';
import { spokenPostcodeEnd, unknownTownEnd } from './asr-tail.js';

/** Countries whose addresses close with a subdivision code before the postcode. */
const CODE_COUNTRIES = new Set(['US', 'CA', 'AU']);

const LETTER = /^[a-z]$/;
const CODE_WORD = /^[a-z]{2,3}$/;

interface Code {
  end: number;
  /** the code is a US, Canadian or Australian subdivision's */
  home: boolean;
  /** the code, lower case ("tx") */
  text: string;
}

/** Oklahoma's code is the listener's "ok": read only when a postcode or a country follows it. */
const ACKNOWLEDGED = new Set(['ok']);

const codeOf = (code: string): Code['home'] | undefined => {
  const countries = regionCodeCountries(code.toUpperCase());
  if (countries.length === 0) return undefined;
  return countries.some((c) => CODE_COUNTRIES.has(c));
};

/** Word i is one letter said alone ("t", "x", and "a" or "i", which the spoken view keeps as words). */
const letterWord = (v: AddressView, i: number): boolean => LETTER.test(v.ctx.tokens[i] ?? '');

/**
 * Raw ASR: a code spelled letter by letter from word i (two or three letters said one by one),
 * after which no letter is said and only a postcode may be said in the same breath: the code, or
 * undefined.
 */
function spelledCodeAt(v: AddressView, i: number): Code | undefined {
  let k = i;
  while (k < v.n && k - i < 4 && letterWord(v, k) && (k === i || sameTurn(v, i, k))) k++;
  if (k - i < 2 || k - i > 3) return undefined;
  // a number said right after: only a postcode ("t x seven seven three eight four")
  const run = k < v.n && sameTurn(v, i, k) ? runAt(v.ctx.spoken, k) : undefined;
  if (run && run.startWord <= k && spokenPostcodeEnd(v, k) < 0) return undefined;
  const text = v.ctx.tokens.slice(i, k).join('');
  const home = codeOf(text);
  return home === undefined ? undefined : { end: k, home, text };
}

/** A code written as one lower-case word ("ma", "tx", "nsw"): the code, or undefined. */
function wordCodeAt(v: AddressView, i: number, afterCity: boolean): Code | undefined {
  const t = raw(v, i).replace(/[,.;]+$/u, '');
  if (!CODE_WORD.test(t) || runAt(v.ctx.spoken, i) !== undefined) return undefined;
  // "in", "or", "me", "oh": words of every sentence are never read as codes
  if (isFunctionWord(t)) return undefined;
  // "ma", "pa", "ok": a word English uses only right after a known city
  if (isCommonWord(t) && !afterCity) return undefined;
  const home = codeOf(t);
  return home ? { end: i + 1, home, text: t.toLowerCase() } : undefined;
}

/** The words before `end` name a known city ("... orrel street dallas"). */
function endsWithCity(v: AddressView, end: number): boolean {
  for (let len = 1; len <= 3 && end - len >= 0; len++) {
    const city = cityAt(v, end - len);
    if (city && city.end === end) return true;
  }
  return false;
}

const WRITTEN_TOWN = /^\p{L}{3,}$/u;

/** Formatted: one word after the street line's comma ("12 velkaro street, tamsby tx"), or -1. */
function writtenTownEnd(v: AddressView, end: number, s: number): number {
  if (!endsItem(v, end - 1) || s !== end) return -1;
  const t = raw(v, s);
  if (!WRITTEN_TOWN.test(t) || isFunctionWord(t) || isCommonWord(t)) return -1;
  return s + 1;
}

/** A code at i: spelled (raw ASR) or a lower-case word. */
function codeAt(v: AddressView, i: number, afterCity: boolean): Code | undefined {
  if (i >= v.n) return undefined;
  return (!v.formatted ? spelledCodeAt(v, i) : undefined) ?? wordCodeAt(v, i, afterCity);
}

/** What follows a code: a postcode, then a known country; the index after them. */
function afterCode(v: AddressView, code: Code, from: number): number | undefined {
  let k = code.end;
  let s = skip(v, k);
  if (!v.formatted) {
    const pc = spokenPostcodeEnd(v, s);
    if (pc > s) k = pc;
  } else {
    const pc = postcodeAt(v.ctx, s);
    if (pc) k = pc.end;
  }
  s = skip(v, k);
  const country = s < v.n && sameTurn(v, from, s) ? countryAt(v, s, true) : undefined;
  if (country) return country.end;
  // another country's region code counts only when its country is named
  if (!code.home) return undefined;
  if (ACKNOWLEDGED.has(code.text) && k === code.end) return undefined;
  // formatted: the code closes its line (a comma, a sentence end, the turn, a capitalised word)
  if (v.formatted) {
    const last = k - 1;
    const next = k;
    const closes =
      endsItem(v, last) ||
      partEnds(v, last) ||
      next >= v.n ||
      !sameTurn(v, last, next) ||
      capitalised(v, next);
    if (!closes) return undefined;
  }
  return k;
}

/**
 * The found address says a number or a street type: a street line, not a place named alone (a
 * city read in a sentence, its state after it, is no address to go on with).
 */
function streetLike(v: AddressView, start: number, end: number): boolean {
  if (v.nextValue[start]! < end) return true;
  // a type that is no everyday word ("drive", "road"; not "square", "gardens": venues take those)
  const streets = addressVocab().streets;
  for (let i = start; i < end; i++) {
    const t = v.folded[i]!;
    if ((streets.suffix.has(t) || streets.prefix.has(t)) && !streets.weak.has(t)) return true;
  }
  return false;
}

/**
 * The end of the address found at [.., end) once a subdivision code (and the town before it, the
 * postcode and country after it) is read; `end` itself when none follows.
 */
export function stateCodeTailEnd(v: AddressView, start: number, end: number): number {
  if (end <= 0 || end >= v.n || !streetLike(v, start, end)) return end;
  const s = skip(v, end);
  if (s >= v.n || !sameTurn(v, end - 1, s)) return end;
  // "six thousand n s | w": a reading that stopped inside the spelled code
  if (!v.formatted)
    for (let back = 2; back >= 1; back--) {
      const from = end - back;
      if (from < 1 || !letterWord(v, from) || letterWord(v, from - 1)) continue;
      const inside = spelledCodeAt(v, from);
      // (three letters, a code of the three countries: "nsw", "qld"; a reading that stopped after
      // two spelled letters took them as something else)
      if (inside && inside.home && inside.end - from === 3 && inside.end > end)
        return afterCode(v, inside, end - 1) ?? end;
    }
  // the code right after the address ("... conroe t x", "... road four two i a")
  // (a town written after its street's comma: "7 quillon rd, velkaby ma")
  const direct = codeAt(v, s, endsWithCity(v, end) || (v.formatted && end >= 2 && endsItem(v, end - 2)));
  if (direct) return afterCode(v, direct, end - 1) ?? end;
  // an unknown town, then the code: raw ASR "... main street tamsby t x"; written after the
  // street's comma, "12 velkaro street, tamsby tx,"
  const town = v.formatted ? writtenTownEnd(v, end, s) : unknownTownEnd(v, s);
  if (town < 0) return end;
  const t = skip(v, town);
  if (t >= v.n || !sameTurn(v, s, t)) return end;
  const code = codeAt(v, t, v.formatted);
  if (!code) return end;
  return afterCode(v, code, end - 1) ?? end;
}
