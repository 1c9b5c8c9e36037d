/**
 * Street forms without a house number that the main grammar leaves unread (round 17):
 * - a crossing named by two short sides that share one type, or whose sides are ordinals or numbered
 *   roads: "1st & 2nd Ave", "Velka & 9th", "first and second avenue", "1 St & 2 Ave";
 * - one street word before its town: a name glued to its type ("Vinkdreef, Tamsby", raw ASR
 *   "vinkdreef tamsby"), or a street word that names a street alone ("Esplanade, Tamsby", "East
 *   Broadway, Tamsby"; lexicons/address/lone-streets/);
 * - a numbered national or territorial road ("RN7", "RT 2", "r n two", "Route 118, Tamsby").
 * Each reader returns the end of the street part (the caller reads the town and the rest after it),
 * or -1. All examples are invented.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { readWordListsIn } from '../lexicon-files.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { cityAt } from './tail.js';
import { compoundAt, ordinalName, suffixTypeAt } from './street.js';
import type { AddressView } from './view.js';
import { capitalised, endsItem, partEnds, raw, sameTurn } from './view.js';
import { addressVocab, fold } from './vocab.js';

/** Word i and the next are one line: same turn, no sentence or item end between them. */
const joined = (v: AddressView, i: number): boolean =>
  i + 1 < v.n && sameTurn(v, i, i + 1) && !partEnds(v, i) && !endsItem(v, i);

const SPOKEN_NUMBERS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'.split(
    ' ',
  ),
);
const SPOKEN_TENS = new Set('twenty thirty forty fifty sixty seventy eighty ninety'.split(' '));

interface Side {
  end: number;
  typed: boolean;
  ordinal: boolean;
  name: boolean;
}

/**
 * A suffix type at k that may close a side; not an everyday-word type ("place", "park": "Roscommon &
 * Oak Park" are two places, "1st and 2nd place" a ranking).
 */
function sideTypeAt(v: AddressView, k: number): number {
  if (k >= v.n) return 0;
  const len = suffixTypeAt(v, k);
  if (len === 1 && addressVocab().streets.weak.has(v.folded[k]!)) return 0;
  return len;
}

