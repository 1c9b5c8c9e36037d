/**
 * What the address grammar asks of each word, computed once per call: the folded token (accents
 * removed, see vocab.fold), whether the raw word is capitalised, ends a sentence or a list item,
 * and whether the call is formatted (capitals and punctuation) or raw ASR (lower case, none).
 */
import type { DetectionContext } from '../types.js';
import type { Candidate } from '../../types.js';
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { addressVocab, fold } from './vocab.js';
import { isFillerAt } from './postcode.js';
import { wordSet } from '../gazetteer/name-data.js';

export interface AddressView {
  ctx: DetectionContext;
  n: number;
  folded: readonly string[];
  /** the call is written with capitals and punctuation (formatted ASR, text) */
  formatted: boolean;
  /** prefix counts of words that start an address cue / a postcode cue phrase */
  cues: Int32Array;
  postcodeCues: Int32Array;
  /** nextValue[i]: the first word at or after i that says a digit (a number run or a written digit) */
  nextValue: Int32Array;
  /** per word, answers of the word tests the grammar asks most (see `remembered`) */
  known: Uint8Array;
  /**
   * per word, the vocabularies whose phrases open on it (PREFIX_TYPE, SUFFIX_TYPE, CUE_FIRST,
   * POSTCODE_CUE_FIRST): looked up once per distinct word of the call, read at every word
   */
  opens: Uint8Array;
}

/** Bits of `opens`: the word opens a prefix / suffix street type, an address / postcode cue. */
export const PREFIX_TYPE = 1;
export const SUFFIX_TYPE = 2;
const CUE_FIRST = 4;
const POSTCODE_CUE_FIRST = 8;

const HAS_CAPITAL = /\p{Lu}/u;
const ENDS_PUNCT = /[.,?!]$/;

const views = new WeakMap<DetectionContext, AddressView>();

export function addressView(ctx: DetectionContext): AddressView {
  let v = views.get(ctx);
  if (!v) {
    const voc = addressVocab();
    const opensOf = (f: string): number =>
      (voc.streets.prefix.has(f) ? PREFIX_TYPE : 0) |
      (voc.streets.suffix.has(f) ? SUFFIX_TYPE : 0) |
      (voc.cues.has(f) ? CUE_FIRST : 0) |
      (voc.postcodeCues.has(f) ? POSTCODE_CUE_FIRST : 0);
    // one folded string and one set of vocabulary bits per distinct token: a long call says a few
    // thousand distinct words
    const distinct = new Map<string, number>();
    const foldedList: string[] = [];
    const opensList: number[] = [];
    const opens = new Uint8Array(ctx.tokens.length);
    const folded: string[] = [];
    for (let i = 0; i < ctx.tokens.length; i++) {
      const t = ctx.tokens[i]!;
      let d = distinct.get(t);
      if (d === undefined) {
        const f = fold(t);
        distinct.set(t, (d = foldedList.push(f) - 1));
        opensList.push(opensOf(f));
      }
      folded.push(foldedList[d]!);
      opens[i] = opensList[d]!;
    }
    // "Bosnia & Herzegovina", "Turks & Caicos Islands": the ampersand (an empty token) reads "and"
    for (let i = 0; i < folded.length; i++)
      if (folded[i] === '' && ctx.words[i]!.text === '&') {
        folded[i] = 'and';
        opens[i] = opensOf('and');
      }
    let caps = 0;
    let punct = 0;
    for (const w of ctx.words) {
      if (HAS_CAPITAL.test(w.text)) caps++;
      if (ENDS_PUNCT.test(w.text)) punct++;
    }
    const formatted = ctx.words.length > 0 && (caps + punct) / ctx.words.length > 0.08;
    const counts = (set: typeof voc.cues, bit: number): Int32Array => {
      const out = new Int32Array(folded.length + 1);
      // one reader for the whole call (a closure per word was most of the view's garbage); a
      // phrase can only start at a word that opens one (`has`)
      let at = 0;
      const read = (k: number): string | undefined => folded[at + k];
      for (let i = 0; i < folded.length; i++) {
        at = i;
        out[i + 1] = out[i]! + ((opens[i]! & bit) !== 0 && set.match(read) > 0 ? 1 : 0);
      }
      return out;
    };
    const nextValue = new Int32Array(folded.length + 1).fill(folded.length);
    for (let i = folded.length - 1; i >= 0; i--) {
      const run = runAt(ctx.spoken, i);
      const value = (run !== undefined && run.digits.length > 0) || /\d/.test(ctx.tokens[i]!);
      nextValue[i] = value ? i : nextValue[i + 1]!;
    }
    v = {
      ctx,
      n: ctx.tokens.length,
      folded,
      formatted,
      cues: counts(voc.cues, CUE_FIRST),
      postcodeCues: counts(voc.postcodeCues, POSTCODE_CUE_FIRST),
      nextValue,
      known: new Uint8Array(ctx.tokens.length),
      opens,
    };
    views.set(ctx, v);
  }
  return v;
}

