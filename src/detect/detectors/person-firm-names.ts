/**
 * Partners' surnames in a firm's name read as people. Notice clauses address law and accounting
 * firms named after their partners ("with a copy to Harlan & Quist LLP", raw ASR "copy to
 * orrelby quist and varnell l l p"), and each surname reads as a person. The words before a legal
 * form (lexicons/names/context/firm-suffixes; spelled letter by letter in raw ASR), back over
 * name-like words joined by "and", "&" or commas, name the firm: a PERSON candidate lying wholly
 * in them goes, unless a naming cue or title comes before it or it opens with a given name (a
 * person's full name on the line before the firm's). Run before names spread, so firm
 * words do not spread, and again after, so a partner's name spread into the firm goes too.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

const SUFFIXES = wordSet('names/context/firm-suffixes');
/** A firm's name has at most this many words before its legal form ("Orrelby, Quist and Varnell"). */
const MAX_NAME_WORDS = 6;
const JOINERS = new Set(['and', '&']);
const LETTERS = /^[\p{L}'’-]+,?$/u;
const CAPITALISED = /^\p{Lu}/u;

/** The legal form starting at word i, as [start, end), or null: "LLP", "P.C.,", "l l p". */
function suffixAt(ctx: DetectionContext, i: number): number | null {
  const one = ctx.words[i]!.text.replace(/[.,;:]/gu, '').toLowerCase();
  if (SUFFIXES.has(one) && (one.length > 2 || ctx.words[i]!.text !== one)) return i + 1;
  // raw ASR spells the form: "l l p"
  let letters = '';
  let k = i;
  while (k < ctx.tokens.length && /^\p{L}$/u.test(ctx.tokens[k]!) && sameSpeaker(ctx, i, k)) {
    letters += ctx.tokens[k]!;
    k++;
    if (SUFFIXES.has(letters) && letters.length > 1) return k;
  }
  return null;
}

/** Could word j be a word of a firm's name (a name the case or the name lists mark)? */
function nameLike(ctx: DetectionContext, j: number, uncased: boolean, covered: Set<number>): boolean {
  const text = ctx.words[j]!.text;
  if (!LETTERS.test(text)) return false;
  if (covered.has(j)) return true;
  if (!uncased) return CAPITALISED.test(text);
  const t = ctx.tokens[j]!;
  return nameKinds(t) !== 0 || englishLevel(t) === undefined;
}

/** Word indices of firms' names (partners' names before a legal form) in the call. */
function firmWords(ctx: DetectionContext, candidates: readonly Candidate[]): Set<number> {
  const uncased = isUncased(ctx.words);
  const covered = new Set<number>();
  for (const c of candidates)
    if (c.type === 'PERSON') for (let k = c.startWord; k < c.endWord; k++) covered.add(k);
  const marked = new Set<number>();
  for (let i = 1; i < ctx.words.length; i++) {
    const end = suffixAt(ctx, i);
    if (end === null) continue;
    let start = i;
    let names = 0;
    for (let j = i - 1; j >= 0 && i - j <= MAX_NAME_WORDS && sameSpeaker(ctx, j, i); j--) {
      if ((JOINERS.has(ctx.tokens[j]!) || JOINERS.has(ctx.words[j]!.text)) && names > 0) continue;
      if (!nameLike(ctx, j, uncased, covered)) break;
      start = j;
      names++;
    }
    for (let k = start; k < end; k++) marked.add(k);
    i = end - 1;
  }
  return marked;
}

/** Drops the PERSON candidates lying in a firm's name (see the header). */
export function dropFirmNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const marked = firmWords(ctx, candidates);
  if (marked.size === 0) return [...candidates];
  const inFirm = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (!marked.has(k)) return false;
    return true;
  };
  // a firm is named by partners' surnames: a given name opening a name of several words is a
  // person's full name, written on the line before the firm's ("Attn: Tobin Marsh Harlan & Quist LLP")
  const fullName = (c: Candidate): boolean =>
    c.endWord - c.startWord >= 2 && (nameKinds(ctx.tokens[c.startWord]!) & GIVEN) !== 0;
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' && inFirm(c) && !fullName(c) && !NAMING_CUE.test(c.reason ?? '') && !titled(ctx, c);
  return candidates.filter((c) => !drop(c));
}
