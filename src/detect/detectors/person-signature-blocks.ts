/**
 * Signatories' names in signature blocks of contracts and forms. A block writes the signer's name
 * between a conformed-signature mark or a "Name:" field and the next field label:
 * "By: /s/ Ada Q. Velbrandt Title: Director", "Name: Ivo Marrat Its: Manager". Whatever the words
 * (a name no list holds, a surname that is also a word), the slot holds a person. Raw ASR keeps
 * the frame as words: "by s ada velbrandt title director", "name ivo marrat title manager".
 *
 * Run on the detectors' candidates before names spread (analyze.ts): the slot becomes one PERSON
 * candidate (reason cue:label, so later vetoes keep it) and the PERSON candidates it overlaps
 * (part of the name, or a chain run into the next label) go. Only a closed slot counts: the next
 * label must follow within MAX_WORDS words.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { labelledName } from './person-label-candidate.js';
import { readWordListsIn } from '../lexicon-files.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker } from '../call-words.js';

/** Labels that close the name slot ("Title:", "Its:"); offices too, after a signature mark only. */
const LABELS = readWordListsIn('names/context/signature-fields');
const CLOSERS = new Set((LABELS.get('en') ?? []).map((w) => w.toLowerCase()));
const OFFICES = new Set((LABELS.get('offices-en') ?? []).map((w) => w.toLowerCase()));
/** A signatory's name has at most this many words ("Ada Q. de Velbrandt"). */
const MAX_WORDS = 4;
const SCORE = 0.9;

const CAPITALISED_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*[,]?$/u;
const INITIAL = /^\p{L}\.?$/u;

/** Index after a conformed-signature mark ("/s/" or "/ s /" written; "s" after "by" in ASR) at i, or -1. */
function afterMark(ctx: DetectionContext, i: number, uncased: boolean): number {
  const w = (k: number): string => ctx.words[k]?.text ?? '';
  if (uncased) return ctx.tokens[i] === 'by' && ctx.tokens[i + 1] === 's' ? i + 2 : -1;
  if (/^\/s\/$/iu.test(w(i))) return i + 1;
  if (w(i) === '/' && /^s$/iu.test(w(i + 1)) && w(i + 2) === '/') return i + 3;
  return -1;
}

/** Index after a "Name:" field label at i (no colon in raw ASR), or -1. */
function afterNameField(ctx: DetectionContext, i: number, uncased: boolean): number {
  if (uncased) return ctx.tokens[i] === 'name' ? i + 1 : -1;
  return /^name:$/iu.test(ctx.words[i]!.text) ? i + 1 : -1;
}

/**
 * Is word k a label closing the slot ("Title:"; "title" in raw ASR)? After a signature mark an
 * office closes it too ("/s/ Ada Quist President"; capitalised in written text).
 */
function closes(ctx: DetectionContext, k: number, uncased: boolean, signed: boolean): boolean {
  const text = ctx.words[k]!.text;
  const token = ctx.tokens[k]!;
  if (signed && OFFICES.has(token) && (uncased || /^\p{Lu}/u.test(text))) return true;
  if (uncased) return CLOSERS.has(token);
  return text.endsWith(':') && CLOSERS.has(token);
}

/** Can word k stand in a signatory's name? Written: capitalised or an initial. ASR: a name-like word, no function word. */
function nameWord(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const text = ctx.words[k]!.text;
  if (/\d/u.test(text)) return false;
  if (uncased) {
    const base = nameBase(ctx.tokens[k]!);
    // a word of no English list counts too: raw ASR's spellings of foreign names ("shuning")
    const nameLike = nameEvidence(base) >= NameEvidence.Unknown || englishLevel(base) === undefined;
    return !isFunctionWord(base) && (INITIAL.test(text) || nameLike);
  }
  return INITIAL.test(text) || CAPITALISED_WORD.test(text);
}

/** The slot [start, end) after an opener at `start`, when a closing label follows in time. */
function slotEnd(ctx: DetectionContext, start: number, uncased: boolean, signed: boolean): number {
  for (let k = start; k < ctx.words.length && k - start <= MAX_WORDS; k++) {
    if (!sameSpeaker(ctx, start, k)) return -1;
    if (k > start && closes(ctx, k, uncased, signed)) return k;
    if (!nameWord(ctx, k, uncased)) return -1;
    // a comma may close the name only right before the label ("Ada Quist, Title:")
    if (/,$/u.test(ctx.words[k]!.text) && !(k + 1 < ctx.words.length && closes(ctx, k + 1, uncased, signed)))
      return -1;
  }
  return -1;
}

/** Adds the names of signature-block slots and drops the PERSON candidates they overlap (see the header). */
export function addSignatureBlockNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const uncased = isUncased(ctx.words);
  const slots: Candidate[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    let start = afterMark(ctx, i, uncased);
    const signed = start >= 0;
    if (!signed) start = afterNameField(ctx, i, uncased);
    if (start < 0 || !sameSpeaker(ctx, i, start)) continue;
    const end = slotEnd(ctx, start, uncased, signed);
    if (end < 0) continue;
    slots.push(labelledName(ctx, start, end, SCORE));
    i = end - 1;
  }
  if (slots.length === 0) return [...candidates];
  const overlapped = (c: Candidate): boolean =>
    c.type === 'PERSON' && slots.some((s) => c.startWord < s.endWord && s.startWord < c.endWord);
  return [...candidates.filter((c) => !overlapped(c)), ...slots];
}
