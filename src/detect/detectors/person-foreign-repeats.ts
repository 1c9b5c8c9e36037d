/**
 * A name found once spreads over the call (propagate.ts; the person detector's own recurrences).
 * In text written in case, a recurrence that lands on a lone lower-case function word of another
 * language ("una", "tu": lexicons/names/function-words) that is no English word, no surname
 * particle and no frequent name is that word, not the name ("dijo una cosa"). A cue
 * that names a person keeps it. Run after propagation (analyze.ts), because the detectors'
 * lower-case vetoes (person-lower-veto.ts) see the found words only, not their recurrences.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel, foldName } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { nameBases } from '../name-bases.js';
import { isUncased } from '../call-words.js';

const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('names/function-words')].flatMap((w) => [w, foldName(w)]),
);
/** Letters in lower case only, and no letter of a caseless script. */
const LOWER = /^[^\p{Lu}\p{Lo}#@]*\p{Ll}[^\p{Lu}\p{Lo}]*$/u;
/** Reasons that name a person whatever the word ("my name is", "Name:", "my wife"). */
const NAMING_CUE = /^cue:(?:name|label|relative)$/u;

/** The candidates without lower-case foreign function words read as PERSON (see the header). */
export function dropForeignFunctionRepeats(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.endWord - c.startWord === 1)) return [...candidates];
  if (isUncased(ctx.words)) return [...candidates];
  const bases = nameBases(ctx.tokens);
  return candidates.filter((c) => {
    if (c.type !== 'PERSON' || c.endWord - c.startWord !== 1 || NAMING_CUE.test(c.reason ?? '')) return true;
    const b = bases[c.startWord]!;
    return !(
      LOWER.test(ctx.words[c.startWord]!.text) &&
      FOREIGN_FUNCTION_WORDS.has(b) &&
      englishLevel(b) === undefined &&
      !SURNAME_PARTICLES.has(b) &&
      !isFrequentName(b)
    );
  });
}