/** One side of a crossing at k: an ordinal, a small number with its type, or one name word; a type after it. */
function sideAt(v: AddressView, k: number): Side | null {
  if (k >= v.n) return null;
  const t = v.folded[k] ?? '';
  let end = -1;
  let ordinal = false;
  let name = false;
  let number = false;
  if (ordinalName(v, k)) [end, ordinal] = [k + 1, true];
  else if (!v.formatted && SPOKEN_TENS.has(t) && joined(v, k) && ordinalName(v, k + 1))
    [end, ordinal] = [k + 2, true];
  else if (v.formatted ? /^\d{1,3}$/.test(raw(v, k)) : SPOKEN_NUMBERS.has(t)) [end, number] = [k + 1, true];
  else if (/^\p{L}[\p{L}'’-]{2,}$/u.test(raw(v, k)) && !isFunctionWord(v.ctx.tokens[k]!))
    [end, name] = [k + 1, true];
  if (end < 0) return null;
  let typed = false;
  if (joined(v, end - 1)) {
    const len = sideTypeAt(v, end);
    if (len > 0) [end, typed] = [end + len, true];
  }
  // a number names a road only with its type ("2 Ave", "two avenue")
  if (number && !typed) return null;
  return { end, typed, ordinal, name };
}

/**
 * A crossing of two short sides at i ("1st & 2nd Ave", "Velka & 9th", "first and second avenue"):
 * the end of the second side, else -1. Joined by "&" or "@" (written) or "and"; a type on one side
 * at least, or (written with a symbol) a name crossing an ordinal. With "and" a name side must be
 * capitalised (formatted) or a word English lacks (raw ASR), and two bare names never cross ("Dara
 * and Velka Road" are two things); raw ASR also wants the second side's own type.
 */
export function bareCrossingAt(v: AddressView, i: number): number {
  // (cheap test first, as this is tried at most words: a link word within a side's reach)
  let link0 = false;
  for (let k = i + 1; k <= i + 3 && k < v.n && !link0; k++)
    link0 = v.folded[k] === 'and' || raw(v, k) === '&' || raw(v, k) === '@';
  if (!link0) return -1;
  const a = sideAt(v, i);
  if (!a || !joined(v, a.end - 1)) return -1;
  const link = a.end;
  const symbol = raw(v, link) === '&' || raw(v, link) === '@';
  if (!symbol && v.folded[link] !== 'and') return -1;
  if (!joined(v, link)) return -1;
  const b = sideAt(v, link + 1);
  if (!b) return -1;
  // a lone name is no side of a crossing when it is a word a name would not be ("the bank & 2nd Ave")
  // (written with a symbol, a name in lower case crosses a typed side: "main & side ave")
  const nameOk = (s: Side, k: number, other: Side): boolean =>
    !s.name ||
    (v.formatted
      ? capitalised(v, k) || (symbol && (!isCommonWord(v.ctx.tokens[k]!) || s.typed || other.typed))
      : !isCommonWord(v.ctx.tokens[k]!) || s.typed);
  if (commonCrossing(v, i, a, b, symbol)) return b.end;
  if (!nameOk(a, i, b) || !nameOk(b, link + 1, a)) return -1;
  if (!symbol && a.name && b.name) return -1;
  // an untyped ordinal closing the crossing: "first street and second", "velka and thirty second"
  const lastOrdinal = !b.typed && b.ordinal && closedOrdinalSide(v, link + 1, b.end);
  // (a bare name before it only in raw ASR, a word English lacks and no listed given name: "john and
  // thirty second" is a race; an ordinal of two words: "velka and second" may be a ranking)
  if (lastOrdinal && a.typed) return b.end;
  if (
    lastOrdinal &&
    !v.formatted &&
    a.name &&
    b.end - (link + 1) >= 2 &&
    (nameKinds(v.folded[i]!) & GIVEN) === 0
  )
    return b.end;
  if (!a.typed && !b.typed) {
    if (!symbol || !((a.ordinal && b.name) || (a.name && b.ordinal))) return -1;
  }
  if (!v.formatted && !b.typed) return -1;
  // "Vesquin Lane & 2nd Ave" has a typed first street the main grammar reads: only short sides here
  return b.end;
}

const DETERMINERS = new Set(
  'the a an my your his her its our their this that these those some any no every each'.split(' '),
);

/**
 * "main and side avenue" (written in lower case or raw ASR): an English word that is no given name,
 * "and", a name with a street type that is no everyday word. No person is named by such a word ("Dara
 * and Velka Road" stays two things) and a determiner before it makes it a noun ("the black and white
 * street").
 */
function commonCrossing(v: AddressView, i: number, a: Side, b: Side, symbol: boolean): boolean {
  if (symbol || !a.name || a.typed || !b.name || !b.typed || b.end - i !== 4) return false;
  if (v.formatted && (capitalised(v, i) || capitalised(v, i + 2))) return false;
  const t = v.ctx.tokens[i]!;
  if (!isCommonWord(t) || isFunctionWord(t) || (nameKinds(v.folded[i]!) & GIVEN) !== 0) return false;
  if (addressVocab().streets.weak.has(v.folded[i + 3]!)) return false;
  // what follows closes the phrase ("bread and butter road trips": the type word was a noun's)
  if (!closedOrdinalSide(v, i + 2, i + 4)) return false;
  return i === 0 || !sameTurn(v, i - 1, i) || !DETERMINERS.has(v.folded[i - 1]!);
}

/**
 * A crossing side [k, end) that closes it, such as an ordinal without a type ("... and second", "... and 32nd"):
 * what is said next is no noun it could qualify ("second floor", "thirty second delay"): the turn or
 * sentence ends, or a function word follows (not "of": "the second of May").
 */
export function closedOrdinalSide(v: AddressView, k: number, end: number): boolean {
  if (end <= k) return false;
  if (end >= v.n || !sameTurn(v, end - 1, end) || partEnds(v, end - 1) || endsItem(v, end - 1)) return true;
  const next = v.ctx.tokens[end] ?? '';
  return next !== 'of' && isFunctionWord(next);
}

let loneWords: Set<string> | undefined;
/** Street words that name a street alone ("Broadway", "Esplanade"): lexicons/address/lone-streets/. */
function loneStreetWords(): Set<string> {
  loneWords ??= new Set([...readWordListsIn('address/lone-streets').values()].flat().map(fold));
  return loneWords;
}

const COMPASS = new Set(['east', 'west', 'north', 'south', 'e', 'w', 'n', 's']);

/**
 * One street word before a listed town ("Vinkdreef, Tamsby", "East Broadway, Tamsby"): [start, end)
 * of the street part, else null. The street word is a name glued to its type, or a word naming a
 * street alone (written with a capital; in raw ASR a word English lacks), perhaps after a compass
 * word; no house number follows it, and the next word (after a comma) opens a listed town.
 */
export function loneStreetAt(v: AddressView, i: number): [number, number] | null {
  const t = v.folded[i] ?? '';
  const lone =
    loneStreetWords().has(t) && (v.formatted ? capitalised(v, i) : !isCommonWord(v.ctx.tokens[i]!));
  if (!lone && !compoundAt(v, i)) return null;
  const next = i + 1;
  if (next >= v.n || !sameTurn(v, i, next) || partEnds(v, i)) return null;
  if (!cityAt(v, next)) return null;
  const before = i - 1;
  const start =
    before >= 0 &&
    COMPASS.has(v.folded[before]!) &&
    joined(v, before) &&
    (v.formatted ? capitalised(v, before) : true)
      ? before
      : i;
  return [start, next];
}

/** National, provincial or territorial road letters before a road's number ("RN7", "RT 2", "RNIE 1"). */
const ROAD_LETTERS = /^(?:RN|RT|RP|RNIE)(\d{1,4})?[,.]?$/;
const ROUTE_WORDS = new Set(['route', 'rte', 'ruta']);

/**
 * A numbered road at i: "RN7", "RN 7", "RT1,", "Route 118," (formatted, in capitals), raw ASR "r n
 * seven". The end of the road's words, else -1. The caller wants the road placed ("at", an address
 * cue) or a place after it.
 */
export function numberedRoadAt(v: AddressView, i: number): number {
  const w = raw(v, i);
  if (v.formatted) {
    const m = ROAD_LETTERS.exec(w);
    if (m) {
      if (m[1]) return i + 1;
      return joined(v, i) && /^\d{1,4}[,.]?$/.test(raw(v, i + 1)) ? i + 2 : -1;
    }
    if (ROUTE_WORDS.has(v.folded[i] ?? '') && capitalised(v, i) && joined(v, i))
      return /^\d{1,4}[,.]?$/.test(raw(v, i + 1)) ? i + 2 : -1;
    return -1;
  }
  // raw ASR: the letters said one by one, then the number
  // (the spoken view reads the letters and the number as one run: "rn2")
  if (v.folded[i] !== 'r') return -1;
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i || !/^r[ntp]\d{1,4}$/.test(run.text)) return -1;
  if (run.chunks.length < 3 || run.chunks[1]!.endWord !== i + 2) return -1;
  return sameTurn(v, i, run.endWord - 1) ? run.endWord : -1;
}
