/**
 * Sentences written all in lower case inside a cased call ("... soon. please ring ada tesselin
 * back."). There a name is lower case like every other word, so a rule that reads
 * capitals to find names reads such a sentence as raw ASR instead. A sentence runs from after a
 * sentence's end (".", "!", "?") or a speaker change to its own end; it counts when it has a
 * lettered word and no capital letter at all.
 */
import type { DetectionContext } from './types.js';

const SENTENCE_END = /[.!?]["')\]]*$/u;
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

const cache = new WeakMap<DetectionContext['words'], Uint8Array>();

/** 1 for each word whose sentence is written all in lower case (computed once per call). */
export function lowerSentenceMask(ctx: DetectionContext): Uint8Array {
  const hit = cache.get(ctx.words);
  if (hit) return hit;
  const words = ctx.words;
  const mask = new Uint8Array(words.length);
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const last = i === words.length - 1 || words[i + 1]!.speaker !== words[i]!.speaker;
    if (!last && !SENTENCE_END.test(words[i]!.text)) continue;
    let lower = true;
    let lettered = false;
    for (let j = start; j <= i && lower; j++) {
      if (CAPITAL.test(words[j]!.text)) lower = false;
      else if (LETTER.test(words[j]!.text)) lettered = true;
    }
    if (lower && lettered) mask.fill(1, start, i + 1);
    start = i + 1;
  }
  cache.set(words, mask);
  return mask;
}
