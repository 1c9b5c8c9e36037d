/**
 * In formatted text, a capitalised PERSON candidate right after "at" names where someone is, works
 * or goes, not a person ("a job at Orvel Tools", "my first game at Tamsby", "arrived at Quell
 * Marsh this morning"): a person after "at" is almost always one someone looks, laughs or shouts at
 * (lexicons/names/context/at-person-words: "looked at Ivo" keeps Ivo) or a possessive ("dinner at
 * Ivo's", kept). A candidate beside or inside an ADDRESS candidate (a street named after someone)
 * is kept for the address's cover. Raw ASR is left alone: there "at" is also how the "@" of a
 * handle is spoken. A name given as one's own, a form's label or a vocative stays, and so does a
 * full name that opens with a frequent given name ("leave it at Nora Vasquez"): a missed person is
 * a leak, a place kept is only a word over-redacted.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isUncased, sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';
import { nameBase, nameEvidence, NameEvidence } from '../gazetteer/name-evidence.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';

const AT_PERSON = wordSet('names/context/at-person-words');
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
const TITLE_CASE = /^["'(]*\p{Lu}/u;
/** A possessive's mark closing a word ("Ivo's", "Brandt'", "Ivo’s"). */
const POSSESSIVE = /['’]s?$/u;

/** Does candidate c read as a full name: two words or more, the first a frequent given name? */
function opensWithGivenName(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord < 2) return false;
  const first = nameBase(ctx.tokens[c.startWord] ?? '');
  return nameEvidence(first) === NameEvidence.Frequent && (nameKinds(first) & GIVEN) !== 0;
}

/** Is candidate c written right after a placing "at" of the same phrase? */
function afterPlacingAt(ctx: DetectionContext, c: Candidate): boolean {
  const at = c.startWord - 1;
  if (at < 0 || ctx.words[at]!.text.toLowerCase() !== 'at' || !sameSpeaker(ctx, at, c.startWord))
    return false;
  if (!TITLE_CASE.test(ctx.words[c.startWord]!.text)) return false;
  const last = ctx.words[c.endWord - 1]!.text.replace(/[.,!?;:)\]"]+$/u, '');
  // "at Ivo's", "at Ivo' s": the place is the person's
  if (POSSESSIVE.test(last) || /^['’]?s$/u.test(ctx.words[c.endWord]?.text ?? '')) return false;
  const before = at - 1;
  if (before < 0 || !sameSpeaker(ctx, before, at)) return true;
  if (PHRASE_OR_BRACKET_END.test(ctx.words[before]!.text)) return true;
  return !AT_PERSON.has(ctx.tokens[before] ?? '');
}

/**
 * The candidates without the PERSON ones that a placing "at" shows to be a place or a firm, nor
 * the pieces of them that propagation added ("at Tamsby Downs" leaves no "Downs").
 */
export function vetoPersonsAtPlaces(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || isUncased(ctx.words)) return [...candidates];
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  // a street named after a person opens an address line ("at Ivo Brandt Dokki ..."): the PERSON
  // candidate still covers what the address detector left out of it
  const inAddress = (c: Candidate): boolean =>
    addresses.some((a) => a.startWord <= c.endWord && c.startWord <= a.endWord);
  const places: Candidate[] = [];
  const kept = candidates.filter((c) => {
    if (c.type !== 'PERSON' || c.detector === 'propagation' || KEPT_CUES.has(c.reason ?? '')) return true;
    if (inAddress(c) || opensWithGivenName(ctx, c) || !afterPlacingAt(ctx, c)) return true;
    places.push(c);
    return false;
  });
  if (places.length === 0) return kept;
  const within = (c: Candidate): boolean =>
    places.some((p) => p.startWord <= c.startWord && c.endWord <= p.endWord);
  return kept.filter((c) => c.type !== 'PERSON' || c.detector !== 'propagation' || !within(c));
}
