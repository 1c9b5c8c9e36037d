/**
 * Street lines, in the orders the world writes them (street types from lexicons/address/street-types):
 *
 *   number-first   N [dir] name... suffix-type [dir]        "1427 Maple Ave", "12 Andrássy út"
 *                  N [,] prefix-type name...                "12 rue de la Paix", "123 Đường Lê Lợi"
 *                  N compound                               "12 Hauptstraße" (rare)
 *   prefix         prefix-type name... [,] [mark] [N]       "Calle Mayor 5", "Via Roma 5", "ul. Marszałkowska 10",
 *                                                           "Avenida Paulista, 1578", "ул. Тверская, д. 7", "οδός Ερμού 12"
 *   compound       compound [,] [mark] [N]                  "Hauptstraße 12", "Kerkstraat 14", "Drottninggatan 5"
 *   suffix         name... suffix-type [,] [mark] [N]       "Andrássy út 12", "Atatürk Caddesi No: 12", "Kharrub Street"
 *
 * A street with a house number is an address line on its own. One without a number is returned with
 * `numbered: false`; the caller keeps it only with more address around it (a unit, a city or
 * postcode after it, an address cue before it).
 */
import { asrUspsSuffixAt } from './asr-usps-suffix.js';
import { lettersOpeningStreet } from './asr-letter-names.js';
import { cardinalStreetNameStart } from './asr-cardinal-street.js';
import { asrSpelledUnitAt } from './asr-spelled-unit.js';
import { runAt, type SpokenChunk } from '../../transcript/spoken-view.js';
import { opensNextSentence } from './line-closers.js';
import type { AddressView } from './view.js';
import {
  capitalised,
  cueBefore,
  endsItem,
  isParticle,
  nameWord,
  partEnds,
  raw,
  sameTurn,
  skip,
} from './view.js';
import { addressVocab } from './vocab.js';
import {
  bisEnd,
  houseNumberAt,
  innerNumberEnd,
  markEnd,
  numberValueEnd,
  sectorCodeEnd,
  spokenLetterA,
  spokenLetterMarkNumber,
  unitAt as unitAtStart,
} from './numbers.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import { postcodeAt } from './postcode.js';

export interface Street {
  start: number;
  end: number;
  numbered: boolean;
  /** the type is an everyday word ("Close", "Green"): without a number it needs a postcode or country after it */
  weak?: boolean;
  /** a prefix type and a suffix type around the name ("Rue Lucien-Morvel Street"): a street even alone */
  typedTwice?: boolean;
  /**
   * raw ASR: the house number was said right before an ordinal name ("one hundred twelfth street"),
   * so it may be the ordinal's own hundreds ("112th Street") rather than a house number
   */
  spokenOrdinal?: boolean;
  /** a numbered road with its state's code said after it ("fm three thousand nine t x"): a road even alone */
  stateSaid?: boolean;
}

const DIRECTIONALS = new Set(
  'north south east west n s e w ne nw se sw northeast northwest southeast southwest nord sud ost est oeste norte sur'.split(
    ' ',
  ),
);
/**
 * A directional after a street's type at k ("NE", "north", "Ost"): the index after it, else k. Raw
 * ASR spells a written "NE", "SW" as two letters ("one foo street n e"): both are the street's.
 */
function directionalEnd(v: AddressView, k: number): number {
  const t = v.ctx.tokens[k] ?? '';
  if (!DIRECTIONALS.has(t)) return k;
  // raw ASR "upper street n one two x q": the letter opens a British postcode said after the street
  if (!v.formatted && t.length === 1 && spelledUkPostcodeAt(v, k)) return k;
  // raw ASR "alessandro boulevard s t e b": the letter opens a spelled unit ("STE B"), no direction
  if (asrSpelledUnitAt(v, k) > 0) return k;
  const next = v.ctx.tokens[k + 1] ?? '';
  if (
    !v.formatted &&
    (t === 'n' || t === 's') &&
    (next === 'e' || next === 'w') &&
    sameTurn(v, k, k + 1) &&
    !endsItem(v, k) &&
    !partEnds(v, k)
  )
    return k + 2;
  return k + 1;
}
/** A whole British postcode spelled from word k ("n one two x q", "s w two four j e"). */
function spelledUkPostcodeAt(v: AddressView, k: number): boolean {
  const pc = postcodeAt(v.ctx, k);
  return (
    pc?.start === k && pc.countries.includes('GB') && /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/.test(pc.compact)
  );
}
/** Compass letters written before a street's name ("N Orrel St", "SW Velkova Ave"). */
const COMPASS_LETTERS = new Set(['n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
/** A compass letter opening a name: a capital (or two) in formatted text, one word of its own, no line end after it. */
const compassLetterAt = (v: AddressView, k: number): boolean =>
  COMPASS_LETTERS.has(v.folded[k]!) &&
  !endsItem(v, k) &&
  !partEnds(v, k) &&
  (!v.formatted || /^[NSEW](?:[EWew])?\.?$/.test(raw(v, k)));
const ORDINAL_WORDS =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)$/;
const ORDINAL_CHUNK = /\d(?:st|nd|rd|th)$/;
/** Words that make "road"/"highway"/"route" a numbered road: "farm road twenty two", "county road 12". */
const ROAD_QUALIFIERS = new Set('farm ranch county state forest township us interstate fm'.split(' '));
const NUMBERED_ROADS = new Set(['highway', 'hwy', 'route', 'rte', 'road', 'rd', 'fm', 'cr', 'sr']);
// (letter closings too: "phone two | sincerely nora quill lotus alley" is a number, a sign-off and a name)
const NAME_STOP = new Set(
  'and or is was be been are am my the a an at in on to of for from it its that this yes no yeah okay ok so but dear sincerely regards cordially respectfully faithfully'.split(
    ' ',
  ),
);
/** Possessives before a place noun: "my office | Tsehay Street" is no street named "Office Tsehay". */
const POSSESSIVES = new Set('my our your his her their'.split(' '));

/**
 * Subject pronouns and modal verbs: the English word after one is a verb ("you note", "we rent",
 * "works will close ..."), not a name.
 */
const SUBJECTS = new Set([
  'i',
  'you',
  'we',
  'they',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'shall',
]);
/**
 * Place adverbs and prepositions English puts before a street ("just past elm road", "behind maple
 * street"): raw ASR writes them like a name's words, but they open no street name. ("outside" is left
 * out: stopping there left some streets said after it without the name that made them one.)
 */
const PLACE_ADVERBS = new Set([
  'past',
  'behind',
  'across',
  'opposite',
  'beyond',
  'towards',
  'toward',
  'outside',
  'below',
  'above',
]);
const subjectBefore = (v: AddressView, k: number): boolean =>
  SUBJECTS.has(v.folded[k - 1] ?? '') && v.folded[k - 2] !== 'thank' && sameTurn(v, k - 1, k);

/** The words that label an address in a form or a dictation. */
const ADDRESS_LABELS = new Set(['address', 'addresses', 'addr']);

const MEASURES = new Set(
  'feet foot ft meters metres meter metre m miles mile km kilometers kilometres yards yard inches'.split(' '),
);

const at = (v: AddressView, i: number) => (k: number) => v.folded[i + k];

/**
 * Raw ASR: a street type written in capitals and spelled letter by letter ("n fiske a v e", "s t"):
 * the whole run of spelled letters at i, two to four of them, is a listed abbreviation. Its length
 * in words, or 0.
 */
export function spelledTypeAt(v: AddressView, i: number): number {
  if (v.formatted || (v.folded[i] ?? '').length !== 1) return 0;
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i) return 0;
  const len = run.endWord - i;
  if (len < 2 || len > 4 || run.chunks.some((c) => c.kind !== 'letter' || c.endWord - c.startWord !== 1))
    return 0;
  if (!sameTurn(v, i, run.endWord - 1)) return 0;
  return addressVocab().spelledTypes.has(run.text) ? len : 0;
}

