/**
 * Two people as the subject of a plural verb: "Rusty and Dora were great", "tovi and dora are
 * looking for you". When one of the pair is a found name of one word, the other, a lone word that a
 * name list holds, is a person too, even when English also uses it as a word ("Rusty", "Max") or a
 * firm carries it ("Mercedes"): a thing or a place joined to a person by "and" rarely takes "are" or
 * "were" as a pair. Both styles; the pair must be written alike (both capitalised or both lower
 * case) and must not follow a determiner or a possessive ("the bill and dora are" is no pair).
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';

const PLURAL_VERBS = wordSet('names/context/plural-verbs');
const DETERMINERS = wordSet('names/context/determiners');
/** Planets and the like, paired in horoscopes: neither anchor nor partner. */
const CELESTIAL = wordSet('names/context/celestial-bodies');
const JOINERS = new Set(['and', '&']);
/** A name word of the pair: letters only (an apostrophe inside), no closing mark. */
const WORD = /^\p{L}+(?:['’]\p{L}+)*$/u;

/** Is there a PERSON candidate over exactly word k? */
function foundAlone(out: readonly Candidate[], k: number): boolean {
  return out.some((c) => c.type === 'PERSON' && c.startWord === k && c.endWord === k + 1);
}

/** Can word k be the unfound person of the pair: a listed name, not a function word, written like the other? */
function listedPartner(view: ExtendView, k: number, other: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]!.text;
  if (covered[k] || view.masked(k) || !WORD.test(text)) return false;
  const base = view.base[k]!;
  if (base.length < 2 || isFunctionWord(base) || nameKinds(base) === 0 || CELESTIAL.has(base)) return false;
  // "will and kate and baby are": a word no evidence reads as a name
  if (view.evidence(k) < NameEvidence.CommonWord) return false;
  const capital = (t: string): boolean => /^\p{Lu}/u.test(t);
  return capital(text) === capital(view.ctx.words[other]!.text);
}

export function addPluralPairNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  const { words, tokens } = view.ctx;
  for (let j = 1; j + 2 < words.length; j++) {
    if (!JOINERS.has(words[j]!.text) || !PLURAL_VERBS.has(tokens[j + 2]!)) continue;
    const a = j - 1;
    const b = j + 1;
    if (!sameSpeaker(view.ctx, a, j + 2) || !WORD.test(words[a]!.text) || !WORD.test(words[b]!.text))
      continue;
    const before = tokens[a - 1] ?? '';
    if (a > 0 && sameSpeaker(view.ctx, a - 1, a) && DETERMINERS.has(before)) continue;
    // the anchor: a found name of one word that is no everyday word ("Dora", not "Rosemary")
    const anchored = (k: number): boolean =>
      foundAlone(out, k) && englishLevel(view.base[k]!) === undefined && !CELESTIAL.has(view.base[k]!);
    let k = -1;
    if (anchored(b) && listedPartner(view, a, b, covered)) k = a;
    else if (anchored(a) && listedPartner(view, b, a, covered)) k = b;
    if (k < 0) continue;
    out.push(make(k, k + 1, 'pair'));
    covered[k] = 1;
  }
}
