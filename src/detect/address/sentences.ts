/**
 * An address dictated line by line is often punctuated as sentences by ASR and typed that way in
 * messages: "It's 41267 Moosbachweg 38. Suite 517. Valbrina. Switzerland 62814." After an address that
 * ends at a sentence end, each following sentence of the same speaker that is nothing but address
 * parts (a unit, a postcode, a known city, region or country, or an unknown capitalised place name
 * confirmed by such a sentence after it) continues the address.
 *
 * A sentence counts only when the parts fill it to its end (or to the end of the turn), or when it
 * holds two strong parts ("Switzerland 62814 From the play..."): "12 Main Street. London is great."
 * and "12 Main Street. Thanks." stay apart.
 */
import type { AddressView } from './view.js';
import { capitalised, endsSentence, nameWord, partEnds, sameTurn, skip } from './view.js';
import { tailAt } from './tail.js';
import { isCommonWord } from '../gazetteer/common-words.js';

const MAX_SENTENCES = 4;
const MAX_NAME_WORDS = 3;

/** The address parts filling the sentence at word k: the index after them, or -1. */
function partsSentence(v: AddressView, k: number): { end: number; strong: number } | undefined {
  const tail = tailAt(v, k, false, true);
  if (tail.end <= k) return undefined;
  const kept = tail.items.filter((it) => it.end <= tail.end);
  const strong = kept.filter((it) => it.strong).length;
  const useful = kept.some((it) => it.strong || it.kind === 'unit');
  if (!useful) return undefined;
  // "Brilliant.", "Mobile.": a lone city named by an English word is a reply, not an address line
  if (kept.length === 1 && kept[0]!.kind === 'city' && everyday(v, k, kept[0]!.end)) return undefined;
  if (closes(v, tail.end) || strong >= 2) return { end: tail.end, strong };
  return undefined;
}

function everyday(v: AddressView, from: number, to: number): boolean {
  for (let m = from; m < to; m++) if (!isCommonWord(v.ctx.tokens[m] ?? '')) return false;
  return true;
}

/** Does the sentence end after word end - 1 (a sentence end, another speaker, or the call's end)? */
const closes = (v: AddressView, end: number): boolean => end >= v.n || partEnds(v, end - 1);

/** One to three capitalised name words that are a sentence of their own ("Zuoz."): its end, or -1. */
function nameSentence(v: AddressView, k: number): number {
  if (!v.formatted) return -1;
  for (let m = k; m < k + MAX_NAME_WORDS && m < v.n; m++) {
    if (!nameWord(v, m) || !capitalised(v, m) || (m > k && !sameTurn(v, k, m))) return -1;
    if (partEnds(v, m)) return endsSentence(v, m) ? m + 1 : -1;
  }
  return -1;
}

/** The end of the address ending at `end`, continued over the address sentences after it. */
export function sentencesAfter(v: AddressView, end: number): number {
  let e = end;
  for (let n = 0; n < MAX_SENTENCES; n++) {
    if (e >= v.n || !endsSentence(v, e - 1)) break;
    const k = skip(v, e);
    if (k >= v.n || !sameTurn(v, e - 1, k)) break;
    const parts = partsSentence(v, k);
    if (parts) {
      e = parts.end;
      continue;
    }
    // "Valbrina. Switzerland 62814.": an unknown place only with address parts after it
    const name = nameSentence(v, k);
    if (name < 0 || name >= v.n) break;
    const after = skip(v, name);
    if (after >= v.n || !sameTurn(v, k, after)) break;
    const next = partsSentence(v, after);
    if (!next || next.strong === 0) break;
    e = next.end;
  }
  return e;
}
