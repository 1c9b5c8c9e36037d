/**
 * The addressee of an attention line. Notice clauses and letters address a firm and then a
 * person in it: "Attention: Mark Hill, Treasurer", "Attn. Rose Baker", raw ASR
 * "attention robin wood vice president". Names that are also words ("Mark Hill", "Robin Wood")
 * need a cue, and the label is one: right after it (lexicons/names/context/attention-labels;
 * written with a colon or dot, or bare in raw ASR), a given name, an optional initial and a
 * surname (a family name of the lists, whatever else the word is) are one PERSON candidate
 * (reason cue:label). Offices ("Attention: General Counsel", "attention chief accountant")
 * and words no name list holds as a surname ("attention deficit") are left alone.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordListsIn } from '../lexicon-files.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { EITHER, FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { labelledName } from './person-label-candidate.js';

const LABELS = wordSet('names/context/attention-labels');
const OFFICES = new Set(
  (readWordListsIn('names/context/signature-fields').get('offices-en') ?? []).map((w) => w.toLowerCase()),
);
const SCORE = 0.9;
const INITIAL = /^\p{L}\.?$/u;

/** Is word k written as a name could be (capitalised in written text)? */
function shaped(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  return uncased || /^\p{Lu}/u.test(ctx.words[k]!.text);
}

/** Index after an attention label at i ("Attention:", "Attn.", raw ASR "attention"), or -1. */
function afterLabel(ctx: DetectionContext, i: number, uncased: boolean): number {
  if (!LABELS.has(ctx.tokens[i]!)) return -1;
  if (uncased) return i + 1;
  const text = ctx.words[i]!.text;
  if (/[:.]$/u.test(text)) return i + 1;
  // "Attn. :" written as two tokens
  return /^[:.]$/u.test(ctx.words[i + 1]?.text ?? '') ? i + 2 : -1;
}

const nameWordOk = (token: string): boolean => !isFunctionWord(token) && !OFFICES.has(token);

/** End of "given [initial] surname" starting at s, or -1. */
function addresseeEnd(ctx: DetectionContext, s: number, uncased: boolean): number {
  const at = (k: number): string => nameBase(ctx.tokens[k] ?? '');
  const same = (k: number): boolean =>
    k < ctx.words.length && sameSpeaker(ctx, s, k) && shaped(ctx, k, uncased);
  if (!same(s) || !nameWordOk(at(s)) || (nameKinds(at(s)) & GIVEN) === 0) return -1;
  if (nameEvidence(at(s)) < NameEvidence.CommonWord) return -1;
  // a comma after the given name ends the line: "Attention: Grant, ..."
  if (/[,;:]$/u.test(ctx.words[s]!.text)) return -1;
  let k = s + 1;
  if (same(k) && INITIAL.test(ctx.words[k]!.text) && ctx.tokens[k]!.length === 1) k++;
  if (!same(k) || !nameWordOk(at(k))) return -1;
  const kinds = nameKinds(at(k));
  const surname = (kinds & (FAMILY | EITHER)) !== 0 || nameEvidence(at(k)) === NameEvidence.Unknown;
  return surname ? k + 1 : -1;
}

/** Adds attention-line addressees and drops the PERSON candidates they overlap (see the header). */
export function addAttentionLineNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const uncased = isUncased(ctx.words);
  const lines: Candidate[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const start = afterLabel(ctx, i, uncased);
    if (start < 0 || start >= ctx.words.length || !sameSpeaker(ctx, i, start)) continue;
    const end = addresseeEnd(ctx, start, uncased);
    if (end < 0) continue;
    // a longer candidate already covering the addressee (a surname of two words) stays as it is
    const covering = candidates.some(
      (c) =>
        c.type === 'PERSON' &&
        c.startWord <= start &&
        c.endWord >= end &&
        c.endWord - c.startWord > end - start,
    );
    if (!covering) lines.push(labelledName(ctx, start, end, SCORE));
    i = end - 1;
  }
  if (lines.length === 0) return [...candidates];
  const overlapped = (c: Candidate): boolean =>
    c.type === 'PERSON' && lines.some((s) => c.startWord < s.endWord && s.startWord < c.endWord);
  return [...candidates.filter((c) => !overlapped(c)), ...lines];
}
