/**
 * The name line of a contact card flattened into running text. A card is written person first, then
 * the person's job or firm, then the contact details: "Velkor Amundai Quorbit Systems 12 Main St",
 * "Ada Tesselin Night nurse Contact details: Tel 555-0134". Flattened without its line breaks, the
 * name runs straight into the firm (person-address-lines.ts needs a break or the street line right
 * after the name). Here the contact detail anchors the card: an ADDRESS, PHONE or EMAIL candidate
 * (its labels "Tel", "Contact details:" skipped), a firm or job line of one to MAX_FIRM words before
 * it, and before that two name words (initials inside) that open a line: at the call's or a turn's
 * start, after another entity, a sentence's end, or (raw ASR) a discourse word that opens a line
 * ("... five six so velkor amundai quorbit twelve main street").
 *
 * A name word is a word no list needs to hold, written as a name: no English word, place, brand,
 * street type, firm suffix, nor a word glued from English words ("Rainkettle" names a firm). Two
 * such words are needed: one alone is as often the firm. A third joins only when a list holds it
 * and a firm word still follows, so "Velkor Amundai Quorbit 12 Main St" keeps "Quorbit" out.
 *
 * Run on the detectors' candidates before names spread (analyze.ts), so the names found spread.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { labelledName } from './person-label-candidate.js';
import { isBrand } from '../brands.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { LOST_BREAK } from '../address/view.js';
import { addressVocab, fold } from '../address/vocab.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { isPlaceName } from './person-tags.js';
import { firmWord } from './person-unknown-lists.js';

const FIRM_SUFFIXES = wordSet('names/context/firm-suffixes');
const CONTACT_LABELS = new Set([
  ...wordSet('address/contact-labels'),
  ...wordSet('names/context/card-labels'),
]);
const LINE_OPENERS = new Set([...wordSet('names/context/line-openers'), ...wordSet('names/fillers')]);
/** Function words a firm's name may hold ("Department of Transport", "Hale, Orrin and Vesk"). */
const FIRM_LINKS = new Set(['and', '&', 'of', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'van', 'von']);
/** Words of the job and firm lines between the name and the contact detail ("night nurse Quorbit Labs"). */
const MAX_FIRM = 7;
/** Number words right before the detail: a house number the address left out ("Quorbit 12 Main St"). */
const MAX_LOOSE_NUMBERS = 2;
const SCORE = 0.85;
const ANCHORS = new Set(['ADDRESS', 'PHONE_NUMBER', 'EMAIL']);

