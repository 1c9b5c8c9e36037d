/**
 * The addressee line of a postal address block in formatted text. A block is written top down:
 * the person, maybe the firm, then the street line ("Velkor Amundai / Quorbit Ltd / 12 Main St").
 * Flattened into one line the breaks stay as marks: a quoted mail's ">" ("> Velkor Amundai >
 * Quorbit > 12 Main St") or an export's lost line break ("Velkor Amundai??? Quorbit??? 12 ...",
 * address/view.ts LOST_BREAK). A label or a sentence end may also run the person straight into the
 * street line ("Billing address: Velkor Amundai 12 Main St"). Whatever the words, a line of two to
 * four name-shaped words there (or a courtesy title and a surname) names the addressee: this pass
 * takes them without any name list, by the block's shape.
 *
 * Run on the detectors' candidates before names spread (analyze.ts), so the names found spread.
 * A name-shaped word is title case (or lower case in a block written all lower case), and no
 * English word, place, brand or firm suffix ("Ameren Corporation", "Google Maps" stay firms); one
 * word alone is as often a firm ("Quorbit") and needs a title ("Dr. Amundai"). Raw ASR has one
 * shape of it: the block read aloud after its label ("billing address velkor amundai two ...").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { labelledName } from './person-label-candidate.js';
import { isBrand } from '../brands.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { LOST_BREAK } from '../address/view.js';
import { addressVocab, fold } from '../address/vocab.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { isPlaceName } from './person-tags.js';
import { firmWord } from './person-unknown-lists.js';

const FIRM_SUFFIXES = wordSet('names/context/firm-suffixes');
/** Courtesy and academic titles written before an addressee ("Mr.", "Dr."). */
const COURTESY = new Set([...wordSet('names/context/honorifics'), 'dr', 'prof']);
const SCORE = 0.85;
/** Lines of the block looked at above the street line: addressee, firm, a second addressee. */
const MAX_LINES = 3;
const MAX_LINE_WORDS = 5;

