/**
 * Context cues: whole-word phrases ("account number", "date of birth") looked up in a window of
 * words before (or after) a candidate. The window deliberately crosses speaker turns: the agent
 * asks "can I get your account number" and the customer answers in the next turn.
 */
import type { DetectionContext } from './types.js';

/** Lower-case word with surrounding punctuation removed ("Okafor," -> "okafor"); '' for pure punctuation. */
export function normaliseToken(text: string): string {
  if (/^[a-z]+$/.test(text)) return text; // nothing to normalise (most words of a transcript)
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** A phrase list compiled once: phrases are sequences of normalised tokens. */
export class CueSet {
  /** the phrases by their first token, each list in the order given (the first listed wins) */
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const phrase = p.toLowerCase().split(/\s+/).filter(Boolean);
      if (phrase.length === 0) continue;
      const list = this.byFirst.get(phrase[0]!);
      if (list) list.push(phrase);
      else this.byFirst.set(phrase[0]!, [phrase]);
    }
  }

  /** Does any phrase occur entirely inside tokens[from, to)? Returns the phrase or null. */
  findIn(tokens: readonly string[], from: number, to: number): string | null {
    const lo = Math.max(0, from);
    const hi = Math.min(tokens.length, to);
    for (let i = lo; i < hi; i++) {
      const phrases = this.byFirst.get(tokens[i]!);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (i + phrase.length > hi) continue;
        let ok = true;
        for (let k = 1; k < phrase.length && ok; k++) ok = tokens[i + k] === phrase[k];
        if (ok) return phrase.join(' ');
      }
    }
    return null;
  }
}

/** The cue phrase found within `window` words before word `index` (exclusive), or null. */
export function cueBefore(ctx: DetectionContext, index: number, cues: CueSet, window: number): string | null {
  return cues.findIn(ctx.tokens, index - window, index);
}

/** The cue phrase found within `window` words after word `index` (exclusive of `index`), or null. */
export function cueAfter(ctx: DetectionContext, index: number, cues: CueSet, window: number): string | null {
  return cues.findIn(ctx.tokens, index + 1, index + 1 + window);
}
