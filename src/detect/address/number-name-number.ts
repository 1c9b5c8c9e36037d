/**
 * Written text: a typeless street line with a number on both sides of its name, "07 Orlen Vasko 23,
 * Tamsby, Denmark", "98 Kestrova 1036, Lorvenne, Guyana": a building or postcode number, the street's
 * name (no type word, as most of Europe, Latin America and Scandinavia write it) and its house
 * number. Nothing opens the line, so the caller takes it only with a postcode or a country after it.
 */
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { houseNumberAt } from './numbers.js';
import { compoundAt, prefixTypeAt, suffixTypeAt } from './street.js';
import { countryAt, regionAt } from './tail.js';
import type { AddressView } from './view.js';
import { capitalised, endsItem, isParticle, nameWord, partEnds, raw, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';

const isValue = (v: AddressView, i: number): boolean => v.nextValue[i] === i;

/** Is word k a unit word, a house-number mark or a PO-box word ("Suite", "No.", "Box")? */
function addressWordAt(v: AddressView, k: number): boolean {
  const voc = addressVocab();
  const at = (m: number): string | undefined => v.folded[k + m];
  return (
    voc.units.match(at) > 0 ||
    voc.numberMarks.match(at) > 0 ||
    voc.poBoxes.match(at) > 0 ||
    v.folded[k] === 'box'
  );
}

/**
 * Word i holds the first number: [i, end after the house number], or null. The name is one to three
 * capitalised name words, one of them a word English lacks, no street type among them (typed streets
 * are read by the street grammar).
 */
export function numberNameNumberAt(v: AddressView, i: number): [number, number] | null {
  if (!v.formatted || !/^\d{1,5}$/.test(v.ctx.tokens[i] ?? '') || !/^\d{1,5}$/.test(raw(v, i))) return null;
  // "Suite 865 ...", "Box 7638 ...", "1139 2235 ...": the number belongs to what stands before it
  const b = i - 1;
  if (b >= 0 && sameTurn(v, b, i) && !partEnds(v, b) && (isValue(v, b) || addressWordAt(v, b))) return null;
  let k = i + 1;
  let uncommon = false;
  for (; k < i + 4 && k < v.n && !isValue(v, k); k++) {
    if (!sameTurn(v, i, k) || partEnds(v, k - 1) || endsItem(v, k - 1)) return null;
    const particle = k > i + 1 && isParticle(v, k);
    if (!particle && (!nameWord(v, k) || !capitalised(v, k))) return null;
    if (suffixTypeAt(v, k) > 0 || prefixTypeAt(v, k) > 0 || compoundAt(v, k) || addressWordAt(v, k))
      return null;
    const t = v.ctx.tokens[k]!;
    if (isFunctionWord(t)) return null;
    // "27 Malaysia 23 Indonesia": counts by country in a list, no street
    if (countryAt(v, k) || regionAt(v, k)) return null;
    if (!particle && !isCommonWord(t)) uncommon = true;
  }
  if (k === i + 1 || !uncommon || !isValue(v, k) || partEnds(v, k - 1) || endsItem(v, k - 1)) return null;
  const house = houseNumberAt(v, k);
  if (house <= k || !sameTurn(v, i, house - 1)) return null;
  // a house number: up to four digits, one word
  if (house !== k + 1 || !/^\d{1,4}[a-z]?,?$/i.test(raw(v, k))) return null;
  return [i, house];
}