const TITLE_CASE = /^>?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*,?$/u;
const LOWER_CASE = /^>?\p{Ll}[\p{Ll}\p{M}]+(?:[-'’][\p{Ll}\p{M}]+)*,?$/u;
const INITIAL = /^>?\p{Lu}\.?$/u;
const QUOTE_MARK = /^>+$/u;

/** The word's text without a lost line break after it. */
const bare = (ctx: DetectionContext, i: number): string => ctx.words[i]!.text.replace(LOST_BREAK, '');

/** Does a line break fall right before word i (a ">" opens it, or the word before lost its break)? */
function breakBefore(ctx: DetectionContext, i: number): boolean {
  if (i <= 0) return true;
  if (ctx.words[i]!.text.startsWith('>') || QUOTE_MARK.test(ctx.words[i - 1]!.text)) return true;
  return LOST_BREAK.test(ctx.words[i - 1]!.text) || /^\?{3,}$/u.test(ctx.words[i - 1]!.text);
}

const isMark = (ctx: DetectionContext, i: number): boolean =>
  QUOTE_MARK.test(ctx.words[i]!.text) || /^\?{3,}$/u.test(ctx.words[i]!.text);

/** The line [start, end) that ends at `end` (exclusive), marks skipped, or undefined if too long. */
function lineBefore(ctx: DetectionContext, end: number): [number, number] | undefined {
  let e = end;
  while (e > 0 && isMark(ctx, e - 1)) e--;
  let s = e;
  while (s > 0 && e - s < MAX_LINE_WORDS && !(s < e && breakBefore(ctx, s))) s--;
  if (s === e || !breakBefore(ctx, s) || !sameSpeaker(ctx, s, e - 1)) return undefined;
  return [s, e];
}

/**
 * A street type of some language ("Rua", "Gate"): a street line above the number line. Endings of
 * glued types ("-strasse") are not asked: short ones end names as often ("-baro").
 */
function streetWord(base: string): boolean {
  const streets = addressVocab().streets;
  const f = fold(base);
  return streets.prefix.has(f) || streets.suffix.has(f);
}

/** Is word i a word of a name no list needs to hold (written as a name; no word, place, brand or firm)? */
function nameWord(ctx: DetectionContext, i: number, lower: boolean): boolean {
  const text = bare(ctx, i);
  if (!(lower ? LOWER_CASE : TITLE_CASE).test(text)) return false;
  const base = nameBase(ctx.tokens[i]!);
  if (FIRM_SUFFIXES.has(base) || isBrand(base) || isPlaceName(base) || streetWord(base)) return false;
  const evidence = nameEvidence(base);
  // a word no list holds that is glued from English words names a firm ("Rainkettle")
  return evidence > NameEvidence.Unknown || (evidence === NameEvidence.Unknown && !firmWord(base));
}

/**
 * Are the words [s, e) an addressee: an optional courtesy title, then two to four words of a name
 * (initials and particles inside), or a title and one name word?
 */
function addresseeShape(ctx: DetectionContext, s: number, e: number, lower: boolean): boolean {
  let k = s;
  const titled = COURTESY.has(ctx.tokens[k] ?? '') && e - s > 1;
  if (titled) k++;
  let names = 0;
  for (let i = k; i < e; i++) {
    const text = bare(ctx, i);
    if (nameWord(ctx, i, lower)) names++;
    else if (i > k && i < e - 1 && (INITIAL.test(text) || SURNAME_PARTICLES.has(ctx.tokens[i]!))) continue;
    else return false;
  }
  return names >= (titled ? 1 : 2);
}

/** Is the street line at `start` written all lower case (a block lower-cased as a whole)? */
function lowerBlock(ctx: DetectionContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (/\p{Lu}/u.test(ctx.words[i]!.text)) return false;
  return true;
}

/** Does word i end a label or a sentence, so that the words after it open a line ("address:", "soon.")? */
const endsPhrase = (ctx: DetectionContext, i: number): boolean =>
  /[:.!?]["')\]]*$/u.test(ctx.words[i]!.text) && !INITIAL.test(ctx.words[i]!.text);

/** Addressee spans above (or before) the street line of the ADDRESS candidate a. */
function addressees(
  ctx: DetectionContext,
  a: Candidate,
  ends: ReadonlySet<number>,
  persons: readonly Candidate[],
): [number, number][] {
  const out: [number, number][] = [];
  const lower = lowerBlock(ctx, a.startWord, a.endWord);
  if (breakBefore(ctx, a.startWord) || isMark(ctx, a.startWord - 1)) {
    let end = a.startWord;
    for (let n = 0; n < MAX_LINES; n++) {
      const line = lineBefore(ctx, end);
      if (!line) break;
      if (addresseeShape(ctx, line[0], line[1], lower)) out.push(line);
      end = line[0];
    }
    return out;
  }
  // no break: a name of two to four words run into the street line after a label, a sentence or
  // another entity ("Billing address: Velkor Amundai 12 Main St"); the street line opens with a number
  if (!/^\d/u.test(ctx.words[a.startWord]!.text)) return out;
  for (let len = 2; len <= 4; len++) {
    const s = a.startWord - len;
    if (s < 0) break;
    // a name found already there is left as found (it knows where it starts)
    if (persons.some((c) => c.startWord < a.startWord && s < c.endWord)) break;
    const opens = s === 0 || endsPhrase(ctx, s - 1) || ends.has(s);
    if (opens && sameSpeaker(ctx, s, a.startWord) && addresseeShape(ctx, s, a.startWord, lower)) {
      out.push([s, a.startWord]);
      break;
    }
  }
  return out;
}

/** Spoken digits and numbers that open a street line read aloud ("two seventy seven rue ..."). */
const NUMBER_WORDS = new Set(
  (
    'zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred'
  ).split(' '),
);
/** Form labels of a postal block ("billing address", "shipping address"). */
const POSTAL_LABELS = wordSet('names/context/postal-labels');

/**
 * Raw ASR: a postal address read aloud with its addressee, "billing address velkor amundai two
 * seventy seven rue ...": two or three name words between a form's label (lexicons/names/context/
 * postal-labels + "address") and a street line opening with a number are the addressee line (no
 * breaks or capitals to show it otherwise). "her address vastra husby two ..." names the street.
 */
function spokenAddressees(ctx: DetectionContext, a: Candidate): [number, number][] {
  const { tokens } = ctx;
  const first = tokens[a.startWord] ?? '';
  if (!NUMBER_WORDS.has(first) && !/^\d/u.test(first)) return [];
  for (let len = 2; len <= 3; len++) {
    const s = a.startWord - len;
    if (s < 2 || tokens[s - 1] !== 'address' || !POSTAL_LABELS.has(tokens[s - 2]!)) continue;
    if (!sameSpeaker(ctx, s - 2, s)) continue;
    if (sameSpeaker(ctx, s - 1, a.startWord) && addresseeShape(ctx, s, a.startWord, true))
      return [[s, a.startWord]];
  }
  return [];
}

/** Adds the addressee lines of address blocks as PERSON candidates (see the header). */
export function addAddressBlockNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const addresses = candidates.filter((c) => c.type === 'ADDRESS');
  if (addresses.length === 0) return [...candidates];
  const uncased = isUncased(ctx.words);
  // other entities' ends open a line too ("E-mail: ada@example.com Velkor Amundai 12 ...")
  const ends = new Set(
    candidates.filter((c) => c.type !== 'PERSON' && c.type !== 'ADDRESS').map((c) => c.endWord),
  );
  const persons = candidates.filter((c) => c.type === 'PERSON');
  const added: Candidate[] = [];
  for (const a of addresses) {
    for (const [s, e] of uncased ? spokenAddressees(ctx, a) : addressees(ctx, a, ends, persons)) {
      const clash = (c: Candidate): boolean => c.startWord < e && s < c.endWord;
      // a word already another entity's (a phone, the street line of another address) is left
      if (candidates.some((c) => c.type !== 'PERSON' && clash(c)) || added.some(clash)) continue;
      // a name found already that reaches past the line is left as found
      if (persons.some((c) => clash(c) && (c.startWord < s || c.endWord > e))) continue;
      added.push(labelledName(ctx, s, e, SCORE));
    }
  }
  if (added.length === 0) return [...candidates];
  const overlapped = (c: Candidate): boolean =>
    c.type === 'PERSON' && added.some((s) => c.startWord < s.endWord && s.startWord < c.endWord);
  return [...candidates.filter((c) => !overlapped(c)), ...added];
}
