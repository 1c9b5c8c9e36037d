/**
 * Field labels at the edges of a name. Notice clauses and letterheads write a contact between
 * labels ("Attn: Ada Quist Fax: 555-0100"); raw ASR drops the colons ("attn ada quist fax five
 * five five"), and the person detector runs the label words into the name. A label
 * (lexicons/names/context/field-labels) is never a word of a name: run on the detectors' PERSON
 * candidates before names spread (analyze.ts), labels at either edge of a candidate are trimmed
 * off and a candidate of labels only goes.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';

const LABELS = wordSet('names/context/field-labels');

/** Trims field labels off the edges of PERSON candidates (see the header). */
export function trimFormLabels(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'PERSON') {
      out.push(c);
      continue;
    }
    let start = c.startWord;
    let end = c.endWord;
    while (start < end && LABELS.has(ctx.tokens[start]!)) start++;
    while (end > start && LABELS.has(ctx.tokens[end - 1]!)) end--;
    if (start === c.startWord && end === c.endWord) out.push(c);
    else if (end > start)
      out.push({ ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') });
  }
  return out;
}
