/**
 * What a number is, read from the words said just before it: "my cell is ..." (phone), "the card
 * number is ..." (card), "your claim number is ..." (a company reference: not PII), "what's your zip"
 * (someone else's business: the address detector's). Detectors of numeric PII ask for the cues
 * before a run, nearest first; the nearest decides, so a stale cue further back ("account number"
 * two questions ago) loses against a fresh one ("and your order number?").
 *
 * Fillers are skipped when matching ("account um number"), the window crosses speaker turns (the
 * agent asks, the customer answers), and neutral phrases ("on the account", "tied to the
 * account") are stepped over: in "the phone number on the account is ..." the phone cue decides.
 *
 * The vocabularies are data: lexicons/number-cues/<list>/<lang>.txt, one folder per cue kind or
 * word list and one file per language, every language read together once at start-up (a call may
 * mix languages, and cue words of one rarely mean something else in another).
 */
import { FILLERS, type SpokenRun } from '../transcript/spoken-view.js';
import type { DetectionContext } from './types.js';
import { readWordListsIn } from './lexicon-files.js';

export type NumberCue =
  | 'phone'
  | 'account'
  | 'card'
  | 'routing'
  | 'member'
  | 'ssn'
  | 'dob'
  | 'last4'
  /** company-issued references: order, case, claim, ticket, confirmation ... numbers */
  | 'company'
  /** money, times, quantities, menu options */
  | 'quantity'
  /** other PII or fields (zip, address, email, name): not a number detector's value */
  | 'other';

/** The cue kinds, each read from lexicons/number-cues/<kind>/<lang>.txt (every language file). */
const CUE_KINDS: readonly (NumberCue | 'neutral')[] = [
  'phone',
  'account',
  'card',
  'routing',
  'member',
  'ssn',
  'dob',
  'last4',
  'company',
  'quantity',
  'other',
  'neutral',
];

