/**
 * "Tavita Oyelaran Alcalá de Henares Spain", "Halmi Réka Lakewood CO": a contact line writes
 * the town and the country or region right after the name, and a chain of name words may run into
 * the town. When the last words of a found name are a town of the country or region named right
 * after them, the name ends before the town.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { cityCountries, countryCode, regionCodeCountries, regionCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';

const MAX_TOWN_WORDS = 4;
const MAX_COUNTRY_WORDS = 3;

const bare = (text: string): string => text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Countries of the country or region named by the words from k ("Spain", "United Kingdom", "FL"),
 * each with the end of its name.
 */
function countriesNamedAt(ctx: DetectionContext, k: number): Map<string, number> {
  const found = new Map<string, number>();
  const first = bare(ctx.words[k]?.text ?? '');
  if (first === '') return found;
  if (/^\p{Lu}{2,3}$/u.test(first)) for (const c of regionCodeCountries(first)) found.set(c, k + 1);
  let phrase = '';
  for (let n = k; n < Math.min(ctx.words.length, k + MAX_COUNTRY_WORDS); n++) {
    const word = bare(ctx.words[n]!.text);
    if (word === '') break;
    phrase = phrase === '' ? fold(word) : `${phrase} ${fold(word)}`;
    const code = countryCode(phrase);
    if (code !== undefined) found.set(code, n + 1);
    for (const c of regionCountries(phrase)) found.set(c, n + 1);
  }
  return found;
}

/**
 * The town ending the name [start, end) and the country or region after it, as [town start, end of
 * the country's name], or null.
 */
export function townTail(ctx: DetectionContext, start: number, end: number): [number, number] | null {
  // two name words stay: "Florence Kessler" is no town before a country
  for (let t = start + 2; t < end; t++) {
    // the town may run past the name's end: "Alcalá de | Henares"
    for (let len = Math.min(MAX_TOWN_WORDS, ctx.words.length - t); len >= 1; len--) {
      const town = ctx.words
        .slice(t, t + len)
        .map((w) => fold(bare(w.text)))
        .join(' ');
      const inTown = cityCountries(town);
      if (inTown.length === 0) continue;
      for (const [country, countryEnd] of countriesNamedAt(ctx, t + len))
        if (inTown.includes(country)) return [t, countryEnd];
    }
  }
  return null;
}

/** Trims the candidates in place, and drops the ones inside the town and country; `make` builds the shorter one. */
export function trimTownTails(
  ctx: DetectionContext,
  out: Candidate[],
  make: (start: number, end: number, reason: string) => Candidate,
): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.endWord - c.startWord < 3) continue;
    const tail = townTail(ctx, c.startWord, c.endWord);
    if (tail === null) continue;
    const [town, placeEnd] = tail;
    out[n] = make(c.startWord, town, c.reason ?? 'gazetteer');
    for (let m = out.length - 1; m >= 0; m--)
      if (m !== n && out[m]!.startWord >= town && out[m]!.endWord <= placeEnd) {
        out.splice(m, 1);
        if (m < n) n--;
      }
  }
}
