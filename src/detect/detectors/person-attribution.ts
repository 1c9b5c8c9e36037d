/**
 * Names that written English places by its typography, in formatted text only (raw ASR has no
 * capitals, dashes or colons to read):
 *
 * - the attribution after a quotation or a saying: a dash after the closing quote or the sentence's
 *   last mark, then the author ('"Be kind." - Mark Baker', '... it. ” — Sue Orrelby'). The
 *   dash after a closed sentence is the epigraph's and the pull quote's convention;
 * - a credit line: a credit label ("Photo:", "Photo credit:", "Photos by", "Makeup by",
 *   "Illustration by") then the person credited.
 *
 * Both frames take a given name that the per-country lists hold (also when it is an English word:
 * "Mark", "Sue"), written in title case, then one title-case word (a family name that is a word
 * too: "Baker", "Carver"), and a third title-case word when the second is a name of the lists as
 * well ("Marc Lamont Orrelby"). The frame carries the name, so the candidates have the reason
 * "frame:written" (person-written-frames.ts) and the veto on dictionary words leaves them.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { GIVEN, nameKinds, englishLevel } from '../gazetteer/name-lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS, isPlaceName } from './person-tags.js';
import { WRITTEN_FRAME, bare, closes } from './person-written-frames.js';

/** Heads of place names ("Bridge", "Hill"): after a town's name they make a place ("London Bridge"). */
const PLACE_HEADS = wordSet('names/context/place-heads');

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
/** A dash written as its own word: hyphen, en dash, em dash, horizontal bar, doubled hyphen. */
const DASH = /^(?:-|--|–|—|―)$/u;
/** The word before an attribution dash closes a quotation or a sentence. */
const CLOSED = /[.!?…"”'’)]$/u;
/** Labels of a credit line, said before a colon: "Photo:", "Photo credit:", "Credits:". */
const CREDIT_NOUNS = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'photography',
  'picture',
  'pictures',
  'pic',
  'image',
  'images',
  'illustration',
  'illustrations',
  'artwork',
  'credit',
  'credits',
]);
/** What a person is credited with before "by": "Makeup by", "Words by", "Styling by". */
const CREDITED_BY = new Set([
  ...CREDIT_NOUNS,
  'makeup',
  'make-up',
  'hair',
  'styling',
  'styled',
  'words',
  'lyrics',
  'music',
  'illustrated',
  'photographed',
  'drawn',
  'drawing',
  'drawings',
  'art',
  'cover',
  'design',
  'designed',
  'interview',
  'interviews',
  'reporting',
  'additional',
  'translation',
  'translated',
  'edited',
  'editing',
  'filmed',
  'shot',
  'video',
]);

/** Is word k free for a name word and written in title case (no function word, date or place word)? */
function titleWord(view: ExtendView, k: number, covered: Uint8Array, from: number): boolean {
  if (k >= view.ctx.words.length || covered[k] || view.masked(k) || !sameSpeaker(view.ctx, from, k))
    return false;
  const text = bare(view, k);
  if (!TITLE_CASE.test(text) || /\.\.+$|…$/u.test(view.ctx.words[k]!.text)) return false;
  const base = view.base[k]!;
  if (base.length < 2 || SURNAME_PARTICLES.has(base)) return false;
  if (isFunctionWord(base) && (nameKinds(base) & GIVEN) === 0) return false;
  return !hasLexiconTag(base, PLACE_ORG_DATE_TAGS) || nameKinds(base) !== 0;
}

/** End of a name of two or three title-case words opening with a listed given name at k, or k. */
function creditedName(view: ExtendView, k: number, covered: Uint8Array): number {
  if (!titleWord(view, k, covered, k) || closes(view, k)) return k;
  const first = view.base[k]!;
  // "– An Ordinary Morning": a given name that is also a function word opens no credited name
  if ((nameKinds(first) & GIVEN) === 0 || isFunctionWord(first)) return k;
  if (!titleWord(view, k + 1, covered, k)) return k;
  const second = view.base[k + 1]!;
  // "Mark Baker Weekly ...": the third word joins only as a name of the lists or an unknown word
  let e = k + 2;
  if (!closes(view, k + 1) && nameKinds(second) !== 0 && titleWord(view, e, covered, k)) {
    const third = view.base[e]!;
    if (nameKinds(third) !== 0 || englishLevel(third) === undefined) e++;
  }
  // "Velkan Hill" as a whole, "London Bridge": the name is no place of the gazetteer, nor a town
  // (that is a given name too) before the head of a place name
  if (isPlaceName(view.base.slice(k, e).join(' '))) return k;
  if (isPlaceName(first) && PLACE_HEADS.has(view.base[e - 1]!)) return k;
  return e;
}

/** Does a dash at k - 1 attribute what was said before it ('"..." - Mark Baker')? */
function attributionAt(view: ExtendView, k: number): boolean {
  const { words } = view.ctx;
  if (k < 2 || !DASH.test(words[k - 1]!.text) || !sameSpeaker(view.ctx, k - 2, k)) return false;
  return CLOSED.test(words[k - 2]!.text);
}

/** Does a credit label end right before k ("Photo:", "Photo credit:", "Makeup by")? */
function creditAt(view: ExtendView, k: number): boolean {
  const { words, tokens } = view.ctx;
  if (k < 1 || !sameSpeaker(view.ctx, k - 1, k)) return false;
  if (/:$/u.test(words[k - 1]!.text)) return CREDIT_NOUNS.has(tokens[k - 1]!);
  if (k < 2 || !sameSpeaker(view.ctx, k - 2, k) || closes(view, k - 2)) return false;
  return tokens[k - 1] === 'by' && CREDITED_BY.has(tokens[k - 2]!);
}

/** Adds the names above (formatted text only); `covered` is kept in step. */
export function addAttributedNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const n = view.ctx.words.length;
  for (let k = 1; k < n; k++) {
    if (covered[k] || !(attributionAt(view, k) || creditAt(view, k))) continue;
    const e = creditedName(view, k, covered);
    if (e === k) continue;
    out.push(make(k, e, WRITTEN_FRAME));
    covered.fill(1, k, e);
    k = e - 1;
  }
}
