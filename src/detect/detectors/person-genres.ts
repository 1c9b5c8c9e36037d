/**
 * Names that written text of many genres (news, interviews, guides, messages) gives away by its
 * grammar, in formatted text only (raw ASR has no capitals to read):
 *
 * - after a formal title: "Professor Ada Quist", "Sir Bo Lindqvist", "Senator Cy Moor's": a listed
 *   given name written in title case, then one or two title-case words, is a full name even when the
 *   family name is an everyday word ("Jan Leech", "Cliff Baker"). The title stays out
 *   (lexicons/names/context/formal-titles);
 * - in a list of people: "Ada Quist, Bo Lind, Cy Moor and Di Vale": when two items of a comma list
 *   are full names already found, another item of two or three title-case words that opens with a
 *   listed given name is one too, even if its family name is a word or a place ("Cy Warwick").
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { EITHER, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';

const FORMAL_TITLES = wordSet('names/context/formal-titles');
/** Heads of names of places and things ("Lake", "Park", "Laws"): no word of a listed person's name. */
const PLACE_HEADS = new Set([
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/named-thing-heads'),
]);
/** A title as written: "Professor", "Dr.", "Sen." */
const TITLE_TEXT = /^\p{Lu}\p{Ll}*\.?$/u;
/** A name word as written: title case, an optional possessive and one closing mark. */
const NAME_TEXT = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?:['’]s?)?[,.;:!?]?$/u;
const CLOSES = /[,.;:!?]$/u;
const LIST_JOINERS = new Set(['and', 'or', '&']);
const MAX_NAME = 3;

const bareWord = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[,.;:!?]+$/u, '')
    .replace(/['’]s?$/u, '');

/** A listed given name (or a name of either kind): "Jan", "Cliff". */
function givenFirst(view: ExtendView, k: number): boolean {
  return (nameKinds(bareWord(view.ctx.words[k]!.text)) & (GIVEN | EITHER)) !== 0;
}

/**
 * Word k can be part of a name in a list or after a title: title case, free, no function word (a
 * listed given name that is a month or a function word is taken: "Jan", "Will").
 */
function nameWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text;
  if (text === undefined || covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  return !isFunctionWord(bareWord(text)) || givenFirst(view, k);
}

/** Replaces the candidates inside [s, e) by one for the whole span; false when one crosses it. */
export function placeName(
  out: Candidate[],
  covered: Uint8Array,
  s: number,
  e: number,
  make: Make,
  reason: string,
): boolean {
  if (out.some((c) => c.startWord < e && c.endWord > s && (c.startWord < s || c.endWord > e))) return false;
  for (let n = out.length - 1; n >= 0; n--)
    if (out[n]!.startWord >= s && out[n]!.endWord <= e) out.splice(n, 1);
  out.push(make(s, e, reason));
  covered.fill(1, s, e);
  return true;
}

/** End of the full name after the formal title at k ("Professor Ada Quist"), or k when none. */
export function nameAfterTitle(view: ExtendView, k: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  const title = words[k]!.text;
  if (!TITLE_TEXT.test(title) || !FORMAL_TITLES.has(bareWord(title))) return k;
  const first = k + 1;
  if (first >= words.length || !sameSpeaker(view.ctx, k, first)) return k;
  // the given name: free and listed (the family name may be any title-case word)
  const free = (j: number): boolean => nameWord(view, j, covered) || (covered[j] === 1 && !view.masked(j));
  if (!free(first) || CLOSES.test(words[first]!.text) || !givenFirst(view, first)) return k;
  let end = first + 1;
  while (end < words.length && end - first < MAX_NAME && sameSpeaker(view.ctx, first, end) && free(end)) {
    end++;
    if (CLOSES.test(words[end - 1]!.text) || /['’]s?$/u.test(words[end - 1]!.text)) break;
  }
  return end - first >= 2 ? end : k;
}

/** Comma lists of a turn: items as [start, end) word ranges ("A B, C D and E F"). */
function commaLists(view: ExtendView): [number, number][][] {
  const { words } = view.ctx;
  const lists: [number, number][][] = [];
  let items: [number, number][] = [];
  let start = 0;
  const flush = (): void => {
    if (items.length >= 3) lists.push(items);
    items = [];
  };
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && !sameSpeaker(view.ctx, k - 1, k)) {
      flush();
      start = k;
    }
    const text = words[k]!.text;
    if (LIST_JOINERS.has(text.toLowerCase()) && k > start) {
      items.push([start, k]);
      start = k + 1;
      continue;
    }
    if (/,$/u.test(text)) {
      items.push([start, k + 1]);
      start = k + 1;
      continue;
    }
    if (/[.;:!?]$/u.test(text)) {
      items.push([start, k + 1]);
      // the list ends with the item its last joiner opened
      flush();
      start = k + 1;
    }
  }
  items.push([start, words.length]);
  flush();
  return lists;
}

export function addGenreNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let k = 0; k + 2 < words.length; k++) {
    const end = nameAfterTitle(view, k, covered);
    if (end > k && placeName(out, covered, k + 1, end, make, 'cue:context')) k = end - 1;
  }
  for (const items of commaLists(view)) {
    const found = items.filter(([s, e]) =>
      out.some((c) => c.startWord >= s && c.endWord <= e && c.endWord - c.startWord >= 2),
    ).length;
    if (found < 2) continue;
    // the first item may hold words before the list ("Guests were Ada Quist, ..."): only later ones
    for (const [s, e] of items.slice(1)) {
      // (a comma closing the call's last word leaves an empty last item)
      if (s >= e) continue;
      // a given name proper: a name of either kind may be a word of a venue's name ("Bar Room")
      if ((nameKinds(bareWord(words[s]!.text)) & GIVEN) === 0) continue;
      let end = s;
      while (end < e && end - s < MAX_NAME && nameWord(view, end, covered)) {
        end++;
        if (CLOSES.test(words[end - 1]!.text)) break;
      }
      // the name is the whole item or opens it before a lower-case word ("Ada Quist attended")
      const rest = words[end]?.text ?? '';
      if (end - s < 2 || (end < e && !/^\p{Ll}/u.test(rest))) continue;
      if (words.slice(s, end).some((w) => PLACE_HEADS.has(bareWord(w.text)))) continue;
      placeName(out, covered, s, end, make, 'list');
    }
  }
}