/**
 * The view of `from` (built during detection) as the view of `to`, a copy of the context made for
 * the passes after detection (see analyze.ts), when an ADDRESS candidate will make those passes read
 * it: its arrays depend on the words alone. The copy points at `to`, so the detectors' memos keyed
 * by `from` can still be collected.
 */
export function carryAddressView(
  from: DetectionContext,
  to: DetectionContext,
  candidates: readonly Candidate[],
): void {
  const v = views.get(from);
  if (v && candidates.some((c) => c.type === 'ADDRESS')) views.set(to, { ...v, ctx: to });
}

export const raw = (v: AddressView, i: number): string => v.ctx.words[i]?.text ?? '';

export const isFiller = (v: AddressView, i: number): boolean => isFillerAt(v.ctx, i);

/** Index of the first word at or after i that is not a filler or bare punctuation. */
export function skip(v: AddressView, i: number): number {
  let k = i;
  while (k < v.n && isFiller(v, k)) k++;
  return k;
}

export const sameTurn = (v: AddressView, a: number, b: number): boolean =>
  v.ctx.words[a]?.speaker === v.ctx.words[b]?.speaker;

/**
 * The raw word starts with a capital letter (any script), after an elided or hyphenated article
 * ("l'Église", "il-Kbira") or a line marker glued to it (">Hungary").
 */
export const capitalised = (v: AddressView, i: number): boolean =>
  remembered(v, i, CAPITALISED, isCapitalised);

