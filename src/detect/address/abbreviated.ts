/**
 * Raw ASR of written text: street types kept as their written abbreviations once the capitals and
 * dots are gone ("ul lipowa twelve" from "ul. Lipowa 12", "kertesz u fifteen" from "Kertész u. 15",
 * "liepu g nine" from "Liepų g. 9"). A speaker says "ulica", "utca", "gatvė", so street.ts
 * reads these short forms only when written; here they count in raw ASR too, but only as a whole
 * numbered street: the abbreviation, one to three name words with one English lacks, and a house
 * number right after the name (prefix type) or right after the one-letter type (suffix type).
 * An abbreviation spelled like an Arabic name link ("al" for "aleja", "alameda") opens as many place
 * and person names ("near al zorvat one strike"): it counts only after an address cue or with a
 * known place or a postcode right after the house number.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import type { AddressView } from './view.js';
import { isParticle, nameWord, partEnds, sameTurn, skip } from './view.js';
import { houseNumberAt, spokenLetterMarkNumber } from './numbers.js';
import { postcodeAt } from './postcode.js';
import { addressVocab } from './vocab.js';
import type { Street } from './street.js';
import { cueBefore } from './view.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import { readWordList } from '../lexicon-files.js';

const MAX_NAME_WORDS = 3;
const MAX_HOUSE_DIGITS = 4;
/** Arabic name links (lexicons/names/context/name-links/ar.txt: "al", "el", "abu"). */
const NAME_LINKS: ReadonlySet<string> = new Set(readWordList('names/context/name-links/ar.txt'));
/** Words before an abbreviation looked at for an address cue ("lives at", "address is"). */
const CUE_WINDOW = 6;

/** A known place or a postcode right after the house number ending before h. */
function placeAfter(v: AddressView, h: number): boolean {
  const k = skip(v, h);
  if (k >= v.n || !sameTurn(v, h - 1, k)) return false;
  return (cityAt(v, k) ?? regionAt(v, k) ?? countryAt(v, k) ?? postcodeAt(v.ctx, k)) !== undefined;
}

/** Name words from i, particles inside allowed, one English lacks among them: the end, or -1. */
function nameEnd(v: AddressView, i: number, stop: (k: number) => boolean): number {
  let end = -1;
  let uncommon = false;
  for (let k = i, words = 0; k < v.n && words < MAX_NAME_WORDS && sameTurn(v, i, k); k++) {
    if (stop(k)) break;
    if (isParticle(v, k) && k > i) continue;
    if (!nameWord(v, k)) break;
    if (!isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
    words++;
    end = k + 1;
    if (partEnds(v, k)) break;
  }
  return uncommon ? end : -1;
}

/** "ul lipowa twelve", "av paulista one thousand": an abbreviated prefix type at i. */
function prefixAbbreviation(v: AddressView, i: number): Street | null {
  const t = v.folded[i] ?? '';
  if (t.length !== 2 || addressVocab().streets.prefix.match((m) => v.folded[i + m]) !== 1) return null;
  const end = nameEnd(v, i + 1, (k) => v.nextValue[k] === k);
  if (end < 0 || partEnds(v, end - 1)) return null;
  const k = skip(v, end);
  const marked = houseNumberAt(v, k);
  // "ul lenina d five": the dot of the mark "d." is gone too
  const house = marked > 0 ? marked : spokenLetterMarkNumber(v, k);
  if (house <= 0 || !sameTurn(v, i, house - 1)) return null;
  if (NAME_LINKS.has(t) && !cueBefore(v, i, CUE_WINDOW) && !placeAfter(v, house)) return null;
  return { start: i, end: house, numbered: true };
}

/**
 * "kertesz u fifteen": name words from i, then a one-letter suffix type the spoken view spells
 * together with the house number after it ("u15"; "g944218" is "g", house number 9, postcode).
 */
function suffixAbbreviation(v: AddressView, i: number): Street | null {
  // the type's letter comes one to MAX_NAME_WORDS words on: without a one-letter word there, no
  // reading below holds (asked at every word of a raw ASR call)
  let letterAhead = false;
  for (let k = i + 1; k <= i + MAX_NAME_WORDS && !letterAhead; k++)
    letterAhead = (v.folded[k] ?? '').length === 1;
  if (!letterAhead) return null;
  const end = nameEnd(v, i, (k) => (v.folded[k] ?? '').length === 1);
  if (end < 0 || partEnds(v, end - 1) || end - i > MAX_NAME_WORDS) return null;
  // no capitals say where the name starts: an English word does not open it ("office | liepu g")
  if (end - i > 1 && isCommonWord(v.ctx.tokens[i]!)) return null;
  const letter = v.folded[end] ?? '';
  if (letter.length !== 1 || addressVocab().streets.suffix.match((m) => v.folded[end + m]) !== 1) return null;
  const run = runAt(v.ctx.spoken, end);
  if (!run || run.startWord !== end || run.chunks[0]?.kind !== 'letter' || run.chunks.length < 2) return null;
  const digits = run.chunks.slice(1);
  if (!digits.every((c) => /^\d+$/.test(c.text))) return null;
  if (run.text.length - 1 <= MAX_HOUSE_DIGITS) return { start: i, end: run.endWord, numbered: true };
  // the house number, then a postcode said in the same breath
  const first = digits[0]!;
  const rest = postcodeAt(v.ctx, first.endWord);
  return first.text.length <= MAX_HOUSE_DIGITS && rest && rest.compact.length >= 4
    ? { start: i, end: first.endWord, numbered: true }
    : null;
}

/** A street with an abbreviated type at i in raw ASR, numbered, else null. */
export function abbreviatedStreet(v: AddressView, i: number): Street | null {
  if (v.formatted) return null;
  return prefixAbbreviation(v, i) ?? suffixAbbreviation(v, i);
}
