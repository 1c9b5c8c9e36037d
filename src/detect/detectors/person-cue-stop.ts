/**
 * A cue read after a name ("Ivo says", "Ivo is from ...") belongs to the sentence of the name. A
 * word written as a stop of its own (".", "!", "?": the mark of a handle or a link a feed took out,
 * "#tamsby . says the count went well") ends the sentence, so a verb after it has another subject: a
 * PERSON candidate that such a cue placed (reason `cue:after`) with a lone stop right after it is
 * no finding, nor are the recurrences of its word that the person detector added (reason
 * `propagated`) when nothing else found that word. Run before names spread over the call
 * (analyze.ts), so it does not spread either.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';

/** A word that is only a sentence stop: ".", "!", "?!", "…". */
const LONE_STOP = /^[.!?…]+$/u;

/** The candidates without the `cue:after` PERSON ones a lone stop follows (see the header). */
export function dropCuesAcrossStops(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const acrossStop = (c: Candidate): boolean => {
    if (c.type !== 'PERSON' || c.reason !== 'cue:after') return false;
    const next = ctx.words[c.endWord];
    return next !== undefined && LONE_STOP.test(next.text);
  };
  const dropped = new Set<string>();
  for (const c of candidates) if (acrossStop(c)) dropped.add(c.value);
  if (dropped.size === 0) return [...candidates];
  // a value some other finding holds stays found where it recurs
  for (const c of candidates)
    if (c.type === 'PERSON' && c.reason !== 'propagated' && !acrossStop(c)) dropped.delete(c.value);
  return candidates.filter(
    (c) => !acrossStop(c) && !(c.type === 'PERSON' && c.reason === 'propagated' && dropped.has(c.value)),
  );
}
