/**
 * A given name joined to a found full name that shares its family name, in formatted text only:
 * "Bram and Odile Orrelby", "Bill & Tamsin Velkhaus", "Will and Ilse Quarrison". English writes a
 * couple or siblings of one family with the family name once, after the last given name, so the
 * given name before "and"/"&" is a person of its own. person-coordination.ts takes only items no
 * dictionary holds; here the first item may be an everyday word ("Bill", "Mark", "Will") because
 * the pattern itself says what it is: the found name holds exactly two words (given + family, the
 * second in title case), and the joined word must be a title-case given name of the lists (a small
 * town or a modal of the same spelling is no bar), no country, big city, firm or date, and not
 * itself the end of a capitalised run ("Victoria
 * Orrelby and ..." is a list of two, not this).
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS } from './person-tags.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
const CAPITALISED = /^\p{Lu}/u;
const JOINERS = new Set(['and', '&']);

const given = (base: string): boolean => (nameKinds(base) & GIVEN) !== 0;

/** Is word g (before a joiner before the found name at s) a given name sharing its family name? */
function sharesFamilyName(view: ExtendView, g: number, s: number): boolean {
  const { ctx } = view;
  const text = ctx.words[g]!.text;
  if (!TITLE_CASE.test(text) || view.masked(g) || !sameSpeaker(ctx, g, s)) return false;
  const base = view.base[g]!;
  // a given name that is also a small town or a modal stays a given name here ("Bram", "Will"):
  // only countries, big cities, firms and dates (the lexicon's tags) and brands are kept out
  if (!given(base) || hasLexiconTag(base, PLACE_ORG_DATE_TAGS) || isBrand(base)) return false;
  // "Victoria Orrelby and Odile Orrelby": a capitalised word before it makes it a longer item
  if (g === 0 || !sameSpeaker(ctx, g - 1, g) || /[.!?:;,"“”()]$/u.test(ctx.words[g - 1]!.text)) return true;
  return !CAPITALISED.test(ctx.words[g - 1]!.text) || isFunctionWord(view.base[g - 1]!);
}

/** Adds the names above (formatted text only); `covered` is kept in step. */
export function addSharedSurnameNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const found = out.filter((c) => c.type === 'PERSON' && c.endWord - c.startWord === 2);
  for (const c of found) {
    const s = c.startWord;
    const g = s - 2;
    if (g < 0 || covered[g] || !JOINERS.has(view.ctx.words[s - 1]!.text)) continue;
    // the found name is a given name and a family name: its second word closes it in title case
    if (!TITLE_CASE.test(view.ctx.words[s + 1]!.text.replace(/(?:['’]s)?[.,;:!?]*$/u, ''))) continue;
    if (!sharesFamilyName(view, g, s)) continue;
    out.push(make(g, g + 1, 'list'));
    covered[g] = 1;
  }
}
