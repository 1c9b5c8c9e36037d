/**
 * Names joined to a found name by coordination, in formatted text only (raw ASR has no capitals to
 * bound the items). English joins phrases of one kind: "A and B", "A or B", "A & B", and lists
 * "A, B and C" (with or without a comma before the joiner). When one item of such a list is a name
 * found already, an item written as a name (title case) whose words no English dictionary, place,
 * time or organisation list holds is a name too: "Tamsin Orrelby and Velkhaus", "thanks to Dorran
 * Pelc, Velkhaus and Brannvik", "Marit Sand, Velkhaus Brannvik, and Ola Nord".
 *
 * An item is one to three capitalised words (initials such as "Q." inside it); a listed given name
 * may open an item of several words even when it is an everyday word ("Mark Velkan"). A run of
 * capitals longer than three words on either end of the list is a title or a firm, so the list is
 * left as it is. Headlines (the joiner written "And") are no lists here.
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS, isPlaceName } from './person-tags.js';
import { bare, closes } from './person-written-frames.js';

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
const INITIAL = /^\p{Lu}\.$/u;
const CAPITALISED = /^\p{Lu}/u;
const JOINERS = new Set(['and', 'or', '&']);
const MAX_ITEM = 3;

/** Does word k end in a comma (an item boundary inside a list)? */
const comma = (view: ExtendView, k: number): boolean => /,$/u.test(view.ctx.words[k]!.text);

/** Word k is part of an item: capitalised, letters (or an initial), no punctuation inside. */
function itemWord(view: ExtendView, k: number): boolean {
  const text = bare(view, k);
  return TITLE_CASE.test(text) || INITIAL.test(view.ctx.words[k]!.text.replace(/,$/u, ''));
}

/** A word no dictionary, place or organisation list holds: a name in a list of names. */
function nameWord(view: ExtendView, k: number): boolean {
  if (view.masked(k)) return false;
  const text = bare(view, k);
  if (INITIAL.test(view.ctx.words[k]!.text.replace(/,$/u, ''))) return true;
  if (!TITLE_CASE.test(text)) return false;
  const base = view.base[k]!;
  if (base.length < 3 || isFunctionWord(base) || SURNAME_PARTICLES.has(base)) return false;
  if (hasLexiconTag(base, PLACE_ORG_DATE_TAGS) || isPlaceName(base) || isBrand(base)) return false;
  return englishLevel(base) === undefined;
}

interface Item {
  start: number;
  end: number;
}

/** The item ending at word e - 1 (e exclusive), reading back over capitalised words, or null. */
function itemBefore(view: ExtendView, e: number): Item | null {
  let s = e - 1;
  if (s < 0 || !itemWord(view, s)) return null;
  while (s - 1 >= 0 && itemWord(view, s - 1) && !closes(view, s - 1) && sameSpeaker(view.ctx, s - 1, s)) s--;
  // an item may open its sentence or clause with a capitalised function word: "Both Orrelby and ..."
  while (s < e - 1 && isFunctionWord(view.base[s]!)) s++;
  if (e - s > MAX_ITEM) return null;
  return { start: s, end: e };
}

/** The item opening at word s, reading on over capitalised words, or null. */
function itemAfter(view: ExtendView, s: number): Item | null {
  if (s >= view.ctx.words.length || !itemWord(view, s)) return null;
  let e = s + 1;
  while (
    !closes(view, e - 1) &&
    e < view.ctx.words.length &&
    itemWord(view, e) &&
    sameSpeaker(view.ctx, e - 1, e)
  )
    e++;
  if (e - s > MAX_ITEM) return null;
  return { start: s, end: e };
}

/** Items of the list whose joiner is word j, in order, or null when no list stands there. */
function listAround(view: ExtendView, j: number): Item[] | null {
  const { words, tokens } = view.ctx;
  if (!JOINERS.has(tokens[j]!) || words[j]!.text !== tokens[j] || j < 1) return null;
  if (!sameSpeaker(view.ctx, j - 1, j) || !sameSpeaker(view.ctx, j, j + 1)) return null;
  const last = itemAfter(view, j + 1);
  if (last === null) return null;
  // the word before the joiner closes an item with a comma or nothing ("A, B, and C" / "A and B")
  if (closes(view, j - 1) && !comma(view, j - 1)) return null;
  let item = itemBefore(view, j);
  if (item === null) return null;
  const items: Item[] = [last, item];
  // read back over items that a comma closes: "A, B, C and D"
  while (
    item.start - 1 >= 0 &&
    comma(view, item.start - 1) &&
    sameSpeaker(view.ctx, item.start - 1, item.start)
  ) {
    const prev = itemBefore(view, item.start);
    if (prev === null) break;
    items.push(prev);
    item = prev;
  }
  return items.reverse();
}

/** Is every word of the item a name word (a listed given name may open an item of several words)? */
function nameItem(view: ExtendView, item: Item, covered: Uint8Array): boolean {
  for (let k = item.start; k < item.end; k++) {
    if (covered[k]) return false;
    if (nameWord(view, k)) continue;
    // a given name that is also an everyday word ("Lake", "Mark") may head a place's name
    const opensWithGiven =
      k === item.start &&
      item.end - item.start > 1 &&
      (nameKinds(view.base[k]!) & GIVEN) !== 0 &&
      (englishLevel(view.base[k]!) ?? 99) > 20;
    if (!opensWithGiven || hasLexiconTag(view.base[k]!, PLACE_ORG_DATE_TAGS) || isPlaceName(view.base[k]!))
      return false;
  }
  // an item of initials alone is no name
  for (let k = item.start; k < item.end; k++)
    if (!INITIAL.test(view.ctx.words[k]!.text.replace(/,$/u, ''))) return true;
  return false;
}