/** Suffix-type phrase at i ("street", "ave", "út", "caddesi"): its length in words, or 0. */
export function suffixTypeAt(v: AddressView, i: number): number {
  const spelled = spelledTypeAt(v, i);
  if (spelled > 0) return spelled;
  if (asrUspsSuffixAt(v, i) > 0) return 1;
  const len = addressVocab().streets.suffix.match(at(v, i));
  // a one-letter type ("g." Lithuanian, "u." Hungarian) only with its dot
  if (len > 0 && (v.folded[i] ?? '').length === 1 && !/\.$/.test(raw(v, i))) return 0;
  if (len === 1 && addressVocab().streets.dotted.has(v.folded[i]!) && !/\.$/.test(raw(v, i))) return 0;
  // "St. Lucia", said "street lucia": the abbreviation opens a country's name, no street type
  if (len === 1 && SAINT_ABBREVIATIONS.has(v.folded[i]!) && (countryAt(v, i)?.end ?? i) > i + 1) return 0;
  return len;
}
const SAINT_ABBREVIATIONS = new Set(['st', 'street']);

/** Prefix-type phrase at i ("calle", "rue", "ul.", "c/"): its length in words, or 0. */
export function prefixTypeAt(v: AddressView, i: number): number {
  const len = addressVocab().streets.prefix.match(at(v, i));
  const t = v.folded[i] ?? '';
  if (len > 0 && t.length === 1 && !/[./]$/.test(raw(v, i))) return 0;
  // abbreviations ("ul.", "av", "pl") are written, never said
  if (len === 1 && t.length <= 2 && !v.formatted) return 0;
  if (len === 1 && addressVocab().streets.dotted.has(t) && !/\.$/.test(raw(v, i))) return 0;
  return len;
}

