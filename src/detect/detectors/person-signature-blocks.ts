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
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
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

/**
 * End of a short word that raw ASR may spell letter by letter ("ITS:" -> "i t s", "BY" -> "b y",
 * "VP" -> "v p": capitals of two or three letters), read at k against `words`, or -1.
 */
function wordOrSpelledEnd(ctx: DetectionContext, k: number, words: ReadonlySet<string>): number {
  if (words.has(ctx.tokens[k] ?? '')) return k + 1;
  let letters = '';
  for (let j = k; j < k + 3 && /^\p{L}$/u.test(ctx.tokens[j] ?? ''); j++) {
    letters += ctx.tokens[j]!;
    if (j > k && words.has(letters)) return j + 1;
  }
  return -1;
}

const BY = new Set(['by']);

/** Index after a conformed-signature mark ("/s/" or "/ s /" written; "s" after "by" or "b y" in ASR) at i, or -1. */
function afterMark(ctx: DetectionContext, i: number, uncased: boolean): number {
  const w = (k: number): string => ctx.words[k]?.text ?? '';
  if (uncased) {
    const by = wordOrSpelledEnd(ctx, i, BY);
    return by > 0 && ctx.tokens[by] === 's' ? by + 1 : -1;
  }
  if (/^\/s\/$/iu.test(w(i))) return i + 1;
  if (w(i) === '/' && /^s$/iu.test(w(i + 1)) && w(i + 2) === '/') return i + 3;
  return -1;
}

/**
 * Index after a bare "By:" at i (no signature mark; "by" in raw ASR), or -1. Such a slot closes only
 * at "Title" ("By: Ada Quist Title: VP"): "By: Harlan GP LLC, its general partner" names a firm.
 */
