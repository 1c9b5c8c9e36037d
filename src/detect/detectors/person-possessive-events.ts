/**
 * Formatted text: a name no list holds, written as a possessive before an event of a person's life
 * or someone at a person's side ("After Orvelan's death", "Tamsbury's successor", "Quistrem's
 * bodyguards"), or before a relative after a word of order or age ("Orvelan's second husband",
 * "Velkor Amundai's late wife"). A firm or a place has neither a death nor a second husband.
 * One or two title-case words no list or dictionary holds may come before the possessive and
 * belong to the name ("Velkor Amundai's death"). Left out: a possessive after a determiner ("the
 * Orvelan's"), brands, towns and countries, and the events' compounds that places have ("the
 * Tamsby's death toll", "death rate"). Raw ASR has no capitals to read; person-extend.ts reads a
 * possessive right before a relative or a part of the body in both styles.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { isNationality } from '../gazetteer/name-lexicon.js';
import { isBrand } from '../brands.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName, isTownName } from './person-tags.js';

/** Events of a person's life and people at a person's side (lexicons/names/context/life-events). */
const EVENTS = wordSet('names/context/life-events');
/** Relatives: "Orvelan's second husband" (lexicons/names/context/kin-nouns). */
const KIN = wordSet('names/context/kin-nouns');
/** Words of order or age between the possessive and the noun (lexicons/names/context/life-event-modifiers). */
const MODIFIERS = wordSet('names/context/life-event-modifiers');
/** Nouns after an event that make a compound a place has: "death toll", "death rate". */
const COMPOUND_HEADS = new Set(['toll', 'tolls', 'rate', 'rates', 'penalty', 'penalties', 'squad', 'squads']);
const DETERMINERS = wordSet('names/context/determiners');
const COUNTRY = new Set(['Country', 'Demonym']);
/** A title-case name word, bare or as a possessive: "Orvelan", "Orvelan's", "Orvelan’s", "Al-Orvel's". */
const NAME_TEXT = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:['’]s?)?$/u;
const POSSESSIVE = /['’]s?$/u;
/** Longest name, in words. */
const MAX_NAME = 3;

/** Is word k a title-case word no list or dictionary holds, free, and no town, country or brand? */
function unknownName(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  const base = view.base[k]!;
  if (view.evidence(k) < NameEvidence.Unknown || isFunctionWord(base) || isBrand(base)) return false;
  return !(isNationality(base) || hasLexiconTag(base, COUNTRY) || isTownName(base));
}

/** Index of the noun after the possessive at i ("'s" split off and emptied counts as no word). */
function nounAfter(view: ExtendView, i: number): number {
  return view.ctx.tokens[i + 1] === '' ? i + 2 : i + 1;
}

/** Is the possessive at i followed by a life event, or a relative after a word of order or age? */
function eventAfter(view: ExtendView, i: number): boolean {
  const { tokens } = view.ctx;
  let k = nounAfter(view, i);
  const modified = MODIFIERS.has(tokens[k] ?? '');
  if (modified) k++;
  const noun = tokens[k] ?? '';
  if (k >= tokens.length || !sameSpeaker(view.ctx, i, k) || !/^\p{Ll}/u.test(view.ctx.words[k]!.text))
    return false;
  if (COMPOUND_HEADS.has(tokens[k + 1] ?? '')) return false;
  return EVENTS.has(noun) || (modified && KIN.has(noun));
}

/** Adds possessive names before a life event or a qualified relative. */
export function addPossessiveEventNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words, tokens } = view.ctx;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!POSSESSIVE.test(words[i]!.text) || !unknownName(view, i, covered) || !eventAfter(view, i)) continue;
    let start = i;
    while (
      start > 0 &&
      i - start + 1 < MAX_NAME &&
      sameSpeaker(view.ctx, start - 1, i) &&
      !POSSESSIVE.test(words[start - 1]!.text) &&
      !/[,.;:!?)]$/u.test(words[start - 1]!.text) &&
      unknownName(view, start - 1, covered)
    )
      start--;
    // "the Orvelan's": a thing or a place after a determiner
    if (start > 0 && DETERMINERS.has(tokens[start - 1]!)) continue;
    if (isPlaceName(view.base.slice(start, i + 1).join(' '))) continue;
    out.push(make(start, i + 1, 'cue:context'));
    covered.fill(1, start, i + 1);
  }
}
