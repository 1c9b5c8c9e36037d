/**
 * A typeless street line written right before a number-first street line: "sent to Tarvik 6 Orlen
 * Street, Apt 4, ...", "tarvik six orlen street ...". Nordic, Baltic, Icelandic and Greenlandic streets
 * carry no type word ("Storgata 12"), so a lone name word before the house number that opens a typed
 * street is the street's own name (or the name of the building's street), not a word of the sentence.
 *
 * One word only, and no person's name: "Billing address: Dara Quill 12 Orlen Street" keeps the
 * recipient out (a listed given or family name, or a word ending like a family name, is left alone).
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel, hasFamilyNameEnding, nameKinds } from '../gazetteer/name-lexicon.js';
import { isListedName } from '../gazetteer/names.js';
import { isBrand } from '../brands.js';
import { houseNumberAt } from './numbers.js';
import { compoundAt, prefixTypeAt, suffixTypeAt } from './street.js';
import { countryAt, regionAt, tailAt } from './tail.js';
import { opening } from './typeless.js';
import type { AddressView } from './view.js';
import { endsItem, isParticle, nameWord, partEnds, raw, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';

/** Is word j a word only a street could be here: a name word no list knows as English, a person or a place? */
function streetWordOnly(v: AddressView, j: number): boolean {
  const t = v.ctx.tokens[j] ?? '';
  const f = v.folded[j] ?? '';
  if (t.length < 3 || !nameWord(v, j) || isParticle(v, j)) return false;
  // a label ("fault:"), an English word of any frequency ("Airport") or a building's name ("The
  // Biltmore") is no street's name
  if (/:$/.test(raw(v, j)) || v.folded[j - 1] === 'the') return false;
  // a word in capitals is an acronym or a company's line ("QORVEX 12 Orlen St"), not a street name
  if (/^\P{Ll}+$/u.test(raw(v, j))) return false;
  if (isCommonWord(t) || isFunctionWord(t) || isBrand(t) || englishLevel(f) !== undefined) return false;
  if (nameKinds(t) !== 0 || nameKinds(f) !== 0 || isListedName(t) || hasFamilyNameEnding(t)) return false;
  if (v.cues[j + 1]! - v.cues[j]! > 0 || v.postcodeCues[j + 1]! - v.postcodeCues[j]! > 0) return false;
  const voc = addressVocab();
  const at = (m: number): string | undefined => v.folded[j + m];
  if (voc.units.match(at) > 0 || voc.numberMarks.match(at) > 0) return false;
  if (suffixTypeAt(v, j) > 0 || prefixTypeAt(v, j) > 0) return false;
  // a town or country before the street belongs to the text before it
  if (countryAt(v, j) || regionAt(v, j)) return false;
  const first = tailAt(v, j, true).items[0];
  return !(first && first.strong && first.kind !== 'postcode');
}

/**
 * Does the street from `from` to `end` read name words and then a suffix type, no number among them
 * ("Orlen Street", "Velka Dam")? A street with its own house number after it ("Mapquest 39 Orvelweg
 * 77") or a prefix type ("12 Via Orlen 62") reads the word before as the company or sender line of a
 * letterhead, not as a second street.
 */
function suffixTypedName(v: AddressView, from: number, end: number): boolean {
  if (end - from < 2 || end - from > 5) return false;
  if (prefixTypeAt(v, from) > 0 || compoundAt(v, from)) return false;
  for (let k = from; k < end; k++) {
    if (v.nextValue[k] === k) return false;
    const len = suffixTypeAt(v, k);
    if (k > from && len > 0 && k + len === end) return true;
  }
  return false;
}

/**
 * The street line's house number opens at `start` and its typed name ends at `streetEnd` (a
 * number-first street: "6 Orlen Street"). When one name word and nothing else stands right before
 * it, same speaker and sentence, opened by an address cue or a place preposition, the name word's
 * index; else `start`.
 */
export function typelessLeadBefore(v: AddressView, start: number, streetEnd: number): number {
  const run = runAt(v.ctx.spoken, start);
  const own = run && run.startWord === start;
  // one written number ("31 27 Orlen Road": two numbers are a building and a house number)
  if (own && v.formatted && run.endWord > start + 1) return start;
  const text = own ? run.text : (v.ctx.tokens[start] ?? '');
  if (!/^\d{1,4}[a-z]?$/.test(text.replace(/[,.]$/, ''))) return start;
  const house = houseNumberAt(v, start);
  if (house <= start || !suffixTypedName(v, house, streetEnd)) return start;
  const j = start - 1;
  if (j < 0 || !sameTurn(v, j, start) || partEnds(v, j) || endsItem(v, j)) return start;
  if (!streetWordOnly(v, j)) return start;
  // only where an address is announced: after a letterhead's company line ("Qorvex 39 Orlen Road")
  // or a building's name ("Biltmore 817 Peachtree Street") the word is no street
  // (right after it: "address: Dara Quill 12 Orlen Street" is a recipient's name, whatever its surname)
  return opening(v, j) !== undefined ? j : start;
}
