/**
 * An author in a reference list, written family name first ("Varnholt, K. (1991)", "Osei, A.B.
 * (2004)"): a title-case word with its comma, one to three initials, then the year in brackets. The
 * shape itself names a person, so the family name needs no list; a name the chain rules found
 * ("Brandt,") grows over its initials.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';

export interface CitationView {
  ctx: DetectionContext;
  base: readonly string[];
  evidence: (i: number) => NameEvidence;
  masked: (i: number) => boolean;
}

const FAMILY_WITH_COMMA = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?,$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const YEAR = /^\(\d{4}[a-z]?\)[.,:;]?$/u;
const MAX_INITIALS = 3;

/** The end of the initials after the family name at i when a bracketed year follows them; i + 1 when not. */
function initialsEnd(ctx: DetectionContext, i: number): number {
  let k = i + 1;
  while (k < ctx.words.length && k - i <= MAX_INITIALS && INITIALS.test(ctx.words[k]!.text)) {
    if (ctx.words[k]!.speaker !== ctx.words[i]!.speaker) return i + 1;
    k++;
  }
  if (k === i + 1 || k >= ctx.words.length || !YEAR.test(ctx.words[k]!.text)) return i + 1;
  return ctx.words[k]!.speaker === ctx.words[i]!.speaker ? k : i + 1;
}

export function addCitationNames(
  view: CitationView,
  out: Candidate[],
  covered: Uint8Array,
  make: (start: number, end: number, reason: string) => Candidate,
): void {
  const { ctx } = view;
  const byEnd = new Map<number, number>();
  out.forEach((c, n) => {
    if (c.type === 'PERSON') byEnd.set(c.endWord, n);
  });
  for (let i = 0; i + 2 < ctx.words.length; i++) {
    if (!FAMILY_WITH_COMMA.test(ctx.words[i]!.text)) continue;
    const end = initialsEnd(ctx, i);
    if (end === i + 1 || covered.subarray(i + 1, end).some((v) => v === 1)) continue;
    const found = byEnd.get(i + 1);
    if (found !== undefined) {
      const c = out[found]!;
      out[found] = { ...c, endWord: end, value: view.base.slice(c.startWord, end).join(' ') };
      covered.fill(1, i + 1, end);
      continue;
    }
    if (covered[i] || view.masked(i) || view.evidence(i) === NameEvidence.None) continue;
    if (isFunctionWord(view.base[i]!)) continue;
    out.push(make(i, end, 'initial'));
    covered.fill(1, i, end);
  }
}
