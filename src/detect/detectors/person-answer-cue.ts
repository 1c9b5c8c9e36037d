/**
 * A name given as the answer to the other speaker's question, opened by a discourse word: "and
 * the name on the card?" / "yeah, Ada Quist"; "and a contact name?" / "so Ada Quist on ...".
 * The cue (the question's last words) reads across the turn when the answer starts with the name;
 * an opener of the answer ("yeah", "so", "well": lexicons/names/context/line-openers) or a
 * hesitation stands between them and hid the cue. Only a name or form label cue ("your full name?",
 * "the name on the card") counts: a sign-off or greeting of the last turn names no one next.
 */
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { FILLERS } from '../gazetteer/common-words.js';

const OPENERS = wordSet('names/context/line-openers');

/** Index of the answer opener word k - 1 stands for, if the answer's turn opens with it; else -1. */
function turnOpenerBefore(ctx: DetectionContext, k: number): number {
  const { tokens, words } = ctx;
  const speaker = words[k]!.speaker;
  let j = k - 1;
  let openers = 0;
  // "okay so", "yeah um": openers and hesitations back to the turn's first word
  for (; j >= 0 && words[j]!.speaker === speaker; j--) {
    if (OPENERS.has(tokens[j]!)) openers++;
    else if (!FILLERS.has(tokens[j]!)) return -1;
  }
  // the answer starts the turn: the word before its openers is the other speaker's
  return j >= 0 && openers > 0 ? j + 1 : -1;
}

/**
 * The label cue that the other speaker's turn ends with before the answer opening at word i, read
 * over the answer's opener (cueBefore reads the words before an index), or null.
 */
export function answerLabelCue<C extends { reason: string }>(
  ctx: DetectionContext,
  i: number,
  cueBefore: (tokens: readonly string[], i: number) => C | null,
): C | null {
  const j = turnOpenerBefore(ctx, i);
  if (j < 0) return null;
  const cue = cueBefore(ctx.tokens, j);
  return cue !== null && (cue.reason === 'cue:label' || cue.reason === 'cue:name') ? cue : null;
}
