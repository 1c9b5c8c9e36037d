/**
 * The PERSON candidate of a name read from a document's layout (a signature block's name line, an
 * address block's addressee line, a contact card's first line): the layout is the cue, so such
 * candidates carry the `cue:label` reason that keeps later vetoes from reading them as bare capitals.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';

export function labelledName(
  ctx: DetectionContext,
  startWord: number,
  endWord: number,
  score: number,
): Candidate {
  return {
    type: 'PERSON',
    startWord,
    endWord,
    score,
    detector: 'person',
    reason: 'cue:label',
    value: ctx.tokens.slice(startWord, endWord).join(' '),
  };
}
