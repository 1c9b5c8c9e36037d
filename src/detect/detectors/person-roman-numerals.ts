/**
 * Roman numerals of enumerations read as names. Contracts number clauses "(i) ... (ii) ...
 * (iii) ..."; raw ASR drops the brackets and says "ii shall insure the barn", and a word no
 * English list knows reads as a name. A one-word PERSON candidate that is a roman numeral of two
 * letters or more goes, unless a name list holds it ("Xi", "Vi"), a naming cue or title comes
 * before it, or a name stands beside it ("Ivo Quist III", a generational suffix). Run before
 * names spread (analyze.ts).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { nameKinds } from '../gazetteer/name-lexicon.js';
import { besideAnotherPerson, NAMING_CUE, titled } from './person-lower-veto.js';

/** A roman numeral from 2 to 39 written with i, v and x, in brackets or bare. */
const NUMERAL = /^\(?(x{0,3})(ix|iv|v?i{0,3})\)?[.,;:]?$/u;

function isNumeral(token: string): boolean {
  const m = NUMERAL.exec(token);
  return m !== null && m[1]!.length + m[2]!.length >= 2;
}

/** Drops one-word PERSON candidates that are roman numerals (see the header). */
export function dropRomanNumerals(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const beside = besideAnotherPerson(ctx, candidates);
  const drop = (c: Candidate): boolean => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord !== 1) return false;
    const token = ctx.words[c.startWord]!.text.toLowerCase();
    return (
      isNumeral(token) &&
      nameKinds(token.replace(/[^a-z]/gu, '')) === 0 &&
      !NAMING_CUE.test(c.reason ?? '') &&
      !titled(ctx, c) &&
      !beside(c)
    );
  };
  return candidates.filter((c) => !drop(c));
}
