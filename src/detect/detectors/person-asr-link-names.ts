/**
 * Raw ASR: an Arabic name said with its link. Transliterated Arabic names join their parts with
 * "al" (the article of a family name or nisba), "bin" / "ibn" / "bint" (son or daughter of): "rashad
 * tamir al quzmani", "yusuf bin hamad". Written, the hyphen and capitals of "al-Quzmani" say it is a
 * name; heard, only the words are left, so a link between name words is the evidence: one to three
 * name words, the link, and one name word after it. A name word is no English word, no function
 * word, no place, organisation or date word; listed names count ("bashar").
 * Left out: a run opened by a word of a group, feast, building or place ("jaysh al ...", "eid al
 * ...", "wadi al ...": lexicons/names/context/link-openers, place-prefixes) or after a determiner
 * ("the ... al ..." names a thing) or near a function word of another language (Spanish "al", "el":
 * "fieles al estilo muy contento"); "al" said before one word only ("al quzmani") which may be a
 * group or a place as often as a person.
 */
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import type { Candidate } from '../../types.js';
import { addMerged } from './person-asr-unknown.js';
import { englishListed } from './person-asr-english-runs.js';
import { PLACE_ORG_DATE_TAGS } from './person-tags.js';

/** Links said between two parts of a name (not "abu" / "abd", which open one). */
const JOINING = new Set(['al', 'bin', 'ibn', 'bint']);
const LINKS = wordSet('names/context/name-links');
const NOT_OPENERS = new Set([
  ...wordSet('names/context/place-prefixes'),
  ...wordSet('names/context/link-openers'),
]);
const DETERMINERS = wordSet('names/context/determiners');
/** Function words of other languages (Spanish "al" is "a el": "fieles al estilo muy contento"). */
const FOREIGN = wordSet('names/function-words');
/** Words either side of a name that are looked at for a foreign sentence. */
const SIDE = 4;
/** At most this many name words before the link. */
const BEFORE = 3;
const NAME_SHAPE = /^\p{Ll}{3,}(?:['’]s)?$/u;

/** Is word k a free name word: of name shape, in no English, place, organisation or date list? */
function linkedNameWord(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text;
  if (text === undefined || covered[k] || view.masked(k) || !NAME_SHAPE.test(text)) return false;
  const base = view.base[k]!;
  if (LINKS.has(base) || NOT_OPENERS.has(base) || isFunctionWord(base) || englishListed(base)) return false;
  return !hasLexiconTag(base, PLACE_ORG_DATE_TAGS);
}

/** Is a function word of another language (not an English one nor a link) near [s, e)? */
export function foreignAround(view: ExtendView, s: number, e: number): boolean {
  const { ctx, base } = view;
  const from = Math.max(0, s - SIDE);
  const to = Math.min(ctx.tokens.length, e + SIDE);
  for (let k = from; k < to; k++) {
    const w = base[k]!;
    if ((k < s || k >= e) && FOREIGN.has(w) && !isFunctionWord(w) && !LINKS.has(w)) return true;
  }
  return false;
}

export function addAsrLinkNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (!view.uncased) return;
  const { ctx, base } = view;
  const n = ctx.tokens.length;
  for (let l = 1; l + 1 < n; l++) {
    if (!JOINING.has(base[l]!) || covered[l]) continue;
    if (!sameSpeaker(ctx, l - 1, l + 1) || !linkedNameWord(view, l + 1, covered)) continue;
    // the name word after the link may carry the possessive ("al quzmani's")
    let s = l;
    while (l - s < BEFORE && s > 0 && sameSpeaker(ctx, s - 1, l) && linkedNameWord(view, s - 1, covered)) s--;
    if (s === l || (s > 0 && DETERMINERS.has(base[s - 1]!)) || foreignAround(view, s, l + 2)) continue;
    addMerged(out, covered, make, s, l + 2);
    l++;
  }
}
