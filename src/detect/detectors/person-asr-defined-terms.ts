/**
 * Defined terms of contracts read as names in raw ASR. A contract defines a party by a term
 * after a drafting frame ("Orrelby Inc., hereinafter called "Harlan"") and then writes the term
 * bare ("Harlan shall pay"); raw ASR loses the quotes the written rule (person-defined-terms.ts)
 * needs, so the term reads as a name each time. In uncased text, a PERSON candidate right after
 * an anchor word and its links (lexicons/names/context/asr-definition-frames: "hereinafter
 * called", "hereafter known as") is a defined term: it and every candidate saying the
 * same words go. A person defined by a part of the name before it ("ada quist hereinafter called
 * quist") stays a name, and a naming cue, a title or a name beside a repeat keeps that repeat.
 * Run before names spread (analyze.ts).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { phraseList } from '../gazetteer/name-data.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { besideAnotherPerson, NAMING_CUE, titled } from './person-lower-veto.js';

const FRAMES = phraseList('names/context/asr-definition-frames');
const ANCHORS = new Set(FRAMES.filter((p) => p[0] === 'anchor').map((p) => p[1]!));
const LINKS = new Set(FRAMES.filter((p) => p[0] === 'link').map((p) => p[1]!));
/** Links at most between the anchor and the term (four: "hereafter jointly known as"). */
const MAX_LINKS = 4;
/** A defined term has at most this many words. */
const MAX_TERM = 4;
/** How far before the anchor a name the term repeats may end ("ada quist an individual hereinafter"). */
const NAME_WINDOW = 4;

/** Where the term after the anchor at word i starts, or -1. */
function termStart(ctx: DetectionContext, i: number): number {
  let k = i + 1;
  while (k < ctx.tokens.length && k - i <= MAX_LINKS && LINKS.has(ctx.tokens[k]!) && sameSpeaker(ctx, i, k))
    k++;
  return k < ctx.tokens.length && sameSpeaker(ctx, i, k) ? k : -1;
}

/** Does a PERSON candidate ending shortly before the anchor hold the term's first word? */
function repeatsName(
  bases: readonly string[],
  anchor: number,
  term: Candidate,
  persons: readonly Candidate[],
): boolean {
  return persons.some(
    (c) =>
      c.endWord <= anchor &&
      c.endWord >= anchor - NAME_WINDOW &&
      bases.slice(c.startWord, c.endWord).includes(bases[term.startWord]!),
  );
}

/** The defined terms of the call, as word lists. */
function definedTerms(
  ctx: DetectionContext,
  bases: readonly string[],
  persons: readonly Candidate[],
): string[][] {
  const terms: string[][] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!ANCHORS.has(ctx.tokens[i]!)) continue;
    const start = termStart(ctx, i);
    const term = persons.find((c) => c.startWord === start && c.endWord - c.startWord <= MAX_TERM);
    if (term && !repeatsName(bases, i, term, persons)) terms.push(bases.slice(term.startWord, term.endWord));
  }
  return terms;
}

/** Drops PERSON candidates that say a term defined after a drafting frame (see the header). */
export function dropAsrDefinedTerms(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!isUncased(ctx.words)) return [...candidates];
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const terms = definedTerms(ctx, bases, persons);
  if (terms.length === 0) return [...candidates];
  const isTerm = (c: Candidate): boolean => {
    const words = bases.slice(c.startWord, c.endWord);
    return terms.some((t) => t.length === words.length && t.every((w, k) => w === words[k]));
  };
  return dropTermNames(ctx, candidates, persons, isTerm);
}

/**
 * Drops the PERSON candidates that say a defined term, unless a naming cue or a title found them or
 * another person stands beside them (shared by the drafting-frame and "means" passes).
 */
export function dropTermNames(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
  persons: readonly Candidate[],
  isTerm: (c: Candidate) => boolean,
): Candidate[] {
  const beside = besideAnotherPerson(
    ctx,
    persons.filter((c) => !isTerm(c)),
  );
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' && isTerm(c) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c) && !beside(c);
  return candidates.filter((c) => !drop(c));
}