/** Is word i a street name with a glued type ("Hauptstraße", "Kerkstraat", "Sejong-ro")? */
export function compoundAt(v: AddressView, i: number): boolean {
  const t = v.folded[i] ?? '';
  if (t.length < 5 || !addressVocab().streets.compound.find(t)) return false;
  if (!/^\p{L}[\p{L}\p{M}'-]*$/u.test(v.ctx.tokens[i] ?? '')) return false;
  // raw ASR: not an English word that happens to end like a type ("bring", "committee")
  return v.formatted ? capitalised(v, i) : !isCommonWord(v.ctx.tokens[i]!);
}

/** A grid house number with both axes in one word ("W204N5512", "N112W16840"), one axis a word ("W231"). */
const GRID_HOUSE = /^(?:[NS]\d{1,4}[EW]\d{1,5}|[EW]\d{1,4}[NS]\d{1,5})$/;
const GRID_AXIS = /^[NSEW]\d{2,5}$/;

/**
 * Written, Wisconsin's grid house numbers give both axes: "W204N5512", "N112W16840", "W231 N6620".
 * The end of the house number at i, else -1.
 */
export function gridHouseEnd(v: AddressView, i: number): number {
  if (!v.formatted) return -1;
  const w = raw(v, i);
  if (GRID_HOUSE.test(w)) return i + 1;
  if (!GRID_AXIS.test(w) || i + 1 >= v.n || !sameTurn(v, i, i + 1) || endsItem(v, i)) return -1;
  const second = raw(v, i + 1);
  return GRID_AXIS.test(second) && /^[NS]/.test(w) !== /^[NS]/.test(second) ? i + 2 : -1;
}

/** End of the house number starting at word i: a number run, cut before an ordinal ("2348 2nd"). */
function leadingNumberEnd(v: AddressView, i: number): number {
  // "2455-B W Bench Rd", "12B N Main St": a written number with its letter, a direction's letter after it
  if (v.formatted && /^\d{1,5}-?[a-z]$/i.test(raw(v, i).replace(/,$/, ''))) return i + 1;
  const grid = gridHouseEnd(v, i);
  if (grid > 0) return grid;
  const run = runAt(v.ctx.spoken, i);
  // "452 | 2817 Fourth Avenue": a house number inside a run, after a building number or postcode
  if (run && run.startWord !== i && run.digits.length > 0) return innerNumberEnd(run, i);
  if (!run || run.startWord !== i || run.digits.length === 0) {
    // "12-14", "10/12", "1-2-3", "6/6A", "2455-B", "16½" written
    return /^\d{1,5}(?:[a-z]?(?:[-/]\d{1,5}[a-z]?){1,2}|-[a-z]|[½¼¾])$/i.test(raw(v, i).replace(/,$/, ''))
      ? i + 1
      : -1;
  }
  const ordinal = run.chunks.findIndex((c, idx) => idx > 0 && ORDINAL_CHUNK.test(c.text));
  const chunks = ordinal > 0 ? run.chunks.slice(0, ordinal) : run.chunks;
  const lettered = letterNamedStreetCut(v, chunks);
  if (lettered > 0) return lettered;
  const text = chunks.map((c) => c.text).join('');
  // raw ASR "one eight three one two s e velmont court": a US house number, then the two letters of
  // a written "SE", "NW" before the street's name, which the spoken view reads into the number's run
  if (!v.formatted && compassPairCloses(chunks)) return chunks[chunks.length - 1]!.endWord;
  // raw ASR "two four five five b w bench r d", "fifty eight fifty u s highway four three one"
  const opening = lettersOpeningStreet(v, chunks, (k) => streetOpensAt(v, k));
  if (opening > 0) return opening;
  // raw ASR "three oh w twenty six street", "nine hundred twenty one eighty three street"
  const cardinal = cardinalStreetNameStart(v, chunks, (k) => prefixStreet(v, k) !== null);
  if (cardinal > 0) return cardinal;
  if (!/^\d{1,6}[a-z]?$/.test(text)) return -1;
  const end = bisEnd(v, i, chunks[chunks.length - 1]!.endWord);
  // raw ASR "one two a avenue vesquin": the letter of 12a before the street, its type or name next
  const letter = spokenLetterA(v, i, end);
  if (letter > end || v.formatted || v.ctx.tokens[end] !== 'a' || !/^\d+$/.test(text)) return letter;
  return prefixTypeAt(v, end + 1) > 0 || compoundAt(v, end + 1) ? end + 1 : end;
}

/**
 * US cities name streets by a single letter ("3120 Q St NW", "318 B Street East", raw ASR "two
 * twenty k street n w"); the spoken view reads the letter into the house number's run as if it
 * were "3120Q". When that letter is right before a street type that ends the name (not "12 B Park
 * Street", house 12B), the house number ends before the letter: its index, else -1. Raw ASR leaves
 * the article "a" alone ("twelve a street").
 */
function letterNamedStreetCut(v: AddressView, chunks: readonly SpokenChunk[]): number {
  const last = chunks[chunks.length - 1]!;
  if (chunks.length < 2 || last.kind !== 'letter' || last.endWord !== last.startWord + 1) return -1;
  if (!chunks.slice(0, -1).every((c) => /^\d+$/.test(c.text))) return -1;
  const k = last.startWord;
  if (!v.formatted && v.folded[k] === 'a') return -1;
  if (v.formatted && !/^\p{L}$/u.test(raw(v, k))) return -1;
  if (partEnds(v, k) || endsItem(v, k) || !sameTurn(v, k, k + 1)) return -1;
  const type = suffixTypeAt(v, k + 1);
  if (type === 0 || addressVocab().streets.weak.has(v.folded[k + 1]!)) return -1;
  // "4410 W Rte 31": a compass letter before a numbered road is its direction
  const after = k + 1 + type;
  if (suffixTypeAt(v, after) > 0 || (after < v.n && runAt(v.ctx.spoken, after)?.startWord === after))
    return -1;
  return k;
}

/** A street goes on at word k: a numbered road and its number, or one or two name words and a suffix type. */
function streetOpensAt(v: AddressView, k: number): boolean {
  const r = skip(v, k + 1);
  if (NUMBERED_ROADS.has(v.folded[k] ?? '') && sameTurn(v, k, r) && runAt(v.ctx.spoken, r)?.startWord === r)
    return true;
  for (let m = k; m < k + 2 && nameWord(v, m) && sameTurn(v, k, m + 1) && !partEnds(v, m); m++)
    if (suffixTypeAt(v, m + 1) > 0) return true;
  return false;
}

/** The chunks are one to six digits, then the letters of "NE", "NW", "SE" or "SW", each said alone. */
function compassPairCloses(chunks: readonly SpokenChunk[]): boolean {
  const n = chunks.length;
  if (n < 3) return false;
  const [a, b] = [chunks[n - 2]!, chunks[n - 1]!];
  if (a.kind !== 'letter' || b.kind !== 'letter' || !/^[ns]$/.test(a.text) || !/^[ew]$/.test(b.text))
    return false;
  return /^\d{1,6}$/.test(
    chunks
      .slice(0, n - 2)
      .map((c) => c.text)
      .join(''),
  );
}

const MONTH_NAMES = new Set(
  'january february march april june july august september october november december'.split(' '),
);

/**
 * Is the number [i, k) the year of a date ("4 March 1962; Major General ...", "four march nineteen
 * sixty two major general")? Four digits after a month name, or a number a semicolon closes (no
 * house number is cut from its street by one).
 */
function dateYear(v: AddressView, i: number, k: number): boolean {
  if (v.formatted && /;$/u.test(raw(v, k - 1))) return true;
  if (!MONTH_NAMES.has(v.ctx.tokens[i - 1] ?? '')) return false;
  const digits = runAt(v.ctx.spoken, i)?.digits ?? raw(v, i).replace(/\D/gu, '');
  return /^(?:1[0-9]|20)\d\d$/u.test(digits);
}

/** Name words from i (particles inside allowed): index after the last, or -1. Stops at a comma. */
function nameRun(v: AddressView, i: number, max: number, stopAt?: (k: number) => boolean): number {
  let end = -1;
  let content = 0;
  for (let k = i; k < i + max && k < v.n; k++) {
    if (stopAt?.(k)) break;
    if (k > i && !sameTurn(v, i, k)) break;
    // "1972 Address: Le Brassier Street": a form label is no street name (a year before it is no house number)
    if (/:$/.test(raw(v, k)) || ADDRESS_LABELS.has(v.folded[k]!)) break;
    if (k > i && isAddressWord(v, k)) break;
    const particle = isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    // raw ASR has no capitals to end a name: after its first word, an English word ends it
    if (!v.formatted && content > 0 && !particle && isCommonWord(v.ctx.tokens[k]!)) break;
    if (!particle) {
      content++;
      end = k + 1;
    }
    if (endsItem(v, k) || partEnds(v, k)) break;
  }
  return content > 0 ? end : -1;
}

/** A unit word, house-number mark or PO-box word: the street name has ended ("... Flat 37"). */
function isAddressWord(v: AddressView, k: number): boolean {
  const voc = addressVocab();
  const f = (m: number): string | undefined => v.folded[k + m];
  return voc.units.match(f) > 0 || voc.numberMarks.match(f) > 0 || voc.poBoxes.match(f) > 0;
}

/** "[,] [mark] N" after a street name ending at `end`: the index after the number, or -1. */
function numberAfter(v: AddressView, end: number): number {
  if (partEnds(v, end - 1)) return -1;
  const k = skip(v, end);
  if (k >= v.n || !sameTurn(v, end - 1, k)) return -1;
  // written, "Orvesta Road, Nine Mile Hollow": a number word after the comma opens the next line
  // (a written house number has digits)
  if (
    v.formatted &&
    endsItem(v, end - 1) &&
    /^\p{L}+$/u.test(v.folded[k] ?? '') &&
    runAt(v.ctx.spoken, k)?.startWord === k
  )
    return -1;
  const house = houseNumberAt(v, k);
  return house > 0 ? house : spokenLetterMarkNumber(v, k);
}

/**
 * numberAfter for a street whose house number came first: a postcode after a comma opens the next
 * line ("12 Rue Vesquin, 75002 Tovarre"), it is no second house number ("7621 Pécs Mókus utca 16"
 * has no comma).
 */
function secondNumberAfter(v: AddressView, end: number): number {
  const house = numberAfter(v, end);
  if (house < 0 || !endsItem(v, end - 1)) return house;
  const k = skip(v, end);
  const pc = postcodeAt(v.ctx, k);
  return pc?.start === k && /\d{4}/.test(pc.compact) ? -1 : house;
}

/** Number-first street at i: the US/UK/AU grammar, extended with every language's types. */
export function numberFirstStreet(v: AddressView, i: number): Street | null {
  const ctx = v.ctx;
  let k = leadingNumberEnd(v, i);
  if (k < 0 || dateYear(v, i, k)) return null;
  // raw ASR: "nine nine a mbogo road": the house number's letter, said as the article "a" (the
  // spoken view keeps it a word), when name words and a street type follow
  if (!v.formatted && ctx.tokens[k] === 'a' && sameTurn(v, i, k) && houseLetterBeforeStreet(v, k + 1)) k++;
  // formatted "10 A Orrel Street": a capital "A" apart after a written house number is its letter (the
  // article would be written "a" there), when a capitalised name and its type follow
  if (
    v.formatted &&
    k === i + 1 &&
    /^\d{1,5}$/.test(raw(v, i)) &&
    raw(v, k) === 'A' &&
    sameTurn(v, i, k) &&
    !partEnds(v, i) &&
    !endsItem(v, i) &&
    houseLetterBeforeStreet(v, k + 1)
  )
    k++;
  // "fourteen thousand square feet", "5 km": a measure, not a house number
  const unit = ctx.tokens[skip(v, k)] ?? '';
  if (
    MEASURES.has(unit) ||
    ((unit === 'square' || unit === 'cubic') && MEASURES.has(ctx.tokens[skip(v, k) + 1] ?? ''))
  )
    return null;
  // "12, rue de la Paix", "123 Đường Lê Lợi", "12 Hauptstraße"
  {
    const s = endsItem(v, k - 1) ? k : skip(v, k);
    if (s < v.n && sameTurn(v, i, s) && !partEnds(v, k - 1)) {
      const pre = prefixTypeAt(v, s);
      if (pre > 0) {
        const end = nameRun(v, skip(v, s + pre), 5, (m) => m > s + pre && opensNextSentence(v, m));
        // "5718 Via Brenscia 48": the first number was a building number or postcode
        const house = end > 0 ? secondNumberAfter(v, end) : -1;
        if (end > 0) return { start: i, end: house > 0 ? house : end, numbered: true };
      }
      if (compoundAt(v, s)) {
        const house = secondNumberAfter(v, s + 1);
        return { start: i, end: house > 0 ? house : s + 1, numbered: true };
      }
    }
  }
  let nameWords = 0;
  // raw ASR "sw two hundred eightieth street": the number said right before the ordinal is the
  // ordinal's, so a compass letter before it opens the street's name
  let ordinalOnly = false;
  // "12 The Crescent Road", "12 The Crescent": an article that opens the street's name
  let article = false;
  for (let steps = 0; steps < 6 && k < v.n && sameTurn(v, i, k); steps++) {
    const t = ctx.tokens[k]!;
    if (steps === 0 && articleOpensName(v, i, k)) {
      article = true;
      k++;
      continue;
    }
    if (NUMBERED_ROADS.has(t) && ROAD_QUALIFIERS.has(ctx.tokens[k - 1] ?? '') && !partEnds(v, k)) {
      // "four one oh eight county road twelve sixty", "FM 1431"
      const road = runAt(ctx.spoken, skip(v, k + 1));
      if (road && road.startWord === skip(v, k + 1)) return { start: i, end: road.endWord, numbered: true };
    }
    const sfx = suffixTypeAt(v, k);
    // "fourteen thousand square feet" is a measure
    if (sfx > 0 && MEASURES.has(ctx.tokens[k + sfx] ?? '')) return null;
    // "twelve the crescent road": after an article a type word can be the name
    if (sfx > 0 && article && nameWords === 0 && suffixTypeAt(v, k + sfx) > 0 && !partEnds(v, k)) {
      nameWords++;
      k += sfx;
      continue;
    }
    // "two the road": an article with a bare type is a name only written with capitals ("12 The Mall")
    if (sfx > 0 && article && nameWords === 0 && !(v.formatted && capitalised(v, k))) return null;
    if (sfx > 0 && (nameWords > 0 || steps > 0)) {
      // a suffix word can be part of the name: "heron hollow avenue", "fox glen circle"
      let last = k + sfx - 1;
      for (let m = last + 1; m <= last + 2 && !partEnds(v, m - 1); m++) {
        const next = ctx.tokens[m] ?? '';
        if (suffixTypeAt(v, m) > 0) last = m;
        else if (NAME_STOP.has(next) || isFunctionWord(next)) break;
      }
      let end = last + 1;
      if (!partEnds(v, last) && !endsItem(v, last)) end = directionalEnd(v, end);
      // "7621 Pécs Mókus utca 16": the first number was a postcode, the house number follows
      const house = secondNumberAfter(v, end);
      if (house > 0 && unitAtStart(v, end) < 0) end = house;
      const compass =
        ordinalOnly && nameWords === 1 && i > 0 && compassLetterAt(v, i - 1) && sameTurn(v, i - 1, i);
      return {
        start: compass ? i - 1 : i,
        end,
        numbered: true,
        ...(ordinalOnly && nameWords === 1 ? { spokenOrdinal: true } : {}),
      };
    }
    if (ctx.tokens[k] === '' || isFillerToken(t)) {
      k++;
      continue;
    }
    if (NUMBERED_ROADS.has(t)) {
      const r = skip(v, k + 1);
      const road = runAt(ctx.spoken, r);
      if (road && road.startWord === r) {
        // "FM 1960 Road", "highway nine north"
        let end = road.endWord;
        if (!partEnds(v, end - 1) && suffixTypeAt(v, end) > 0) end++;
        if (!partEnds(v, end - 1)) end = directionalEnd(v, end);
        return { start: i, end, numbered: true };
      }
    }
    // raw ASR "one twenty three e twenty first street", "six hundred one twenty first avenue": the
    // spoken view reads the house number (and a compass letter) and the ordinal that names the
    // street as one run; the ordinal chunk inside it is the street's name
    const within = runAt(ctx.spoken, k);
    if (within && within.startWord < k) {
      const chunk = within.chunks.find((c) => c.startWord === k);
      if (chunk?.kind === 'ordinal') {
        ordinalOnly = !v.formatted && steps === 0;
        k = chunk.endWord;
        nameWords++;
        continue;
      }
      // raw ASR "three oh w | twenty six | street": a numbered street said as a cardinal
      if (
        chunk &&
        chunk.endWord === within.endWord &&
        cardinalStreetNameStart(v, within.chunks, (k) => prefixStreet(v, k) !== null) > 0
      ) {
        k = chunk.endWord;
        nameWords++;
        continue;
      }
    }
    // the street name: ordinary words, ordinals ("eighth", "23rd")
    const inRun = runAt(ctx.spoken, k);
    if (inRun && inRun.startWord === k && /\d/.test(inRun.text) && !ORDINAL_WORDS.test(t)) {
      if (!/(?:st|nd|rd|th)$/.test(inRun.text)) return null;
      k = inRun.endWord;
      nameWords++;
      continue;
    }
    // "1972 Address: Le Brassier Street": a year before a form label is no house number
    if (/:$/.test(raw(v, k)) || ADDRESS_LABELS.has(v.folded[k]!)) return null;
    if (NAME_STOP.has(t) || !/^[\p{L}\p{N}'.-]+$/u.test(t) || partEnds(v, k)) return null;
    if (isFunctionWord(t) && !ORDINAL_WORDS.test(t) && !DIRECTIONALS.has(t) && !isParticle(v, k)) return null;
    if (endsItem(v, k)) return null;
    if (steps === 0 && !v.formatted && ORDINAL_WORDS.test(t)) ordinalOnly = true;
    nameWords++;
    k++;
  }
  return null;
}

const isFillerToken = (t: string): boolean => /^(?:uh|um|umm|uhm|er|erm|ah|eh|hmm|hm|mm)$/.test(t);

/** Prefix-type street at i: "Calle Mayor 5", "Via Roma", "ul. Marszałkowska 10/12". */
export function prefixStreet(v: AddressView, i: number): Street | null {
  const pre = prefixTypeAt(v, i);
  // "9th Avenue, Kumasi": a type that ends its line is a suffix type, not the head of a name
  if (pre === 0 || partEnds(v, i + pre - 1) || endsItem(v, i + pre - 1)) return null;
  const s = skip(v, i + pre);
  if (!sameTurn(v, i, s)) return null;
  // "a 1280 square foot patio", "900 square metres": an area, not a street named "Square Foot"
  if (LENGTH_UNIT.test(v.folded[s] ?? '')) return null;
  // "Rue du 9 Octobre", "Plaza del 14 de Abril": particles, then a date that names the street
  let d = s;
  while (d < s + 2 && isParticle(v, d) && !endsItem(v, d) && sameTurn(v, s, d + 1)) d++;
  const dayEnd = d > s ? numberValueEnd(v, d) : -1;
  if (dayEnd > 0 && dayOfMonth(v, d) && !endsItem(v, dayEnd - 1) && monthAt(v, dayEnd)) {
    const dated = nameRun(v, dayEnd, 4);
    if (dated > 0) {
      const house = numberAfter(v, dated);
      return house > 0 ? { start: i, end: house, numbered: true } : { start: i, end: dated, numbered: false };
    }
  }
  // a numbered street: "Calle 26 # 13-19", "Carrera 7"
  const num = numberValueEnd(v, s);
  // "Avenida 9 de Março 85": a date or number that names the street
  const named = num > 0 && !endsItem(v, num - 1) && isParticle(v, num) ? nameRun(v, num, 4) : -1;
  if (named > 0) {
    const house = numberAfter(v, named);
    return house > 0 ? { start: i, end: house, numbered: true } : { start: i, end: named, numbered: false };
  }
  // "aleja 14 Lutego 8", "Strada 1 Decembrie 7": a day and a month's name name the street, a house
  // number after them
  if (num > 0 && !endsItem(v, num - 1) && dayOfMonth(v, s) && monthAt(v, num)) {
    const dated = nameRun(v, num, 2);
    const house = dated > 0 && !endsItem(v, dated - 1) ? numberAfter(v, dated) : -1;
    if (house > 0) return { start: i, end: house, numbered: true };
  }
  if (num > 0) {
    const house = numberAfter(v, num);
    return house > 0 ? { start: i, end: house, numbered: true } : { start: i, end: num, numbered: false };
  }
  // "Triq il Fejjen Naxxar Malta": with no comma, a known place and its country end the name
  // ... and a word that opens the next sentence ends it ("Avenue Halden Thank you.")
  let end = nameRun(v, s, 5, (k) => k > s && (placeAndCountryAt(v, k) || opensNextSentence(v, k)));
  if (end < 0) return null;
  // "Тверская улица", "Calle Mayor": a trailing suffix type belongs to the name
  let twice = false;
  if (!partEnds(v, end - 1) && !endsItem(v, end - 1) && suffixTypeAt(v, end) > 0) {
    // "Rue Lucien-Morvel Street": a second type, not an everyday word, after a name of its own
    twice = !addressVocab().streets.weak.has(v.folded[end]!) && v.folded[end] !== v.folded[i];
    end += suffixTypeAt(v, end);
  }
  const house = numberAfter(v, end);
  if (house > 0) return { start: i, end: house, numbered: true };
  // raw ASR: "via email", "place of birth" are no streets; a name has a word English lacks
  if (!v.formatted && !hasUncommonWord(v, s, end)) return null;
  return { start: i, end, numbered: false, ...(twice ? { typedTwice: true } : {}) };
}

/** Units of length that make the word before them a measure ("square feet", "square metre"). */
const LENGTH_UNIT =
  /^(?:foot|feet|ft|metres?|meters?|m|miles?|kilometres?|kilometers?|km|yards?|yds?|inch(?:es)?|cm|mm|centimet(?:re|er)s?)$/;

/** Is word k a month's name (of a language whose streets are named after dates)? */
const monthAt = (v: AddressView, k: number): boolean => addressVocab().months.has(v.folded[k] ?? '');

/** Is the number at word k a day of a month (1 to 31), as street names made of a date have it? */
function dayOfMonth(v: AddressView, k: number): boolean {
  const text = runAt(v.ctx.spoken, k)?.text ?? raw(v, k);
  return /^\d{1,2}$/.test(text) && Number(text) >= 1 && Number(text) <= 31;
}

/** One or two name words, one English lacks, then a suffix street type from word k. */
function houseLetterBeforeStreet(v: AddressView, k: number): boolean {
  // "one three eight nine a county road four two", "twelve ten a highway ten": a numbered road
  const r = ROAD_QUALIFIERS.has(v.folded[k] ?? '') && sameTurn(v, k, k + 1) ? k + 1 : k;
  if (
    NUMBERED_ROADS.has(v.folded[r] ?? '') &&
    sameTurn(v, k, r + 1) &&
    runAt(v.ctx.spoken, r + 1)?.startWord === r + 1
  )
    return true;
  for (let m = k; m < k + 2 && m < v.n && nameWord(v, m) && sameTurn(v, k, m); m++) {
    if (v.formatted && !capitalised(v, m)) return false;
    if ((v.formatted || !isCommonWord(v.ctx.tokens[m]!)) && suffixTypeAt(v, m + 1) > 0) return true;
  }
  // "ten a main street": one English word named by a type that is no everyday word ("ten a day
  // place" is no street)
  const type = suffixTypeAt(v, k + 1);
  return (
    type > 0 &&
    nameWord(v, k) &&
    sameTurn(v, k, k + type) &&
    !isFunctionWord(v.ctx.tokens[k]!) &&
    !addressVocab().streets.weak.has(v.folded[k + 1]!)
  );
}

/** A known city or region at k with a known country right after it, or a country of two or more words. */
function placeAndCountryAt(v: AddressView, k: number): boolean {
  const country = countryAt(v, k);
  if (country && country.end - k >= 2) return true;
  const place = cityAt(v, k) ?? regionAt(v, k);
  if (!place?.strong || partEnds(v, place.end - 1)) return false;
  const after = countryAt(v, skip(v, place.end));
  return after !== undefined && after.countries?.some((c) => place.countries?.includes(c)) === true;
}

/**
 * German street names that are a prepositional phrase ("Am Lindengraben 4", "Im Orrelgrund 2",
 * "An der Velkamühle 7", "Auf dem Tamsberg 3"): a preposition, alone or fused with its article, or a
 * preposition and an article, right before the name. Written with a capital; in raw ASR only before a
 * numbered street, and "am" not after "i" ("i am ..."). The new start, else start.
 */
const GERMAN_FUSED = new Set(['am', 'im', 'zum', 'zur', 'beim', 'vom']);
const GERMAN_PREPOSITIONS = new Set([
  'an',
  'auf',
  'in',
  'unter',
  'vor',
  'hinter',
  'zu',
  'bei',
  'über',
  'uber',
]);
const GERMAN_ARTICLES = new Set(['der', 'den', 'dem', 'die', 'das']);
export function germanOpenerBefore(v: AddressView, start: number): number {
  const ok = (k: number): boolean =>
    k >= 0 &&
    sameTurn(v, k, start) &&
    !endsItem(v, k) &&
    !partEnds(v, k) &&
    (!v.formatted || capitalised(v, k));
  // "An der": the article may already be taken as a name word
  if (GERMAN_ARTICLES.has(v.folded[start]!) && ok(start - 1) && GERMAN_PREPOSITIONS.has(v.folded[start - 1]!))
    return start - 1;
  const k = start - 1;
  if (ok(k) && GERMAN_FUSED.has(v.folded[k]!) && !(v.folded[k] === 'am' && v.folded[k - 1] === 'i')) return k;
  if (
    ok(k - 1) &&
    GERMAN_ARTICLES.has(v.folded[k]!) &&
    sameTurn(v, k - 1, start) &&
    !endsItem(v, k) &&
    GERMAN_PREPOSITIONS.has(v.folded[k - 1]!)
  )
    return k - 1;
  return start;
}

/**
 * A US numbered road without a house number, as the road itself is given for a place ("Interstate 35",
 * "State Route 12", "County Road 40", "US Highway 9", "N Interstate 64 W"): the system's word(s),
 * then the road's number (one to four digits, said or written). Formatted text writes the system
 * with a capital; a compass letter before it and a directional after it are the road's.
 */
const ROUTE_SYSTEMS = new Set(['state', 'county', 'us', 'u.s', 'farm', 'ranch', 'township']);
const ROUTE_WORDS = new Set(['route', 'road', 'highway', 'hwy', 'rte', 'rd']);
export function usRouteStreet(v: AddressView, i: number): Street | null {
  const f = v.folded[i] ?? '';
  // every reading below opens on one of these words (asked at every word of the call)
  if (f !== 'interstate' && f !== 'fm' && f !== 'farm' && f !== 'ranch' && !ROUTE_SYSTEMS.has(f)) return null;
  const ok = (k: number): boolean =>
    k < v.n && sameTurn(v, i, k) && (k === i || (!partEnds(v, k - 1) && !endsItem(v, k - 1)));
  let j = -1;
  // "Interstate 35", "FM 3009" (Texas farm-to-market roads: the system's letters before the number;
  // in raw ASR only as the second road of a crossing, "... road at fm three thousand nine": "on fm
  // ninety nine" is a radio station)
  if (f === 'interstate' && ok(i + 1)) j = i + 1;
  else if (f === 'fm' && ok(i + 1) && (v.formatted || crossingLinkBefore(v, i) || texasAfterRoad(v, i + 1)))
    j = i + 1;
  // "Farm to Market Road 3009", "ranch to market road twelve": the system's name in full
  else if (
    (f === 'farm' || f === 'ranch') &&
    v.folded[i + 1] === 'to' &&
    v.folded[i + 2] === 'market' &&
    ROUTE_WORDS.has(v.folded[i + 3] ?? '') &&
    ok(i + 4)
  )
    j = i + 4;
  else if (ROUTE_SYSTEMS.has(f) && ok(i + 1) && ROUTE_WORDS.has(v.folded[i + 1] ?? '') && ok(i + 2))
    j = i + 2;
  if (j < 0 || (v.formatted && !/^\p{Lu}/u.test(raw(v, i)))) return null;
  let end = roadNumberEnd(v, j);
  if (end < 0) return null;
  // raw ASR "fm three thousand nine t x": the Texas code said after it is the road's line
  const stateSaid = (f === 'fm' || f === 'farm' || f === 'ranch') && !v.formatted && texasAfterRoad(v, j);
  if (stateSaid) return { start: i, end: end + 2, numbered: false, stateSaid };
  if (!partEnds(v, end - 1) && !endsItem(v, end - 1)) end = directionalEnd(v, end);
  const start = i > 0 && compassLetterAt(v, i - 1) && sameTurn(v, i - 1, i) ? i - 1 : i;
  // "5850 US Highway 431": a house number on the road
  const b = start - 1;
  const house =
    b >= 0 && sameTurn(v, b, start) && !endsItem(v, b) && !partEnds(v, b)
      ? runAt(v.ctx.spoken, b)
      : undefined;
  if (
    house?.endWord === start &&
    /^\d{1,5}[a-z]?$/.test(house.text) &&
    !ROUTE_NUMBER_STOPS.has(v.folded[house.startWord - 1] ?? '')
  )
    return { start: house.startWord, end, numbered: true };
  return { start, end, numbered: false };
}

/**
 * Raw ASR "fm three thousand nine t x": the Texas code spelled right after the number said at k
 * (farm-to-market roads are Texas's; a radio station's frequency takes no state code).
 */
function texasAfterRoad(v: AddressView, k: number): boolean {
  const e = roadNumberEnd(v, k);
  return (
    e > k &&
    v.folded[e] === 't' &&
    v.folded[e + 1] === 'x' &&
    sameTurn(v, k, e + 1) &&
    !partEnds(v, e - 1) &&
    !endsItem(v, e - 1)
  );
}

/**
 * End of a road's number (one to four digits) said or written at k, else -1. The spoken view may
 * read a state code spelled after it into the same run ("three thousand nine t x"): the number ends
 * before the letters.
 */
function roadNumberEnd(v: AddressView, k: number): number {
  const run = runAt(v.ctx.spoken, k);
  if (!run || run.startWord !== k) return -1;
  if (/^\d{1,4}$/.test(run.text)) return run.endWord;
  const n = run.chunks.length;
  if (
    n >= 3 &&
    /^\d{1,4}tx$/.test(run.text) &&
    run.chunks[n - 1]!.kind === 'letter' &&
    run.chunks[n - 2]!.kind === 'letter' &&
    run.chunks[n - 2]!.endWord - run.chunks[n - 2]!.startWord === 1
  )
    return run.chunks[n - 3]!.endWord;
  return -1;
}

/** Words that make the number before a road something else: a year ("in 2019"), an exit, a distance. */
const ROUTE_NUMBER_STOPS = new Set(['in', 'since', 'by', 'until', 'exit', 'mile', 'miles', 'about']);

/** Is the word before i a crossing word ("at", "and", "&") of the same turn? */
function crossingLinkBefore(v: AddressView, i: number): boolean {
  const b = i - 1;
  if (b < 1 || !sameTurn(v, b, i) || endsItem(v, b) || partEnds(v, b)) return false;
  return addressVocab().crossingLinks.match((m) => v.folded[b + m]) === 1 || raw(v, b) === '&';
}

/** Compound street at i: "Hauptstraße 12", "Kerkstraat 14", "Jongno-ro 1". */
export function compoundStreet(v: AddressView, i: number): Street | null {
  if (!compoundAt(v, i)) return null;
  // name words glued in front by hyphen are one token already; separate ones: "Kaiser Wilhelmstraße"
  let start = i;
  if (v.formatted) {
    for (let k = i - 1; k >= i - 2 && k >= 0 && nameWord(v, k) && !endsItem(v, k) && !partEnds(v, k); k--) {
      if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
      start = k;
    }
  }
  // raw ASR "korte velkadreef", "gamla orrelvagen": an adjective that opens the name in the
  // languages that glue the type (no capital ties it to the name)
  if (
    !v.formatted &&
    i > 0 &&
    addressVocab().nameAdjectives.has(v.folded[i - 1]!) &&
    sameTurn(v, i - 1, i) &&
    !endsItem(v, i - 1) &&
    !partEnds(v, i - 1)
  )
    start = i - 1;
  const end = branchEnd(v, i);
  const opener = germanOpenerBefore(v, start);
  if (opener < start && (v.formatted || numberAfter(v, end) > 0)) start = opener;
  // the spoken view reads "12-gil 34" as one number run: the written house number after a branch is its own
  const house =
    end > i + 1 && !endsItem(v, end - 1) && /^\d{1,5}[a-z]?[,.]?$/i.test(raw(v, end))
      ? end + 1
      : numberAfter(v, end);
  // raw ASR: "northgate" without a number is a name like any other, unless a postcode or country
  // follows, or a known town follows it as the value of an address cue or a preposition ("the
  // address is velkastrasse dusseldorf", "send it to orrelplein amsterdam")
  if (house > 0) return { start, end: house, numbered: true };
  return { start, end, numbered: false, weak: !v.formatted && !townAfterPlacedName(v, start, end) };
}

/** Words before a place said as where something goes or is ("to", "at", "is"). */
const PLACING_WORDS = new Set(['to', 'at', 'on', 'in', 'is', 'from']);

/**
 * Raw ASR: a street name [start, end) said right after a placing word or within a few words of an
 * address cue, then a known town or region of the same turn.
 */
function townAfterPlacedName(v: AddressView, start: number, end: number): boolean {
  if (partEnds(v, end - 1)) return false;
  const k = skip(v, end);
  if (k >= v.n || !sameTurn(v, start, k)) return false;
  const place = cityAt(v, k) ?? regionAt(v, k);
  if (!place?.strong) return false;
  let b = start - 1;
  while (b >= 0 && v.ctx.tokens[b] === '') b--;
  const placed = b >= 0 && PLACING_WORDS.has(v.folded[b]!) && sameTurn(v, b, start);
  return placed || cueBefore(v, start, ARTICLE_CUE_WINDOW);
}

/**
 * "Sejong-ro 12-gil": a numbered branch of the compound street at i, written as the number glued to
 * a compound type. The index after the branch, else i + 1.
 */
export function branchEnd(v: AddressView, i: number): number {
  const b = i + 1;
  if (b >= v.n || endsItem(v, i) || partEnds(v, i) || !sameTurn(v, i, b)) return i + 1;
  // the type after the number, tried as the ending of a hyphenated name ("12-gil" as "name-gil")
  const m = /^\d{1,4}(?:-?beon)?-(\p{L}+),?$/u.exec(raw(v, b));
  return m && addressVocab().streets.compound.find(`name-${m[1]!.toLowerCase()}`) ? b + 1 : i + 1;
}

/** Suffix-type street whose type word is at j: "Andrássy út 12", "Kharrub Street", "Vilniaus g. 5". */
export function suffixStreet(v: AddressView, j: number): Street | null {
  const sfx = suffixTypeAt(v, j);
  if (sfx === 0 || j === 0) return null;
  // raw ASR "n fiske a v e": a spelled type names a street only after a word English lacks or an
  // ordinal ("liverpool number p l" is no street; with a house number first the number-first grammar reads it)
  if (
    spelledTypeAt(v, j) > 0 &&
    !ordinalName(v, j - 1) &&
    (!nameWord(v, j - 1) || isCommonWord(v.ctx.tokens[j - 1]!))
  )
    return null;
  // "Dew point 53", "the highest point": an everyday-word type takes no house number after it, and
  // without one before it the caller keeps it only with a postcode or country after it ("Lotus
  // Alley, Aswan, Egypt", "Marigold Close, Corvalle, Turks and Caicos Islands")
  const weak = addressVocab().streets.weak.has(v.folded[j]!) && !apartTypeWithNumber(v, j, sfx);
  // the type is written like the name in formatted text: "Maple Street", not "the street"
  let start = -1;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) {
    // "K.P. Arends Boulevard", "k p arends boulevard": initials before the name (their dots end no sentence)
    if (start === k + 1 && sameTurn(v, k, j) && initialAt(v, k)) {
      start = k;
      continue;
    }
    if (!sameTurn(v, k, j) || endsItem(v, k) || partEnds(v, k)) break;
    // a form label or an address cue ("Address:", "lives on") is no part of the name
    if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
    // "Abu Bakr Street", "al kharouf street": an Arabic article or kin word opens the name
    if (start === k + 1 && opensName(v, k)) {
      start = k;
      continue;
    }
    if (isParticle(v, k) && k < j - 1) continue;
    // "Cooperative Bank of Thessaly Marevou Street": an institution's head word ends the street's name
    // before it ("Bank Street" keeps it: right before the type it names the street)
    // ("Academy Hill Boulevard", "Church Hill Road": a street type word after it makes it a place's name)
    if (
      k < j - 1 &&
      addressVocab().buildings.suffix.match((m) => v.folded[k + m]) > 0 &&
      suffixTypeAt(v, k + 1) === 0
    )
      break;
    if (POSSESSIVES.has(v.folded[k - 1] ?? '') && isCommonWord(v.ctx.tokens[k]!)) break;
    // raw ASR "could you note belmiro boulevard": an English word after a subject pronoun is its verb
    if (!v.formatted && subjectBefore(v, k) && isCommonWord(v.ctx.tokens[k]!)) break;
    // raw ASR "dear resident road works ...": the English word after a salutation is the one addressed
    if (!v.formatted && v.folded[k - 1] === 'dear' && isCommonWord(v.ctx.tokens[k]!) && sameTurn(v, k - 1, k))
      break;
    if (PLACE_ADVERBS.has(v.folded[k]!) && (!v.formatted || !capitalised(v, k))) break;
    // raw ASR "the site of the fault e harlow drive": a compass letter opens the name (US usage
    // puts it first, after the house number only); the word before it is the sentence's
    if (!v.formatted && start === k + 1 && COMPASS_LETTERS.has(v.folded[k + 1]!)) break;
    // raw ASR "two hundred eightieth street", "sw one hundred fifty second avenue": an ordinal said
    // in number words names the street; its number words before it are the name's too
    if (!v.formatted && start < 0 && ordinalName(v, k)) {
      start = spokenOrdinalStart(v, k);
      break;
    }
    // "30 W 26 St", "921 83 street": a numbered street written without its ordinal ending, after
    // the house number (and a compass letter)
    if (start < 0 && k === j - 1) {
      const opened = bareNumberedName(v, k, j);
      if (opened >= 0) {
        let end = j + suffixTypeAt(v, j);
        if (!partEnds(v, end - 1) && !endsItem(v, end - 1)) end = directionalEnd(v, end);
        // the line ends there or a unit follows ("In 2019 5 Street vendors came" is a year and a count)
        if (lineEndsAfter(v, end) || unitAtStart(v, end) > 0) return { start: opened, end, numbered: true };
      }
    }
    // "Fifth Street", "7th Avenue": an ordinal names the street
    if (
      !nameWord(v, k) &&
      !(ordinalName(v, k) && (!v.formatted || capitalised(v, k) || /\d/.test(raw(v, k))))
    )
      break;
    start = k;
  }
  if (start < 0) return numberedTypeLine(v, j, sfx, weak);
  while (isParticle(v, start) && !opensName(v, start) && start < j - 1) start++;
  // "The Quarry Road", "address is the quarry road": the article is part of the name
  if (start > 0 && articleStartsName(v, start - 1) && sameTurn(v, start - 1, j)) start--;
  // "E Harlow Dr", "n orrel street": a compass letter before the name is the street's (US usage)
  else if (start > 0 && compassLetterAt(v, start - 1) && sameTurn(v, start - 1, j)) start--;
  let end = j + sfx;
  if (!partEnds(v, end - 1) && !endsItem(v, end - 1)) end = directionalEnd(v, end);
  // "Karir PT Varomedia Indonesia": an abbreviated everyday-word type needs its house number
  if (weak) return (v.folded[j] ?? '').length <= 2 ? null : { start, end, numbered: false, weak: true };
  const house = numberAfter(v, end);
  // "Am Kestrower Ring 7", "An der Orrel Allee 3": a German preposition opens a suffix-typed name too
  const opener = germanOpenerBefore(v, start);
  if (opener < start && (v.formatted || house > 0)) start = opener;
  if (house > 0) return { start, end: house, numbered: true };
  return { start, end, numbered: false };
}

/** Types of the numbered streets of North American grids ("W 26 St", "83 Street", "5 Ave"). */
const GRID_TYPES = new Set(
  'street st avenue ave av road rd drive dr boulevard blvd lane ln terrace'.split(' '),
);

/**
 * Written: the number at k names the street of type j when a house number stands before it, perhaps
 * with a compass letter between ("30 w 26 st", "921 83 street", "100 E 14 Ave"): the house
 * number's index, else -1. Two numbers before a type are otherwise a count ("12 15 St").
 */
function bareNumberedName(v: AddressView, k: number, j: number): number {
  if (!v.formatted || !GRID_TYPES.has(v.folded[j] ?? '') || !/^\d{1,3}$/.test(raw(v, k))) return -1;
  let b = k - 1;
  const compass = b >= 0 && /^(?:[NSEWnsew]|[NSns][EWew])\.?$/.test(raw(v, b));
  if (compass) b--;
  if (b < 0 || !/^\d{1,5}[A-Za-z]?$/.test(raw(v, b)) || !sameTurn(v, b, j)) return -1;
  for (let m = b; m < j; m++) if (endsItem(v, m) || partEnds(v, m)) return -1;
  return b;
}

/**
 * Written: "Kongens gate 12", "Karl Johans gate 5": a type some language writes apart in lower case
 * after a capitalised name (Norwegian, Danish, Swedish), with the house number after it, is that
 * language's type even when English has it as an everyday word ("gate"); the number ends the line
 * ("the Golden gate 12 times" is a count).
 */
function apartTypeWithNumber(v: AddressView, j: number, sfx: number): boolean {
  return (
    v.formatted &&
    sfx === 1 &&
    j > 0 &&
    addressVocab().streets.plain.has(v.folded[j]!) &&
    /^\p{Ll}+$/u.test(raw(v, j)) &&
    capitalised(v, j - 1) &&
    sameTurn(v, j - 1, j) &&
    !endsItem(v, j - 1) &&
    /^\d/.test(raw(v, j + 1)) &&
    lineEndsAfter(v, numberAfter(v, j + 1))
  );
}

/** The house number ending before h closes its line: a comma or stop, a capital or digit next, or nothing. */
function lineEndsAfter(v: AddressView, h: number): boolean {
  if (h <= 0) return false;
  if (h >= v.n || !sameTurn(v, h - 1, h) || /[,.;]$/.test(raw(v, h - 1))) return true;
  return /^[\p{Lu}\d]/u.test(raw(v, h));
}

/**
 * A road without a name, as map data writes it where no name is signed ("Unnamed Road, <town>,
 * <country>", OpenStreetMap and geocoders; "no name street 4"): the words that stand in for the name,
 * a street type, and a house number if one follows. Its length in words before the type, or 0.
 */
function unnamedLength(v: AddressView, i: number): number {
  const f = v.folded[i];
  if (f === 'unnamed' || f === 'noname' || f === 'no-name' || f === 'nameless') return 1;
  if (f === 'no' && v.folded[i + 1] === 'name' && sameTurn(v, i, i + 1) && !partEnds(v, i)) return 2;
  return 0;
}

/** "unnamed road", "No Name Street 4": a street whose words say it has no name (see unnamedLength). */
export function unnamedStreet(v: AddressView, i: number): Street | null {
  const len = unnamedLength(v, i);
  if (len === 0) return null;
  const j = i + len;
  if (j >= v.n || !sameTurn(v, i, j) || partEnds(v, j - 1) || endsItem(v, j - 1)) return null;
  const sfx = suffixTypeAt(v, j);
  // an everyday-word type ("the unnamed park") names no road
  if (sfx === 0 || addressVocab().streets.weak.has(v.folded[j]!)) return null;
  const end = j + sfx;
  const house = numberAfter(v, end);
  return house > 0 ? { start: i, end: house, numbered: true } : { start: i, end, numbered: false };
}

/**
 * A street known by its number, after a house or plot line ("House 14, Street 9", "No. 15, St. 271":
 * Pakistan, Cambodia, Egypt, Sudan number their streets): the type, then a number, right after a
 * unit or a marked house number of the same turn, written as a list or followed by a known place.
 * A type and a number alone ("street 9 was closed") stay out.
 */
function numberedTypeLine(v: AddressView, j: number, sfx: number, weak: boolean): Street | null {
  if (weak) return null;
  let end = numberAfter(v, j + sfx);
  if (end < 0 || partEnds(v, j - 1)) return null;
  // raw ASR: "street nine f seven two" reads 9f; the letter opens the sector code after the number
  const sector = v.formatted ? end : sectorCodeEnd(v, end - 1);
  if (sector > end) end--;
  for (let k = j - 1; k >= 0 && k >= j - 3; k--) {
    if (!sameTurn(v, k, j) || (k < j - 1 && (endsItem(v, k) || partEnds(v, k)))) break;
    // the line before is a unit ("House 14") or a marked number ("No. 15"), not a bare count
    if (unitAtStart(v, k) !== j && !(markEnd(v, k) > k && houseNumberAt(v, k) === j)) continue;
    // written as a list ("House 14, Street 9"); said, a known place must follow ("... phnom penh")
    // "Street 9, F-7/2, Islamabad": a sector code between the street and the town
    const p = skip(v, sectorCodeEnd(v, skip(v, end)));
    const place = p < v.n && sameTurn(v, end - 1, p) && (cityAt(v, p) ?? regionAt(v, p) ?? countryAt(v, p));
    return (v.formatted ? endsItem(v, j - 1) : place) ? { start: j, end, numbered: true } : null;
  }
  return null;
}

/**
 * Particles that open a street name as its first word (Arabic articles and kin words, French and
 * Spanish articles: "Al Kharouf Street", "Ibn Sina Street", "Le Brassier Street"); other particles
 * ("of", "de") only join name words. Written with a capital in formatted text.
 */
const NAME_OPENERS = new Set(['al', 'el', 'ibn', 'bin', 'abu', 'abou', 'le', 'la', 'les']);
const opensName = (v: AddressView, k: number): boolean =>
  NAME_OPENERS.has(v.folded[k]!) && (!v.formatted || capitalised(v, k));

/**
 * An initial of a person's name at k ("L.G.", "J."; raw ASR: a lone letter, not "a" or "i", which
 * are words). Only taken right before a street name's words.
 */
function initialAt(v: AddressView, k: number): boolean {
  if (v.formatted) return /^(?:\p{Lu}\.){1,3}$/u.test(raw(v, k));
  return /^[b-hj-z]$/.test(v.folded[k] ?? '');
}

/**
 * "The" after the house number at i: written with its capital (formatted), or in raw ASR said after
 * an address cue ("the nineteen fifties the ... parade" is a decade, not a house number).
 */
function articleOpensName(v: AddressView, i: number, k: number): boolean {
  if (v.folded[k] !== 'the') return false;
  return v.formatted ? raw(v, k) === 'The' : cueBefore(v, i, ARTICLE_CUE_WINDOW);
}
const ARTICLE_CUE_WINDOW = 6;

/**
 * "The" before a street name: written with its capital ("The Quarry Road"), or in raw ASR said as the
 * value of the address ("address is the quarry road"); "walk down the main road" keeps it out.
 */
const STATED = new Set(['is', "it's", 'its', 'address', 'was']);
function articleStartsName(v: AddressView, k: number): boolean {
  if (v.folded[k] !== 'the') return false;
  if (v.formatted) return raw(v, k) === 'The';
  return k > 0 && STATED.has(v.ctx.tokens[k - 1] ?? '') && sameTurn(v, k - 1, k);
}

/** An ordinal word or written ordinal ("fifth", "7th", "21st") at k. */
export const ordinalName = (v: AddressView, k: number): boolean => {
  const t = v.ctx.tokens[k] ?? '';
  return ORDINAL_WORDS.test(t) || /^\d{1,3}(?:st|nd|rd|th)$/.test(v.folded[k] ?? '');
};

/**
 * The first word of a spoken ordinal ending at word k ("two hundred eightieth", "one hundred fifty
 * second"): the spoken view's number run right before or around the ordinal word, of numbers only
 * (no letters: "b twelfth" is no ordinal), in the same turn. Else k.
 */
function spokenOrdinalStart(v: AddressView, k: number): number {
  const own = runAt(v.ctx.spoken, k);
  const run = own && own.endWord === k + 1 ? own : k > 0 ? runAt(v.ctx.spoken, k - 1) : undefined;
  if (!run || run.startWord >= k || (run !== own && run.endWord !== k)) return k;
  if (!sameTurn(v, run.startWord, k) || partEnds(v, k - 1) || endsItem(v, k - 1)) return k;
  for (const c of run.chunks) {
    if (c.startWord >= k) break;
    if (c.kind !== 'number' && c.kind !== 'digit') return k;
  }
  for (let m = run.startWord; m < k; m++) if (endsItem(v, m) || partEnds(v, m)) return k;
  return run.startWord;
}

function hasUncommonWord(v: AddressView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = v.ctx.tokens[k]!;
    if (!isParticle(v, k) && !isCommonWord(t)) return true;
  }
  return false;
}

/** Is a mark ("No.", "д.") or a number at i? Used to accept a typeless street before a tail. */
export const numberOrMarkAt = (v: AddressView, i: number): boolean =>
  markEnd(v, i) > i || numberValueEnd(v, i) > 0;
