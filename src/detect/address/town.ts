/**
 * A town the city lists do not know (most of the world's villages are under their 1,000-inhabitant
 * floor) and its postcode, after a place preposition:
 *
 *   town line = ("in" | "near") name... postcode     "in Tolvmark 7352", "in roccaferma two six oh four one"
 *             | ("in" | "near") postcode name...     "in 7352 Tolvmark" (formatted text)
 *
 * The name is one to four name words (particles inside: "Casal de Vale Ruivo") with at least one
 * word English lacks; the postcode is valid for some country (four characters or more, not a year).
 * The line must end after it: a count or a measure after the number ("in Zalando 2500 dollars")
 * makes it no postcode.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { cityAt, postcodeItem } from './tail.js';
import type { AddressView } from './view.js';
import { endsItem, isParticle, nameWord, partEnds, raw, sameTurn } from './view.js';

const PREPOSITIONS = new Set(['in', 'near']);
const MAX_NAME_WORDS = 4;
const AMOUNT_WORDS = new Set(['hundred', 'thousand', 'million']);
const YEAR = /^(?:1[89]|20)\d\d$/;

/** Nouns that make a number a count, a measure or an amount, never a postcode. */
const COUNTED = new Set(
  'day days week weeks month months year years hour hours minute minutes seconds times people persons percent points pages km miles meters metres feet euros euro dollars dollar pounds rupees yen yuan pesos francs kroner kronor units items copies votes residents inhabitants visitors employees'.split(
    ' ',
  ),
);

/** Name words of an unknown town from word i: the index after them, or -1. */
function townNameEnd(v: AddressView, i: number, stopBeforeValue: boolean): number {
  let end = -1;
  let uncommon = false;
  for (let k = i; k < i + MAX_NAME_WORDS && k < v.n; k++) {
    if (k > i && !sameTurn(v, i, k)) break;
    if (stopBeforeValue && v.nextValue[k] === k) break;
    const particle = k > i && isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    // cue words ("billing address", "zip code") are no town
    if (v.cues[k + 1]! - v.cues[k]! > 0 || v.postcodeCues[k + 1]! - v.postcodeCues[k]! > 0) return -1;
    if (!particle) {
      if (!isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
      end = k + 1;
    }
    if (endsItem(v, k) || partEnds(v, k)) break;
  }
  return uncommon && end > 0 && !isParticle(v, end - 1) ? end : -1;
}

/** Does the line end before word k (a sentence or item end, another speaker, a function word)? */
function lineEnds(v: AddressView, k: number): boolean {
  if (k >= v.n || partEnds(v, k - 1) || endsItem(v, k - 1)) return true;
  const t = v.ctx.tokens[k] ?? '';
  if (COUNTED.has(t) || v.nextValue[k] === k) return false;
  return isFunctionWord(t) || !/^\p{L}/u.test(t);
}

/** A postcode at k that can be one here: four characters or more, no year, spoken in few digits. */
function postcodeEnd(v: AddressView, k: number): number {
  const pc = postcodeItem(v, k);
  if (!pc || YEAR.test(pc.match.compact)) return -1;
  // the postcode is the whole spoken run: "in tolvmark seven three five two one two three" is something else
  const run = runAt(v.ctx.spoken, k);
  if (run && run.startWord === k && run.endWord > pc.end) return -1;
  // a postcode is said digit by digit or in pairs, not as an amount ("thirty two thousand ...")
  for (let m = k; m < pc.end; m++) if (AMOUNT_WORDS.has(v.ctx.tokens[m] ?? '')) return -1;
  return pc.end;
}

/** A town line after a place preposition, starting at word i: [start, end), or null. */
export function townAfterPrepositionAt(v: AddressView, i: number): [number, number] | null {
  const b = i - 1;
  if (b < 0 || !PREPOSITIONS.has(v.folded[b] ?? '') || !sameTurn(v, b, i) || endsItem(v, b)) return null;
  if (/[.!?;:]$/.test(raw(v, b))) return null;
  if (v.nextValue[i] === i) {
    // "in 7352 Tolvmark": raw ASR says times and counts this way ("in ten forty five pm")
    if (!v.formatted) return null;
    const pc = postcodeEnd(v, i);
    if (pc < 0 || partEnds(v, pc - 1) || endsItem(v, pc - 1) || !sameTurn(v, i, pc)) return null;
    const name = townNameEnd(v, pc, true);
    if (name < 0 || !lineEnds(v, name)) return null;
    const city = cityAt(v, pc);
    if (city && city.end === name && !city.countries?.some((c) => postcodeItem(v, i)?.countries?.includes(c)))
      return null;
    return [i, name];
  }
  // "in Tolvmark 7352"
  const name = townNameEnd(v, i, true);
  if (name < 0 || partEnds(v, name - 1) || endsItem(v, name - 1) || v.nextValue[name] !== name) return null;
  if (!sameTurn(v, i, name)) return null;
  const pc = postcodeEnd(v, name);
  if (pc < 0 || !lineEnds(v, pc) || knownElsewhere(v, i, name)) return null;
  return [i, pc];
}

/**
 * Is the name a known city of other countries than the postcode's ("in Tokyo 1500": Japan writes
 * seven digits)? A known city with its own country's postcode is read by the tail anchors already.
 */
function knownElsewhere(v: AddressView, i: number, end: number): boolean {
  const city = cityAt(v, i);
  if (!city || city.end !== end) return false;
  const pc = postcodeItem(v, end);
  return !pc || !city.countries?.some((c) => pc.countries?.includes(c));
}
