/**
 * A PERSON candidate that ends the name of a site or institution honouring a person ("the Varnel
 * Rocket Centre", "Quosti Air Guard Base", "the orvel ice shelf" in raw ASR) is no person: the name
 * is followed, in the same phrase, by one or two ordinary nouns and a site's head
 * (lexicons/names/context/site-heads). The nouns between are what tells a site from a person: a
 * name right before a head alone ("Ivo Hall", "Lena Park") is left to the landmark rules. The nouns
 * may be inside the candidate ("[Varnel Rocket] Centre") or after it. A name given as one's own, a
 * form's label or a vocative stays.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase, nameEvidence, NameEvidence } from '../gazetteer/name-evidence.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isUncased, sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const SITE_HEADS = wordSet('names/context/site-heads');
/** Most ordinary nouns between the name and the head ("Air Guard"). */
const MAX_NOUNS = 2;
const CAPITALISED = /^\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;

/** A name given as one's own, a form's label or an address to someone keeps the person. */
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
const cuePlaced = (c: Candidate): boolean => KEPT_CUES.has(c.reason ?? '');

/** Is word k an ordinary noun of a site's name: letters only, no name, no function word? */
function siteNoun(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const token = ctx.tokens[k] ?? '';
  if (!LETTERS.test(token) || isFunctionWord(token) || nameEvidence(token) > NameEvidence.CommonWord)
    return false;
  return uncased || CAPITALISED.test(ctx.words[k]!.text);
}

/** Does the candidate's name run on, in one phrase, through one or two nouns into a site's head? */
function endsSiteName(ctx: DetectionContext, c: Candidate, uncased: boolean): boolean {
  // the first noun may sit inside the candidate ("[Varnel Rocket] Centre"), after a name word
  for (let m = c.startWord + 1; m <= c.endWord; m++) {
    if (m >= ctx.words.length) return false;
    if (PHRASE_OR_BRACKET_END.test(ctx.words[m - 1]!.text) || !sameSpeaker(ctx, m - 1, m)) return false;
    if (!siteNoun(ctx, m, uncased)) continue;
    for (let h = m + 1; h <= m + MAX_NOUNS && h < ctx.words.length; h++) {
      if (PHRASE_OR_BRACKET_END.test(ctx.words[h - 1]!.text) || !sameSpeaker(ctx, h - 1, h)) return false;
      const head = nameBase(ctx.tokens[h]!);
      if (SITE_HEADS.has(head) && (uncased || CAPITALISED.test(ctx.words[h]!.text))) return true;
      if (!siteNoun(ctx, h, uncased)) return false;
    }
    return false;
  }
  return false;
}

/**
 * The candidates without the PERSON ones that name a site honouring a person; the repeats of their
 * words that propagation added go with them ("the Varnel Rocket Centre ... Varnel", "Rocket").
 */
export function vetoEponymSites(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const siteWords = new Set<string>();
  const kept = candidates.filter((c) => {
    if (c.type !== 'PERSON' || cuePlaced(c) || !endsSiteName(ctx, c, uncased)) return true;
    for (let k = c.startWord; k < c.endWord; k++) siteWords.add(nameBase(ctx.tokens[k]!));
    return false;
  });
  if (siteWords.size === 0) return kept;
  return kept.filter((c) => {
    if (c.type !== 'PERSON' || c.detector !== 'propagation') return true;
    for (let k = c.startWord; k < c.endWord; k++) if (!siteWords.has(nameBase(ctx.tokens[k]!))) return true;
    return false;
  });
}
