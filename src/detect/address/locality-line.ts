/**
 * A street line without a type word, known by the district word that follows it. Japan numbers
 * blocks, not streets ("1-2-3 Hikarigaoka, Nerima-ku", "3-chome 4-5 Sakuradai, Nerima-ku"), and
 * many countries write a neighbourhood name where others write a street, so a house number, one to
 * three name words and then a district named as such (lexicons/address/localities: "-ku", "Kel.",
 * "Tambon", "Mahallesi") make a line:
 *
 *   [N chome] N name... [,] locality ...        the line must open (a cue, a place preposition, a
 *                                               sentence or line start) and, in raw ASR, every name
 *                                               word is one English lacks
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { houseNumberAt } from './numbers.js';
import { localityAt } from './tail.js';
import type { AddressView } from './view.js';
import { addressVocab } from './vocab.js';
import { cueBefore, endsItem, isParticle, nameWord, partEnds, raw, sameTurn, skip } from './view.js';

/** Words that open a line in raw ASR and formatted text alike ("I live at", "my address is"). */
const OPENERS = new Set(['at', 'on', 'is', 'in']);

/** "3-chome" or "3 chome" (Japanese block district): index after it, else i. */
function chomeEnd(v: AddressView, i: number): number {
  if (/^\d{1,2}-chome[,.]?$/i.test(raw(v, i))) return i + 1;
  const run = runAt(v.ctx.spoken, i);
  const n = run && run.startWord === i && /^\d{1,2}$/.test(run.text) ? run.endWord : -1;
  if (n < 0 && !/^\d{1,2}$/.test(v.ctx.tokens[i] ?? '')) return i;
  const k = n > 0 ? n : i + 1;
  return v.folded[k] === 'chome' && sameTurn(v, i, k) ? k + 1 : i;
}

/** Does a line open at word s: a turn or sentence start, a comma, a cue or a place word before it? */
function opens(v: AddressView, s: number): boolean {
  const b = s - 1;
  if (b < 0 || !sameTurn(v, b, s) || partEnds(v, b) || endsItem(v, b) || /:$/.test(raw(v, b))) return true;
  return OPENERS.has(v.folded[b] ?? '') || cueBefore(v, s, 3);
}

/** Does a district word that stands before its name or number start at i ("Moo", "Soi", "Kel.")? */
const localityPrefix = (v: AddressView, i: number): boolean =>
  addressVocab().localities.prefix.match((k) => v.folded[i + k]) > 0;

/** The line starting at word i: [start, end of the line before the locality), else null. */
export function localityLineAt(v: AddressView, i: number): [number, number] | null {
  if (v.nextValue[i] !== i || !opens(v, i)) return null;
  const chome = chomeEnd(v, i);
  // "3-chome 4-5": the spoken view reads the two as one run of letters and digits
  const written = chome > i && /^\d{1,5}(?:-\d{1,5}){0,2}$/.test(v.ctx.tokens[chome] ?? '');
  const house = written ? chome + 1 : houseNumberAt(v, skip(v, chome));
  if (house < 0 || partEnds(v, house - 1) || endsItem(v, house - 1)) return null;
  // the number is the whole spoken run ("one two three hikarigaoka", not "five five five oh one")
  const run = runAt(v.ctx.spoken, house - 1);
  if (run && run.endWord > house) return null;
  // "12/3 Moo 4, Soi ...": the village or block number right after the house number (Thailand)
  const direct = localityAt(v, house);
  if (direct && localityPrefix(v, house) && !partEnds(v, direct.end - 1)) return [i, direct.end];
  for (let k = house; k < house + 3 && k < v.n; k++) {
    if (!sameTurn(v, i, k) || (!nameWord(v, k) && !(k > house && isParticle(v, k)))) return null;
    if (!v.formatted && isCommonWord(v.ctx.tokens[k]!)) return null;
    if (v.formatted && !/^\p{Lu}/u.test(raw(v, k))) return null;
    if (partEnds(v, k)) return null;
    const next = skip(v, k + 1);
    // formatted text parts the line from the district with a comma; raw ASR runs on
    if (v.formatted && !endsItem(v, k)) continue;
    const loc = localityAt(v, next);
    if (loc && sameTurn(v, k, next) && loc.end > next) return [i, k + 1];
    if (endsItem(v, k)) return null;
  }
  return null;
}
