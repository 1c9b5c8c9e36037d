/**
 * Raw ASR: a list of names that no list holds, said without commas: "they had six velkor amundai
 * tesmira obrani and zembaro", "our founders velkor tesmira dukan and obrani". English joins items of one
 * kind with "and"; three or more words that no name, English, place or brand list holds before the
 * "and" and one to three after it are taken as names (formatted text reads the same lists by their
 * commas and capitals: person-unknown-lists.ts). Other kinds' lists are left: after a word that
 * leads to a place ("in", "from", "between"), before a firm's legal form or a place's head noun
 * ("... and obrani ltd", "... and obrani park"), after a verb of making or selling (products:
 * "it also produces velkor and obrani"), words with no vowel or of laughter ("lng", "hahah"), plurals (groups of people) and words glued from
 * English words (firms: person-unknown-lists.ts firmWord), and lists inside a stretch of another
 * language (a vowelless unknown word within four words of the list: "brb mw velkor tesmira and ...").
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { firmWord } from './person-unknown-lists.js';
import { isPlaceName } from './person-tags.js';
import { sayableName } from './person-asr-slots.js';

/** Latin letters only: a word of another script in English speech is a place or a foreign phrase. */
const NAME_SHAPE = /^\p{Script=Latin}{3,}$/u;
/**
 * Three words or more before "and": with two ("velkor amundai and obrani") slang and words of
 * other languages in posts read as raw ASR stand there as often (held-out people-in-text and
 * people-in-genres precision fell with two).
 */
const MIN_BEFORE = 3;
const MAX_BEFORE = 8;
const MAX_AFTER = 3;
/** Words that lead to a place or a route: "between velkor amundai and obrani" names towns. */
const TO_PLACE = new Set([
  ...wordSet('names/context/place-markers'),
  'at',
  'from',
  'to',
  'via',
  'between',
  'on',
  'through',
  'across',
  'towards',
]);
/** Verbs whose objects are products: "also produces velkor amundai and obrani" names brands. */
const MAKING = new Set([
  ...wordSet('names/context/making-verbs'),
  'use',
  'uses',
  'used',
  'brands',
  'products',
]);
const AFTER_FIRM = wordSet('names/context/firm-suffixes');
const PLACE_HEADS = wordSet('names/context/place-heads');

/** Is word k a name-shaped word that no list holds (fresh), or one found as a name already? */
function member(view: ExtendView, k: number, covered: Uint8Array): 'fresh' | 'found' | undefined {
  const text = view.ctx.words[k]?.text ?? '';
  if (!NAME_SHAPE.test(text) || view.masked(k)) return undefined;
  const base = view.base[k]!;
  if (covered[k]) return sayableName(base) ? 'found' : undefined;
  return unlistedSayable(view, k, base) ? 'fresh' : undefined;
}

/** Word k (read as `base`) is in no name, brand or place list and can be said as a name. */
export function unlistedSayable(view: ExtendView, k: number, base: string): boolean {
  return (
    view.evidence(k) === NameEvidence.Unknown && sayableName(base) && !isBrand(base) && !isPlaceName(base)
  );
}

/** Words beside a list looked at for chat or another language. */
const AROUND = 4;

/**
 * Is the list [s, e) inside chat or a stretch of another language: a word beside it that no list
 * holds and no one says as a name ("brb", "thx")? Names beside names are common, so only
 * such words count.
 */
function foreignAround(view: ExtendView, s: number, e: number): boolean {
  for (let i = Math.max(0, s - AROUND); i < Math.min(view.ctx.tokens.length, e + AROUND); i++) {
    if (i >= s && i < e) continue;
    const base = view.base[i]!;
    if (
      !view.masked(i) &&
      view.evidence(i) === NameEvidence.Unknown &&
      /^\p{L}+$/u.test(base) &&
      !sayableName(base)
    )
      return true;
  }
  return false;
}

/** Plurals (groups of people) or a word glued from English words (a firm) among the fresh words. */
function otherKind(view: ExtendView, words: readonly number[], covered: Uint8Array): boolean {
  const plurals = words.filter((i) => /[^'s]s$/u.test(view.base[i]!)).length;
  if (plurals * 2 >= words.length) return true;
  return words.some((i) => !covered[i] && firmWord(view.base[i]!));
}

export function addAsrUnknownListNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let a = 2; a < tokens.length - 1; a++) {
    if (tokens[a] !== 'and' || !sameSpeaker(view.ctx, a - 1, a + 1)) continue;
    let s = a;
    while (a - s < MAX_BEFORE && s > 0 && member(view, s - 1, covered) && sameSpeaker(view.ctx, s - 1, a))
      s--;
    let e = a + 1;
    while (e - a - 1 < MAX_AFTER && member(view, e, covered) && sameSpeaker(view.ctx, a, e)) e++;
    if (a - s < MIN_BEFORE || e === a + 1) continue;
    const words: number[] = [];
    for (let i = s; i < e; i++) if (i !== a) words.push(i);
    const unknown = words.filter((i) => view.evidence(i) === NameEvidence.Unknown).length;
    if (unknown < 2 || TO_PLACE.has(tokens[s - 1] ?? '') || MAKING.has(tokens[s - 1] ?? '')) continue;
    if (AFTER_FIRM.has(tokens[e] ?? '') || PLACE_HEADS.has(tokens[e] ?? '')) continue;
    if (otherKind(view, words, covered) || foreignAround(view, s, e)) continue;
    // the list's words found by weaker frames are read again as items of the list
    for (let c = out.length - 1; c >= 0; c--)
      if (out[c]!.startWord >= s && out[c]!.endWord <= e) out.splice(c, 1);
    // without commas the items' edges are unknown: each word before "and" is taken alone
    for (let i = s; i < a; i++) addMerged(out, covered, make, i, i + 1);
    addMerged(out, covered, make, a + 1, e);
    a = e - 1;
  }
}
