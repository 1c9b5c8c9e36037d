/**
 * Formatted text: a family name written between "the" and a plural of siblings ("the Orvelan
 * brothers", "the Tamsbury sisters' film", "the Quistrem twins"): the family name of the people the
 * noun counts. Written in lower case the noun is no part of a firm's name ("the Vorstad Brothers"
 * trade under it); towns, countries, nationalities and brands are left out ("the Tamsby twins" may
 * be a town's pair of towers). Raw ASR has no capitals to read.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { isBrand } from '../brands.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName, isTownName } from './person-tags.js';

/** Plurals of siblings after a family name, maybe as a possessive ("brothers'"). */
const SIBLINGS = /^(?:brothers|sisters|twins|triplets)(?:['’])?[,.;:!?)]?$/u;
const COUNTRY = new Set(['Country', 'Demonym']);
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Is word k a free title-case word that no dictionary holds, or a listed name? */
function familyWordAt(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  const base = view.base[k]!;
  if (isFunctionWord(base) || isBrand(base) || isNationality(base) || hasLexiconTag(base, COUNTRY))
    return false;
  if (isTownName(base) || isPlaceName(base)) return false;
  const e = view.evidence(k);
  return e >= NameEvidence.Unknown || (e === NameEvidence.CommonWord && nameKinds(base) !== 0);
}

/** Adds family names before a plural of siblings. */
export function addSiblingNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (view.uncased) return;
  const { words, tokens } = view.ctx;
  for (let k = 2; k < words.length; k++) {
    if (!SIBLINGS.test(words[k]!.text) || !sameSpeaker(view.ctx, k - 2, k)) continue;
    const s = tokens[k - 2] === 'the' ? k - 1 : tokens[k - 3] === 'the' ? k - 2 : -1;
    if (s < 0 || !sameSpeaker(view.ctx, s - 1, k)) continue;
    let ok = true;
    for (let j = s; j < k; j++) if (!familyWordAt(view, j, covered)) ok = false;
    if (!ok) continue;
    out.push(make(s, k, 'cue:context'));
    covered.fill(1, s, k);
  }
}
