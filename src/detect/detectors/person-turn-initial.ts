/**
 * A middle initial that ends a turn: text split into turns at every full stop cuts "Marcus L.
 * Fenwright" after the initial, so the family name opens the next turn. A given name, then a lone
 * letter that is the last word of its turn, then a name word opening the next turn is one name:
 * a letter said alone after a given name ends no sentence.
 */
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { EITHER, FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import type { ExtendView } from './person-extend.js';
import { PHRASE_END } from '../call-words.js';

const CASED_INITIAL = /^\p{Lu}\.$/u;
const RAW_INITIAL = /^\p{L}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** punctuation that ends a phrase: a given name carrying it is not followed by its initial */

/**
 * End of the name [.., end) once an initial that closes the turn and the family name opening the
 * next turn are added; `end` + 1 when that family name was found already; `end` when none follow.
 */
export function initialAcrossTurn(view: ExtendView, end: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  const k = end; // the initial's word
  const next = words[k + 1];
  if (next === undefined || covered[k] || words[k]!.speaker !== words[end - 1]!.speaker) return end;
  if (next.speaker === words[k]!.speaker) return end;
  const given = view.base[end - 1]!;
  if ((nameKinds(given) & GIVEN) === 0 || PHRASE_END.test(words[end - 1]!.text)) return end;
  const initial = view.uncased ? RAW_INITIAL.test(view.ctx.tokens[k]!) : CASED_INITIAL.test(words[k]!.text);
  if (!initial || view.masked(k + 1)) return end;
  if (covered[k + 1]) return k + 1;
  if (!view.uncased && !CAPITALISED.test(next.text)) return end;
  const family = view.base[k + 1]!;
  const e = view.evidence(k + 1);
  const familyWord =
    e === NameEvidence.CommonWord && !isFunctionWord(family) && (nameKinds(family) & (FAMILY | EITHER)) !== 0;
  return e >= NameEvidence.Unknown || familyWord ? k + 2 : end;
}
