/**
 * An address never runs on into an attention line. Notice clauses write the firm's address and
 * then the person to address ("400 Harbor Drive, Tarrow, California 94101, Attention: Ada Quist,
 * Treasurer"); the address grammar may read the capitalised words after the
 * postcode as a town the lists lack and take the label and the name with it. An ADDRESS candidate
 * that holds an attention label (lexicons/names/context/attention-labels) after its first word
 * ends before it (written text: only a label written with a colon or dot, "Attention:", "Attn.").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isUncased } from '../call-words.js';

const LABELS = wordSet('names/context/attention-labels');

/** Cuts ADDRESS candidates before an attention label inside them (see the header). */
export function endAddressesAtAttention(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
): Candidate[] {
  const uncased = isUncased(ctx.words);
  const label = (k: number): boolean =>
    LABELS.has(ctx.tokens[k]!) &&
    (uncased || /[:.]$/u.test(ctx.words[k]!.text) || ctx.words[k + 1]?.text === ':');
  return candidates.map((c) => {
    if (c.type !== 'ADDRESS') return c;
    for (let k = c.startWord + 1; k < c.endWord; k++) {
      if (!label(k)) continue;
      return { ...c, endWord: k, value: ctx.tokens.slice(c.startWord, k).join(' ') };
    }
    return c;
  });
}
