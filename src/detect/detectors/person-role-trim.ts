/**
 * A role noun that opens a PERSON candidate leaves it, in both styles: headlines and posts write
 * the person's job or office right before the name ("Codebreaker Ivo Brandt", "Triathlete Ivo
 * van Dorn", "GM Ivo Brandt", raw ASR "boxer ivo brandt"), and the role is no part of the name.
 * Roles: lexicons/names/context/news-roles, occupations and role-abbreviations. Letters spelled
 * one by one in raw ASR ("p m abbott") are left alone: they may as well be initials. A role word that a name list holds as
 * a given or family name stays ("Baker", "Mason", "Cook"), and so does a role ending in a comma
 * or a stop ("Ivo Brandt, Triathlete" is the other order), a name given as one's own ("my name is
 * ...", a form's label), and, in written text, a role before a word in lower case. The copies of
 * the role that propagation added go with it.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, PHRASE_OR_BRACKET_END } from '../call-words.js';

const ROLES = new Set([
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/role-abbreviations'),
]);
const CAPITALISED = /^["'(]*\p{Lu}/u;

/** The word k as the lists hold it: lower case, no possessive, no dots. */
function baseOf(ctx: DetectionContext, k: number): string {
  return nameBase(ctx.tokens[k] ?? '').replace(/\./gu, '');
}

/** How many words of a role open the candidate c (0 when none does). */
function roleWords(ctx: DetectionContext, c: Candidate, uncased: boolean): number {
  const s = c.startWord;
  const b = baseOf(ctx, s);
  if (!ROLES.has(b) || (nameKinds(b) & (GIVEN | FAMILY)) !== 0) return 0;
  if (PHRASE_OR_BRACKET_END.test(ctx.words[s]!.text)) return 0;
  return uncased || CAPITALISED.test(ctx.words[s + 1]!.text) ? 1 : 0;
}

/** The candidates with the role that opens a PERSON name left out. */
export function trimLeadingRoles(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const roles: [number, number][] = [];
  const out = candidates.map((c) => {
    if (c.type !== 'PERSON' || c.reason === 'cue:name' || c.reason === 'cue:label') return c;
    if (c.endWord - c.startWord < 2) return c;
    const n = roleWords(ctx, c, uncased);
    if (n === 0 || c.endWord - c.startWord - n < 1) return c;
    const start = c.startWord + n;
    roles.push([c.startWord, start]);
    const value: string[] = [];
    for (let k = start; k < c.endWord; k++) value.push(nameBase(ctx.tokens[k]!));
    return { ...c, startWord: start, value: value.join(' ') };
  });
  if (roles.length === 0) return out;
  const onRole = (c: Candidate): boolean => roles.some(([s, e]) => s <= c.startWord && c.endWord <= e);
  return out.filter((c) => c.type !== 'PERSON' || c.detector !== 'propagation' || !onRole(c));
}
