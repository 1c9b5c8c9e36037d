/**
 * Vetoes on PERSON candidates that name no person but a thing of the world known by a proper name,
 * whatever cue found them (analyze.ts applies them after the misread vetoes):
 * - a candidate whose words are one entry of lexicons/names/context/non-person-proper: a religion,
 *   its followers or its feasts, a sign of the zodiac, a disease, an armed or political group ("at
 *   Islam's holiest site", "more for Libra today", "a possible Ebola case"). A frequent given name
 *   is never one; a word the name lists hold as a given or family name ("Isis", "Islam") goes only
 *   when the name list alone found it and the call has it in no full name and after no cue; a word
 *   after an honorific ("Mr Britain") stays;
 * - a region or city by its English or former name that address data (local, current names) does
 *   not hold (lexicons/names/context/english-regions: "across Britain", "all of Persia"), only in
 *   running text: after a lower-case word, with no number, capitalised word or address line after
 *   it, and beside no ADDRESS candidate;
 * - a listed word that no name list holds at either edge of a longer candidate leaves it
 *   ("Scientologist Tova Renbeck" -> "Tova Renbeck");
 * - a picture credit in brackets, every word of it an agency or credit word ("(Getty)", "(AFP /
 *   Getty)", "(Reuters)", lexicons/names/context/photo-credits): the credit leaves the candidate,
 *   which is dropped when nothing else is left.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isFrequentName } from '../gazetteer/names.js';
import { FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const NON_PERSON = wordSet('names/context/non-person-proper');
const REGIONS = wordSet('names/context/english-regions');
const CREDITS = wordSet('names/context/photo-credits');
const HONORIFICS = wordSet('names/context/honorifics');
/** Longest bracket read as a picture credit, in words. */
const MAX_CREDIT_WORDS = 5;
const CAPITALISED = /^["'(]*\p{Lu}/u;

/** The word k as the lists hold it: lower case, no hashtag mark, no possessive. */
function baseOf(ctx: DetectionContext, k: number): string {
  return nameBase(ctx.tokens[k] ?? '').replace(/^#/u, '');
}

/**
 * Does the run [start, end) stand in running text, not in an address line or a longer place name:
 * after a lower-case word of the same phrase ("across Britain", "all of Persia"), with no comma,
 * number or capitalised word after it ("Bavaria, 80331", "Punjab 147001", "Sahara Desert")? A
 * region in an address may be left by the address detector to whatever covers it.
 */
function inRunningText(ctx: DetectionContext, start: number, end: number): boolean {
  const { words } = ctx;
  const before = words[start - 1]?.text ?? '';
  const after = words[end]?.text ?? '';
  const last = words[end - 1]!.text;
  if (!/^\p{Ll}+$/u.test(before) || !sameSpeaker(ctx, start - 1, start)) return false;
  if ((/,$/u.test(last) && !/^\p{Ll}/u.test(after)) || /^\p{N}/u.test(after)) return false;
  const joinedAfter = after !== '' && !PHRASE_OR_BRACKET_END.test(last) && sameSpeaker(ctx, end, start);
  return !(joinedAfter && CAPITALISED.test(after));
}

/**
 * Is the run [start, end) one entry of the non-person lists, and no frequent given name? A region
 * counts only when `regions` allows it and it stands in running text.
 */
function nonPersonRun(ctx: DetectionContext, start: number, end: number, regions: boolean): boolean {
  const words: string[] = [];
  for (let k = start; k < end; k++) words.push(baseOf(ctx, k));
  const phrase = words.join(' ');
  if (end - start === 1 && isFrequentName(phrase)) return false;
  if (NON_PERSON.has(phrase)) return true;
  return regions && REGIONS.has(phrase) && inRunningText(ctx, start, end);
}

/** Is word k covered by a PERSON candidate other than c, written on in the same phrase? */
function personNext(ctx: DetectionContext, persons: readonly Candidate[], c: Candidate, k: number): boolean {
  if (k < 0 || k >= ctx.words.length || !sameSpeaker(ctx, k, c.startWord)) return false;
  const joined =
    k < c.startWord
      ? !PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text)
      : !PHRASE_OR_BRACKET_END.test(ctx.words[c.endWord - 1]!.text);
  // a candidate over c's own words ("Scientologist Tova Renbeck" over "Scientologist") is no neighbour
  return (
    joined &&
    persons.some(
      (o) => o.startWord <= k && k < o.endWord && (o.endWord <= c.startWord || o.startWord >= c.endWord),
    )
  );
}

/** Does an address candidate end right before c or start right after it ("..., 80331 Bavaria")? */
function besideAddress(addresses: readonly Candidate[], c: Candidate): boolean {
  return addresses.some((a) => a.endWord >= c.startWord - 1 && a.startWord <= c.endWord + 1);
}

/** Does a whole candidate [start, end) name a non-person thing with no person cue around it? */
function wholeNonPerson(
  ctx: DetectionContext,
  persons: readonly Candidate[],
  addresses: readonly Candidate[],
  inFullNames: ReadonlySet<string>,
  c: Candidate,
): boolean {
  if (!nonPersonRun(ctx, c.startWord, c.endWord, !besideAddress(addresses, c))) return false;
  const p = c.startWord - 1;
  if (p >= 0 && sameSpeaker(ctx, p, c.startWord) && HONORIFICS.has(ctx.tokens[p]!.replace(/\.$/u, '')))
    return false;
  if (c.endWord - c.startWord >= 2)
    return !personNext(ctx, persons, c, p) && !personNext(ctx, persons, c, c.endWord);
  // a word the name lists hold as a given or family name ("Islam", "Jain", "Isis") is vetoed only
  // when the name list alone found it, no naming cue ("my name is Isis"), and the call writes it
  // in no full name ("Rafiqul Islam ... Islam said") and no cue found alone (a repeat of a listed
  // word is vetoed with it)
  const b = baseOf(ctx, c.startWord);
  const listedOnly = c.reason === 'gazetteer' || c.detector === 'propagation';
  return (nameKinds(b) & (GIVEN | FAMILY)) === 0 || (listedOnly && !inFullNames.has(b));
}

/** The bracket [open, close] around word k when it is a picture credit, else undefined. */
function creditAround(ctx: DetectionContext, k: number): [number, number] | undefined {
  const { words } = ctx;
  let open = k;
  while (open > k - MAX_CREDIT_WORDS && open >= 0 && !words[open]!.text.startsWith('(')) {
    if (open < k && /\)[.,;:]?$/u.test(words[open]!.text)) return undefined;
    open--;
  }
  if (open < 0 || !words[open]!.text.startsWith('(')) return undefined;
  let close = k;
  while (close < open + MAX_CREDIT_WORDS && close < words.length && !/\)[.,;:]?$/u.test(words[close]!.text)) {
    if (close > k && words[close]!.text.startsWith('(')) return undefined;
    close++;
  }
  if (close >= words.length || !/\)[.,;:]?$/u.test(words[close]!.text)) return undefined;
  for (let j = open; j <= close; j++) {
    if (!sameSpeaker(ctx, j, k)) return undefined;
    const b = baseOf(ctx, j);
    if (b !== '' && b !== '/' && !CREDITS.has(b)) return undefined;
  }
  return [open, close];
}

