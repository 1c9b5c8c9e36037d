/**
 * Defined terms of contracts read as names in raw ASR, when the definition puts the term before
 * its verb: '"Hughes" means Hughes Network Systems, LLC' becomes "hughes means hughes network
 * systems llc", and the bare term ("hughes shall pay") reads as a name each time. In uncased text,
 * a PERSON candidate that opens a turn (a sentence: contracts are read a sentence a turn) or
 * follows "the term", and stands right before "means" / "shall mean"
 * (lexicons/names/context/asr-means-frames), is a defined term: it and every candidate saying the
 * same words go (also the copies names spread: run before and after spreading). A verb of ordinary speech ("ada means well", "he means it") defines nothing, and
 * a naming cue, a title or a name beside a repeat keeps that repeat.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { phraseList } from '../gazetteer/name-data.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { dropTermNames } from './person-asr-defined-terms.js';

const FRAMES = phraseList('names/context/asr-means-frames');
const kind = (k: string): Set<string> => new Set(FRAMES.filter((p) => p[0] === k).map((p) => p[1]!));
const VERBS = kind('verb');
const MODALS = kind('modal');
const OPENERS = kind('opener');
const NARRATIVE = kind('narrative');
/** A defined term has at most this many words. */
const MAX_TERM = 4;

/** Where the term defined at the verb (or its modal) at word v starts, or -1: the turn's start or an opener. */
function termStart(ctx: DetectionContext, v: number): number {
  for (let s = v - 1; s >= 0 && v - s <= MAX_TERM && sameSpeaker(ctx, s, v); s--) {
    if (s === 0 || !sameSpeaker(ctx, s - 1, s) || OPENERS.has(ctx.tokens[s - 1]!)) return s;
  }
  return -1;
}

/** The terms the call defines by "means", as lines of word bases. */
function definedTerms(ctx: DetectionContext, bases: readonly string[]): Set<string> {
  const terms = new Set<string>();
  const { tokens } = ctx;
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!VERBS.has(tokens[k]!) || !sameSpeaker(ctx, k, k + 1) || NARRATIVE.has(tokens[k + 1]!)) continue;
    let v = k;
    while (v > 0 && k - v < 2 && MODALS.has(tokens[v - 1]!) && sameSpeaker(ctx, v - 1, k)) v--;
    const s = termStart(ctx, v);
    if (s >= 0 && s < v) terms.add(bases.slice(s, v).join(' '));
  }
  return terms;
}

/** Drops PERSON candidates that say a term defined by "means" (see the header). */
export function dropAsrMeansTerms(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!isUncased(ctx.words)) return [...candidates];
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const terms = definedTerms(ctx, bases);
  if (terms.size === 0) return [...candidates];
  const isTerm = (c: Candidate): boolean => terms.has(bases.slice(c.startWord, c.endWord).join(' '));
  return dropTermNames(ctx, candidates, persons, isTerm);
}
