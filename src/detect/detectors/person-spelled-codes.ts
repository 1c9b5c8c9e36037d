/**
 * Codes spelled letter by letter read as spelled names. Contracts and forms write currencies,
 * states and provinces as capital codes ("USD", "IL"); raw ASR says them letter by letter
 * ("between u s d and e u r", "the i l subsidiary"), and a run of letters that spells a word said
 * nearby ("in usd ... u s d") reads as a name being spelled. A person-spelled candidate whose
 * letters form such a code (lexicons/names/context/spelled-codes) goes, unless a spelling cue or a
 * word for a name comes before it ("spell that", "surname") or a name list holds the letters as a
 * name ("m a" for Ma stays). Run before names spread (analyze.ts), so the code is not found again.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameKinds } from '../gazetteer/name-lexicon.js';
import { hasNameWord, hasSpellingCue } from './person-spelled.js';

const CODES = wordSet('names/context/spelled-codes');

/** Drops spelled-name candidates that spell a currency, state or province code (see the header). */
export function dropSpelledCodes(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const drop = (c: Candidate): boolean => {
    if (c.type !== 'PERSON' || c.detector !== 'person-spelled') return false;
    const letters = c.value ?? '';
    return (
      CODES.has(letters) &&
      nameKinds(letters) === 0 &&
      !hasSpellingCue(ctx, c.startWord) &&
      !hasNameWord(ctx, c.startWord)
    );
  };
  return candidates.filter((c) => !drop(c));
}
