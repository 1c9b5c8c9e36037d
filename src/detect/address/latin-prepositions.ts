/**
 * Streets named with a preposition and no street type (lexicons/address/street-prepositions.txt):
 * "Na Lhotkách 5", "K Nádraží 8", "Am Sonnenhang 4", "An der Kirche 2", "Achter de Kerk 5". In
 * written text the capitalised preposition, one to three capitalised name words and a house number
 * written in digits make the street line; the caller asks for a cue, a unit or the town's line.
 */
import { readWordList } from '../lexicon-files.js';
import { houseNumberAt } from './numbers.js';
import { prefixTypeAt } from './street.js';
import { capitalised, endsItem, partEnds, raw, sameTurn, type AddressView } from './view.js';
import { fold } from './vocab.js';
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';

let phrases: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;
/** The prepositions' folded words, by first word (asked at every word: one lookup, not a scan). */
function prepositions(): ReadonlyMap<string, readonly (readonly string[])[]> {
  if (phrases) return phrases;
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const e of readWordList('address/street-prepositions.txt')) {
    const p = fold(e).split(/\s+/);
    byFirst.set(p[0]!, [...(byFirst.get(p[0]!) ?? []), p]);
  }
  return (phrases = byFirst);
}

/** Words of a street preposition at i (capitalised, "An der" two), else 0. */
function prepositionAt(v: AddressView, i: number): number {
  const starting = prepositions().get(v.folded[i]!);
  if (!starting) return 0;
  if (v.formatted && !capitalised(v, i)) return 0;
  let best = 0;
  for (const p of starting) {
    if (p.length <= best || i + p.length > v.n) continue;
    // raw ASR: one word only where English and the spelled letters lack it ("na", "im", "k", "u" are
    // said as often otherwise)
    if (!v.formatted && p.length === 1 && !SAID_ALONE.has(p[0]!)) continue;
    let ok = true;
    for (let m = 0; m < p.length && ok; m++) {
      ok = v.folded[i + m] === p[m] && (m === 0 || sameTurn(v, i, i + m)) && !endsItem(v, i + m);
    }
    if (ok) best = p.length;
  }
  return best;
}

const MAX_NAME_WORDS = 3;
/** German prepositions with their article, read alone in raw ASR. */
const SAID_ALONE = new Set(['am', 'zum', 'zur', 'beim']);

/**
 * A street opened by a preposition at word i in written text: [i, index after the house number],
 * else null. The name words are capitalised, hold no digit and end no item before the number
 * ("Na Lhotkách 5", "An der Evangelischen Kirche 13c,").
 */
export function prepositionStreetAt(v: AddressView, i: number): [number, number] | null {
  if (i >= v.n) return null;
  if (!v.formatted) return saidPrepositionStreetAt(v, i);
  const pre = prepositionAt(v, i);
  if (pre === 0) return null;
  const first = i + pre;
  for (let k = first; k < first + MAX_NAME_WORDS && k < v.n; k++) {
    if (!sameTurn(v, i, k) || !capitalised(v, k) || /\d/.test(raw(v, k)) || partEnds(v, k)) return null;
    const next = k + 1;
    if (next >= v.n || !sameTurn(v, k, next) || endsItem(v, k)) return null;
    if (/^\d/.test(raw(v, next))) {
      const house = houseNumberAt(v, next);
      return house > next ? [i, house] : null;
    }
  }
  return null;
}

/** Pronouns English's "am" follows ("i am ...", "who am i"). */
const PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who']);

/**
 * The same in raw ASR ("am sandberg twelve", "an der kirche four"): the preposition after no
 * pronoun, one or two words English lacks (no capitals tell a name), a house number said right
 * after them. [i, index after the house number], else null.
 */
function saidPrepositionStreetAt(v: AddressView, i: number): [number, number] | null {
  const pre = prepositionAt(v, i);
  if (pre === 0) return null;
  // "i am ...", "at nine am ...": English's "am" after a pronoun or a time
  const before = i > 0 && sameTurn(v, i - 1, i) ? i - 1 : -1;
  if (before >= 0 && (PRONOUNS.has(v.folded[before] ?? '') || runAt(v.ctx.spoken, before))) return null;
  const first = i + pre;
  for (let k = first; k < first + 2 && k < v.n; k++) {
    const t = v.ctx.tokens[k] ?? '';
    if (!sameTurn(v, i, k) || runAt(v.ctx.spoken, k) || !/^\p{L}+$/u.test(t)) return null;
    if (isCommonWord(t) || isFunctionWord(t) || partEnds(v, k)) return null;
    const next = k + 1;
    if (next >= v.n || !sameTurn(v, k, next)) return null;
    const run = runAt(v.ctx.spoken, next);
    if (run?.startWord === next && /^\d{1,3}[a-z]?$/.test(run.text)) {
      const house = houseNumberAt(v, next);
      return house > next ? [i, house] : null;
    }
  }
  return null;
}

/**
 * Inside a span [start, end) read as one address, a street opened by a preposition after a line of
 * capitalised names ("Dara Quill K Blatovu 8, 30082 Tamsby": the recipient's line, then the street):
 * the street's first word, else -1.
 */
export function prepositionStreetInside(v: AddressView, start: number, end: number): number {
  if (!v.formatted) return -1;
  for (let p = start + 1; p < Math.min(end, start + 5); p++) {
    // "Ulička Pod Hájom 5": a prefix type before the preposition heads the street's name
    if (!capitalised(v, p - 1) || /\d/.test(raw(v, p - 1)) || prefixTypeAt(v, p - 1) > 0) return -1;
    const street = prepositionStreetAt(v, p);
    if (street && street[1] <= end) return p;
  }
  return -1;
}

/**
 * Before a span [start, end) that starts with a street's name or house number ("Lhotkách 5, ...",
 * "8, 30082 Tamsby" after "K Blatovu"): the start of a street opened by a preposition that runs
 * into the span, else -1.
 */
export function prepositionStreetBefore(v: AddressView, start: number, end: number): number {
  if (!v.formatted) return -1;
  for (let p = Math.max(0, start - 1 - MAX_NAME_WORDS - 1); p < start; p++) {
    const street = prepositionStreetAt(v, p);
    if (street && street[1] > start && street[1] <= end) return p;
  }
  return -1;
}
