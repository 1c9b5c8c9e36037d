/**
 * Raw ASR: a short written street-type abbreviation that is also a link of Arabic names
 * (lexicons/names/context/name-links: Lithuanian "al." for alėja) is no street type unless a house
 * number follows it. Speech says "alėja", not "al"; a transcript's "al" between two words is the
 * article of a name ("vesko tarin al quzmani"), and reading it as a type made the name a street.
 */
import { wordSet } from '../gazetteer/name-data.js';
import type { AddressView } from './view.js';

const LINKS = wordSet('names/context/name-links');

/** Is word i a name link that raw ASR must not read as a street type here? */
export function asrNameLinkNotType(v: AddressView, i: number): boolean {
  if (v.formatted || !LINKS.has(v.folded[i] ?? '')) return false;
  return v.nextValue[i + 1] !== i + 1;
}
