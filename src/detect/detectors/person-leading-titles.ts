/**
 * A title or rank that opens a PERSON candidate is no word of the name (the labelling rule) when a
 * given name follows it: "Princess Ada Quist" and "Attorney General Ivo Brandt" are "Ada Quist" and
 * "Ivo Brandt". Some titles are given names too ("Princess", "Major"): before a word that is only a
 * family name ("Princess Okafor") the title stays, as it may be the person's given name.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { nameBases } from '../name-bases.js';

const TITLES = new Set([...wordSet('names/titles'), ...wordSet('names/cues/rank')]);

/** The candidates with the titles that open PERSON ones before a given name taken out. */
export function titlesOutOfPersons(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  let base: readonly string[] | undefined;
  return candidates.map((c) => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord < 2 || !TITLES.has(ctx.tokens[c.startWord]!)) return c;
    base ??= nameBases(ctx.tokens);
    let start = c.startWord;
    while (start < c.endWord - 1 && TITLES.has(ctx.tokens[start]!)) start++;
    if (start === c.startWord || (nameKinds(base[start]!) & GIVEN) === 0) return c;
    return { ...c, startWord: start, value: base.slice(start, c.endWord).join(' ') };
  });
}