/** "number's" -> "number", "social's" -> "social": contractions and possessives keep the cue. */
const POSSESSIVE_S = /['’]s$/;
const stripS = (token: string): string =>
  // (only a word ending in "s" can lose anything: the others skip the regex, asked of every word)
  token.endsWith('s') ? token.replace(POSSESSIVE_S, '') : token;

/** Entries of every language file of a list, as token sequences the way the matcher sees tokens. */
function phraseList(list: string): string[][] {
  const out: string[][] = [];
  for (const entries of readWordListsIn(`number-cues/${list}`).values()) {
    for (const e of entries) out.push(e.normalize('NFKC').toLowerCase().split(/\s+/).map(stripS));
  }
  return out;
}

/** A list of single words (or phrases joined by one space), every language. */
const wordSet = (list: string): ReadonlySet<string> => new Set(phraseList(list).map((p) => p.join(' ')));

interface Phrase {
  tokens: string[];
  cue: NumberCue | 'neutral';
}

/** phrases by their last token, longest first */
const BY_LAST = new Map<string, Phrase[]>();
for (const cue of CUE_KINDS) {
  for (const tokens of phraseList(cue)) {
    const last = tokens[tokens.length - 1]!;
    const entry = BY_LAST.get(last) ?? [];
    entry.push({ tokens, cue });
    BY_LAST.set(last, entry);
  }
}
for (const list of BY_LAST.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

/**
 * Is the cue phrase a bare cue word with a modifier before it ("credit card", "savings account":
 * its last word alone is a cue of the same kind, its first word none)? It names the card or the
 * account, not its number, as "card number" or "member id" do.
 */
export function modifiesBareCue(hit: CueHit): boolean {
  const words = hit.phrase.split(' ');
  if (words.length < 2) return false;
  const alone = (word: string, cue?: NumberCue): boolean =>
    (BY_LAST.get(word) ?? []).some(
      (p) => p.tokens.length === 1 && p.cue !== 'neutral' && (!cue || p.cue === cue),
    );
  // "member id", "account id": the first word is the record, the last names its number
  return alone(words[words.length - 1]!, hit.cue) && !alone(words[0]!);
}

/** First tokens of the phrases of each cue kind: no phrase of a kind can match before one of them. */
const FIRST_TOKENS = new Map<NumberCue | 'neutral', Set<string>>();
for (const list of BY_LAST.values())
  for (const { tokens, cue } of list) {
    const set = FIRST_TOKENS.get(cue) ?? new Set<string>();
    set.add(tokens[0]!);
    FIRST_TOKENS.set(cue, set);
  }

const firstCueCache = new WeakMap<DetectionContext, Map<NumberCue, number>>();

/**
 * The first word of the call that may open a phrase of this cue kind, or the call's length: before
 * it cuesBefore() cannot find that kind, so a detector that needs the kind may skip the search.
 */
export function firstCueWord(ctx: DetectionContext, kind: NumberCue): number {
  let known = firstCueCache.get(ctx);
  if (!known) firstCueCache.set(ctx, (known = new Map()));
  let first = known.get(kind);
  if (first === undefined) {
    const starts = FIRST_TOKENS.get(kind) ?? new Set<string>();
    first = ctx.tokens.findIndex((t) => starts.has(stripS(t)));
    if (first < 0) first = ctx.tokens.length;
    known.set(kind, first);
  }
  return first;
}

/** Words that name a number of any kind ("number", "id"): after a cue word they take its meaning. */
const GENERIC_SUFFIX = wordSet('generic-suffix');

interface Significant {
  /** word indices of the words that are not fillers or empty */
  words: Int32Array;
  /** per word: index into `words` of the first significant word at or after it */
  pos: Int32Array;
  /** per significant word: its token as cues are matched (stripS), made once per call */
  stripped: string[];
}

const cache = new WeakMap<DetectionContext, Significant>();

function significant(ctx: DetectionContext): Significant {
  let sig = cache.get(ctx);
  if (sig) return sig;
  // the word list is written straight into a typed array (a number[] grown by push and then
  // copied was ~12 MB of garbage on a call of a million words); its length is counted first
  let count = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const t = ctx.tokens[i]!;
    if (t !== '' && !FILLERS.has(t)) count++;
  }
  const words = new Int32Array(count);
  const stripped: string[] = [];
  const pos = new Int32Array(ctx.tokens.length + 1);
  let n = 0;
  for (let i = 0; i < ctx.tokens.length; i++) {
    pos[i] = n;
    const t = ctx.tokens[i]!;
    if (t !== '' && !FILLERS.has(t)) {
      words[n++] = i;
      stripped.push(stripS(t));
    }
  }
  pos[ctx.tokens.length] = n;
  sig = { words, pos, stripped };
  cache.set(ctx, sig);
  return sig;
}

export interface CueHit {
  cue: NumberCue;
  phrase: string;
  /** first word of the phrase */
  word: number;
  /** significant words between the phrase and the value */
  distance: number;
  /**
   * A clause ends between the phrase and the value as written ("my order never arrived. 0612 ...",
   * "about my order, 0612 ..."): the cue spoke of something else. A colon is no end ("Order: 4411").
   */
  acrossClause: boolean;
}

/** A written word that ends a clause: full stop, comma, semicolon or exclamation mark, before closing quotes. */
const CLAUSE_END = /[.,;!]["'”’)\]]*$/u;

/** The cue word's own stop may be an abbreviation's ("Ref. 4411") and its comma an apposition's ("the order, 4411"). */
const CUE_WORD_END = /[;!]["'”’)\]]*$/u;

/** Does a clause end after the cue's last word (`from`), before the value at `index`? */
function clauseEndsBetween(ctx: DetectionContext, from: number, index: number): boolean {
  if (CUE_WORD_END.test(ctx.words[from]!.text)) return true;
  for (let w = from + 1; w < index; w++) {
    const text = ctx.words[w]!.text;
    if (CLAUSE_END.test(text) && !NUMBER_SIGN.test(text)) return true;
  }
  return false;
}

/** The abbreviation of "number" ("Ref. No. 4411", "Rechnung Nr. 4411"): its stop ends no clause. */
const NUMBER_SIGN = /^(?:no|nr|n[º°o]|num)\.$/i;

/**
 * Cues found in the `window` significant words before word `index`, nearest first. Neutral phrases
 * are skipped; the search stops at an earlier value (a run of 3+ digits) unless it directly
 * precedes this one. At most `max` hits.
 */
export function cuesBefore(ctx: DetectionContext, index: number, window = 14, max = 4): readonly CueHit[] {
  // the detectors ask about the same value more than once (phone, account, dob, address): one
  // search per question and call, the answer shared (callers only read it)
  if (index < 0 || index >= 2 ** 20 || window < 0 || window >= 1024 || max < 0 || max >= 16)
    return searchCuesBefore(ctx, index, window, max);
  let known = cueAnswers.get(ctx);
  if (!known) cueAnswers.set(ctx, (known = new Map()));
  const key = (index * 1024 + window) * 16 + max;
  let hits = known.get(key);
  if (!hits) known.set(key, (hits = searchCuesBefore(ctx, index, window, max)));
  return hits;
}

/** cuesBefore() answers already given, per call (detection context) and question. */
const cueAnswers = new WeakMap<DetectionContext, Map<number, readonly CueHit[]>>();

function searchCuesBefore(ctx: DetectionContext, index: number, window: number, max: number): CueHit[] {
  const sig = significant(ctx);
  const hits: CueHit[] = [];
  const end = sig.pos[Math.min(index, ctx.tokens.length)]!;
  let stop = Math.max(0, end - window);
  let p = end - 1;
  let valueStart = end;
  let jumps = 0; // bounded, so a call made of numbers stays linear
  const token = sig.stripped;
  while (p >= stop && hits.length < max) {
    // A cue introduces the first value after it: an earlier value in between has taken it. Unless
    // that value ends right before this one (at most 2 words between): then this is the same value
    // continued, corrected or repeated ("four one five five five sorry five five five ..."), and
    // the search goes on before it.
    const run = ctx.spoken.wordRun[sig.words[p]!]!;
    const earlier = run >= 0 ? ctx.spoken.runs[run]! : undefined;
    // a run that goes on into this value is its own spelled cue ("s s n | eight three six ..."), no earlier value
    if (earlier && earlier.digits.length >= 3 && earlier.endWord <= index) {
      if (hits.length > 0 || jumps++ === 2 || valueStart - sig.pos[earlier.endWord]! > 2) break;
      valueStart = sig.pos[earlier.startWord]!;
      stop = Math.max(0, valueStart - window);
      p = valueStart - 1;
      continue;
    }
    const matched = cueEndingAt(p, token);
    if (matched) {
      const first = p - matched.tokens.length + 1;
      if (matched.cue !== 'neutral' && !storedOn(first, token)) {
        hits.push({
          cue: matched.cue,
          phrase: matched.tokens.join(' '),
          word: sig.words[first]!,
          distance: end - 1 - p,
          acrossClause: clauseEndsBetween(ctx, sig.words[p]!, Math.min(index, ctx.tokens.length)),
        });
      }
      p = first - 1;
    } else p--;
  }
  return hits;
}

/** "<field> on the <record>": prepositions, and words that may come between the field and them. */
const STORED_ON = wordSet('stored-on');
const STORED_VERBS = wordSet('stored-verbs');
/** Heads that name no field: "the number on the order" may well be the order number. */
const BARE_HEADS = wordSet('bare-heads');
const RECORD_DETERMINERS = wordSet('record-determiners');

/**
 * Is the phrase starting at significant word `first` only where a field is stored, named before it
 * ("the phone number on the order", "a contact number listed for the booking")? The head noun names
 * the field; a bare "number" is no head ("the number on the order" may be the order number), and
 * neither is a field that is no number ("the email for the order number").
 */
function storedOn(first: number, token: readonly string[]): boolean {
  if (first < 3 || !RECORD_DETERMINERS.has(token[first - 1]!) || !STORED_ON.has(token[first - 2]!))
    return false;
  let q = first - 3; // the last word of the head
  if (q > 0 && STORED_VERBS.has(token[q]!)) q--; // "what phone number is on", "the cell listed on"
  const head = cueEndingAt(q, token);
  return (
    head !== undefined &&
    head.cue !== 'neutral' &&
    head.cue !== 'quantity' &&
    head.cue !== 'other' &&
    !BARE_HEADS.has(head.tokens.join(' '))
  );
}

/** The cue phrase ending at significant word p, a generic suffix taking the meaning of the cue before it. */
function cueEndingAt(p: number, token: readonly string[]): Phrase | undefined {
  const matched = phraseEndingAt(p, token);
  if (GENERIC_SUFFIX.has(token[p]!) && (!matched || matched.tokens.length === 1)) {
    const inner = phraseEndingAt(p - 1, token);
    if (inner && inner.cue !== 'neutral') return { tokens: [...inner.tokens, token[p]!], cue: inner.cue };
  }
  return matched;
}

const NO_PHRASES: readonly Phrase[] = [];

/** The longest phrase whose last token is significant word p, or undefined. */
function phraseEndingAt(p: number, token: readonly string[]): Phrase | undefined {
  if (p < 0) return undefined;
  for (const ph of BY_LAST.get(token[p]!) ?? NO_PHRASES) {
    const n = ph.tokens.length;
    if (p - n + 1 < 0) continue;
    let ok = true;
    for (let k = 0; k < n - 1 && ok; k++) ok = token[p - n + 1 + k]! === ph.tokens[k];
    if (ok) return ph;
  }
  return undefined;
}

/** The nearest cue before word `index`, or undefined. */
export function nearestCue(ctx: DetectionContext, index: number, window = 14): CueHit | undefined {
  return cuesBefore(ctx, index, window, 1)[0];
}

/** Units that make a value an amount, a duration or a count ("dollars", "minutes", "pictures"). */
const UNITS_AFTER = wordSet('units');

/** Is the value followed by a unit that makes it a quantity ("twenty dollars", "five pictures", "ten a day")? */
export function unitAfter(ctx: DetectionContext, endWord: number): boolean {
  const sig = significant(ctx);
  let p = sig.pos[Math.min(endWord, ctx.tokens.length)]!;
  const at = (q: number): string | undefined =>
    q < sig.words.length ? ctx.tokens[sig.words[q]!] : undefined;
  if (PER.has(at(p) ?? '')) p++;
  return UNITS_AFTER.has(at(p) ?? '');
}

const PER = wordSet('per');

/**
 * Does a company cue introduce the value after it: a phrase naming a number ("order number",
 * "toll free"), or a record word right before it in its clause ("order 5521 ...")? A record word further back
 * ("I placed an online order but never got a message on my registered ...") names no number.
 */
const introduces = (cue: CueHit): boolean =>
  cue.phrase.includes(' ') || (cue.distance <= 2 && !cue.acrossClause);

const companyCache = new WeakMap<DetectionContext, ReadonlySet<string>>();

/**
 * Is this run a company reference: introduced as one ("your claim number is ...", "order 5521"),
 * or the same value as a run that was (the agent reads the order number back without the cue)?
 */
export function isCompanyReference(ctx: DetectionContext, run: SpokenRun): boolean {
  let refs = companyCache.get(ctx);
  if (!refs) {
    const set = new Set<string>();
    for (const r of ctx.spoken.runs) {
      const cue = nearestCue(ctx, r.startWord);
      if (r.text.length >= 4 && cue?.cue === 'company' && introduces(cue)) set.add(r.text);
    }
    refs = set;
    companyCache.set(ctx, refs);
  }
  return refs.has(run.text);
}