function afterBy(ctx: DetectionContext, i: number, uncased: boolean): number {
  if (uncased) return wordOrSpelledEnd(ctx, i, BY);
  return /^by:$/iu.test(ctx.words[i]!.text) ? i + 1 : -1;
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
function closes(
  ctx: DetectionContext,
  k: number,
  uncased: boolean,
  signed: boolean,
  closers: ReadonlySet<string>,
): boolean {
  const text = ctx.words[k]!.text;
  const token = ctx.tokens[k]!;
  if (uncased)
    return wordOrSpelledEnd(ctx, k, closers) > 0 || (signed && wordOrSpelledEnd(ctx, k, OFFICES) > 0);
  if (signed && OFFICES.has(token) && /^\p{Lu}/u.test(text)) return true;
  return text.endsWith(':') && closers.has(token);
}

const TITLE = new Set(['title']);

/**
 * How word k may stand in a signatory's name: 'name' (written: capitalised or an initial; ASR: a
 * name-like word), 'word' (ASR: an ordinary word some people bear as a surname, "marsh", "hale":
 * only beside a listed name in the slot) or null.
 */
function nameWord(ctx: DetectionContext, k: number, uncased: boolean): 'name' | 'word' | null {
  const text = ctx.words[k]!.text;
  if (/\d/u.test(text)) return null;
  if (uncased) {
    const base = nameBase(ctx.tokens[k]!);
    if (isFunctionWord(base)) return null;
    const evidence = nameEvidence(base);
    // a word of no English list counts too: raw ASR's spellings of foreign names ("shuning")
    if (INITIAL.test(text) || evidence >= NameEvidence.Unknown || englishLevel(base) === undefined)
      return 'name';
    return evidence === NameEvidence.CommonWord ? 'word' : null;
  }
  return INITIAL.test(text) || CAPITALISED_WORD.test(text) ? 'name' : null;
}

/**
 * Does the slot [start, end) read as a name although some of its words are ordinary words? It holds
 * a listed name (not a lone initial: "elena" of "elena marsh"), or opens with a given name and ends
 * in a family name of the lists ("grant stone").
 */
function holdsListedName(ctx: DetectionContext, start: number, end: number): boolean {
  const base = (k: number): string => nameBase(ctx.tokens[k]!);
  for (let k = start; k < end; k++)
    if (ctx.tokens[k]!.length > 1 && nameEvidence(base(k)) >= NameEvidence.Listed) return true;
  return (
    end - start >= 2 &&
    (nameKinds(base(start)) & GIVEN) !== 0 &&
    (nameKinds(base(end - 1)) & (FAMILY | EITHER)) !== 0
  );
}

/** The slot [start, end) after an opener at `start`, when a closing label follows in time. */
function slotEnd(
  ctx: DetectionContext,
  start: number,
  uncased: boolean,
  signed: boolean,
  closers: ReadonlySet<string> = CLOSERS,
): number {
  let words = 0;
  for (let k = start; k < ctx.words.length && k - start <= MAX_WORDS; k++) {
    if (!sameSpeaker(ctx, start, k)) return -1;
    if (k > start && closes(ctx, k, uncased, signed, closers))
      return words > 0 && !holdsListedName(ctx, start, k) ? -1 : k;
    const kind = nameWord(ctx, k, uncased);
    if (!kind) return -1;
    if (kind === 'word') words++;
    // a comma may close the name only right before the label ("Ada Quist, Title:")
    if (
      /,$/u.test(ctx.words[k]!.text) &&
      !(k + 1 < ctx.words.length && closes(ctx, k + 1, uncased, signed, closers))
    )
      return -1;
  }
  return -1;
}

/**
 * Length of a name written twice right after a signature mark, the signature and the printed name
 * under it ("/s/ Rose Baker Rose Baker", raw ASR "s rose baker rose baker"): two to four words
 * that can stand in a name and read as one, repeated at once. 0 when none.
 */
function repeatedName(ctx: DetectionContext, start: number, uncased: boolean): number {
  const key = (k: number): string => ctx.tokens[k]!.replace(/[.,]$/u, '');
  for (let n = MAX_WORDS; n >= 2; n--) {
    const end = start + 2 * n;
    if (end > ctx.words.length || !sameSpeaker(ctx, start, end - 1)) continue;
    let same = true;
    for (let k = 0; k < n && same; k++) same = key(start + k) === key(start + n + k) && key(start + k) !== '';
    if (!same) continue;
    let ok = true;
    let words = 0;
    for (let k = start; k < start + n && ok; k++) {
      const kind = nameWord(ctx, k, uncased);
      ok = kind !== null;
      if (kind === 'word') words++;
    }
    if (ok && (words === 0 || holdsListedName(ctx, start, start + n))) return n;
  }
  return 0;
}

/** Adds the names of signature-block slots and drops the PERSON candidates they overlap (see the header). */
export function addSignatureBlockNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const uncased = isUncased(ctx.words);
  const slots: Candidate[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    let start = afterMark(ctx, i, uncased);
    // raw ASR's bare mark ("consultant s rose baker rose baker") counts only before a name said twice
    if (start < 0 && uncased && ctx.tokens[i] === 's' && repeatedName(ctx, i + 1, uncased) > 0) start = i + 1;
    const signed = start >= 0;
    if (!signed) start = afterNameField(ctx, i, uncased);
    let closers = CLOSERS;
    if (start < 0) {
      start = afterBy(ctx, i, uncased);
      closers = TITLE;
    }
    if (start < 0 || start >= ctx.words.length || !sameSpeaker(ctx, i, start)) continue;
    const twice = signed ? repeatedName(ctx, start, uncased) : 0;
    if (twice > 0) {
      slots.push(
        labelledName(ctx, start, start + twice, SCORE),
        labelledName(ctx, start + twice, start + 2 * twice, SCORE),
      );
      i = start + 2 * twice - 1;
      continue;
    }
    const end = slotEnd(ctx, start, uncased, signed, closers);
    if (end < 0) continue;
    slots.push(labelledName(ctx, start, end, SCORE));
    i = end - 1;
  }
  if (slots.length === 0) return [...candidates];
  const overlapped = (c: Candidate): boolean =>
    c.type === 'PERSON' && slots.some((s) => c.startWord < s.endWord && s.startWord < c.endWord);
  return [...candidates.filter((c) => !overlapped(c)), ...slots];
}
