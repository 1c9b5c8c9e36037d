/**
 * Facts about a call's words that several detectors read: who said a word, and whether the call
 * is written in case at all.
 */
import type { DetectionContext } from './types.js';

/** Did one speaker say words a and b? (false when either index is outside the call) */
export const sameSpeaker = (ctx: DetectionContext, a: number, b: number): boolean =>
  ctx.words[a]?.speaker === ctx.words[b]?.speaker;

/** Share of words opening with a capital above which a call is written in case ("Hi, I'm Ana."). */
const CASED_SHARE = 0.02;
const HAS_LETTER = /\p{L}/u;
const FIRST_LETTER_CAPITAL = /^\P{L}*\p{Lu}/u;

/** isUncased per words array: some 30 passes ask it of the same call (the arrays are never changed). */
const uncasedByWords = new WeakMap<DetectionContext['words'], boolean>();

/** Is the call written in lower case throughout (raw ASR), so that a capital carries no signal? */
export function isUncased(words: DetectionContext['words']): boolean {
  let uncased = uncasedByWords.get(words);
  if (uncased === undefined) {
    uncased = countUncased(words);
    uncasedByWords.set(words, uncased);
  }
  return uncased;
}

function countUncased(words: DetectionContext['words']): boolean {
  let lettered = 0;
  let capitals = 0;
  for (const w of words) {
    // ASCII first letters decide without a Unicode regex (this runs over every word of the call)
    const code = w.text.charCodeAt(0);
    if (code >= 97 && code <= 122) lettered++;
    else if (code >= 65 && code <= 90) {
      lettered++;
      capitals++;
    } else if (HAS_LETTER.test(w.text)) {
      lettered++;
      if (FIRST_LETTER_CAPITAL.test(w.text)) capitals++;
    }
  }
  return capitals <= lettered * CASED_SHARE;
}

/** A word that closes a phrase: it ends in , . ! ? ; or : (then any closing quotes or brackets). */
export const PHRASE_END = /[,.!?;:]["')\]]*$/u;

/** As PHRASE_END, and also a word that ends in a closing bracket ("(mobile)", "[sic]"). */
export const PHRASE_OR_BRACKET_END = /[.,!?;:)\]]["')\]]*$/u;
