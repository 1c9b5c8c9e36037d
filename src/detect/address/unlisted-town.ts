/**
 * A typeless street line, its postcode and a town no list holds, written without any cue:
 *
 *   "Kestrova 12, 60311 Tovarre", "27 Quillon, 28070 Tovarre", "Vesquin 12a, 1000 Kelmora"
 *
 * Most of continental Europe, Latin America and much of Africa write the street line (often without
 * a type word: streets named after a person or a place) and then "postcode town" on the next line;
 * the three parts in that order are the address's own grammar, so no list of towns is needed. The
 * street's name must hold a word English lacks, the town must be capitalised and close the line, and
 * a year-like postcode counts only after a comma that ends the street line ("Chapter 12, 2019
 * Edition" is no address: "Chapter" is an English word).
 */
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import type { AddressView } from './view.js';
import { capitalised, endsItem, nameWord, partEnds, raw, sameTurn } from './view.js';

const YEAR = /^(?:1[89]|20)\d\d$/;

/** At most this many words in an unlisted town's name ("Saint-Martin de la Vesquière" is one hyphened). */
const TOWN_WORDS = 3;

/** Lower-case particles inside a town's name ("Aldea de Tovarre", "Vesquin am Main"). */
const TOWN_PARTICLES = new Set([
  'de',
  'del',
  'la',
  'le',
  'am',
  'an',
  'der',
  'di',
  'do',
  'da',
  'sur',
  'im',
  'aan',
  'den',
]);

/**
 * Formatted text: the town the lists lack right after the postcode [pcStart, pcEnd), with a street
 * line before the postcode: [start, end) of the anchor (the postcode and town; from the house number
 * when the line is written number first, "27 Quillon, 28070 Tovarre"), else null. `streetStart`: where
 * the grammar's typeless street line ("Kestrova 12") starts, `pcStart` when it found none.
 */
export function unlistedTownAfter(
  v: AddressView,
  streetStart: number,
  pcStart: number,
  pcEnd: number,
  compact: string,
): [number, number] | null {
  if (!v.formatted || pcStart === 0 || pcEnd >= v.n || partEnds(v, pcEnd - 1)) return null;
  // the postcode opens its own line: a comma ends the street line, or the postcode is no year
  const lineBreak = endsItem(v, pcStart - 1);
  if (YEAR.test(compact) && !lineBreak) return null;
  if (endsItem(v, pcEnd - 1) && !lineBreak) return null;
  const numberFirst = streetStart < pcStart ? -1 : numberFirstStart(v, pcStart);
  const from = numberFirst >= 0 ? numberFirst : streetStart;
  if (from >= pcStart || !sameTurn(v, from, pcEnd) || !streetHasName(v, from, pcStart)) return null;
  const end = townEnd(v, pcEnd);
  return end > 0 ? [numberFirst >= 0 ? numberFirst : pcStart, end] : null;
}

/**
 * "27 Quillon, | 28070 ...": a house number of up to four digits (and a letter), then one to three
 * capitalised name words ending in the comma before the postcode at `pc`. The number's index, else -1.
 */
function numberFirstStart(v: AddressView, pc: number): number {
  const j = pc - 1;
  if (!endsItem(v, j)) return -1;
  for (let k = j; k >= Math.max(1, j - 2); k--) {
    if (!capitalised(v, k) || !nameWord(v, k) || (k < j && endsItem(v, k)) || partEnds(v, k)) return -1;
    const n = k - 1;
    // "the 1987 Tarvencon, 1990 Belmicon": a year is no house number
    if (/^\d{1,4}[a-z]?$/i.test(raw(v, n)) && !YEAR.test(raw(v, n)) && sameTurn(v, n, j)) {
      // "Room 27 Quillon": a number after a unit or another number is no house number
      const before = n > 0 ? raw(v, n - 1) : '';
      return /\d/.test(before) || /^\p{Lu}/u.test(before) ? -1 : n;
    }
  }
  return -1;
}

/** The street line holds a capitalised word English lacks (the street's own name). */
function streetHasName(v: AddressView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = v.ctx.tokens[k] ?? '';
    if (/\p{L}/u.test(t) && capitalised(v, k) && !isCommonWord(t) && !isFunctionWord(t)) return true;
  }
  return false;
}

/** A capitalised town name of one to three words starting at k that closes the line: its end, else -1. */
function townEnd(v: AddressView, k: number): number {
  if (!capitalised(v, k) || !nameWord(v, k) || isCommonWord(v.ctx.tokens[k] ?? '')) return -1;
  let end = k + 1;
  while (end < v.n && end < k + TOWN_WORDS && !endsItem(v, end - 1) && !partEnds(v, end - 1)) {
    const particle = TOWN_PARTICLES.has(v.folded[end] ?? '');
    // "Kelmora Reported by": an English word goes on only after a particle ("Vesquin am Main")
    const afterParticle = TOWN_PARTICLES.has(v.folded[end - 1] ?? '');
    const named = capitalised(v, end) && nameWord(v, end);
    if (!particle && !(named && (afterParticle || !isCommonWord(v.ctx.tokens[end] ?? '')))) break;
    end++;
  }
  while (end > k + 1 && TOWN_PARTICLES.has(v.folded[end - 1] ?? '')) end--;
  // the line closes: a comma, a sentence or turn end, the text's end, a lower-case word or an
  // English word ("... Kelmora Reported by phone"), not a number ("Tovarre 5 times")
  const last = end - 1;
  if (end >= v.n || endsItem(v, last) || partEnds(v, last)) return end;
  const next = v.ctx.tokens[end] ?? '';
  return /^\p{L}/u.test(raw(v, end)) && (!capitalised(v, end) || isCommonWord(next)) ? end : -1;
}
