/**
 * Raw ASR: a town whose name opens with a common word ("new", "west", "port", "fort", "lake",
 * "long"; lexicons/address/asr-town-openers.txt). Towns are named this way all over the English-,
 * French-, German- and Spanish-speaking world ("New Haven", "Port Elizabeth", "Fort William",
 * "Lake Charles", "Bad Tölz"), and the second word is often a given name. Written text joins
 * the two by their capitals; speech has none, so the opener read as an English word ended the
 * address before the town. Here an opener and one or two name words are one town:
 *
 * - after an opener, a frequent given name is a town word ("port elizabeth", "west wilhelm");
 * - right after a numbered street line, such a town is the address's when it closes what the
 *   caller says (end of the turn, or a function or common word next: "... kellie cliffs new
 *   leehaven okay"); "twelve oak lane new customer" stays as it was ("customer" is English).
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { readWordList } from '../lexicon-files.js';
import { fold } from './vocab.js';
import { type AddressView, sameTurn, skip } from './view.js';

let openers: ReadonlySet<string> | undefined;
/** Words that open a town's name (folded). */
export const townOpeners = (): ReadonlySet<string> =>
  (openers ??= new Set(readWordList('address/asr-town-openers.txt').map((e) => fold(e))));

/** Letters only (an elided article or inner hyphens allowed), three or more. */
const NAME_WORD = /^(?:[a-z]')?[a-z]{3,}(?:-[a-z]+)*$/;

/** How many words before a town its street line may start: its number is said among them. */
const STREET_LINE_WORDS = 8;

/** Word i opens a town's name and the same speaker goes on after it. */
export const opensTown = (v: AddressView, i: number): boolean =>
  !v.formatted && townOpeners().has(v.folded[i] ?? '') && sameTurn(v, i, i + 1);

/** Word i after an opener may be the town's name: no English word, no number; a given name may be. */
export function openedTownWord(v: AddressView, i: number): boolean {
  const t = v.ctx.tokens[i] ?? '';
  return (
    NAME_WORD.test(t) &&
    englishLevel(t) === undefined &&
    !isCommonWord(t) &&
    !isFunctionWord(t) &&
    !townOpeners().has(v.folded[i] ?? '') &&
    runAt(v.ctx.spoken, i) === undefined
  );
}

/**
 * The town at [s, end) opens with an opener, a number is said in the street line before it, and
 * the town closes what is said (the turn ends, or a function or common word that is no number
 * follows): the town is the address's.
 */
export function openedTownCloses(v: AddressView, s: number, end: number): boolean {
  if (v.formatted || end - s < 2 || !townOpeners().has(v.folded[s] ?? '')) return false;
  let numbered = false;
  for (let m = s - 1; m >= Math.max(0, s - STREET_LINE_WORDS) && sameTurn(v, m, s) && !numbered; m--)
    numbered = runAt(v.ctx.spoken, m) !== undefined;
  if (!numbered) return false;
  const next = skip(v, end);
  if (next >= v.n || !sameTurn(v, s, next)) return true;
  const t = v.ctx.tokens[next] ?? '';
  return runAt(v.ctx.spoken, next) === undefined && (isFunctionWord(t) || isCommonWord(t));
}
