/**
 * A firm's short name read as a person's. A contract names a party in full and at once defines a
 * short name made of the first words of the full one: 'Walter Orvel Industries, Inc. ("Walter
 * Orvel")'. Written text keeps the quotes (person-defined-terms.ts), raw ASR loses them: "walter
 * orvel industries inc walter orvel and walter orvel shall pay", and the short name, often a
 * founder's name, reads as a person at each repeat. A PERSON candidate right after a company's
 * legal form ("inc", "llc", "corporation", "limited": lexicons/names/context/company-forms and
 * firm-suffixes; after "the" too; raw ASR may take the form into the candidate) whose words are
 * words of the firm's name before the form, not the last one, is that short name: it and every candidate saying
 * the same words (or a part of them) go, unless a naming cue or a title placed them.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBases } from '../name-bases.js';
import { PHRASE_OR_BRACKET_END, sameSpeaker } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

const FORMS = new Set([
  ...wordSet('names/context/company-forms'),
  ...wordSet('names/context/firm-suffixes'),
  'limited',
]);
/** A firm's name has at most this many words before its form. */
const MAX_FIRM_WORDS = 6;
const LINKS = new Set(['the']);

/** Word k as a legal form would be listed: lower case, without dots and commas ("Inc.," -> "inc"). */
const formWord = (ctx: DetectionContext, k: number): string =>
  ctx.words[k]!.text.replace(/[.,;:()"“”]/gu, '').toLowerCase();

/** The firm's words before the form at f (back to a phrase end, the speaker's turn or the cap). */
function firmBefore(ctx: DetectionContext, bases: readonly string[], f: number): string[] {
  const words: string[] = [];
  for (let k = f - 1; k >= 0 && f - k <= MAX_FIRM_WORDS && sameSpeaker(ctx, k, f); k--) {
    if (PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text) && k < f - 1) break;
    words.unshift(bases[k]!);
  }
  return words;
}

/** Where a candidate's words start after the legal forms it may open with ("inc walter" -> "walter"). */
function afterForms(ctx: DetectionContext, c: Candidate): number {
  let k = c.startWord;
  while (k < c.endWord && FORMS.has(formWord(ctx, k))) k++;
  return k;
}

/**
 * Are the words a run of the firm's words that leaves a word before the form ("walter" in "walter
 * industries"; "Orvel Inc. Orvel" repeats no short name)?
 */
function inFirm(words: readonly string[], firm: readonly string[]): boolean {
  if (words.length === 0) return false;
  for (let j = 0; j + words.length < firm.length; j++)
    if (words.every((w, i) => w === firm[j + i])) return true;
  return false;
}

/** The short names the call defines after firms' forms, as lines of word bases. */
function shortNames(
  ctx: DetectionContext,
  bases: readonly string[],
  persons: readonly Candidate[],
): Set<string> {
  const byStart = new Map<number, Candidate[]>();
  for (const c of persons) byStart.set(c.startWord, [...(byStart.get(c.startWord) ?? []), c]);
  const terms = new Set<string>();
  for (let f = 1; f < ctx.words.length - 1; f++) {
    if (!FORMS.has(formWord(ctx, f))) continue;
    const firm = firmBefore(ctx, bases, f);
    if (firm.length < 2) continue;
    const starts = [f, f + 1];
    if (LINKS.has(ctx.tokens[f + 1]!)) starts.push(f + 2);
    for (const s of starts)
      for (const c of byStart.get(s) ?? []) {
        if (!sameSpeaker(ctx, f, c.startWord) || NAMING_CUE.test(c.reason ?? '')) continue;
        const words = bases.slice(afterForms(ctx, c), c.endWord);
        if (inFirm(words, firm)) terms.add(words.join(' '));
      }
  }
  return terms;
}

/** Words where the call says one of the short names, and the legal forms right before them. */
function saidWords(ctx: DetectionContext, bases: readonly string[], terms: ReadonlySet<string>): Uint8Array {
  const marked = new Uint8Array(bases.length);
  for (const term of terms) {
    const words = term.split(' ');
    for (let k = 0; k + words.length <= bases.length; k++) {
      if (!words.every((w, i) => w === bases[k + i])) continue;
      marked.fill(1, k, k + words.length);
      for (let f = k - 1; f >= 0 && FORMS.has(formWord(ctx, f)); f--) marked[f] = 1;
    }
  }
  return marked;
}

/** Drops PERSON candidates that say a firm's short name, or a part of it (see the header). */
export function dropFirmShortNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const terms = shortNames(ctx, bases, persons);
  if (terms.size === 0) return [...candidates];
  const marked = saidWords(ctx, bases, terms);
  const said = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (!marked[k]) return false;
    return true;
  };
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' && said(c) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c);
  return candidates.filter((c) => !drop(c));
}
