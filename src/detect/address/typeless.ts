/**
 * Street lines known by their place in the sentence rather than by a street type word:
 *
 *   type after number   name... N type            "Lindkullsgatan 4 St.", "via serpio one forty two street":
 *                                                  a street type said again after the house number of a
 *                                                  street that already ends in one (the caller's street)
 *   cued typeless line  [N] name... N [type]       "his address: 4817 Sladovnická 153", "lives on Oberfeldli
 *                                                  50", "leaves you right at 34019 Kovaška 27": most of the
 *                                                  world names streets without a type word (Czech, Slovene,
 *                                                  Hungarian, Scandinavian, Spanish-American streets named
 *                                                  after a person), so an address cue or a place preposition
 *                                                  right before a name and a house number opens a street line
 *   second leading number  N N street              "803 2164 Larchmont Drive": a building or postcode number
 *                                                  before the numbered street line
 */
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { isBrand } from '../brands.js';
import { houseNumberAt, unitAt } from './numbers.js';
import { countryAt, regionAt, tailAt } from './tail.js';
import { postcodeAt } from './postcode.js';
import { compoundAt, numberFirstStreet, prefixTypeAt, suffixTypeAt } from './street.js';
import type { AddressView } from './view.js';
import { capitalised, cueBefore, endsItem, isParticle, nameWord, partEnds, raw, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';

/** Is word i part of a number (a written digit or a spoken number run)? */
const isValue = (v: AddressView, i: number): boolean => v.nextValue[i] === i;

/**
 * A street type said after the house number that ends a street line at `end` ("Lindkullsgatan 4 St.",
 * "ziegelgasse nineteen street"): the index after the type, else `end`. Everyday-word types ("green",
 * "place") do not count here: "Toftevej 21 Park" may be a park.
 */
export function typeAfterNumber(v: AddressView, end: number, afterName = false): number {
  if (end <= 0 || end >= v.n || !(afterName || isValue(v, end - 1))) return end;
  if (partEnds(v, end - 1) || endsItem(v, end - 1) || !sameTurn(v, end - 1, end)) return end;
  const len = suffixTypeAt(v, end);
  if (len === 0) return end;
  for (let k = end; k < end + len; k++) if (addressVocab().streets.weak.has(v.folded[k] ?? '')) return end;
  return sideStreetNumber(v, end - 1, end + len);
}

/**
 * "sejong ro twelve gil thirty four" (Sejong-ro 12-gil 34): a side street numbered off a typed road,
 * then the house number. Raw ASR only (written, "12-gil" is one word); the number ending at word
 * `last` follows a street type, and the type `after` it. The end after the house number, else `after`.
 */
function sideStreetNumber(v: AddressView, last: number, after: number): number {
  if (v.formatted || partEnds(v, after - 1)) return after;
  const run = runAt(v.ctx.spoken, last);
  const before = (run ? run.startWord : last) - 1;
  if (before < 0 || suffixTypeAt(v, before) === 0) return after;
  const house = houseNumberAt(v, after);
  return house > 0 && sameTurn(v, after, house - 1) ? house : after;
}

/** Spoken zero before a number run: the run leaves a leading "oh" out (it is also an interjection). */
const SPOKEN_ZERO = new Set(['oh', 'o']);

/**
 * "oh four two kirkestraede": a spoken zero right before the number that opens an address at
 * `start`, same speaker, no punctuation between ("Oh, 12 Main St" keeps the interjection out): its
 * index, else `start`.
 */
export function spokenZeroBefore(v: AddressView, start: number): number {
  const j = start - 1;
  if (j < 0 || !isValue(v, start) || !SPOKEN_ZERO.has(v.folded[j] ?? '')) return start;
  if (!sameTurn(v, j, start) || /[,.!?;:]$/.test(raw(v, j))) return start;
  return j;
}

/** Place prepositions and verbs that open a street line ("lives on", "drops you off at", "is on"). */
const PLACE_OPENERS = new Set(['at', 'on', 'to', 'address', 'addresses']);
const COPULAS = new Set(['is', 'was', "it's", 'its']);

/**
 * How a street line opens at word s: 'cue' right after an address cue or label ("his address | ...",
 * "Address: ..."), 'cue' after a place preposition that follows a cue ("lives on | ..."), 'place' after
 * a bare place preposition ("drops you off at | ..."; also "laughing at | trelvo oh three", so such a line
 * needs more evidence), else undefined.
 */
export function opening(v: AddressView, s: number): 'cue' | 'place' | undefined {
  const b = s - 1;
  if (b < 0 || !sameTurn(v, b, s) || partEnds(v, b)) return undefined;
  if (v.cues[s]! - v.cues[b]! > 0 && !endsItem(v, b)) return 'cue';
  if (/:$/.test(raw(v, b)) && cueBefore(v, s, 3)) return 'cue';
  // "my address is | Horní Lhota 33"
  if (COPULAS.has(v.folded[b] ?? '') && cueBefore(v, b, 2)) return 'cue';
  if (!PLACE_OPENERS.has(v.folded[b] ?? '') || endsItem(v, b)) return undefined;
  // "moved to | ...": "to" opens counts and ranges as well, so it is never more than a place opener
  return cueBefore(v, b, 2) && v.folded[b] !== 'to' ? 'cue' : 'place';
}

/**
 * Does the street line starting at word s open right after a place preposition, a copula or a label
 * ("lives at | ...", "address is | ...", "Address: | ...") rather than a verb ("sent | Anna 12, ...":
 * the verb's object may be a person)?
 */
export function placeBefore(v: AddressView, s: number): boolean {
  const b = s - 1;
  if (b < 0) return false;
  const f = v.folded[b] ?? '';
  return PLACE_OPENERS.has(f) || COPULAS.has(f) || /:$/.test(raw(v, b));
}

const addressWordAt = (v: AddressView, k: number): boolean => {
  const voc = addressVocab();
  const f = (m: number): string | undefined => v.folded[k + m];
  return voc.units.match(f) > 0 || voc.numberMarks.match(f) > 0;
};

/** Words of a typeless street name starting at i: its end, else -1. One to three name words. */
function typelessNameEnd(v: AddressView, i: number): number {
  let end = -1;
  let uncommon = false;
  for (let k = i; k < i + 3 && k < v.n; k++) {
    if (!sameTurn(v, i, k)) break;
    const particle = k > i && isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    // "billing address | postcode seven oh ...": a cue word is no street name
    if (v.cues[k + 1]! - v.cues[k]! > 0 || v.postcodeCues[k + 1]! - v.postcodeCues[k]! > 0) break;
    // "plot eight nh forty eight": a unit word or house-number mark is no street name
    if (k === i && !v.formatted && (v.folded[k] ?? '').length > 1 && addressWordAt(v, k)) break;
    // "Dara Quill Flat 204": a unit word after the first ends the name (its number is the unit's)
    if (k > i && (v.folded[k] ?? '').length > 1 && addressWordAt(v, k)) break;
    if (!particle && !isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
    end = k + 1;
    if (endsItem(v, k) || partEnds(v, k)) break;
  }
  // a name of everyday words is no street ("at Home 5", "on page 12") and never ends on a particle
  if (end < 0 || !uncommon || isParticle(v, end - 1)) return -1;
  return end;
}

/**
 * A street line without a type word, opened by an address cue or a place preposition: [N] name... N
 * [type]. Word i starts the line (its leading number or its name). Returns [start, end) or null.
 */
export function cuedTypelessStreetAt(v: AddressView, i: number, recipient = false): [number, number] | null {
  // "yes | Tovarre 27, Lautoka, Fiji", "it is | ...": an answer opens a line that a postcode or a
  // country must confirm; so does a recipient's line ended by a comma ("to Dara Quill, | Velkova 12,
  // Zagreb, Croatia"), asked for only when no other reading starts at i
  const opens = recipient
    ? recipientBefore(v, i)
      ? 'answer'
      : undefined
    : (opening(v, i) ?? (answerBefore(v, i) ? 'answer' : undefined));
  if (!opens) return null;
  let nameStart = i;
  const run = runAt(v.ctx.spoken, i);
  if (isValue(v, i)) {
    // "34019 Kovaška 27": a postcode or building number first (up to six digits)
    if (run && run.startWord === i) {
      if (!/^\d{1,6}$/.test(run.text)) return null;
      nameStart = run.endWord;
    } else if (/^\d{1,6}$/.test(v.ctx.tokens[i] ?? '')) nameStart = i + 1;
    else return null;
    if (!sameTurn(v, i, nameStart) || partEnds(v, nameStart - 1) || endsItem(v, nameStart - 1)) return null;
  }
  const nameEnd = typelessNameEnd(v, nameStart);
  if (nameEnd < 0 || partEnds(v, nameEnd - 1)) return null;
  // "lives on Maple 12" but not "is on Chapter 12 of": the name is a known word only as a proper name
  if (isFunctionWord(v.ctx.tokens[nameStart]!)) return null;
  // "go to Chapter 4, Zagreb", "on Flight 40, Sweden": a numbered thing is no street name
  // (a unit word or a road's prefix opens a line: "at Plot 8, NH 48, Gurugram")
  const first = v.folded[nameStart] ?? '';
  const numbered = NUMBERED_THINGS.has(first) && !addressWordAt(v, nameStart);
  if (numbered && prefixTypeAt(v, nameStart) === 0) return null;
  const house = houseNumberAt(v, nameEnd);
  if (house < 0 || !sameTurn(v, nameStart, house - 1)) return null;
  // a spoken number longer than a house number is something else ("on flight two three four five six")
  const hr = runAt(v.ctx.spoken, nameEnd);
  const runsOn = hr !== undefined && hr.startWord === nameEnd && hr.endWord > house;
  // ... unless raw ASR said the postcode right after the house number, and the town after it ("at
  // tamberlo twelve fourteen five eight six eight penvarra")
  // (the name opening with a word English lacks: "sent to user vrijheidstraat ..." is the street after "user")
  if (runsOn && (!bareName(v, nameStart, nameEnd) || !postcodeAndTownAfter(v, house, hr.endWord)))
    return null;
  // "Billing address: Dara Quill 318 Rue Colombe Vert": the number opens the street after it
  const next = numberFirstStreet(v, nameEnd);
  if (next && next.end > house) return null;
  const end = typeAfterNumber(v, house);
  if (runsOn) return [i, house];
  if (!lineEndsAt(v, end)) return null;
  if (opens === 'answer') {
    const tail = partEnds(v, end - 1) ? undefined : tailAt(v, end, true);
    const firm = tail?.items.some(
      (it) => it.strong && it.end <= tail.end && (it.kind === 'country' || it.kind === 'postcode'),
    );
    return firm ? [i, end] : null;
  }
  // after a bare preposition: a leading number, a street type after the house number, or a postcode,
  // city or country after the line ("at 34019 Kovaška 27", "on Toftevej 21 St.", "at Kaseke 19, Tartu")
  if (opens === 'place' && (nameStart === i || v.folded[i - 1] === 'to') && end === house) {
    const tail = partEnds(v, end - 1) ? undefined : tailAt(v, end, true);
    // after "to" the place is named ("to Zorbcar 4, Zorbcar 2002, 2003": a bare number is no place)
    const place = (it: { strong: boolean; kind: string; end: number }): boolean =>
      it.strong && it.end <= tail!.end && (v.folded[i - 1] !== 'to' || it.kind !== 'postcode');
    // ... or a postcode or unit line with a town after it ("to Tamberlo 4/2, 2677 Lorvenne", "to
    // Quillon 9, Suite 17, Lorvenne"): a line of the block, then its town
    const lined = (tail?.items ?? []).some(
      (it, k, all) =>
        (it.kind === 'unit' || (it.kind === 'postcode' && it.strong)) &&
        all[k + 1] !== undefined &&
        ['name', 'city', 'locality'].includes(all[k + 1]!.kind) &&
        all[k + 1]!.lower !== true,
    );
    const strongTail = (tail?.items.some(place) ?? false) || (v.formatted && lined);
    // "is on Pod Jalovcem 1384.": one is on a street, and the line ends after its number ("on Xbox
    // 360" is a brand); "to" opens all sorts of numbers ("up to 500"), so it needs a place after
    if (!strongTail && !(v.folded[i - 1] === 'on' && onStreetLine(v, nameStart, house))) return null;
  }
  return [i, end];
}

/** Name words without a street type among them, the first one a word English lacks. */
function bareName(v: AddressView, from: number, to: number): boolean {
  // "to japan nine thirty two ...": a country or region opens a line written from the country down
  if (isCommonWord(v.ctx.tokens[from]!) || countryAt(v, from) || regionAt(v, from)) return false;
  for (let k = from; k < to; k++)
    if (suffixTypeAt(v, k) > 0 || prefixTypeAt(v, k) > 0 || compoundAt(v, k)) return false;
  return true;
}

/**
 * Raw ASR: the rest of the house number's spoken run (from `from` to `runEnd`) is a postcode, and a
 * town or country is taken after it: the tail reaches past the run.
 */
function postcodeAndTownAfter(v: AddressView, from: number, runEnd: number): boolean {
  if (v.formatted) return false;
  const pc = postcodeAt(v.ctx, from);
  if (pc?.start !== from || pc.end !== runEnd) return false;
  const tail = tailAt(v, from, true);
  return tail.items[0]?.kind === 'postcode' && tail.end > runEnd;
}

/**
 * Formatted text: a recipient's name line ends with a comma right before word i ("write to Dara
 * Quill, | ...", "Ship to: Dara Quill, | ..."): one to three capitalised name words, the last ending
 * in a comma, opened by a place preposition or a label.
 */
export function recipientBefore(v: AddressView, i: number): boolean {
  const b = i - 1;
  if (!v.formatted || b < 1 || !sameTurn(v, b, i) || !/,$/.test(raw(v, b)) || partEnds(v, b)) return false;
  for (let k = b; k >= Math.max(0, b - 2); k--) {
    if (!nameWord(v, k) || !capitalised(v, k) || (k < b && endsItem(v, k))) return false;
    const o = k - 1;
    if (o >= 0 && sameTurn(v, o, k) && !endsItem(v, o) && placeBefore(v, k)) return true;
    if (o >= 0 && /:$/.test(raw(v, o))) return true;
  }
  return false;
}

/** Words a speaker answers with before an address: "yes | 14 Orvel, ...", "it is | 9 Tamsin, ...". */
const ANSWERS = new Set(['yes', 'yeah', 'is', "it's", 'its']);

/** Is word i right after an answer word, in the same turn and sentence? */
function answerBefore(v: AddressView, i: number): boolean {
  const b = i - 1;
  return b >= 0 && ANSWERS.has(v.folded[b] ?? '') && sameTurn(v, b, i) && !partEnds(v, b);
}

/**
 * A house number, then a street name without a type word ("12-14 Orvel, Tamsby, Ghana", "nine bis
 * quellin ..."): the number-first order of English, French and most of Africa, the Caribbean and the
 * Pacific, where many streets have no type. Word i holds the house number, opened by an address cue, a
 * place preposition or an answer ("yes", "it is"); written, a comma ends the name. [start, end of the
 * name) or null: the caller takes it only with a postcode or a country after it (or a cue before it).
 */
export function numberFirstTypelessAt(v: AddressView, i: number): [number, number, 'cue' | 'weak'] | null {
  if (!isValue(v, i) || i === 0) return null;
  const opens = opening(v, i);
  if (!opens && !answerBefore(v, i)) return null;
  const house = houseNumberAt(v, i);
  if (house <= i || !sameTurn(v, i, house - 1) || partEnds(v, house - 1)) return null;
  // a house number, not a year, a count or a phone number: at most four digits and a letter
  const run = runAt(v.ctx.spoken, i);
  const text = run && run.startWord === i ? run.text : (v.ctx.tokens[i] ?? '');
  if (!/^\d{1,4}(?:[a-z]|[-/]\d{1,4})?$/.test(text.replace(/[,.]$/, ''))) return null;
  let nameEnd = typelessNameEnd(v, house);
  if (nameEnd < 0 || isFunctionWord(v.ctx.tokens[house]!)) return null;
  if (v.formatted && !endsItem(v, nameEnd - 1)) return null;
  // raw ASR has no commas: a known town, region or country ends the name ("quellin | obuase ghana")
  for (let k = house + 1; k < nameEnd; k++) {
    if (tailAt(v, k, true).items.some((it) => it.strong && it.kind !== 'postcode' && it.kind !== 'unit')) {
      nameEnd = k;
      break;
    }
  }
  // a sentence end after the name leaves it unconfirmed; a turn end may be followed by the place
  // after the listener's acknowledgement ("twelve fourteen quillon | okay | benin"), which the caller checks
  if (partEnds(v, nameEnd - 1) && (nameEnd >= v.n || sameTurn(v, nameEnd - 1, nameEnd))) return null;
  return [i, nameEnd, opens === 'cue' ? 'cue' : 'weak'];
}

/** Things numbered in a text or a journey that the word lists may not know as English ("on Chapter 12"). */
const NUMBERED_THINGS = new Set(
  'chapter chapters episode episodes platform aisle volume verse verses slide slides version figure table appendix article clause paragraph psalm psalms lesson unit module level page question item bus flight route train'.split(
    ' ',
  ),
);

/**
 * After "on": a name of words English lacks (in formatted text capitalised, in raw ASR every word),
 * no brand or product among them, and the line ends after the house number.
 */
function onStreetLine(v: AddressView, nameStart: number, house: number): boolean {
  let k = nameStart;
  for (; k < house && v.nextValue[k] !== k; k++) {
    const t = v.ctx.tokens[k]!;
    if (isBrand(t) || NUMBERED_THINGS.has(v.folded[k]!)) return false;
    if (!v.formatted && !isParticle(v, k) && isCommonWord(t)) return false;
  }
  // raw ASR: one word English lacks is too little ("on offense twenty eight"), two are a name
  if (!v.formatted && k - nameStart < 2) return false;
  if (house >= v.n || partEnds(v, house - 1) || endsItem(v, house - 1)) return true;
  // raw ASR has no punctuation: a function word after the number starts the next phrase
  return !v.formatted && isFunctionWord(v.ctx.tokens[house]!) && !COUNTED.has(v.ctx.tokens[house]!);
}

/** Nouns that make a number a count or a measure, never a house number. */
const COUNTED = new Set(
  'day days week weeks month months year years hour hours minute minutes second seconds time times people percent points pages page km miles meters metres feet euros dollars pounds mg milligrams'.split(
    ' ',
  ),
);

/**
 * Does the street line end before word k: anything but a noun that makes the number a count or a
 * measure ("at Google 5 times", "on Westeros 3 days a week") or another number.
 */
function lineEndsAt(v: AddressView, k: number): boolean {
  if (k >= v.n || partEnds(v, k - 1) || endsItem(v, k - 1)) return true;
  const t = v.ctx.tokens[k] ?? '';
  return !COUNTED.has(t) && !/^\d/.test(t);
}

/**
 * The street line's house number starts inside a spoken run, after a first number ("360 4827 Fourth
 * Avenue", "eight oh three twenty one sixty four larchmont drive": a building number or postcode said
 * before the street line): the start of that run, else `start`. Not after a unit word ("Apt 4 12 Main
 * St": the 4 belongs to the unit).
 */
export function numberBeforeInRun(v: AddressView, start: number): number {
  const run = runAt(v.ctx.spoken, start);
  if (!run || run.startWord >= start) return start;
  if (run.startWord > 0 && unitAt(v, run.startWord - 1) > 0) return start;
  for (let k = run.startWord; k < start; k++) if (partEnds(v, k) || endsItem(v, k)) return start;
  return run.startWord;
}
