/**
 * The word test shared by the formatted passes that take names no list holds from their position
 * (person-colon-speakers.ts, person-role-appositions.ts, person-office-holders.ts): the heads of
 * titles, places, landmarks, things and firms that are never a word of a person's name, and the
 * check that a word is free to be one. Each pass adds its own never-name words (roles, labels,
 * portfolios) and reads the word's written form itself.
 */
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { GIVEN, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { isBrand } from '../brands.js';
import type { ExtendView } from './person-extend.js';
import { isTownName } from './person-tags.js';

/** Lexicon lists whose words are never a word of a person's name: titles and heads of non-persons. */
export const NEVER_NAME_LISTS = [
  'names/titles',
  'names/cues/rank',
  'names/context/formal-titles',
  'names/context/place-heads',
  'names/context/landmark-heads',
  'names/context/named-thing-heads',
  'names/context/thing-heads',
  'names/context/firm-heads',
  'names/context/non-person-proper',
] as const;

/** The words of `NEVER_NAME_LISTS` and of the pass's own `extra` lists, as one set. */
export const neverNameWords = (...extra: string[]): ReadonlySet<string> =>
  new Set([...NEVER_NAME_LISTS, ...extra].flatMap((list) => [...wordSet(list)]));

const COUNTRY = new Set(['Country', 'Demonym']);

/** A written word as the lists hold it: lower case, without closing marks or a possessive ("Quist's," -> "quist"). */
export const bareNameWord = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[,.;:!?)]+$/u, '')
    .replace(/['’]s?$/u, '');

/**
 * Is word k, whose bare lower-case form is `base`, free to be a name word: no function word,
 * never-name word, brand, nationality, country or town, and a word no list or dictionary holds
 * (or, when `given`, a common word that is also a listed given name)?
 */
export function freeNameWord(
  view: ExtendView,
  k: number,
  base: string,
  never: ReadonlySet<string>,
  given: boolean,
): boolean {
  if (isFunctionWord(base) || never.has(base) || isBrand(base)) return false;
  if (isNationality(base) || hasLexiconTag(base, COUNTRY) || isTownName(base)) return false;
  const e = view.evidence(k);
  if (e >= NameEvidence.Unknown) return true;
  return given && e === NameEvidence.CommonWord && (nameKinds(base) & GIVEN) !== 0;
}
