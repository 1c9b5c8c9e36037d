/**
 * Raw ASR: a reading that opens with a recipient's name said right before a street of a prefix
 * type ("mira tolvanen piazza verde four five ...", "ship it to dara quill contrada velka eighty
 * one ..."). Without capitals or a comma the readings run the name and the street together: the
 * address takes the name as a typeless street's first words and the person's chain takes the
 * street's name, so that, resolved, the name keeps "piazza verde" and the address starts at the
 * house number. The prefix type is where such a line starts: the words before it, no English words
 * and one of them a listed given name or surname, are the recipient's, and the address starts at
 * the type.
 */
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { isFrequentName } from '../gazetteer/names.js';
import { prefixStreet, prefixTypeAt } from './street.js';
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { type AddressView, addressView, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';

/** A recipient's name is at most this many words (given names and surnames). */
const MAX_NAME_WORDS = 3;

/** Word k is no English word (a name's, or a town's). */
const foreignWordAt = (v: AddressView, k: number): boolean => {
  const t = v.ctx.tokens[k] ?? '';
  return /^\p{L}+$/u.test(t) && englishLevel(t) === undefined && !isCommonWord(t) && !isFunctionWord(t);
};

/**
 * The word the address found at [start, end) starts at once a recipient's name before a
 * prefix-type street is left out of it: `start` when no such name opens it. Raw ASR only.
 */
export function typeAfterNameStart(v: AddressView, start: number, end: number): number {
  if (v.formatted) return start;
  let listed = false;
  for (let p = start + 1; p <= start + MAX_NAME_WORDS && p < end; p++) {
    if (!foreignWordAt(v, p - 1) || !sameTurn(v, start, p)) return start;
    if (isFrequentName(v.ctx.tokens[p - 1]!)) listed = true;
    if (!listed || prefixTypeAt(v, p) === 0) continue;
    // the type opens a street with its house number inside the address
    const street = prefixStreet(v, p);
    if (street?.numbered && street.end <= end) return p;
    return start;
  }
  return start;
}

/**
 * Raw ASR: a PERSON reading that runs into a prefix-type street an ADDRESS reading opens at ("mira
 * tolvanen | piazza verde", the address started at the type above) ends where the street starts, so
 * that the street's name words are not spread over the call as a person's. A PERSON reading that
 * starts at such a type and ends inside the address ("ul nowak | five one witkowo": Polish "ul." said
 * as a word, then a street named after a person) is the street's and is dropped. Changed copies; the
 * rest as they were.
 */
export function namesEndAtStreets(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  // (no address reading, nothing to end at: the call's address view is not rebuilt for nothing)
  if (!candidates.some((c) => c.type === 'ADDRESS')) return candidates;
  const v = addressView(ctx);
  if (v.formatted) return candidates;
  const starts = new Set<number>();
  // address end per start word at a street type written before the name (abbreviations said as
  // words included: the address reading that starts there has taken them already)
  const typeOpened = new Map<number, number>();
  for (const c of candidates) {
    if (c.type !== 'ADDRESS') continue;
    if (prefixTypeAt(v, c.startWord) > 0) starts.add(c.startWord);
    if (
      (v.folded[c.startWord] ?? '').length > 1 &&
      addressVocab().streets.prefix.match((k) => v.folded[c.startWord + k]) > 0
    )
      typeOpened.set(c.startWord, Math.max(typeOpened.get(c.startWord) ?? 0, c.endWord));
  }
  if (starts.size === 0 && typeOpened.size === 0) return candidates;
  const inStreet = (c: Candidate): boolean => (typeOpened.get(c.startWord) ?? 0) > c.endWord;
  return candidates.flatMap((c) => {
    if (c.type !== 'PERSON') return [c];
    if (inStreet(c)) return [];
    return [endAtStreet(c)];
  });

  function endAtStreet(c: Candidate): Candidate {
    for (let p = c.startWord + 1; p < c.endWord; p++) {
      if (!starts.has(p)) continue;
      return { ...c, endWord: p, value: ctx.tokens.slice(c.startWord, p).join(' ') };
    }
    return c;
  }
}