const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*,?$/u;
const LOWER_CASE = /^\p{Ll}[\p{Ll}\p{M}]+(?:[-'’][\p{Ll}\p{M}]+)*,?$/u;
const INITIAL = /^\p{L}\.?$/u;
/** A sentence's, a label's or a lost line's end ("soon.", "Name:", "Ltd???"). */
const ENDS_LINE = /(?:[:.!?]["')\]]*|\?{3,}|>)$/u;

function streetWord(base: string): boolean {
  const streets = addressVocab().streets;
  const f = fold(base);
  return streets.prefix.has(f) || streets.suffix.has(f);
}

/** Is word i written as a name no list needs to hold (see the header)? */
function nameWord(ctx: DetectionContext, i: number, lower: boolean): boolean {
  const text = ctx.words[i]?.text.replace(LOST_BREAK, '') ?? '';
  if (!(lower ? LOWER_CASE : TITLE_CASE).test(text)) return false;
  const base = nameBase(ctx.tokens[i]!);
  if (FIRM_SUFFIXES.has(base) || CONTACT_LABELS.has(base) || isBrand(base) || isPlaceName(base)) return false;
  if (streetWord(base)) return false;
  const evidence = nameEvidence(base);
  return evidence > NameEvidence.Unknown || (evidence === NameEvidence.Unknown && !firmWord(base));
}

/** Can word i be part of a firm or job line ("Quorbit Systems", "night nurse", "Hale & Co.")? */
function firmLineWord(ctx: DetectionContext, i: number, uncased: boolean): boolean {
  const text = ctx.words[i]!.text.replace(LOST_BREAK, '');
  const token = ctx.tokens[i]!;
  if (!/\p{L}/u.test(text)) return text === '&';
  if (FIRM_LINKS.has(token)) return true;
  if (isFunctionWord(token)) return false;
  // inside the line no sentence ends ("Ltd." ends the firm's name, not a sentence)
  return uncased || !/[.!?:]["')\]]*$/u.test(text) || FIRM_SUFFIXES.has(nameBase(token));
}

/** Does a new line open at word s (see the header)? */
function opensLine(ctx: DetectionContext, s: number, ends: ReadonlySet<number>, uncased: boolean): boolean {
  if (s === 0 || !sameSpeaker(ctx, s - 1, s) || ends.has(s)) return true;
  const before = ctx.words[s - 1]!.text;
  // written text: a mark ends the line before, or a capitalised name follows a lower-case word that
  // introduces nothing ("... services company Ada Tesselin Accountant Phone: ..."; not "at", "to")
  if (!uncased) {
    if (ENDS_LINE.test(before) || LOST_BREAK.test(before)) return true;
    return (
      LOWER_CASE.test(before) && !isFunctionWord(ctx.tokens[s - 1]!) && TITLE_CASE.test(ctx.words[s]!.text)
    );
  }
  return LINE_OPENERS.has(ctx.tokens[s - 1]!) && (s === 1 || !LINE_OPENERS.has(ctx.tokens[s - 2]!));
}

const isNumber = (ctx: DetectionContext, i: number): boolean => /^\d+[,.]?$/u.test(ctx.words[i]?.text ?? '');

/** Where the firm or job line before the contact detail at `a` ends: its labels and loose numbers skipped. */
function lineEnd(ctx: DetectionContext, a: number): number {
  let e = a;
  while (e > 0 && CONTACT_LABELS.has(nameBase(ctx.tokens[e - 1]!)) && sameSpeaker(ctx, e - 1, a)) e--;
  for (let n = 0; n < MAX_LOOSE_NUMBERS && e > 0 && isNumber(ctx, e - 1) && sameSpeaker(ctx, e - 1, a); n++)
    e--;
  return e;
}

/** The name [s, e) of the card whose contact detail starts at `a`, or undefined. */
function cardName(
  ctx: DetectionContext,
  a: number,
  ends: ReadonlySet<number>,
  taken: readonly boolean[],
  uncased: boolean,
): [number, number] | undefined {
  const e = lineEnd(ctx, a);
  // the name and its firm line: 2 to 4 name words, then 1 to MAX_FIRM firm words, all one speaker
  for (let s = e - 3; s >= Math.max(0, e - 4 - MAX_FIRM); s--) {
    if (taken[s] || !sameSpeaker(ctx, s, a)) return undefined;
    if (!opensLine(ctx, s, ends, uncased)) continue;
    const lower = uncased || LOWER_CASE.test(ctx.words[s]!.text);
    let k = s;
    let names = 0;
    while (k < e && names < 3 && !(k > s && LOST_BREAK.test(ctx.words[k - 1]!.text))) {
      // a third word no list holds is as often the firm's first ("Velkor Amundai Quorbit Labs")
      if (
        nameWord(ctx, k, lower) &&
        (names < 2 || nameEvidence(nameBase(ctx.tokens[k]!)) > NameEvidence.Unknown)
      )
        names++;
      else if (names > 0 && (INITIAL.test(ctx.words[k]!.text) || SURNAME_PARTICLES.has(ctx.tokens[k]!))) {
        if (!nameWord(ctx, k + 1, lower)) break;
      } else break;
      k++;
    }
    // a third name word right before the detail or a firm suffix is the firm's ("... Quorbit Inc")
    if (names === 3 && (k === e || FIRM_SUFFIXES.has(nameBase(ctx.tokens[k]!)))) k--;
    if (names < 2 || k >= e || k - s > 4) continue;
    let firmOk = true;
    for (let i = k; i < e; i++) if (taken[i] || !firmLineWord(ctx, i, uncased)) firmOk = false;
    if (firmOk && e - k <= MAX_FIRM) return [s, k];
  }
  return undefined;
}

/** Adds the name lines of flattened contact cards as PERSON candidates (see the header). */
export function addContactLineNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const anchors = candidates.filter((c) => ANCHORS.has(c.type));
  if (anchors.length === 0) return [...candidates];
  const uncased = isUncased(ctx.words);
  const taken = new Array<boolean>(ctx.words.length).fill(false);
  for (const c of candidates) for (let i = c.startWord; i < c.endWord; i++) taken[i] = true;
  const ends = new Set(candidates.filter((c) => c.type !== 'PERSON').map((c) => c.endWord));
  const added: Candidate[] = [];
  for (const a of anchors) {
    const span = cardName(ctx, a.startWord, ends, taken, uncased);
    if (!span) continue;
    const [s, e] = span;
    for (let i = s; i < e; i++) taken[i] = true;
    added.push(labelledName(ctx, s, e, SCORE));
  }
  return added.length === 0 ? [...candidates] : [...candidates, ...added];
}