const CAPITAL_START =
  /^[("'«„>]?(?:(?:d|l|dell|dall|all|nell|sull|qu)['’]|(?:il|l|al|el|ul|ta|tal|tas|tad|ix|iż|is|in)-)?\p{Lu}/u;
const isCapitalised = (v: AddressView, i: number): boolean => CAPITAL_START.test(raw(v, i));

/**
 * Word tests the rules ask at the same word many times a call, answered once per word: two bits
 * each in `known` (asked, answer). Words outside the call are tested as they are.
 */
const CAPITALISED = 0;
const ENDS_ITEM = 2;
const ENDS_SENTENCE = 4;
const NAME_WORD_BIT = 6;
function remembered(
  v: AddressView,
  i: number,
  bit: number,
  test: (v: AddressView, i: number) => boolean,
): boolean {
  if (!(i >= 0 && i < v.n)) return test(v, i);
  const bits = v.known[i]!;
  if (bits & (1 << bit)) return (bits & (2 << bit)) !== 0;
  const yes = test(v, i);
  v.known[i] = bits | (1 << bit) | (yes ? 2 << bit : 0);
  return yes;
}

/**
 * A run of three or more question marks glued to a word: the mark exports leave for a character
 * they could not encode, most often a line break between address lines ("12???  Suite 210???").
 */
export const LOST_BREAK = /\?{3,}["')\]]*$/u;

/** The raw word ends with a comma or a lost line break (a list item or address line ends). */
export const endsItem = (v: AddressView, i: number): boolean => remembered(v, i, ENDS_ITEM, isItemEnd);

const ITEM_END = /[,;]["')\]]*$/u;
const isItemEnd = (v: AddressView, i: number): boolean =>
  ITEM_END.test(raw(v, i)) || LOST_BREAK.test(raw(v, i));

/** Abbreviations that end in a dot without ending the sentence ("St.", "Str.", "ul.", "д."). */
function isAbbreviation(v: AddressView, i: number): boolean {
  const t = v.folded[i] ?? '';
  if (t.length <= 1) return true; // an initial or a one-letter abbreviation
  const voc = addressVocab();
  // listed only with its dot ("prasp.", "bulw."): an abbreviation at any length
  if (voc.streets.dotted.has(t)) return true;
  // "Lale Cad. No: 12", "Lale Cad. No:14/5": a street type whose dot is followed by a written
  // house-number mark ("No:", "Nr.", glued to its number or not) is abbreviated even when it spells
  // an English word ("cad")
  if (
    (voc.streets.prefix.has(t) || voc.streets.suffix.has(t)) &&
    /^(?:no|nr|n°|nº)[.:](?:\d[\d/-]*[,;]?)?$/i.test(raw(v, i + 1))
  )
    return true;
  // "No. 15", "Nr. 7": a house-number mark before a written number
  if (voc.numberMarks.has(t) && /^\d/.test(raw(v, i + 1))) return true;
  // "Tv. dos Orrelos", "Av. Velkanto": a prefix-only type written as a title-case abbreviation opens
  // the name after it, even when it spells an English word ("tv"); "the TV. Then" stays a sentence end
  if (
    voc.streets.prefix.has(t) &&
    !voc.streets.suffix.has(t) &&
    /^\p{Lu}\p{Ll}{1,3}\.$/u.test(raw(v, i)) &&
    !DETERMINERS.has(v.folded[i - 1] ?? '') &&
    /^\p{Lu}\p{Ll}|^(?:d[aeo]s?|d[ae]l|la|las|los)$/u.test(raw(v, i + 1))
  )
    return true;
  // "St.", "Ave.", "Str.", "ul.": short and no English word ("Road." and "Way." end sentences)
  if (t.length > 4 || isCommonWord(v.ctx.tokens[i] ?? '')) return false;
  return (
    voc.streets.prefix.has(t) ||
    voc.streets.suffix.has(t) ||
    voc.streets.compound.find(t) !== undefined ||
    voc.units.has(t) ||
    voc.unitsAfter.has(t) ||
    voc.numberMarks.has(t) ||
    voc.localities.prefix.has(t) ||
    voc.localities.suffix.has(t) ||
    voc.poBoxes.has(t) ||
    /^(?:mr|mrs|ms|dr|jr|sr|st|mt|ft|no|nr|co|inc|ltd)$/.test(t)
  );
}

/** Words before a noun: "the TV." is the set, not a street type. */
const DETERMINERS = new Set('a an the my our your his her their this that new old'.split(' '));

/** The raw word ends a sentence (".", "!", "?"), an abbreviation's dot excepted. */
export const endsSentence = (v: AddressView, i: number): boolean =>
  remembered(v, i, ENDS_SENTENCE, isSentenceEnd);

const EXCLAMATION_END = /[!?]["')\]]*$/u;
const DOT_END = /\.["')\]]*$/u;
const isSentenceEnd = (v: AddressView, i: number): boolean => {
  const r = raw(v, i);
  if (LOST_BREAK.test(r)) return false;
  if (EXCLAMATION_END.test(r)) return true;
  if (!DOT_END.test(r)) return false;
  // "Tisza utca 24. Hungary": a house number's dot after a street type (Hungarian, Slovene ...)
  if (/^\d{1,4}[a-z]?\.$/i.test(r) && i > 0 && addressVocab().streets.suffix.has(v.folded[i - 1] ?? ''))
    return false;
  return !isAbbreviation(v, i);
};

/** The address part ends after word i: a sentence end, or another speaker next. */
export const partEnds = (v: AddressView, i: number): boolean =>
  endsSentence(v, i) || (i + 1 < v.n && !sameTurn(v, i, i + 1));

/** "it's", "you're", "don't": never part of a name ("St Mary's Road" is). */
const CONTRACTION =
  /['’](?:re|ll|ve|m|d)$|n['’]t$|^(?:it|that|he|she|what|there|here|who|let|where|how)['’]s$/;

/** Words that never belong to a street or place name (the label "address", letter openings and closings included). */
const NAME_STOP = new Set(
  'and or is was be been are am my the a an at in on to of for from it its that this yes no yeah okay ok so but address addresses dear sincerely regards cordially respectfully faithfully'.split(
    ' ',
  ),
);

// made once: a regular-expression literal in a function is a new RegExp object per evaluation
const NAME_WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/**
 * Can word i be part of a street or place name? Letters of any script (hyphens, apostrophes and
 * dots inside allowed), not a function word; in formatted text it must be capitalised or a word
 * English lacks.
 */
export function nameWord(v: AddressView, i: number, particles?: ReadonlySet<string>): boolean {
  if (particles !== undefined && particles.has(v.folded[i]!) && lettersNoValue(v, i)) return true;
  return remembered(v, i, NAME_WORD_BIT, nameWordOf);
}

/** Letters (no spoken number or spelled letter): what any name word is, a particle too. */
function lettersNoValue(v: AddressView, i: number): boolean {
  const t = v.ctx.tokens[i];
  // spoken numbers and spelled letters are values, not names
  return !!t && NAME_WORD.test(t) && !runAt(v.ctx.spoken, i);
}

/** nameWord without particles, answered once per word (see `remembered`). */
function nameWordOf(v: AddressView, i: number): boolean {
  if (!lettersNoValue(v, i)) return false;
  const t = v.ctx.tokens[i]!;
  if (NAME_STOP.has(t) || isFunctionWord(t) || CONTRACTION.test(t)) return false;
  if (contactLabel(v, i)) return false;
  // an address typed without capitals in formatted text ("61207 brekkevollen 214 st."): a word English
  // lacks is a name all the same
  if (!v.formatted || capitalised(v, i)) return true;
  // (handles and tags are no names: "via @FernvaleNews"; nor initials: "v. s.")
  return t.length >= 2 && !englishWord(t) && !/^[@#]/.test(raw(v, i));
}

/** Words that label a contact detail in a form read aloud ("telephone plus two ...", "mobile five ..."). */
const CONTACT_LABELS = wordSet('address/contact-labels');
const VALUE_OPENERS = new Set(['plus', 'number', 'no', 'is']);

/**
 * A contact label right before its value ends an address ("... kankan guinea telephone plus two
 * two four", "..., Tarnmoor. Tel 0740 ..."); "telephone road" is still a street.
 */
export function contactLabel(v: AddressView, i: number): boolean {
  if (!CONTACT_LABELS.has(v.folded[i]!)) return false;
  const next = i + 1;
  if (next >= v.n) return false;
  if (!v.formatted) return v.nextValue[next] === next || VALUE_OPENERS.has(v.folded[next]!);
  // written: a phone's digits, more than a postcode has ("Mobile 36602" is Mobile, Alabama)
  return phoneDigitsFrom(v, next) >= MIN_WRITTEN_PHONE_DIGITS;
}

/** A written phone has at least this many digits; a postcode after a town named "Mobile" fewer. */
const MIN_WRITTEN_PHONE_DIGITS = 6;

/** Digits in the number-like tokens from word i on ("+43 664 555018": 12). */
function phoneDigitsFrom(v: AddressView, i: number): number {
  let digits = 0;
  for (let k = i; k < v.n && k < i + 6; k++) {
    const t = raw(v, k);
    if (!/^[+(]?[\d().\-/]+[,.]?$/.test(t)) break;
    digits += t.replace(/\D/g, '').length;
  }
  return digits;
}

/** Words naming the kind of a phone ("home", "work", "office", "mobile"): lexicons/phone/after/. */
const PHONE_KINDS = wordSet('phone/after');

/**
 * "..., Oman Home phone: ...", "oman home phone five five five": a phone's kind right before a
 * contact label belongs to the label, not to the address (Home is also a town's name).
 */
export function phoneKindBeforeLabel(v: AddressView, i: number): boolean {
  const next = i + 1;
  return next < v.n && PHONE_KINDS.has(v.folded[i]!) && CONTACT_LABELS.has(v.folded[next]!);
}

/** An English word, inflected forms included ("attended", "looking", "quickly"). */
function englishWord(t: string): boolean {
  if (isCommonWord(t)) return true;
  // verb and adverb forms the word lists lack ("attended", "quickly"); not "-ing", which ends many
  // European place names (Kolding, Straubing)
  if (/(?:ed|ly)$/.test(t)) return true;
  const stem = /^(.{3,}?)(?:es|s|er|est)$/.exec(t);
  if (!stem) return false;
  const base = stem[1]!;
  // "attended" -> attend, "stopped" -> stop, "making" -> make
  return (
    isCommonWord(base) || isCommonWord(base + 'e') || (/(.)\1$/.test(base) && isCommonWord(base.slice(0, -1)))
  );
}

export const isParticle = (v: AddressView, i: number): boolean =>
  addressVocab().streets.particles.has(v.folded[i] ?? '');

/** Does an address cue start within `window` words before word i? */
export const cueBefore = (v: AddressView, i: number, window: number): boolean =>
  v.cues[Math.max(0, i)]! - v.cues[Math.max(0, i - window)]! > 0;

/** Does a postcode cue ("zip", "PLZ", "CEP") start within `window` words before word i? */
export const postcodeCueBefore = (v: AddressView, i: number, window: number): boolean =>
  v.postcodeCues[Math.max(0, i)]! - v.postcodeCues[Math.max(0, i - window)]! > 0;
