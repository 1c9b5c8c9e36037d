/**
 * Names of an organisation's units read as names. Notice clauses address a unit instead of a
 * person ("Attn: Claims Department", raw ASR "attn claims department"), and the label cue makes the
 * unit's name a PERSON candidate. A one-word candidate right before a unit head
 * (lexicons/names/context/unit-heads) names the unit: it goes. Run before names spread (analyze.ts).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';

const UNIT_HEADS = wordSet('names/context/unit-heads');

/** Drops one-word PERSON candidates that name a unit (see the header). */
export function dropUnitNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    c.endWord - c.startWord === 1 &&
    !/[,.;:!?]$/u.test(ctx.words[c.startWord]!.text) &&
    sameSpeaker(ctx, c.startWord, c.endWord) &&
    UNIT_HEADS.has(ctx.tokens[c.endWord] ?? '');
  return candidates.filter((c) => !drop(c));
}