/** Tags of firms, countries, peoples and times: a firm or a month in a team sheet is no player. */
const ORG_DATE_TAGS = new Set(['Organization', 'Country', 'Demonym', 'Month', 'WeekDay', 'Date']);

/** Fewest items of a list joined by commas alone ("Hart, Osei, Brandvik, Lund") read as one. */
const MIN_COMMA_ITEMS = 4;

/** Items of a list joined by commas alone that opens at word s, in order (maybe fewer than the minimum). */
function commaListAt(view: ExtendView, s: number): Item[] {
  const items: Item[] = [];
  let item = itemAfter(view, s);
  while (item !== null) {
    items.push(item);
    const last = item.end - 1;
    if (!comma(view, last) || !sameSpeaker(view.ctx, last, item.end)) break;
    item = itemAfter(view, item.end);
  }
  return items;
}

/**
 * Is the lone word of the item a listed name that English also uses as a word ("Sterling", "Allen",
 * "Hart")? Only a list made mostly of found names (a team sheet, a cast) makes it one.
 */
function listedLoneName(view: ExtendView, item: Item, covered: Uint8Array): boolean {
  if (item.end - item.start !== 1 || covered[item.start] || view.masked(item.start)) return false;
  const base = view.base[item.start]!;
  if (!TITLE_CASE.test(bare(view, item.start)) || isFunctionWord(base)) return false;
  // a town that is also a family name ("Hart", "Sterling") is the person among names
  if (hasLexiconTag(base, ORG_DATE_TAGS) || isBrand(base)) return false;
  return nameKinds(base) !== 0;
}

/** 1 on every word a PERSON candidate found so far covers. */
function personMask(out: readonly Candidate[], n: number): Uint8Array {
  const person = new Uint8Array(n);
  for (const c of out) if (c.type === 'PERSON') person.fill(1, c.startWord, c.endWord);
  return person;
}

/** Does the mask cover every word of the item? */
function wholly(mask: Uint8Array, item: Item): boolean {
  for (let k = item.start; k < item.end; k++) if (!mask[k]) return false;
  return true;
}

/**
 * Lists joined by commas alone: four or more items, two thirds of them found names ("Hart, Osei,
 * Brandvik, Lund, Sterling, Moravec"); the others are names too when written as names. A list
 * of firms, towns or dishes holds few found names. Run after the passes that find unknown names
 * (person.ts), so that their finds count.
 */
export function addCommaListNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (view.uncased) return;
  const n = view.ctx.words.length;
  const person = personMask(out, n);
  const found = (item: Item): boolean => wholly(person, item);
  for (let s = 0; s < n; s++) {
    // a list opens after a word that no item ends: "XI: Hart, ..." or "... include Hart, ..."
    if (s > 0 && comma(view, s - 1) && itemWord(view, s - 1)) continue;
    const items = commaListAt(view, s);
    if (items.length < MIN_COMMA_ITEMS) continue;
    const anchors = items.filter(found).length;
    if (anchors * 3 < items.length * 2) {
      s = items[items.length - 1]!.end - 1;
      continue;
    }
    for (const item of items) {
      if (found(item)) continue;
      if (!nameItem(view, item, covered) && !listedLoneName(view, item, covered)) continue;
      out.push(make(item.start, item.end, 'list'));
      covered.fill(1, item.start, item.end);
      person.fill(1, item.start, item.end);
    }
    s = items[items.length - 1]!.end - 1;
  }
}

/** Adds the unfound items of lists that hold a found name (formatted text only); `covered` kept in step. */
export function addCoordinatedNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const n = view.ctx.words.length;
  const person = personMask(out, n);
  const found = (item: Item): boolean => wholly(person, item);
  // a found name of one everyday word ("Rosemary" among herbs) does not make a list one of names
  const anchor = (item: Item): boolean =>
    found(item) && (item.end - item.start > 1 || englishLevel(view.base[item.start]!) === undefined);
  for (let j = 1; j < n - 1; j++) {
    const items = listAround(view, j);
    if (items === null) continue;
    // "A and B" needs one found name; a longer list needs two, or half its items ("our clients
    // include Vexmoor, Otto Brandt, Quorbit and ..." is a list of firms)
    const anchors = items.filter(anchor).length;
    if (anchors === 0 || (items.length > 2 && anchors < 2 && anchors * 2 < items.length)) continue;
    // a long run of capitals at either end is a title or a firm's name
    const afterLast = items[items.length - 1]!.end;
    if (!closes(view, afterLast - 1) && afterLast < n && CAPITALISED.test(view.ctx.words[afterLast]!.text))
      continue;
    for (const item of items) {
      if (found(item) || !nameItem(view, item, covered)) continue;
      out.push(make(item.start, item.end, 'list'));
      covered.fill(1, item.start, item.end);
      person.fill(1, item.start, item.end);
    }
  }
}