/** The candidate with the words [start, end) kept, or null when none is left. */
function narrowed(ctx: DetectionContext, c: Candidate, start: number, end: number): Candidate | null {
  if (start >= end) return null;
  if (start === c.startWord && end === c.endWord) return c;
  const value: string[] = [];
  for (let k = start; k < end; k++) value.push(nameBase(ctx.tokens[k]!));
  return { ...c, startWord: start, endWord: end, value: value.join(' ') };
}

/** Is word k a non-person word at a candidate's edge that no given- or family-name list holds? */
function edgeWord(ctx: DetectionContext, k: number): boolean {
  return nonPersonRun(ctx, k, k + 1, false) && (nameKinds(baseOf(ctx, k)) & (GIVEN | FAMILY)) === 0;
}

/** One PERSON candidate without its credit and its non-person edge words; null when none is left. */
function trimmed(ctx: DetectionContext, c: Candidate): Candidate | null {
  let start = c.startWord;
  let end = c.endWord;
  const first = creditAround(ctx, start);
  if (first) start = first[1] + 1;
  if (start < end) {
    const last = creditAround(ctx, end - 1);
    if (last) end = last[0];
  }
  if (end - start >= 2) {
    while (end - start >= 2 && edgeWord(ctx, start)) start++;
    while (end - start >= 2 && edgeWord(ctx, end - 1)) end--;
  }
  return narrowed(ctx, c, start, end);
}

/** The candidates without the PERSON ones (or the parts of them) that name a non-person thing. */
export function vetoNonPersonNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  // name-list words of the call's person candidates of two words or more, and words a cue found alone
  const inFullNames = new Set<string>();
  for (const c of persons)
    if (c.endWord - c.startWord >= 2)
      for (let k = c.startWord; k < c.endWord; k++) {
        const b = baseOf(ctx, k);
        if ((nameKinds(b) & (GIVEN | FAMILY)) !== 0) inFullNames.add(b);
      }
    else if (c.reason !== 'gazetteer' && c.detector !== 'propagation')
      inFullNames.add(baseOf(ctx, c.startWord));
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'PERSON') {
      out.push(c);
      continue;
    }
    if (wholeNonPerson(ctx, persons, addresses, inFullNames, c)) continue;
    const kept = trimmed(ctx, c);
    if (kept) out.push(kept);
  }
  return out;
}
