/**
 * Lists of names in formatted text that no list holds at all: "They had six: Velkor, Amundai,
 * Tesmira and Obrani", "with Velkor Amundai, Tesmira Obrani and Kuvo Dessrak". English joins items
 * of one kind ("A, B and C"); when every item is one or two title-case words that no English,
 * place or brand list holds, the items are names. Places of the lists ("Tallinn, Riga and
 * Vilnius"), firms and brands break the list, and so do two shapes of other kinds' lists: plurals
 * ("Agotes, Cacons and Cahets": groups of people) and words glued from English words ("Getraised,
 * Onstar and Velkor": firms and products). A list that holds a listed name is left to
 * person-coordination.ts and person-context-veto.ts.
 * A sentence written all in lower case inside a cased call ("they had 6: velkor, amundai, tesmira
 * and obrani.") reads the same, its items one word each that can be said as a name.
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName } from './person-tags.js';
import { lowerSentenceMask } from '../lower-sentences.js';
import { sayableName } from './person-asr-slots.js';
import { WRITTEN_FRAME } from './person-written-frames.js';

/** A word of a name as written, with at most a comma or a full stop after it. */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*[,.]?$/u;
/** The same word in a sentence written in lower case: letters only, one word an item. */
const LOWER_NAME_WORD = /^\p{Ll}{3,}[,.]?$/u;
const JOINERS = new Set(['and', '&']);
const MIN_ITEMS = 3;
const MAX_ITEM = 2;
/** SCOWL level up to which a part of a glued word counts as an English word ("get", "raised", "star"). */
const FREQUENT_LEVEL = 35;
const MIN_PART = 3;
/** Shortest word of no list read as glued from English words in a list ("Getraised"). */
const MIN_GLUED = 7;

/** Is the word two or three frequent English words glued together ("getraised", "nonprofitmetrics")? */
export function gluedEnglish(word: string, parts = 3): boolean {
  if (parts === 1) return word.length >= MIN_PART && (englishLevel(word) ?? 99) <= FREQUENT_LEVEL;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const head = word.slice(0, cut);
    if ((englishLevel(head) ?? 99) > FREQUENT_LEVEL) continue;
    const rest = word.slice(cut);
    if (gluedEnglish(rest, 1) || (parts > 2 && gluedEnglish(rest, parts - 1))) return true;
  }
  return false;
}

/** Firms named after their web address: "Caresetcom", "Velkornet". */
const DOMAIN_TAIL = /^(\p{L}{3,})(?:com|net|org)$/u;

/** Is the word glued from English words, maybe with a web address's ending ("getraised", "caresetcom")? */
export function firmWord(word: string): boolean {
  const head = DOMAIN_TAIL.exec(word)?.[1];
  return gluedEnglish(word) || (head !== undefined && (gluedEnglish(head, 1) || gluedEnglish(head)));
}

/** Items of another kind: mostly plurals, or a word no list holds that is glued from English words. */
function otherKind(view: ExtendView, items: readonly [number, number][]): boolean {
  const plurals = items.filter(([, e]) => /[^'’s]s[,.]?$/u.test(view.ctx.words[e - 1]!.text)).length;
  if (plurals * 2 >= items.length) return true;
  return items.some(([s, e]) => {
    for (let i = s; i < e; i++) {
      const base = view.base[i]!;
      // a short word splits into two short English words by chance as often ("Tar|bra", "Kes|tin")
      if (base.length >= MIN_GLUED && view.evidence(i) === NameEvidence.Unknown && firmWord(base))
        return true;
    }
    return false;
  });
}

/** Is word k written as a name word that no word, place or brand list claims? */
function nameWord(view: ExtendView, k: number): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (view.masked(k)) return false;
  const base = view.base[k]!;
  if (!NAME_WORD.test(text)) {
    if (!LOWER_NAME_WORD.test(text) || !lowerSentenceMask(view.ctx)[k]) return false;
    if (view.evidence(k) !== NameEvidence.Unknown || !sayableName(base)) return false;
  }
  return view.evidence(k) >= NameEvidence.Unknown && !isBrand(base) && !isPlaceName(base);
}

/** Is word k in a sentence written in lower case (its list items are one word each)? */
const lowerAt = (view: ExtendView, k: number): boolean =>
  /^\p{Ll}/u.test(view.ctx.words[k]?.text ?? '') && lowerSentenceMask(view.ctx)[k] === 1;

const ends = (view: ExtendView, k: number): boolean => /[,.]$/u.test(view.ctx.words[k]!.text);

/** End of the item of one or two name words at j, or -1. */
function itemEnd(view: ExtendView, j: number): number {
  if (!nameWord(view, j)) return -1;
  let e = j + 1;
  const most = lowerAt(view, j) ? 1 : MAX_ITEM;
  while (e - j < most && !ends(view, e - 1) && nameWord(view, e) && sameSpeaker(view.ctx, j, e)) e++;
  return e;
}

/** The items [start, end) of a list of names opening at k, or none. */
function listAt(view: ExtendView, k: number): [number, number][] {
  const { words, tokens } = view.ctx;
  const items: [number, number][] = [];
  let j = k;
  for (;;) {
    const e = itemEnd(view, j);
    if (e < 0) return [];
    items.push([j, e]);
    const last = words[e - 1]!.text;
    if (last.endsWith('.')) return [];
    if (JOINERS.has(tokens[e] ?? '') && sameSpeaker(view.ctx, j, e + 1)) {
      const f = itemEnd(view, e + 1);
      if (f < 0) return [];
      // the list ends with its last item: "... and Obrani Street" goes on as another name
      if (!ends(view, f - 1) && /^\p{Lu}/u.test(words[f]?.text ?? '')) return [];
      items.push([e + 1, f]);
      return items.length >= MIN_ITEMS ? items : [];
    }
    if (!last.endsWith(',') || !sameSpeaker(view.ctx, j, e)) return [];
    j = e;
  }
}

export function addUnknownListNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let k = 0; k < words.length; k++) {
    // a list opens after a lower-case word or a closing mark, not inside a run of capitals
    if (k > 0 && /^\p{Lu}/u.test(words[k - 1]!.text) && !/[,.:;!?]$/u.test(words[k - 1]!.text)) continue;
    const items = listAt(view, k);
    if (items.length === 0) continue;
    // every item is words no list holds: a list mixing a listed name with such words is as often
    // a list of firms ("clients include Vexmoor, Otto Brandt and Quorbit": person-context-veto.ts)
    const unknown = items.every(([s, e]) => {
      for (let i = s; i < e; i++) if (view.evidence(i) !== NameEvidence.Unknown) return false;
      return true;
    });
    if (!unknown || otherKind(view, items)) continue;
    for (const [s, e] of items) {
      let free = true;
      for (let i = s; i < e; i++) if (covered[i]) free = false;
      if (!free) continue;
      // a lower-case item is kept by the list's frame, as other written frames keep lower-case names
      out.push(make(s, e, lowerAt(view, s) ? WRITTEN_FRAME : 'list'));
      covered.fill(1, s, e);
    }
    k = items[items.length - 1]![1] - 1;
  }
}
