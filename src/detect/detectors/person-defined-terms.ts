/**
 * Defined terms of written contracts read as names. A contract defines a party or a group by a
 * capitalised term in quotes, in brackets or after a frame word ("Orrelby Ltd. (the "Harlan")",
 * "hereinafter "Sterling"", "together known as the "Kestrel Parties""), then writes the
 * term bare: "Notices to Harlan". A term so defined names a party of the document, not a person,
 * wherever the call writes it. Run on the detectors' PERSON candidates before names spread over
 * the call (analyze.ts): a candidate all of whose words lie in occurrences of a defined term goes.
 *
 * A term counts when its quoted words (1 to MAX_TERM words, quotes attached or written apart)
 * are all capitalised and the quote opens inside a bracket or after a frame word
 * (lexicons/names/context/definition-frames). A person defined by a part of the name before it
 * ("Ada Quist ("Quist")") is no term: a PERSON candidate holding the quoted word right before
 * the definition keeps it a name. A naming cue, a title or a PERSON candidate beside it keeps a
 * candidate. Written text only: raw ASR has no quotes.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { besideAnotherPerson, NAMING_CUE, titled } from './person-lower-veto.js';

const FRAMES = wordSet('names/context/definition-frames');
/** A defined term has at most this many words ("Kestrel Credit Parties"). */
const MAX_TERM = 4;
/** How far before the definition a name it repeats may end ("Ada Quist, an individual ("Quist")"). */
const NAME_WINDOW = 4;

const OPENING = /^\(?["“]$/u;
const OPENS = /^\(?["“]\p{Lu}/u;
const CLOSING = /^["”][)\].,;:]*$/u;
const CLOSES = /\p{L}["”][)\].,;:]*$/u;
const CAPITAL = /^\P{L}*\p{Lu}/u;

interface Term {
  /** first and after-last word of the quoted words */
  start: number;
  end: number;
  /** where the definition starts (the bracket or the frame word) */
  at: number;
}

/** The quoted term opening at word i (a quote word or a word opening with a quote), or null. */
function quotedTerm(ctx: DetectionContext, i: number): Term | null {
  const text = ctx.words[i]!.text;
  const apart = OPENING.test(text);
  if (!apart && !OPENS.test(text)) return null;
  const start = apart ? i + 1 : i;
  for (let k = start; k < ctx.words.length && k - start < MAX_TERM; k++) {
    const w = ctx.words[k]!.text;
    if (!sameSpeaker(ctx, i, k)) return null;
    if (k > start && CLOSING.test(w)) return { start, end: k, at: i };
    if (!CAPITAL.test(w)) return null;
    if (CLOSES.test(w)) return { start, end: k + 1, at: i };
  }
  return null;
}

/** Does the definition at `term` sit in a bracket or after a frame word? */
function defines(ctx: DetectionContext, term: Term): boolean {
  if (ctx.words[term.at]!.text.startsWith('(')) return true;
  const p = term.at - 1;
  if (p < 0 || !sameSpeaker(ctx, p, term.at)) return false;
  return ctx.words[p]!.text.endsWith('(') || FRAMES.has(ctx.tokens[p]!);
}

/** Does a PERSON candidate ending just before the definition hold the term's first word? */
function repeatsName(bases: readonly string[], term: Term, candidates: readonly Candidate[]): boolean {
  return candidates.some(
    (c) =>
      c.type === 'PERSON' &&
      c.endWord <= term.at &&
      c.endWord >= term.at - NAME_WINDOW &&
      bases.slice(c.startWord, c.endWord).includes(bases[term.start]!),
  );
}

/** Word indices lying in an occurrence of some defined term of the call. */
function definedTermWords(ctx: DetectionContext, candidates: readonly Candidate[]): Set<number> {
  const bases = nameBases(ctx.tokens);
  const terms: string[][] = [];
  const marked = new Set<number>();
  for (let i = 0; i < ctx.words.length; i++) {
    const term = quotedTerm(ctx, i);
    if (!term || !defines(ctx, term) || repeatsName(bases, term, candidates)) continue;
    terms.push(bases.slice(term.start, term.end));
    // the frame word belongs to the definition, not to a name ("(hereinafter "Winston")")
    if (FRAMES.has(ctx.tokens[term.at - 1] ?? '')) marked.add(term.at - 1);
    i = term.end - 1;
  }
  for (const words of terms) {
    for (let i = 0; i + words.length <= bases.length; i++) {
      let k = 0;
      while (k < words.length && bases[i + k] === words[k]) k++;
      if (k === words.length) for (let m = i; m < i + k; m++) marked.add(m);
    }
  }
  return marked;
}

/** Drops the PERSON candidates that are occurrences of a defined term (see the header). */
export function dropDefinedTerms(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || isUncased(ctx.words)) return [...candidates];
  const marked = definedTermWords(ctx, candidates);
  if (marked.size === 0) return [...candidates];
  const inTerm = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (!marked.has(k)) return false;
    return true;
  };
  // only a name outside the terms keeps a neighbour: two pieces of one term keep neither
  const beside = besideAnotherPerson(
    ctx,
    candidates.filter((c) => !inTerm(c)),
  );
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' && inTerm(c) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c) && !beside(c);
  return candidates.filter((c) => !drop(c));
}
