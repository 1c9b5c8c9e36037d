/**
 * The conformed-signature mark before a name in raw ASR. A signature line writes "/s/ Ada Quist"
 * (with no "By:" before it under "SELLERS:" or "INDEMNITEE:"); raw ASR keeps the mark as the
 * letter "s" ("indemnitee s ada quist ada quist"), and the person detector reads it as an initial
 * in a chain that runs from the label before it into the name. In a PERSON candidate of raw ASR,
 * an "s" followed by a given name (and one more word when it opens the candidate) is such a mark: the candidate is cut there,
 * the words after the mark stay a name, the words before it stay only if a name list holds one of
 * them. Not after a given name or a title ("ada s quist", "mister s ..."): a middle initial.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { isUncased } from '../call-words.js';
import { wordSet } from '../gazetteer/name-data.js';

const HONORIFICS = wordSet('names/context/honorifics');

const given = (token: string | undefined): boolean => (nameKinds(token ?? '') & GIVEN) !== 0;

/** Index of the signature mark inside candidate c, or -1. */
function markAt(ctx: DetectionContext, c: Candidate): number {
  for (let k = c.startWord; k + 1 < c.endWord; k++) {
    if (ctx.tokens[k] !== 's' || !given(ctx.tokens[k + 1])) continue;
    // a leading mark needs a full name after it: "s ada quist"
    if (k === c.startWord && k + 2 >= c.endWord) continue;
    const before = ctx.tokens[k - 1] ?? '';
    if (HONORIFICS.has(before) || (k > c.startWord && given(before))) continue;
    return k;
  }
  return -1;
}

/** Cuts PERSON candidates of raw ASR at a signature mark (see the header). */
export function trimAsrSignatureMarks(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!isUncased(ctx.words)) return [...candidates];
  const out: Candidate[] = [];
  const piece = (c: Candidate, start: number, end: number): Candidate => ({
    ...c,
    startWord: start,
    endWord: end,
    value: ctx.tokens.slice(start, end).join(' '),
  });
  for (const c of candidates) {
    const k = c.type === 'PERSON' ? markAt(ctx, c) : -1;
    if (k < 0) {
      out.push(c);
      continue;
    }
    const listed = ctx.tokens
      .slice(c.startWord, k)
      .some((t) => nameEvidence(nameBase(t)) >= NameEvidence.Listed);
    if (listed) out.push(piece(c, c.startWord, k));
    out.push(piece(c, k + 1, c.endWord));
  }
  return out;
}
