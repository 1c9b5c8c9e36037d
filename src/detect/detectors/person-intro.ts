/**
 * Agent self-introductions: "<company> this is joy are you calling to schedule", "my name is hope
 * what can i do for you", "you've reached hunter how can i help". A name that is also an ordinary
 * word ("joy", "holly", "hope", "will") is a name right after an introduction phrase when a question
 * or an offer to help follows it, or, in the first turn of the call (the agent's greeting), when a
 * new clause follows it ("this is hunter i see you called"). Person.ts checks the word itself.
 */
import type { DetectionContext } from '../types.js';
import { FILLERS } from '../gazetteer/common-words.js';
import { phraseList, wordSet } from '../gazetteer/name-data.js';

/** Phrases that introduce the speaker's own name; the name follows them directly. */
const INTRODUCTIONS = phraseList('names/cues/self-introduction');
/** Questions and offers an agent says right after the name. */
const FOLLOWERS = phraseList('names/cues/after-self-introduction');
/** Words that open a new clause after a name in the greeting ("this is hunter i see you called"). */
const CLAUSE_OPENERS = wordSet('names/context/greeting-clause-openers');
/** The first turn counts as the greeting only this far into the call. */
const GREETING_WORDS = 40;

const skippable = (t: string): boolean => t === '' || FILLERS.has(t);

/** Significant tokens before word i, nearest first (at most n). */
function before(tokens: readonly string[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && j >= i - 3 * n && out.length < n; j--)
    if (!skippable(tokens[j]!)) out.push(tokens[j]!);
  return out;
}

/** Significant tokens from word i on (at most n). */
function after(tokens: readonly string[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i; j < tokens.length && j < i + 3 * n && out.length < n; j++)
    if (!skippable(tokens[j]!)) out.push(tokens[j]!);
  return out;
}

const LONGEST_INTRO = Math.max(...INTRODUCTIONS.map((p) => p.length));
const LONGEST_FOLLOWER = Math.max(...FOLLOWERS.map((p) => p.length));

/** Is word i in the first speaker turn of the call, near its start? */
function inFirstTurn(ctx: DetectionContext, i: number): boolean {
  if (i >= GREETING_WORDS) return false;
  const speaker = ctx.words[0]?.speaker;
  for (let k = 1; k <= i; k++) if (ctx.words[k]!.speaker !== speaker) return false;
  return true;
}

/** Does the single word i stand where an agent introduces themself by name? */
export function introducedByName(ctx: DetectionContext, i: number): boolean {
  const { tokens } = ctx;
  const recent = before(tokens, i, LONGEST_INTRO);
  const introduced = INTRODUCTIONS.some((p) => p.every((t, k) => recent[p.length - 1 - k] === t));
  if (!introduced) return false;
  const next = after(tokens, i + 1, LONGEST_FOLLOWER);
  if (next.length === 0 || ctx.words[i + 1]?.speaker !== ctx.words[i]!.speaker) return false;
  if (FOLLOWERS.some((p) => p.every((t, k) => next[k] === t))) return true;
  return inFirstTurn(ctx, i) && CLAUSE_OPENERS.has(next[0]!);
}
