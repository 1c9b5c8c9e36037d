/**
 * Formatted mail text: a name alone with a comma opening a turn, then a new sentence ("Ingrid,
 * Here is the draft.", "Velkorin, What a week."). A mail's salutation line
 * ("Ingrid," on a line of its own) loses its line break in a transcript, so the body's first
 * sentence follows the comma with its capital. The word must read as a name by the lists alone: a
 * listed name that English does not use as a word, or a free title-case word no list holds; the
 * discourse words that open a turn the same way ("Yes, Please ...", "Lol, I ...") are English
 * words or interjections. The body must open with an English word: "Quist, Ada" (a family name
 * before the given name) and "Tamsby, England" are other shapes.
 */
import type { Candidate } from '../../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS, isTownName } from './person-tags.js';
import { unlistedTitleWord } from './person-unknown-pairs.js';

/** A title-case word closed by a comma: "Ingrid,". */
const SALUTED = /^\p{Lu}\p{Ll}+,$/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;
const INTERJECTIONS = wordSet('names/context/interjections');

/** Does word i open its speaker turn? */
const opensTurn = (view: ExtendView, i: number): boolean => i === 0 || !sameSpeaker(view.ctx, i - 1, i);

/** Is word i a name by the lists alone (listed and no English word, or free and unlisted)? */
function nameByLists(view: ExtendView, i: number, covered: Uint8Array): boolean {
  const base = view.base[i]!;
  if (base.length < 3 || isFunctionWord(base) || INTERJECTIONS.has(base)) return false;
  if (englishLevel(base) !== undefined || hasLexiconTag(base, PLACE_ORG_DATE_TAGS)) return false;
  if (view.evidence(i) >= NameEvidence.Listed) return !view.masked(i);
  const free = unlistedTitleWord(view, i, covered);
  return free !== undefined && !isTownName(free);
}

export function addSalutationLineNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words, tokens } = view.ctx;
  for (let i = 0; i + 2 < words.length; i++) {
    // only a turn's first word is read (one comparison per word)
    if (!opensTurn(view, i) || covered[i] || !SALUTED.test(words[i]!.text)) continue;
    const next = i + 1;
    // the body follows in the same turn, opening a sentence, and is more than one word
    if (!sameSpeaker(view.ctx, i, next + 1) || !CAPITALISED.test(words[next]!.text)) continue;
    // the body opens with an English word ("Please", "What", "I"), not a name ("Quist, Ada")
    const opener = tokens[next]!.replace(/[^\p{L}]/gu, '');
    if (!(isFunctionWord(opener) || englishLevel(opener) !== undefined) || covered[next]) continue;
    if (hasLexiconTag(opener, PLACE_ORG_DATE_TAGS)) continue;
    if (!nameByLists(view, i, covered)) continue;
    out.push(make(i, i + 1, 'salutation'));
    covered[i] = 1;
  }
}
