/**
 * Partners' surnames in a firm's name read as people. Notice clauses address law and accounting
 * firms named after their partners ("with a copy to Harlan & Quist LLP", raw ASR "copy to
 * orrelby quist and varnell l l p"), and each surname reads as a person. The words before a legal
 * form (lexicons/names/context/firm-suffixes; spelled letter by letter in raw ASR), back over
 * name-like words joined by "and", "&" or commas, name the firm: a PERSON candidate lying wholly
 * in them goes, unless a naming cue or title comes before it or it opens with a given name (a
 * person's full name on the line before the firm's). Run before names spread, so firm
 * words do not spread, and again after, so a partner's name spread into the firm goes too.
 * Company forms count too (lexicons/names/context/company-forms: "Inc.", "L.P.", raw ASR "i n c"),
 * and up to three head words may stand between the name and the form (lexicons/names/context/
 * firm-heads: "Harlan Quist Partners, L.L.C."); a full name right before such heads names the
 * firm after its founder and goes as well.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

const SUFFIXES = wordSet('names/context/firm-suffixes');
const COMPANY_FORMS = wordSet('names/context/company-forms');
const HEADS = wordSet('names/context/firm-heads');
/** Head words ("Capital Partners") allowed between a firm's name and its legal form. */
const MAX_HEADS = 3;
/** A firm's name has at most this many words before its legal form ("Orrelby, Quist and Varnell"). */
const MAX_NAME_WORDS = 6;
const JOINERS = new Set(['and', '&']);
const LETTERS = /^[\p{L}'’-]+,?$/u;
const CAPITALISED = /^\p{Lu}/u;

/** The legal form of `forms` starting at word i, as [start, end), or null: "LLP", "P.C.,", "l l p". */
function suffixAt(
  ctx: DetectionContext,
  i: number,
  forms: ReadonlySet<string> = SUFFIXES,
  one: string = formWord(ctx, i),
): number | null {
  if (forms.has(one) && (one.length > 2 || ctx.words[i]!.text !== one)) return i + 1;
  // raw ASR spells the form: "l l p"
  let letters = '';
  let k = i;
  // (a letter is one or two UTF-16 units: the length test spares the regex on most words)
  while (
    k < ctx.tokens.length &&
    ctx.tokens[k]!.length <= 2 &&
    /^\p{L}$/u.test(ctx.tokens[k]!) &&
    sameSpeaker(ctx, i, k)
  ) {
    letters += ctx.tokens[k]!;
    k++;
    if (forms.has(letters) && letters.length > 1) return k;
  }
  return null;
}

/** Word i as a legal form would be listed: lower case, without dots, commas, colons ("L.L.C.," -> "llc"). */
const formWord = (ctx: DetectionContext, i: number): string =>
  ctx.words[i]!.text.replace(/[.,;:]/gu, '').toLowerCase();

/** Could word j be a word of a firm's name (a name the case or the name lists mark)? */
function nameLike(ctx: DetectionContext, j: number, uncased: boolean, covered: Set<number>): boolean {
  const text = ctx.words[j]!.text;
  if (!LETTERS.test(text)) return false;
  if (covered.has(j)) return true;
  if (!uncased) return CAPITALISED.test(text);
  const t = ctx.tokens[j]!;
  return nameKinds(t) !== 0 || englishLevel(t) === undefined;
}

/** Is word j a firm head ("Partners,", raw ASR "capital")? */
function headAt(ctx: DetectionContext, j: number): boolean {
  return HEADS.has(ctx.words[j]!.text.replace(/[.,]$/u, '').toLowerCase());
}

interface FirmWords {
  /** words of firms' names and their forms */
  marked: Set<number>;
  /** first head word after a firm's name ("Partners" in "Ivo Brandt Partners LLC") */
  heads: Set<number>;
  /** words of names before a company form and a head: a candidate there goes only up to the head */
  strict: Set<number>;
  /** words of the legal forms ("l l c" in raw ASR) */
  forms: Set<number>;
}

/** A single letter, as raw ASR spells a legal form ("l l p"; one or two UTF-16 units). */
const oneLetter = (t: string): boolean => t.length <= 2 && /^\p{L}$/u.test(t);

/** Per words array: the words a legal form can open at (a listed form word, a single letter). */
const formStartsOf = new WeakMap<readonly unknown[], readonly number[]>();

/**
 * The indices (from 1) where suffixAt() can find a legal form: the pass runs before and after
 * names spread, over the same words, and most words open none.
 */
function formStarts(ctx: DetectionContext): readonly number[] {
  let starts = formStartsOf.get(ctx.words);
  if (!starts) {
    const out: number[] = [];
    for (let i = 1; i < ctx.words.length; i++) {
      const one = formWord(ctx, i);
      if (SUFFIXES.has(one) || COMPANY_FORMS.has(one) || oneLetter(ctx.tokens[i]!)) out.push(i);
    }
    formStartsOf.set(ctx.words, (starts = out));
  }
  return starts;
}

/** Word indices of firms' names (partners' names before a legal form) in the call. */
function firmWords(ctx: DetectionContext, candidates: readonly Candidate[]): FirmWords {
  const uncased = isUncased(ctx.words);
  const covered = new Set<number>();
  for (const c of candidates)
    if (c.type === 'PERSON') for (let k = c.startWord; k < c.endWord; k++) covered.add(k);
  const marked = new Set<number>();
  const heads = new Set<number>();
  const strict = new Set<number>();
  const forms = new Set<number>();
  let next = 1;
  for (const i of formStarts(ctx)) {
    if (i < next) continue;
    next = i + 1;
    const one = formWord(ctx, i);
    const partnership = suffixAt(ctx, i, SUFFIXES, one);
    const end = partnership ?? suffixAt(ctx, i, COMPANY_FORMS, one);
    if (end === null) continue;
    let first = i;
    while (first > 0 && i - first < MAX_HEADS && headAt(ctx, first - 1) && sameSpeaker(ctx, first - 1, i))
      first--;
    let start = first;
    let names = 0;
    let joiner = false;
    let joined = false;
    for (let j = first - 1; j >= 0 && first - j <= MAX_NAME_WORDS && sameSpeaker(ctx, j, i); j--) {
      if ((JOINERS.has(ctx.tokens[j]!) || JOINERS.has(ctx.words[j]!.text)) && names > 0) {
        joiner = true;
        continue;
      }
      if (!nameLike(ctx, j, uncased, covered)) break;
      start = j;
      names++;
      joined ||= joiner;
    }
    const headed = first < i;
    for (let k = i; k < end; k++) forms.add(k);
    next = end;
    // a company form after one name ("Quist Ltd") may follow a person's name on a contact line:
    // only partners' names joined by "and" / "&", or a name right before a head, name the firm
    if (partnership === null && !joined) {
      if (!headed) continue;
      for (let k = start; k < first; k++) strict.add(k);
    }
    if (headed) heads.add(first);
    for (let k = start; k < end; k++) marked.add(k);
  }
  return { marked, heads, strict, forms };
}

/** Drops the PERSON candidates lying in a firm's name (see the header). */
export function dropFirmNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const { marked, heads, strict, forms } = firmWords(ctx, candidates);
  if (marked.size === 0) return [...candidates];
  const inFirm = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (!marked.has(k)) return false;
    return !strict.has(c.startWord) || heads.has(c.endWord);
  };
  // a firm is named by partners' surnames: a given name opening a name of several words is a
  // person's full name, written on the line before the firm's
  // ("Attn: Tobin Marsh Harlan & Quist LLP"); one that "and" / "&" joins to the next partner's
  // name is the firm's first partners ("Orvel Lewis and Quist LLP")
  const joinedOn = (c: Candidate): boolean =>
    marked.has(c.endWord) &&
    (JOINERS.has(ctx.tokens[c.endWord]!) || JOINERS.has(ctx.words[c.endWord]!.text)) &&
    marked.has(c.endWord + 1) &&
    sameSpeaker(ctx, c.startWord, c.endWord + 1);
  const fullName = (c: Candidate): boolean =>
    c.endWord - c.startWord >= 2 &&
    (nameKinds(ctx.tokens[c.startWord]!) & GIVEN) !== 0 &&
    !heads.has(c.endWord) &&
    !joinedOn(c);
  // letters spelled on from a spelled form ("capital l l c b y its manager") are no initials
  const spelledOn = (c: Candidate): boolean =>
    forms.has(c.startWord) && ctx.tokens.slice(c.startWord, c.endWord).every((t) => /^\p{L}$/u.test(t));
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    (spelledOn(c) || (inFirm(c) && !fullName(c) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c)));
  return candidates.filter((c) => !drop(c));
}
