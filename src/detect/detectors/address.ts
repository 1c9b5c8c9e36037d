/**
 * ADDRESS: street addresses of many countries, spoken or written, and the tails of an address
 * given on their own. The grammar lives in src/detect/address/ (one module per part) and its
 * vocabularies in lexicons/address/ (street types, units, PO boxes, districts, cues per language;
 * cities, regions, countries per country). Numbers come from the spoken view's runs ("fourteen
 * twenty seven" -> 1427, "eleven two one six" -> 11216, "s w one a one a a" -> SW1A1AA), so one
 * grammar serves raw and formatted ASR.
 *
 *   address = [unit] core [units] [tail]
 *   core    = street (number-first, prefix-type, compound or suffix-type; street.ts)
 *           | PO box (any language) | military (PSC/CMR/Unit N Box N; APO/FPO/DPO AA/AE/AP zip)
 *   tail    = postcode, city, region, country, district, unit items (tail.ts), or the US
 *             city-state-zip line
 *   alone   = a tail without a street: US city-state-zip; postcode + city or city + postcode of the
 *             same country; a postcode after a postcode cue; a GB/CA/IE postcode written as such;
 *             a city + region (US state) after an address cue; "corner of X and Y".
 * A street without a house number counts only with a unit, a tail, or an address cue before it.
 * A bare 4-5 digit number is never an address by itself, nor is a lone city. A tail anchored on a
 * postcode pulls in the typeless street line before it ("Kaseke 19, 11216 Tallinn").
 */
import { unlistedTownAfter } from '../address/unlisted-town.js';
import { bareCrossingAt, loneStreetAt, numberedRoadAt } from '../address/bare-forms.js';
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { runAt, type SpokenRun } from '../../transcript/spoken-view.js';
import { FILLERS, isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { STATE_CODES, STATE_NAMES } from '../gazetteer/us-states.js';
import { CueSet } from '../context.js';
import { nearestCue } from '../number-cues.js';
import { wordSet } from '../gazetteer/name-data.js';
import {
  addressView,
  capitalised,
  contactLabel,
  cueBefore,
  endsItem,
  isParticle,
  nameWord,
  partEnds,
  postcodeCueBefore,
  raw,
  sameTurn,
  skip as skipWords,
  PREFIX_TYPE,
  SUFFIX_TYPE,
  type AddressView,
} from '../address/view.js';
import {
  branchEnd,
  compoundAt,
  prefixTypeAt,
  compoundStreet,
  germanOpenerBefore,
  gridHouseEnd,
  numberFirstStreet,
  ordinalName,
  prefixStreet,
  usRouteStreet,
  suffixStreet,
  suffixTypeAt,
  unnamedStreet,
  type Street,
  spelledTypeAt,
} from '../address/street.js';
import { houseNumberAt, markEnd, unitAt, unitsAt } from '../address/numbers.js';
import { halfBeforeAck } from '../address/before-ack.js';
import {
  cityAt,
  countryAt,
  GLUED_POSTCODE_TOWN,
  itemAt,
  localityAt,
  longPostcodeAt,
  postcodeItem,
  regionAt,
  tailAt,
  type Item,
} from '../address/tail.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { belongsTo } from '../address/places.js';
import {
  chunkAt,
  isFillerAt,
  piecesFrom,
  postcodeAt,
  postcodeCountries,
  writtenAsStandard,
} from '../address/postcode.js';
import { addressVocab } from '../address/vocab.js';
import { scriptAddressAt } from '../address/script.js';
import {
  postcodeBeforeScriptStart,
  scriptAfterNumber,
  scriptLeadIn,
  scriptRunFirst,
} from '../address/script-lead.js';
import { abbreviatedStreet } from '../address/abbreviated.js';
import { ordinalGridStreet } from '../address/ordinal-street.js';
import { asrSpelledBoxAt } from '../address/asr-spelled-box.js';
import { countryFirstEnd, countryFirstStart } from '../address/country-first.js';
import { sentencesAfter } from '../address/sentences.js';
import { openedStreetLine } from '../address/latin-lines.js';
import {
  prepositionStreetAt,
  prepositionStreetBefore,
  prepositionStreetInside,
} from '../address/latin-prepositions.js';
import { localityLineAt } from '../address/locality-line.js';
import { directionsLineAt } from '../address/directions.js';
import { buildingHead, buildingTownAt, landmarkTownAt } from '../address/building-town.js';
import { townAfterPrepositionAt } from '../address/town.js';
import { asrTailEnd } from '../address/asr-tail.js';
import { stateCodeTailEnd } from '../address/state-codes.js';
import { joinUsAddressLines } from '../address/us-line-joins.js';
import { typeAfterNameStart } from '../address/name-before-type.js';
import {
  cuedTypelessStreetAt,
  opening,
  placeBefore,
  numberBeforeInRun,
  numberFirstTypelessAt,
  spokenZeroBefore,
  typeAfterNumber,
} from '../address/typeless.js';
import { numberNameNumberAt } from '../address/number-name-number.js';

const NAME = 'address';

/** UK postcodes, written ("LS6 2QT", "SW1A 1AA") or run together ("LS62QT"). */
const UK_OUTWARD = /^[a-z]{1,2}\d[a-z\d]?$/;
const UK_INWARD = /^\d[a-z]{2}$/;
const UK_WHOLE = /^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$/;
/** Words that cannot be part of a city name. */
const NAME_STOP = new Set(
  'and or is was be been are am my the a an at in on to of for from it its that this yes no yeah okay ok so but'.split(
    ' ',
  ),
);
/** A trip, not a home: "where are you flying | denver colorado". */
const TRAVEL_CUES = new CueSet([
  'fly',
  'flying',
  'flew',
  'flight',
  'trip',
  'travel',
  'traveling',
  'travelling',
  'vacation',
  'visiting',
  'visit',
  'conference',
  'heading',
  'headed',
  'driving',
]);
const TRAVEL_WINDOW = 8;
const CUE_WINDOW = 16;
const ZIP_CUE_WINDOW = 8;
const CITY_TAGS = new Set(['City']);

type Ctx = DetectionContext;

const skip = (ctx: Ctx, i: number): number => {
  let k = i;
  while (k < ctx.tokens.length && (FILLERS.has(ctx.tokens[k]!) || ctx.tokens[k] === '')) k++;
  return k;
};

const sameTurnCtx = (ctx: Ctx, a: number, b: number): boolean =>
  ctx.words[a]?.speaker === ctx.words[b]?.speaker;

function numberAt(ctx: Ctx, i: number): SpokenRun | undefined {
  const run = runAt(ctx.spoken, i);
  if (!run || run.startWord !== i || run.digits.length === 0) return undefined;
  return run;
}

/** First words of military lines, written or spelled ("a p o", "p s c"). */
const MILITARY_FIRST = new Set(['psc', 'cmr', 'unit', 'apo', 'fpo', 'dpo', 'p', 'c', 'a', 'f', 'd']);

/** US state names by their first word. */
const STATES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of STATE_NAMES) {
  const list = STATES_BY_FIRST.get(name[0]!) ?? [];
  list.push(name);
  STATES_BY_FIRST.set(name[0]!, list);
}

/** US state name or code at word i: index after it, or -1. Codes count only when written in capitals. */
function stateAt(ctx: Ctx, i: number): number {
  const { tokens } = ctx;
  for (const name of STATES_BY_FIRST.get(tokens[i]!) ?? []) {
    let ok = true;
    for (let k = 1; k < name.length && ok; k++) ok = tokens[i + k] === name[k];
    if (ok) return i + name.length;
  }
  const text = ctx.words[i]?.text ?? '';
  // a code lower-cases to two ASCII letters: a word with no capital A-Z and nothing beyond ASCII
  // (the Kelvin sign lower-cases to "k") is none, so most words skip the regex
  if (text.length < 2 || !capitalOrWide(text)) return -1;
  const r = text.replace(/[^\p{L}]/gu, '');
  if (r.length === 2 && r === r.toUpperCase() && STATE_CODES.has(r.toLowerCase())) return i + 1;
  return -1;
}

/** Does the text hold a capital A-Z or a character beyond ASCII? */
function capitalOrWide(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return true;
  }
  return false;
}

/** A 5- or 9-digit zip starting at word i (after fillers): index after it, or -1. */
function zipAt(ctx: Ctx, i: number): number {
  const k = skip(ctx, i);
  const run = numberAt(ctx, k);
  if (!run) return -1;
  // written: one word "62704" or "62704-1234" (a run of written groups "652 418 107" is no zip)
  const first = run.chunks[0]!;
  if (first.kind === 'literal') return /^\d{5}(?:\d{4})?$/.test(first.text) ? first.endWord : -1;
  if (/^\d{5}(?:\d{4})?$/.test(run.text.replace(/-/g, ''))) return run.endWord;
  // raw ASR "nine eight three seven three u s a": the spoken view runs the zip's digits on into the
  // country's letters; the zip is the digits before the first letter
  const letter = run.chunks.findIndex((c) => c.kind === 'letter');
  if (letter < 1) return -1;
  const digits = run.chunks.slice(0, letter);
  if (!digits.every((c) => c.kind === 'digit' || c.kind === 'number')) return -1;
  if (!/^\d{5}(?:\d{4})?$/.test(digits.map((c) => c.text).join(''))) return -1;
  return digits[digits.length - 1]!.endWord;
}

/** A UK postcode starting at word i (after fillers): index after it, or -1. */
function ukPostcodeAt(ctx: Ctx, i: number): number {
  const k = skip(ctx, i);
  const t = ctx.tokens[k] ?? '';
  if (UK_WHOLE.test(t) && /\d/.test(t)) return k + 1;
  if (UK_OUTWARD.test(t) && UK_INWARD.test(ctx.tokens[k + 1] ?? '') && sameTurnCtx(ctx, k, k + 1))
    return k + 2;
  return -1;
}

/** City words (1-3) followed by a US state: index after the state (and zip), or -1. */
function cityStateZipAt(v: AddressView, from: number): number {
  const ctx = v.ctx;
  const i = skip(ctx, from);
  let best = -1;
  for (let len = 0; len <= 3; len++) {
    const s = skip(ctx, i + len);
    if (len > 0) {
      const t = ctx.tokens[i + len - 1]!;
      if (isStopWord(t) || !/^\p{L}/u.test(t) || !sameTurnCtx(ctx, i, i + len - 1)) break;
      // raw ASR: "... liechtenstein mobile | five five five oh one" is a phone, no city and zip;
      // written, a form label ends the address ("... Liechtenstein Mobile: 55501")
      if (contactLabel(v, i + len - 1) || /:$/.test(raw(v, i + len - 1))) break;
    }
    // the longest reading wins: "washington, dc 20004" is a city, a state and a zip
    const after = stateAt(ctx, s);
    if (after > 0) {
      const zip = zipAt(ctx, after);
      best = Math.max(best, zip > 0 ? zip : after);
    }
    if (len > 0) best = Math.max(best, zipAt(ctx, s), ukPostcodeAt(ctx, s));
  }
  return best;
}

/** Words that end a city name: function words, contractions ("it's ottumwa iowa"). */
const isStopWord = (t: string): boolean => NAME_STOP.has(t) || isFunctionWord(t) || /['’]/u.test(t);

/** A lone city right after a street ("58 Fernhollow Rd., Spokane."). */
function knownCityAt(ctx: Ctx, i: number): number {
  const k = skip(ctx, i);
  const t = ctx.tokens[k];
  if (t && sameTurnCtx(ctx, i - 1, k) && hasLexiconTag(t, CITY_TAGS)) return k + 1;
  const r = ctx.words[k]?.text ?? '';
  if (t && /,$/.test(ctx.words[i - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+[.,]?$/u.test(r) && !isFunctionWord(t))
    return k + 1;
  return -1;
}

/** "P.O. Box 455", "Postfach 1234", "apartado de correos 12": index after the box number, or -1. */
function poBoxAt(v: AddressView, i: number): number {
  const spelledBox = asrSpelledBoxAt(v, i);
  if (spelledBox > 0) return spelledBox;
  const len = addressVocab().poBoxes.match((k) => v.folded[i + k]);
  if (len === 0) return -1;
  // one- and two-letter abbreviations ("bp", "pf", "cp") only as written words with a capital or dot
  const short = (v.folded[i] ?? '').length <= 2 && len === 1;
  if (short && !(v.formatted && /^[A-Z]|\./.test(raw(v, i)))) return -1;
  const k = skipWords(v, i + len);
  if (!sameTurn(v, i, k)) return -1;
  const run = numberAt(v.ctx, k);
  if (run) return boxLetterEnd(v, run.endWord);
  // raw ASR "b p six fifty five": the box's spelled letters and its number are one spoken run
  const spelled = runAt(v.ctx.spoken, k);
  if (spelled && spelled.startWord >= i && spelled.startWord < k && /^[a-z]{1,3}\d{1,8}$/.test(spelled.text))
    return spelled.endWord;
  return /^\d{1,8}$/.test(v.ctx.tokens[k] ?? '') ? k + 1 : -1;
}

/**
 * "PO Box 417 B, Tarnby", "rr 3 box 417 b tarnby il ...": a letter after a box number is the box's
 * own when the line goes on to a place (a comma, the end of the turn, a word English lacks); "box 12
 * a week ago" keeps the article out. The end of the box number, with its letter.
 */
function boxLetterEnd(v: AddressView, end: number): number {
  if (end >= v.n || !sameTurn(v, end - 1, end) || partEnds(v, end - 1) || endsItem(v, end - 1)) return end;
  if (!/^[a-z][,.]?$/i.test(raw(v, end))) return end;
  const next = end + 1;
  if (next >= v.n || !sameTurn(v, end, next) || endsItem(v, end) || partEnds(v, end)) return next;
  const t = v.ctx.tokens[next] ?? '';
  return /^\p{L}/u.test(t) && !isCommonWord(t) ? next : end;
}

/**
 * Military mail (USPS Publication 28): "PSC 1234, Box 5678", "Unit 2050 Box 4190", "CMR 450 Box 12",
 * and the line "APO AE 09012" (APO/FPO/DPO, AA/AE/AP, zip). Index after it, or -1.
 */
function militaryAt(v: AddressView, i: number): number {
  const t = v.folded[i] ?? '';
  if (!MILITARY_FIRST.has(t)) return -1;
  const spelled = runAt(v.ctx.spoken, i);
  // "p s c one two three four": the letters and the number are one spelled run
  const spelledUnit = spelled?.startWord === i && /^(?:psc|cmr)\d{1,5}$/.test(spelled.text);
  if (t === 'psc' || t === 'cmr' || t === 'unit' || spelledUnit) {
    const n = spelledUnit ? spelled!.endWord : houseNumberAt(v, i + 1);
    if (n < 0) return -1;
    const b = skipWords(v, n);
    if (v.folded[b] !== 'box') return -1;
    const ends = boxNumberEnds(v, skipWords(v, b + 1));
    if (ends.length === 0) return -1;
    // the box number ends where the APO/FPO/DPO line starts ("box fifty three eighty two | a p o ...")
    for (const box of ends) {
      const line = militaryLineAt(v, skipWords(v, box));
      if (line > 0) return line;
    }
    return ends[0]!;
  }
  return militaryLineAt(v, i);
}

/** Ship prefixes of military mail addressed to a ship ("USS Kearsarge FPO AE 09534"). */
const SHIP_PREFIXES = new Set(['uss', 'usns', 'usnv', 'uscgc', 'usngs']);

/** "USNS Harbor Wren | FPO AP 96601": the ship line before a military line at `at`. Its start, else `at`. */
function shipBefore(v: AddressView, at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (!sameTurn(v, k, at) || partEnds(v, k) || (k < at - 1 && endsItem(v, k))) break;
    if (SHIP_PREFIXES.has(v.folded[k] ?? '')) return k < at - 1 ? k : at;
    if (isFunctionWord(v.ctx.tokens[k]!) || (v.formatted && !capitalised(v, k))) break;
  }
  return at;
}

/**
 * Where a box number starting at word k may end, best reading first: a spoken run runs on into the
 * spelled line after it ("fifty three eighty two a p o a a ..." is one run), so its leading digit
 * chunks (up to five digits) are one reading, the house-number reading ("14a") another.
 */
function boxNumberEnds(v: AddressView, k: number): number[] {
  const ends: number[] = [];
  const run = runAt(v.ctx.spoken, k);
  if (run && run.startWord === k) {
    if (/^\d{1,5}$/.test(run.text)) return [run.endWord];
    let digits = 0;
    let end = -1;
    for (const c of run.chunks) {
      if (!/^\d+$/.test(c.text) || digits + c.text.length > 5) break;
      digits += c.text.length;
      end = c.endWord;
    }
    if (end > 0) ends.push(end);
  }
  const house = houseNumberAt(v, k);
  if (house > 0 && !ends.includes(house)) ends.push(house);
  return ends;
}

function militaryLineAt(v: AddressView, i: number): number {
  // spelled: "a p o a e zero nine zero one two"
  let text = '';
  for (const p of piecesFrom(v.ctx, i, 12)) {
    text += p.text;
    if (/^[afd]po(?:aa|ae|ap)\d{5}$/.test(text)) return p.end;
    if (text.length >= 10) break;
  }
  if (!/^(?:apo|fpo|dpo)$/.test(v.folded[i] ?? '')) return -1;
  const k = skipWords(v, i + 1);
  if (!/^(?:aa|ae|ap)$/.test(v.folded[k] ?? '')) return -1;
  const z = zipAt(v.ctx, k + 1);
  return z > 0 ? z : -1;
}

/**
 * "the corner of Fifth Avenue and Main Street", "intersection of elm and maple": [start, end) of the
 * phrase, from "the corner" (the place named) to the end of the second street.
 */
function cornerAt(v: AddressView, i: number): [number, number] | null {
  const t = v.folded[i];
  // "Cnr Orlanda Rd and Kestrel St": the abbreviation is written only in addresses
  const cnr = t === 'cnr';
  if (!cnr && t !== 'corner' && t !== 'intersection' && t !== 'junction' && t !== 'crossroads') return null;
  // given as the address ("my address: the corner of ...", "send it to the corner of ..."), the
  // phrase names the place; after a locative ("meet at the corner of ...", "on the corner of ...")
  // it frames a place, and the two streets are the address
  let opens = i;
  const the = wordBefore(v, i);
  if (the >= 0 && v.folded[the] === 'the' && sameTurn(v, the, i)) opens = the;
  const before = wordBefore(v, opens);
  // a written address line opens with it, capitalised ("at Corner of Vesquin St and ..., Harare")
  // (a capital that opens a sentence says nothing; one after a label's colon does)
  const sentence = i === 0 || !sameTurn(v, i - 1, i) || (partEnds(v, i - 1) && !/:$/.test(raw(v, i - 1)));
  const line = cnr || (v.formatted && opens === i && /^\p{Lu}/u.test(raw(v, i)) && !sentence);
  if (!line && before >= 0 && LOCATIVES.has(v.folded[before]!) && sameTurn(v, before, i)) opens = -1;
  let k = skipWords(v, i + 1);
  if (v.folded[k] === 'of') k = skipWords(v, k + 1);
  else if (!cnr) return null;
  if (v.folded[k] === 'the') k++;
  const street = (from: number): number => {
    // a whole street line on either side: "corner of 2618 Lantern Avenue and ...", "ul. Lipowa 80"
    const core = coreAt(v, from);
    if (core?.numbered && core.start === from && core.reason === 'street' && sameTurn(v, i, core.end - 1))
      return typeAfterNumber(v, core.end);
    let end = -1;
    for (let m = from; m < from + 4 && m < v.n && sameTurn(v, i, m); m++) {
      const word = v.ctx.tokens[m] ?? '';
      const ordinal = ORDINAL.test(word) || runAt(v.ctx.spoken, m)?.chunks.some((c) => c.kind === 'ordinal');
      // "corner of Lindgasse 21 and ...": a house number after the name ends the side
      const house =
        end > 0 && !ordinal && !partEnds(v, end - 1) && !endsItem(v, end - 1) ? houseNumberAt(v, m) : -1;
      if (house > 0 && sameTurn(v, i, house - 1)) return typeAfterNumber(v, house);
      if (!ordinal && (!nameWord(v, m) || /^(?:mr|mrs|ms|dr|mister|missus)$/.test(v.folded[m]!))) break;
      const typed = m > from && (suffixTypeAt(v, m) > 0 || pluralTypeAt(v, m));
      // raw ASR has no capitals to end a name: after its first word, an English word ends it
      // ("herceg gateway street": an English word right before a street type is still the name)
      const beforeType = m + 1 < from + 4 && suffixTypeAt(v, m + 1) > 0;
      if (!v.formatted && m > from && !ordinal && isCommonWord(word) && !typed && !beforeType) break;
      end = m + 1;
      // the street type ends the name: "Elm Parks | Mr. Oates", "varden courts | card number"
      if (endsItem(v, m) || partEnds(v, m)) break;
      if (typed && suffixTypeAt(v, m + 1) === 0 && !pluralTypeAt(v, m + 1)) {
        // "corner of Hoge Dijk 412 St. and ...": the house number after the type, a type again
        const after = houseNumberAt(v, m + 1);
        if (after > 0 && sameTurn(v, i, after - 1)) return typeAfterNumber(v, after);
        break;
      }
    }
    return end;
  };
  const first = street(k);
  if (first < 0 || partEnds(v, first - 1) || !streetLike(v, k, first)) return null;
  const and = skipWords(v, first);
  if (v.folded[and] !== 'and' && raw(v, and) !== '&') return null;
  const from = skipWords(v, and + 1);
  const second = street(from);
  return second > 0 && streetLike(v, from, second) ? [opens < 0 ? k : opens, second] : null;
}

/**
 * Two streets that share one plural type ("Kestrel and Orvesta Streets", "kestrel and orvesta streets"):
 * a name of one or two words each side of "and"/"&", then the type in the plural. In raw ASR the
 * names are words English lacks. [start, end), else null.
 */
function sharedTypeAt(v: AddressView, i: number): [number, number] | null {
  // the first name is one or two words, then "and": without it one or two words on, no reading
  // below can hold (asked at every word of the call)
  if (!andAt(v, i + 1) && !andAt(v, i + 2)) return null;
  const name = (from: number): number => {
    let end = -1;
    for (let m = from; m < from + 2 && m < v.n && sameTurn(v, i, m); m++) {
      const t = v.ctx.tokens[m] ?? '';
      // (words in capitals are a heading's or a legal text's, no names)
      if (!nameWord(v, m) || isFunctionWord(t) || (v.formatted ? !capitalised(v, m) : isCommonWord(t))) break;
      if (v.formatted && /^\p{Lu}{2,}\P{L}*$/u.test(raw(v, m))) break;
      // "Kofi and Ama Fields": given names before a plural surname are people
      if (nameKinds(t) & GIVEN && !isCommonWord(t)) return -1;
      if (suffixTypeAt(v, m) > 0 || pluralTypeAt(v, m)) break;
      end = m + 1;
      if (endsItem(v, m) || partEnds(v, m)) return -1;
    }
    return end;
  };
  // where a place is said: after "on"/"at"/"near" ..., an address cue, or opening a line
  const b = wordBefore(v, i);
  const placed = b >= 0 && sameTurn(v, b, i) && (LOCATIVES.has(v.folded[b]!) || NEAR_WORDS.has(v.folded[b]!));
  if (!placed && !opensLine(v, i) && !cueBefore(v, i, 3)) return null;
  const first = name(i);
  if (first < 0) return null;
  const and = first;
  if (!andAt(v, and)) return null;
  const second = name(and + 1);
  if (second < 0 || !pluralTypeAt(v, second) || !sameTurn(v, i, second)) return null;
  // "Upper and Lower Courts": one of the names at least is no English word
  let named = false;
  for (let m = i; m < second; m++) if (m !== and && !isCommonWord(v.ctx.tokens[m]!)) named = true;
  if (!named || (v.formatted && !capitalised(v, second))) return null;
  return [i, second + 1];
}

/** Word k is "and" or "&". */
const andAt = (v: AddressView, k: number): boolean => v.folded[k] === 'and' || raw(v, k) === '&';

/**
 * An English street type in the plural, as USPS Publication 28 (appendix C1) lists many ("Courts",
 * "Greens", "Parks", "Flats"): a street type word plus "s".
 */
function pluralTypeAt(v: AddressView, m: number): boolean {
  const t = v.folded[m] ?? '';
  if (t.length < 4 || !t.endsWith('s')) return false;
  return addressVocab().streets.suffix.match((k) => (k === 0 ? t.slice(0, -1) : undefined)) === 1;
}

/** The word before i, fillers skipped: its index, or -1. */
function wordBefore(v: AddressView, i: number): number {
  let b = i - 1;
  while (b >= 0 && isFillerAt(v.ctx, b)) b--;
  return b;
}

/** One side of a corner: an ordinal, a word English lacks, or a name and its street type. */
function streetLike(v: AddressView, from: number, to: number): boolean {
  if (v.formatted) return true;
  for (let m = from; m < to; m++) {
    const t = v.ctx.tokens[m]!;
    if (runAt(v.ctx.spoken, m) || /^\d/.test(t) || !isCommonWord(t)) return true;
    if (m > from && (suffixTypeAt(v, m) > 0 || pluralTypeAt(v, m))) return true;
  }
  return false;
}

/** Units inside a building, whose number a speaker may run into the house number. */
const FLAT_WORDS = new Set(['flat', 'apartment', 'apt', 'unit', 'suite', 'ste']);

/**
 * Units said before the street, one after another ("Room 1203, Building 5, No. 88 Vesquin Road",
 * "apartment four b, twelve oak street"), as Chinese, Indian and Philippine lines run from the
 * smallest part outward: the first one's start, else i.
 */
function unitBefore(v: AddressView, i: number): number {
  let start = i;
  for (let n = 0; n < 3; n++) {
    const s = oneUnitBefore(v, start);
    if (s === start) break;
    start = s;
  }
  return start;
}

/** One unit said right before i: its start, else i. */
function oneUnitBefore(v: AddressView, i: number): number {
  const ctx = v.ctx;
  let j = i - 1;
  while (j >= 0 && (FILLERS.has(ctx.tokens[j]!) || ctx.tokens[j] === '' || ctx.tokens[j] === 'at')) j--;
  if (j < 0 || !sameTurn(v, j, i)) return i;
  for (let s = Math.max(0, j - 3); s <= j; s++) {
    const end = unitAt(v, s);
    if (end === j + 1 || (end > 0 && skipWords(v, end) >= i && end <= i)) return s;
    // "flat three twenty seven rowan crescent": the unit's number and the house number are one spoken run
    // (a flat or suite: "my house forty four oh one east ..." is the house and its number)
    const run = s === j && FLAT_WORDS.has(v.folded[s] ?? '') ? runAt(ctx.spoken, i) : undefined;
    if (run && run.startWord === i && run.chunks.length >= 2 && end > i && end <= run.endWord) return s;
    // "Unit 26 Roper Close", "suite fifteen thirty six teheran ro": the flat's word before the only
    // number of the line, which the street read as its house number
    if (s === j && j === i - 1 && FLAT_WORDS.has(v.folded[s] ?? '') && end > i && !/[,;:.]$/.test(raw(v, s)))
      return s;
    // "No. 21, Sec. 1, Orlanda Rd.": a unit's number ended by a comma is its own line, not the house
    // number of the street after it (Taiwan's lane, alley and road section come before the road)
    if (s === j && j === i - 1 && end === i + 1 && /\.$/.test(raw(v, s)) && /^\d+,$/.test(raw(v, i)))
      return s;
  }
  return i;
}

/** Unit words that name a plot, block or building on the ground. */
const LAND_UNITS = new Set(
  'house block blk plot lot flat apartment apt building bldg villa compound bloque lote manzana mz'.split(
    ' ',
  ),
);

/**
 * Two unit lines or more ("Block 9, House 21", "plot eight block c") opening a line, then a known
 * city, region, country or postcode: where no street is named, the plot and house numbers are the
 * address (Sudan, parts of South Asia and Africa). The end of the units, else -1.
 */
function unitLinesAt(v: AddressView, i: number): number {
  // the first names a plot or building, not a room of one ("room 5, floor 2, London office")
  if (!LAND_UNITS.has(v.folded[i] ?? '')) return -1;
  const first = unitAt(v, i);
  if (first < 0 || skipWords(v, i) !== i || partEnds(v, first - 1)) return -1;
  if (!opensLine(v, i) && !cueBefore(v, i, 3) && !LINE_PREPOSITIONS.has(v.folded[i - 1] ?? '')) return -1;
  const second = unitAt(v, first);
  if (second < 0 || !sameTurn(v, i, second - 1)) return -1;
  const end = unitsAt(v, i, (k) => partEnds(v, k));
  if (end < second || partEnds(v, end - 1)) return -1;
  const tail = tailAt(v, end, true);
  const strong = tail.items.some((it) => it.strong && it.end <= tail.end && it.kind !== 'unit');
  return strong ? end : -1;
}

/** Is the address ending at `end` tied to the one starting at `start` by a landmark word ("off", "near")? */
function linkedAfter(v: AddressView, end: number, start: number): boolean {
  if (end < 1 || start <= end || partEnds(v, end - 1)) return false;
  const k = skipWords(v, end);
  const len = addressVocab().landmarkLinks.match((m) => v.folded[k + m]);
  if (len === 0 || !sameTurn(v, end - 1, start)) return false;
  const after = skipWords(v, k + len);
  if (after === start) return true;
  // "Plot 12, Orlanda Close, off Admiralty Way, Lekki": a road named after the link, without a
  // house number (its everyday type word does not make it a street line of its own)
  for (let m = after + 1; m < Math.min(start, after + 4); m++) {
    if (partEnds(v, m - 1) || !nameWord(v, m - 1)) return false;
    const type = suffixTypeAt(v, m);
    if (type > 0 && endsItem(v, m + type - 1) && skipWords(v, m + type) === start) return true;
  }
  return false;
}

/** Words that announce a value, so an everyday word after them can be the mark "No." ("address is no 12 ..."). */
const MARK_AFTER = new Set(['is', 'at', 'in', 'on']);

/**
 * A house-number mark right before the line at `i` ("No. 88 Qinglan Road", "số 12 đường Hoa Sen",
 * "H.No. 4-5-6/A"): its start, else i. An everyday word ("no", "so") needs MARK_AFTER before it.
 */
function markBefore(v: AddressView, i: number): number {
  let j = i - 1;
  while (j >= 0 && (FILLERS.has(v.ctx.tokens[j]!) || v.ctx.tokens[j] === '')) j--;
  for (let s = Math.max(0, j - 2); s <= j; s++) {
    // "No, 12 Main Street": the answer's comma ends it
    if (markEnd(v, s) !== j + 1 || !sameTurn(v, s, i) || endsItem(v, j)) continue;
    // an everyday word ("no", "so", "number") needs its dot or a word announcing the value before it
    const everyday = isCommonWord(v.ctx.tokens[s]!) && !(v.formatted && /[.:]$/.test(raw(v, s)));
    if (everyday && !MARK_AFTER.has(v.folded[s - 1] ?? '')) continue;
    return s;
  }
  return i;
}

/**
 * A typeless street line right before a tail at `at`: "Kaseke 19," / "Ερμού 12," / "19 Kaseke,"
 * (name words and a house number, same speaker). Its start, else `at`.
 */
function typelessStreetBefore(v: AddressView, at: number): number {
  const s = typelessNameBefore(v, at);
  // "Am Kestrower Ring 7, 04109 Leipzig": a German preposition opens the name
  return s < at ? germanOpenerBefore(v, s) : s;
}

function typelessNameBefore(v: AddressView, at: number): number {
  let j = at - 1;
  while (j >= 0 && /^[-–—,]?$/.test(v.ctx.tokens[j] ?? '')) j--;
  if (j < 0 || !sameTurn(v, j, at) || partEnds(v, j)) return at;
  // number last: "Kaseke 19"
  const run = runAt(v.ctx.spoken, j);
  const numStart = run
    ? run.startWord
    : /^\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?$/.test(v.ctx.tokens[j] ?? '')
      ? j
      : -1;
  if (numStart >= 0 && houseNumberAt(v, numStart) === j + 1) {
    let s = numStart;
    // "Vrelo od Kamena 14": particles inside the name
    for (
      let k = numStart - 1;
      k >= Math.max(0, numStart - 4) &&
      (nameWord(v, k) || isParticle(v, k)) &&
      sameTurn(v, k, j) &&
      // "Location of the fault: | Vesquin 12a": a label is no part of the street's name
      !/:$/.test(raw(v, k));
      k--
    ) {
      if (partEnds(v, k) || endsItem(v, k)) break;
      s = k;
    }
    while (s < numStart && isParticle(v, s)) s++;
    return s < numStart ? s : at;
  }
  return numberFirstLineBefore(v, j, at);
}

/**
 * "27, Dren Kolaj, | Prizren 20030", "two seven dren kolaj | prizren ...": a house number, then
 * one to three name words ending at word j (a word English lacks among them; in raw ASR all of them),
 * the number opening a line. Its start, else `at`.
 */
function numberFirstLineBefore(v: AddressView, j: number, at: number): number {
  let s = -1;
  let uncommon = false;
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    if (!sameTurn(v, k, at) || partEnds(v, k) || (k < j && endsItem(v, k))) break;
    const particle = k < j && isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    // raw ASR has no capitals: every word of the name is one English lacks ("daytime phone" is none)
    if (!particle && !v.formatted && isCommonWord(v.ctx.tokens[k]!)) return at;
    if (!particle && !isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
    s = k;
  }
  while (s >= 0 && s < j && isParticle(v, s)) s++;
  if (s < 0 || !uncommon) return at;
  let n = s - 1;
  while (n >= 0 && /^[-–—,]?$/.test(v.ctx.tokens[n] ?? '') && raw(v, n) !== '') n--;
  if (n < 0 || !sameTurn(v, n, at) || partEnds(v, n)) return at;
  const run = runAt(v.ctx.spoken, n);
  const numStart =
    run && run.endWord === n + 1
      ? run.startWord
      : /^\d{1,5}[a-z]?(?:[-/]\d{1,5}[a-z]?)?$/.test(v.ctx.tokens[n] ?? '')
        ? n
        : -1;
  if (numStart < 0 || houseNumberAt(v, numStart) !== n + 1) return at;
  // the number opens a line, is a line of its own ("13,"), or follows an address cue ("address: it's")
  const opens = opensLine(v, numStart) || endsItem(v, n) || cueBefore(v, numStart, 4);
  return opens ? numStart : at;
}

/**
 * A number of up to six digits ending right before word `at` (same speaker, no comma or sentence
 * end between): a postcode or building number written before the street line. Its start, else `at`.
 */
function leadingNumberBefore(v: AddressView, at: number, acrossLine = false): number {
  let j = at - 1;
  while (j >= 0 && isFillerAt(v.ctx, j)) j--;
  if (j < 0 || !sameTurn(v, j, at) || (endsItem(v, j) && !acrossLine) || partEnds(v, j)) return at;
  const run = runAt(v.ctx.spoken, j);
  if (!run || run.endWord !== j + 1 || !/^\d{1,6}[a-z]?$/.test(run.text)) return at;
  // "suite 5 | 12 Main St", "apt 4 12 Main St" belong to the unit reading
  if (run.startWord > 0 && unitAt(v, run.startWord - 1) > 0) return at;
  return run.startWord;
}

/**
 * A street line without a street type, known by the unit that follows its house number:
 * "Hermanas Lorca 23 Apt. 415", "Fokke Hiddemawei 118 Suite 340" (many countries name streets
 * without a type word). Word i starts the unit; returns the start of the street line, or -1.
 */
function typelessBeforeUnit(v: AddressView, i: number): number {
  const units = addressVocab().units;
  // (a unit opens on a word that opens a unit phrase: one lookup, no reader, for most words)
  if (!units.has(v.folded[i] ?? '') || units.match((k) => v.folded[i + k]) === 0 || unitAt(v, i) < 0)
    return -1;
  // "Kingston 42s as a co-owner": a short unit abbreviation ("as.", "pt") only written with its dot
  if ((v.folded[i] ?? '').length <= 2 && !(v.formatted && /\.$/.test(raw(v, i)))) return -1;
  // "Kolmova 12, Suite 210": the unit may open a line of its own
  const numStart = leadingNumberBefore(v, i, true);
  if (numStart === i || houseNumberAt(v, numStart) < 0) return -1;
  let s = numStart;
  let uncommon = false;
  for (let k = numStart - 1; k >= Math.max(0, numStart - 4); k--) {
    if (!sameTurn(v, k, i) || endsItem(v, k) || partEnds(v, k)) break;
    if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
    const particle = isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    if (!particle && !isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
    s = k;
  }
  while (s < numStart && isParticle(v, s)) s++;
  // raw ASR has no capitals: the name needs a word English lacks ("room twelve suite" is none)
  if (s === numStart || (!v.formatted && !uncommon)) return -1;
  // a unit on a line of its own must lead on to a known place ("Peter 45, Suite 4 was" is none)
  if (endsItem(v, i - 1) && strongTailAfterUnit(v, i) === 0) return -1;
  return leadingNumberBefore(v, s);
}

/** How many postcodes, known places or countries follow the unit at word i. */
function strongTailAfterUnit(v: AddressView, i: number): number {
  const afterUnit = unitsAt(v, i, (k) => partEnds(v, k));
  const tail = afterUnit > 0 && !partEnds(v, afterUnit - 1) ? tailAt(v, afterUnit, true) : undefined;
  return tail?.items.filter((it) => it.strong && it.end <= tail.end).length ?? 0;
}

/**
 * A street line without a street type, house number first, known by the unit after it: "41 Chalan
 * Tasi Lagu, Apt. 19C", "forty one chalan tasi lagu apartment one nine c". Word i starts the
 * unit; returns the start of the house number, or -1. The name is one to four name words (a word
 * English lacks among them in raw ASR), and a postcode, known place or country must follow the unit.
 */
function numberFirstBeforeUnit(v: AddressView, i: number): number {
  const units = addressVocab().units;
  // (a unit opens on a word that opens a unit phrase: one lookup, no reader, for most words)
  if (!units.has(v.folded[i] ?? '') || units.match((k) => v.folded[i + k]) === 0 || unitAt(v, i) < 0)
    return -1;
  if ((v.folded[i] ?? '').length <= 2 && !(v.formatted && /\.$/.test(raw(v, i)))) return -1;
  let j = i - 1;
  while (j >= 0 && /^[-–—,>]?$/.test(v.ctx.tokens[j] ?? '') && raw(v, j) !== '') j--;
  let s = j + 1;
  let uncommon = false;
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    if (!sameTurn(v, k, i) || partEnds(v, k) || (k < j && endsItem(v, k))) break;
    const particle = isParticle(v, k);
    if (!particle && !nameWord(v, k)) break;
    if (!particle && !isCommonWord(v.ctx.tokens[k]!)) uncommon = true;
    s = k;
  }
  if (s > j || isParticle(v, s) || (!v.formatted && !uncommon)) return -1;
  let numStart = leadingNumberBefore(v, s);
  // "402 17 Marlow Brook Apt. 9", "61530 880 Fennimore Suite 14": a building number or
  // postcode, then the house number, in one run
  const run = runAt(v.ctx.spoken, s - 1);
  const inner =
    s > 0 && run !== undefined && run.endWord === s && run.startWord < s - 1 && houseNumberAt(v, s - 1) === s;
  if (numStart === s && inner) numStart = run.startWord;
  if (numStart === s || (houseNumberAt(v, numStart) !== s && !inner)) return -1;
  // "We have 3 Big Rooms, Suite 4": in formatted text the house number opens a line, or the unit
  // leads on to two known places ("Brightloom 7 Kestrel Dam Suite 3 Lilla Edet Sweden 46330")
  // "My address is 1131 Tamsby Shores Apt. 633, Orrelton": written after an address cue or a place
  // preposition, the house number, the name and the numbered unit are the street line
  if (openedStreetLine(v, numStart, i)) return numStart;
  if (v.formatted && !opensLine(v, numStart) && strongTailAfterUnit(v, i) < 2) return -1;
  // the unit must lead on to the rest of the address
  return strongTailAfterUnit(v, i) > 0 ? numStart : -1;
}

/** A formatted line of one to four capitalised name words ending with a comma before `at`: its start, else `at`. */
function nameLineBefore(v: AddressView, at: number): number {
  const j = at - 1;
  if (!v.formatted || j < 0 || !endsItem(v, j) || !sameTurn(v, j, at)) return at;
  let s = at;
  for (let k = j; k >= Math.max(0, j - 3); k--) {
    if ((k < j && (endsItem(v, k) || partEnds(v, k))) || !sameTurn(v, k, at)) break;
    if (!nameWord(v, k) && !isParticle(v, k)) break;
    s = k;
  }
  return s < at && nameWord(v, s) ? s : at;
}

/**
 * Formatted address lines before a postcode anchor: up to two comma-ended lines of name words
 * ("Ngo Duc Khiem, Vinh Phuoc District, Quy Nhon 55120"), each starting after a label, a sentence
 * end, a comma or the start of the turn. Their start, else `at`.
 */
function linesBefore(v: AddressView, at: number): number {
  let s = at;
  for (let n = 0; n < 2; n++) {
    const line = nameLineBefore(v, s);
    if (line === s) break;
    // "Thanks, 10149 Tallinn": one everyday word is no address line ("Vinh Phuoc District," is)
    if (s - line === 1 && isCommonWord(v.ctx.tokens[line]!)) break;
    const b = line - 1;
    const opens =
      b < 0 ||
      !sameTurn(v, b, line) ||
      endsItem(v, b) ||
      partEnds(v, b) ||
      /:$/.test(raw(v, b)) ||
      v.cues[b + 1]! - v.cues[b]! > 0;
    if (!opens) {
      // "1-2-3 Hikarigaoka, Nerima-ku, Tokyo": the first line opens with its house number
      const numbered = numberFirstLineBefore(v, s - 1, s);
      return numbered < s ? numbered : s;
    }
    s = line;
  }
  return s;
}

/**
 * Formatted: one comma-ended line of name words is all that stands between an address part ending
 * with a comma at `end` and the next one at `start` ("Беларусь, ..., 339124 Mazyr, | Halvering, |
 * Улица Tamberlo, 27": a district between the postcode line and the street).
 */
function nameLineBetween(v: AddressView, end: number, start: number): boolean {
  if (!v.formatted || start <= end || end < 1 || !endsItem(v, end - 1) || !sameTurn(v, end - 1, start))
    return false;
  return nameLineBefore(v, start) === end;
}

/** Words joining two nouns of an institution's name ("Ministry of Finance and Economy", "Museum & Gallery"). */
const NAME_LINKS = new Set(['and', '&', 'und']);
/** Determiners before a place noun: "my office", "our bank" are no building names. */
const DETERMINERS = new Set('my our your his her their the a an this that'.split(' '));
const COMPANY_SUFFIX = /^(?:inc|ltd|llc|corp|co|plc|gmbh|ag|bv|nv|pty|pte|oy|ab|as|srl|spa|sarl)\.?,?$/i;
const BUILDING_BEFORE_HEAD = 3;
// "Tribunal Judiciaire de Boulogne sur Mer": a head, a qualifier and a place of three words
const BUILDING_AFTER_HEAD = 5;
/** Company suffixes spelled in raw ASR ("banque ... s a avenue des lauriers"): letters of COMPANY_SUFFIX. */
const SPELLED_COMPANY_SUFFIX = /^(?:sa|ag|bv|nv|ab|as|oy|plc|srl|spa|sarl|gmbh|llc|ltd|inc)$/;

/** Raw ASR: a company suffix spelled right before word `at` ("s a"): its start, else `at`. */
function spelledSuffixBefore(v: AddressView, at: number): number {
  if (v.formatted) return at;
  let letters = '';
  let s = at;
  // single letters said one by one ("a" too, which the spoken view reads as a word)
  while (s > 0 && at - s < 4 && /^[a-z]$/.test(v.ctx.tokens[s - 1] ?? '') && sameTurn(v, s - 1, at)) {
    letters = v.ctx.tokens[s - 1]! + letters;
    s--;
  }
  return s < at - 1 && SPELLED_COMPANY_SUFFIX.test(letters) ? s : at;
}

/**
 * A building or institution line right before the street line starting at `at` ("Bank of Kition,
 * Agiou Filona", "Herat Institute of Water Studies, Herat-Islam Highway"): name words with
 * a building head word, at most three words before the head and four after it, same speaker, no
 * sentence end. Its start, else `at`.
 */
function buildingBefore(v: AddressView, at: number): number {
  // "banque du commerce rural s a | avenue des lauriers": the company's spelled suffix ends its name
  const suffix = spelledSuffixBefore(v, at);
  if (suffix < at) {
    const named = buildingBefore(v, suffix);
    return named < suffix ? named : at;
  }
  const j = at - 1;
  if (j < 0 || !sameTurn(v, j, at) || partEnds(v, j)) return at;
  let head = -1;
  let s = at;
  for (let k = j; k >= 0 && k >= j - (BUILDING_BEFORE_HEAD + BUILDING_AFTER_HEAD); k--) {
    if (!sameTurn(v, k, at) || partEnds(v, k) || (k < j && endsItem(v, k))) break;
    if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
    // "Bright Arc Ltd. | Bank of Kition": a company suffix ends the name before it
    if (COMPANY_SUFFIX.test(raw(v, k))) break;
    if (!nameWord(v, k) && !isParticle(v, k) && !NAME_LINKS.has(v.folded[k] ?? '')) break;
    if (head < 0 && j - k > BUILDING_AFTER_HEAD) break;
    if (head >= 0 && head - k > BUILDING_BEFORE_HEAD) break;
    if (head < 0 && buildingHead(v, k)) head = k;
    s = k;
  }
  if (head < 0) return at;
  while (s < head && (isParticle(v, s) || NAME_LINKS.has(v.folded[s] ?? ''))) s++;
  // "5th Floor Kestrel Building, ...", "ground floor marlow tower ...": the floor said before the
  // building's name, whose unit word the name's words took
  if (s > 0 && s < head && unitAt(v, s - 1) === s + 1 && sameTurn(v, s - 1, at)) s--;
  // "my office | Land Registry of Eritrea": a place noun after a determiner is no name
  if ((s === head || buildingHead(v, s)) && DETERMINERS.has(v.folded[s - 1] ?? '')) s++;
  return s < at && s <= head ? s : at;
}

/**
 * A building or institution before the street line at `at`, on the same line or as a comma-ended
 * line of its own ("Museum of Aruba, K.P. Arends Boulevard 46", "Coral Savings Bank Tonga,
 * Hala Fekite"): up to seven name words and particles with a building head among them, opening a
 * line. Its start, else `at`.
 */
/**
 * Up to `max` words English lacks right before an address anchor at `at` (capitalised in formatted
 * text; no comma inside, no cue, no label, same speaker): a district or street name the lists lack.
 * Its start, else `at`.
 */
function unknownPlaceBefore(v: AddressView, at: number, max: number): number {
  let s = at;
  for (let k = at - 1; k >= Math.max(0, at - max); k--) {
    if (!sameTurn(v, k, at) || partEnds(v, k) || (k < at - 1 && endsItem(v, k))) break;
    if (
      /:$/.test(raw(v, k)) ||
      v.cues[k + 1]! - v.cues[k]! > 0 ||
      v.postcodeCues[k + 1]! - v.postcodeCues[k]! > 0
    )
      break;
    const t = v.ctx.tokens[k]!;
    if (!nameWord(v, k) || isCommonWord(t) || (v.formatted && !capitalised(v, k))) break;
    s = k;
  }
  return s;
}

const LINE_PREPOSITIONS = new Set(['at', 'to', 'in', 'on']);
/** Words that point within a text or a place ("the address below", "the one above"): no place's name. */
const POINTING_WORDS = new Set([
  'below',
  'above',
  'overleaf',
  'beneath',
  'under',
  'here',
  'there',
  'outside',
  'inside',
]);

/**
 * A district or settlement named by its word ("Phu Thuy District", "Col. Juárez", "Chiyoda-ku")
 * ending right before word `at`, same speaker, no sentence end inside: its start, else `at`.
 */
function districtBefore(v: AddressView, at: number): number {
  for (let s = Math.max(0, at - 4); s < at; s++) {
    if (!sameTurn(v, s, at) || partEnds(v, s)) continue;
    if (localityAt(v, s)?.end === at) return s;
  }
  return at;
}

function buildingLineBefore(v: AddressView, at: number): number {
  const same = buildingBefore(v, at);
  if (same < at) return same;
  const j = at - 1;
  if (!v.formatted || j < 0 || !endsItem(v, j) || !sameTurn(v, j, at) || partEnds(v, j)) return at;
  let s = at;
  let head = false;
  for (let k = j; k >= Math.max(0, j - 6); k--) {
    if (!sameTurn(v, k, at) || (k < j && (endsItem(v, k) || partEnds(v, k)))) break;
    if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
    if (!nameWord(v, k) && !isParticle(v, k)) break;
    if (buildingHead(v, k)) head = true;
    s = k;
  }
  while (s < j && isParticle(v, s)) s++;
  const opens = opensLine(v, s) || LINE_PREPOSITIONS.has(v.folded[s - 1] ?? '') || cueBefore(v, s, 3);
  if (!head || s >= at || !opens) return at;
  // "my office, | ...": a place noun after a determiner is no name
  return DETERMINERS.has(v.folded[s - 1] ?? '') ? at : s;
}

/**
 * Arabic addresses put the house number and the district before the street ("63 Halvering, Shari
 * Vesquin, Baghdad"; raw ASR "halvering shari marvessa sixty three ..."): one or two name words
 * (capitalised and ending with a comma in formatted text; words English lacks in raw ASR), perhaps
 * a house number before them, opening a line or after a place word or cue, right before the
 * prefix-typed street at `at`. Its start, else `at`.
 */
function districtLineBefore(v: AddressView, at: number): number {
  const j = at - 1;
  if (j < 0 || !sameTurn(v, j, at) || partEnds(v, j) || (v.formatted && !endsItem(v, j))) return at;
  let s = at;
  for (let k = j; k >= Math.max(0, at - 2); k--) {
    if (!sameTurn(v, k, at) || (k < j && (endsItem(v, k) || partEnds(v, k)))) break;
    if (/:$/.test(raw(v, k)) || v.cues[k + 1]! - v.cues[k]! > 0) break;
    const t = v.ctx.tokens[k]!;
    if (!nameWord(v, k) || isCommonWord(t) || (v.formatted && !capitalised(v, k))) break;
    // raw ASR "the address below calea ...": a word pointing in the text is no district
    if (!v.formatted && POINTING_WORDS.has(t)) break;
    // "... Freight Ltd, Kaya ...": a company's name ends before the street
    if (COMPANY_SUFFIX.test(t) || countryAt(v, k) || regionAt(v, k)) return at;
    s = k;
  }
  if (s === at) return at;
  // a house number before the district, the same line
  for (let h = Math.max(0, s - 3); h < s; h++)
    if (
      sameTurn(v, h, s) &&
      !endsItem(v, s - 1) &&
      houseNumberAt(v, h) === s &&
      (opensLine(v, h) || placeOpener(v, h))
    )
      return h;
  return opensLine(v, s) || placeOpener(v, s) ? s : at;
}

/**
 * A known country, region or city ending right before word `at` (at most four words): its start,
 * else -1. Cities are also people's names ("Alma Jensen", "Morgan Stanley"): one counts only as a
 * line of its own in formatted text (a comma after it), and in raw ASR only when `city` allows it.
 */
function placeEndingAt(v: AddressView, at: number, city: boolean): number {
  const finders =
    city || (v.formatted && endsItem(v, at - 1)) ? [countryAt, regionAt, cityAt] : [countryAt, regionAt];
  for (let s = Math.max(0, at - 4); s < at; s++) {
    if (!sameTurn(v, s, at - 1)) continue;
    for (const f of finders) {
      const it = f(v, s);
      if (it?.strong && it.end === at) return s;
      // raw ASR, "south | korea haeri ... ro": the street's name took the country's last word
      if (it?.strong && f === countryAt && !v.formatted && it.end === at + 1) return s;
    }
  }
  return -1;
}

/** Does an address line open at word s: start of a turn, after a sentence end, a comma, a label or a cue? */
function opensLine(v: AddressView, s: number): boolean {
  const b = s - 1;
  if (b < 0 || !sameTurn(v, b, s) || partEnds(v, b) || endsItem(v, b) || /:$/.test(raw(v, b))) return true;
  // a separator word: "Grace Moss > 41 Chalan ...", "... | 12 Rue ..."
  if (/^[>|•·/–—-]+$/.test(raw(v, b))) return true;
  if (v.cues[s]! - v.cues[b]! > 0) return true;
  return !v.formatted && isFunctionWord(v.ctx.tokens[b]!);
}

/**
 * Places written before the street or postcode line at `at`, as many countries order an address
 * from the largest place down ("Kazakhstan, Almaty, 050040 ...", "Isfahan, Golshan, Pardis
 * Square ..."): up to three known countries, regions or cities, postcode lines ("Казахстан, 010000
 * Астана, улица ...") and in formatted text one unknown comma-ended name line between them and the
 * street. The first must open a line. `firm`: the address after `at` ends with a postcode or a
 * country, so a lone unknown name line counts too when a place word or cue opens it ("to Brastow,
 * 12 Dravenna Street, ..., Iran"). Its start, else `at`.
 */
function placesBefore(v: AddressView, at: number, cityFirst = false, firm = false): number {
  let s = at;
  let found = at;
  let names = 0;
  for (let n = 0; n < 4; n++) {
    let j = s;
    // "Astana, | 010000": the comma is on the place word; a bare dash or comma word between is skipped
    while (j > 0 && /^[-–—,]?$/.test(v.ctx.tokens[j - 1] ?? '') && raw(v, j - 1) !== '') j--;
    if (j <= 0 || !sameTurn(v, j - 1, at) || partEnds(v, j - 1)) break;
    // a place line ends with a comma in formatted text, or runs straight on ("Kazakhstan Almaty 050040")
    // raw ASR: a city only right before a postcode line ("warangal | five zero six zero zero two")
    let place = placeEndingAt(v, j, cityFirst && n === 0 && j === at);
    if (place < 0) place = postcodeLineEndingAt(v, j);
    // "459218 China, ...": a postcode said first, right before a place already read
    if (place < 0 && s < at) place = postcodeEndingAt(v, j);
    if (place >= 0) {
      s = localityMarkBefore(v, place);
      if (opensLine(v, s) || placeOpener(v, s) || countryAfterCopula(v, s)) found = s;
      continue;
    }
    // "Bole Subcity, Woreda 3, ...": a district named as such, as its own line
    let district = v.formatted && endsItem(v, j - 1) ? districtBefore(v, j) : j;
    // raw ASR, "беларусь брестская область | three three nine ...": a region named by its kind word
    // ("oblast", "область"), a known country or region before it or opening it
    if (!v.formatted && district === j) {
      const named = districtBefore(v, j);
      if (named < j && (placeEndingAt(v, named, false) >= 0 || countryAt(v, named))) district = named;
    }
    if (district < j && nameWord(v, district)) {
      s = district;
      if (opensLine(v, s) || LINE_PREPOSITIONS.has(v.folded[s - 1] ?? '') || cueBefore(v, s, 3)) found = s;
      continue;
    }
    if (v.formatted && names < 2 && endsItem(v, j - 1)) {
      const line = nameLineBefore(v, j);
      if (line < j && !(j - line === 1 && isCommonWord(v.ctx.tokens[line]!))) {
        names++;
        s = line;
        if (firm && placeOpener(v, s)) found = s;
        continue;
      }
    }
    break;
  }
  return found;
}

/**
 * The word before a known place that says what kind of place it is ("г. Москва", "Kota Bandung",
 * "Desa Sukamaju"; lexicons/address/localities prefixes), written abbreviated or in a word English
 * lacks ("the city London" keeps "city" out): its index, else `s`.
 */
function localityMarkBefore(v: AddressView, s: number): number {
  const k = s - 1;
  if (k < 0 || !sameTurn(v, k, s) || endsItem(v, k) || partEnds(v, k)) return s;
  if (addressVocab().localities.prefix.match((m) => (m === 0 ? v.folded[k] : undefined)) !== 1) return s;
  return /\.$/.test(raw(v, k)) || !isCommonWord(v.ctx.tokens[k]!) ? k : s;
}

/** Town words before the street line a postcode may open: one or two, like most town names. */
const MAX_TOWN_WORDS_BEFORE = 2;

/**
 * The postcode and town line written right before the street line at `at`, as Russia, Ukraine,
 * Belarus and other countries order an address ("125075 Sulvano, 63 Пр-т Vesquin", raw ASR "one two
 * five oh seven five sulvano sixty three ..."): a postcode of five digits or more and one or two
 * town words that English lacks (capitalised when written, no frequent person name). Its start,
 * else `at`.
 */
function postcodeTownBefore(v: AddressView, at: number): number {
  const j = at - 1;
  if (j < 1 || !sameTurn(v, j, at) || partEnds(v, j)) return at;
  let names = j + 1;
  for (let k = j; k > j - MAX_TOWN_WORDS_BEFORE && k > 0; k--) {
    const t = v.ctx.tokens[k]!;
    if (k < j && endsItem(v, k)) break;
    if (!nameWord(v, k) || isCommonWord(t) || isFrequentName(t) || englishLevel(t) !== undefined) break;
    if (v.formatted && !capitalised(v, k)) break;
    names = k;
  }
  if (names > j) return at;
  // the names may end with the line's comma, the postcode runs straight on into them
  for (let s = Math.max(0, names - 8); s < names; s++) {
    const pc = postcodeItem(v, s);
    if (!pc || pc.end !== names || !sameTurn(v, s, names) || endsItem(v, names - 1)) continue;
    if (pc.match.compact.replace(/\D/g, '').length < 5) return at;
    // not the tail of a longer number ("account 4411 125075 ...")
    if (s > 0 && sameTurn(v, s - 1, s) && (runAt(v.ctx.spoken, s - 1) || /\d/.test(v.ctx.tokens[s - 1]!)))
      return at;
    return s;
  }
  return at;
}

/** Words that hand over an answer: "it is | Беларусь, ...", "yes | Iran, ...". */
const COPULAS = new Set(['is', "it's", 'its', 'yes', 'yeah', 'sure']);

/** A country at s that opens the places, after a copula or a "yes" ("it is Iran, Tabriz, ..."). */
const countryAfterCopula = (v: AddressView, s: number): boolean =>
  s > 0 && sameTurn(v, s - 1, s) && COPULAS.has(v.folded[s - 1] ?? '') && countryAt(v, s) !== undefined;

/** A place preposition or an address cue right before word s ("moved to | Astana, ..."). */
const placeOpener = (v: AddressView, s: number): boolean =>
  s > 0 && sameTurn(v, s - 1, s) && (LINE_PREPOSITIONS.has(v.folded[s - 1] ?? '') || cueBefore(v, s, 3));

/**
 * Formatted: a postcode line ending with a comma right before word `at`, the postcode first or last
 * with up to three name words ("010000 Astana,", "Brastow 8381,"): its start, else -1.
 */
function postcodeLineEndingAt(v: AddressView, at: number): number {
  const j = at - 1;
  if (!v.formatted || j < 0 || !endsItem(v, j)) return -1;
  for (let s = Math.max(0, at - 5); s < at; s++) {
    if (!sameTurn(v, s, j) || (s < j && [...Array(j - s).keys()].some((k) => endsItem(v, s + k)))) continue;
    const first = postcodeItem(v, s);
    if (first && (first.end === at || rangeOfNames(v, first.end, at))) return s;
    for (let k = s + 1; k < at; k++) {
      const last = postcodeItem(v, k);
      if (last && last.end === at && rangeOfNames(v, s, k)) return s;
    }
  }
  return -1;
}

/** A postcode ending right before word `at` on the same line (no comma after it): its start, else -1. */
function postcodeEndingAt(v: AddressView, at: number): number {
  if (at < 1 || endsItem(v, at - 1) || partEnds(v, at - 1)) return -1;
  for (let s = Math.max(0, at - 8); s < at; s++)
    if (sameTurn(v, s, at) && postcodeItem(v, s)?.end === at) return s;
  return -1;
}

const rangeOfNames = (v: AddressView, from: number, to: number): boolean => {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!nameWord(v, k)) return false;
  return true;
};

function valueOf(ctx: Ctx, start: number, end: number): string {
  const parts: string[] = [];
  for (let i = start; i < end; i++) {
    const run = runAt(ctx.spoken, i);
    if (run && run.startWord === i) {
      parts.push(run.text);
      i = Math.min(end, run.endWord) - 1;
    } else if (!FILLERS.has(ctx.tokens[i]!) && ctx.tokens[i] !== '') {
      parts.push(ctx.tokens[i]!);
    }
  }
  return parts.join(' ');
}

/** Units and the tail after an address core ending at `end`, and address sentences after it: the new end. */
function extend(
  v: AddressView,
  end: number,
  streetBefore: boolean,
): { end: number; more: boolean; firm: boolean } {
  const line = extendLine(v, end, streetBefore);
  const e = sentencesAfter(v, line.end);
  return e > line.end ? { end: e, more: true, firm: true } : line;
}

/** Units and the tail after an address core ending at `end`: the new end. */
function extendLine(
  v: AddressView,
  end: number,
  streetBefore: boolean,
): { end: number; more: boolean; firm: boolean } {
  const ctx = v.ctx;
  let e = end;
  if (!partEnds(v, e - 1)) {
    const units = unitsAt(v, e, (k) => partEnds(v, k));
    if (units > 0) e = units;
  }
  if (partEnds(v, e - 1)) return { end: e, more: e > end, firm: false };
  const us = cityStateZipAt(v, e);
  const tail = tailAt(v, e, streetBefore);
  // a postcode or a country after it makes even "Marigold Close" a street
  let firm =
    us > 0 ||
    tail.items.some((it) => it.end <= tail.end && (it.kind === 'postcode' || it.kind === 'country'));
  let best = Math.max(us, tail.end);
  if (best < 0 && streetBefore) {
    let city = knownCityAt(ctx, e);
    // "27 Thornbury Close, Flat 4, Leeds LS6 2QT."
    if (city > 0 && !partEnds(v, city - 1)) city = Math.max(city, ukPostcodeAt(ctx, city));
    best = city;
  }
  if (best > e) {
    // a tail may be followed by a unit or a second tail line ("..., Leeds LS6 2QT, United Kingdom")
    const again = partEnds(v, best - 1) ? { end: -1, items: [] } : tailAt(v, best, false);
    if (again.end > best) firm = true;
    e = Math.max(best, again.end);
  }
  return { end: e, more: e > end, firm };
}

export function detectAddresses(ctx: DetectionContext): Candidate[] {
  const v = addressView(ctx);
  const out: Candidate[] = [];
  const afterRecipient: [number, number][] = [];
  const push = (from: number, end: number, score: number, why: string): void => {
    let start = spokenZeroBefore(v, from);
    let reason = why;
    // "Dara Quill Na Lhotkách 5, ...", "... | Lhotkách 5, ...": a street named with a preposition
    // opens the street line inside the span or just before it
    const opener = v.formatted ? prepositionStreetInside(v, start, end) : -1;
    const before = v.formatted && opener < 0 ? prepositionStreetBefore(v, start, end) : -1;
    if (opener > 0 || before >= 0) [start, reason] = [opener > 0 ? opener : before, 'street-named'];
    // "I live at The Marina, Lowestoft": a capital "The" inside a sentence opens the street's name
    if (v.formatted && start >= 2 && raw(v, start - 1) === 'The' && sameTurn(v, start - 2, start)) {
      if (!/[.!?:;]$/.test(raw(v, start - 2))) start--;
    }
    // "12 Adeyemi Close, off Allen Avenue": a landmark word between two parts makes them one address
    const last = out[out.length - 1];
    if (last && (linkedAfter(v, last.endWord, start) || nameLineBetween(v, last.endWord, start))) {
      last.endWord = end;
      last.value = valueOf(ctx, last.startWord, end);
      return;
    }
    out.push({
      type: 'ADDRESS',
      startWord: start,
      endWord: end,
      score,
      detector: NAME,
      reason: PERSON_NAMED_READS.has(reason) && personNamedStreet(v, start, end) ? 'street-named' : reason,
      value: valueOf(ctx, start, end),
    });
  };
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = ctx.tokens[i]!;
    // "oh" is a filler, or the zero a spoken postcode opens with ("oh five oh one five choczewo")
    if (t === '' || (FILLERS.has(t) && runAt(ctx.spoken, i)?.startWord !== i)) continue;
    // 0. a house number before an address in a script without capitals ("12 ჭავჭავაძის გამზირი,
    // 0179 თბილისი"): the script's grammar reads the whole run, the Latin one would stop at its end
    const scriptAfter = scriptAfterNumber(v, i);
    if (scriptAfter > 0) {
      const { end } = extend(v, scriptAfter, true);
      push(markBefore(v, i), end, 0.8, 'script');
      i = end - 1;
      continue;
    }
    // 0. a script address the Latin grammar would read only in part ("ფაბრიციუსის ხეივანი 9 შენობა
    // 443 0183 ზემო ბადრი"): a typed street read by the script's grammar to the end of its run
    const scriptFirst = scriptRunFirst(v, i);
    if (scriptFirst) {
      const { end } = extend(v, scriptFirst[1], true);
      push(postcodeBeforeScriptStart(v, leadingNumberBefore(v, scriptFirst[0])), end, 0.8, 'script');
      i = end - 1;
      continue;
    }
    // 0. directions from a landmark: "100 m al norte de la iglesia, San Pedro"
    const directions = directionsLineAt(v, i);
    if (directions > 0) {
      const { end } = extend(v, directions, true);
      if (end > directions || cueBefore(v, i, CUE_WINDOW)) {
        push(i, end, 0.75, 'directions');
        i = end - 1;
        continue;
      }
    }
    // 1. "the corner of X and Y" (before the street grammar, which would read the first side alone)
    const corner = cornerAt(v, i) ?? sharedTypeAt(v, i);
    if (corner) {
      // the places after the second street: "Cnr Orlanda Rd and Kestrel St, Durban" (raw ASR reads
      // a spelled unit letter there: "... tarvel flat i am ...";
      // only after a comma: "... and Kestrel St. Florence spent ..." goes on with a sentence
      const end = v.formatted && endsItem(v, corner[1] - 1) ? extend(v, corner[1], true).end : corner[1];
      push(corner[0], end, 0.8, 'intersection');
      i = end - 1;
      continue;
    }
    // 1b. an institution or building and its town, no street, where an address is asked for
    // ("opposite the Central Mosque, Kano": a landmark and its town, cued by the link when written)
    const asked = addressCue(v, i);
    const landmark = asked || v.formatted ? landmarkTownAt(v, i) : -1;
    // (raw ASR only without the link: written, it cost names on world-contacts held-out, cause not found)
    const buildingTown = landmark > 0 ? landmark : asked && !v.formatted ? buildingTownAt(v, i) : -1;
    if (buildingTown > 0 && !streetAhead(v, buildingTown)) {
      const { end } = extend(v, buildingTown, true);
      // "2nd floor, Kestrel Building, Gaborone": the floor or room said before the building
      // "45 Gandhi Nagar near Shiva temple Jaipur": a landmark right after a street line is its own
      const last = out[out.length - 1];
      if (landmark > 0 && last && last.endWord === i && i > 0 && sameTurn(v, i - 1, i)) {
        last.endWord = end;
        last.value = valueOf(ctx, last.startWord, end);
      } else push(landmark > 0 ? i : unitBefore(v, i), end, 0.75, 'building-town');
      i = end - 1;
      continue;
    }
    // 2. a street, a PO box or a military address, with what follows it
    const core = coreAt(v, i);
    // a street read over Latin words up to a number that opens a script address: the address opens there
    const leadIn = core ? scriptLeadIn(v, core.start, core.end) : -1;
    if (leadIn > i) {
      i = leadIn - 1;
      continue;
    }
    // 2a. two typed streets named as a crossing: "Quarry Rd at Velkova Blvd, Tamsby", "Tannweg und Lindenstraße"
    const crossing = core ? crossingAfter(v, core) : -1;
    if (core && crossing > 0) {
      const { end } = extend(v, crossing, true);
      push(core.start, end, 0.8, 'intersection');
      i = end - 1;
      continue;
    }
    if (core) {
      // "Lindkullsgatan 4 St.": a street type said again after the house number
      // "avenue fleurie street", "Rue Lucien-Morvel street": an English type after a street's own
      const typed =
        core.reason === 'street'
          ? typeAfterNumber(v, core.end, !core.numbered || prefixTyped(v, core))
          : core.end;
      const { end, more: tail, firm } = extend(v, typed, true);
      const more = tail || typed > core.end;
      core.end = typed;
      let start = unitBefore(v, core.start);
      // "5718 Via Brenscia 48", "52341 Lindkullsgatan 4": a number before the street line
      if (start === core.start && core.numbered) {
        start = numberBeforeInRun(v, start);
        if (start === core.start) start = leadingNumberBefore(v, start);
        // "Plot 45, Mwenge Street": the unit or mark before that number
        if (start < core.start) start = unitBefore(v, start);
      } else if (start === core.start && core.reason === 'street' && prefixTypeAt(v, core.start) > 0) {
        // "17 Rue du 9 Octobre": the house number before a prefix-typed name the grammar read alone
        start = leadingNumberBefore(v, start);
      }
      start = markBefore(v, start);
      // "Room 1203, Building 5, No. 88 Vesquin Road": the units before the marked house number
      if (start < core.start) start = unitBefore(v, start);
      const context =
        more ||
        start < core.start ||
        cueBefore(v, core.start, CUE_WINDOW) ||
        core.typedTwice === true ||
        core.stateSaid === true ||
        locatedStreet(v, core);
      if (core.numbered || (core.weak ? firm : context)) {
        if (core.reason === 'military') start = shipBefore(v, start);
        // "63 Halvering, Shari Vesquin, ...": the house number and district before a prefix-typed street
        // (and a unit line before that: "3rd Floor, Orvesta Plaza, Jalan Tarvel 12")
        if (start === core.start && prefixTypeAt(v, core.start) > 0) {
          const district = districtLineBefore(v, start);
          start = district < start ? unitBefore(v, district) : start;
        }
        // "247112 Penvarra, 63 Пр-т Vesquin": the postcode and town written before the street line
        if (core.numbered) start = postcodeTownBefore(v, start);
        // "Unit 5B, Tamberlo Tower, 12 Vesquin St.": the units before a building line
        const built = buildingLineBefore(v, start);
        const from = placesBefore(v, built < start ? unitBefore(v, built) : built, false, firm);
        // "Calle Mayor 12", "Av. Corrientes 1234": a line opening with a prefix type is the street's
        // own name, whatever a name detector reads in it ("Calle", "Carrera" are surnames too)
        const typed = core.reason === 'street' && prefixTypeAt(v, core.start) > 0;
        push(
          from,
          end,
          core.numbered ? 0.9 : 0.8,
          typed && from === core.start
            ? 'street-named'
            : (typed || personNamedStreet(v, core.start, end)) && recipientLine(v, from, core.start)
              ? RECIPIENT
              : core.reason,
        );
        i = end - 1;
        continue;
      }
    }
    // 1a. a street named with a preposition, no type: "Na Lhotkách 5, 10000 Tamsby", "Am Sonnenhang 4"
    const prepositional = prepositionStreetAt(v, i);
    if (prepositional) {
      const { end, more, firm } = extend(v, prepositional[1], true);
      if (more || firm || opening(v, i) !== undefined || unitAt(v, prepositional[1]) > 0) {
        push(i, end, 0.8, 'street-named');
        i = end - 1;
        continue;
      }
    }
    // 1b. a street line without a type, known by the unit after it: "Hermanas Lorca 23 Apt. 415"
    let typeless = typelessBeforeUnit(v, i);
    if (typeless < 0) typeless = numberFirstBeforeUnit(v, i);
    if (typeless >= 0) {
      const { end } = extend(v, i, true);
      if (end > i) {
        push(placesBefore(v, buildingBefore(v, typeless)), end, 0.8, 'street-unit');
        i = end - 1;
        continue;
      }
    }
    // 1c. a street line without a type after an address cue: "his address: 4817 Sladovnická 153"
    // raw ASR "the address below calea ...", "... below kajova sixty eight": a word pointing in the
    // text opens no street's name; a typed street after it is read from its own first word
    const pointing = !v.formatted && POINTING_WORDS.has(v.folded[i]!);
    const cued = pointing && i + 1 < v.n && coreAt(v, i + 1) ? null : cuedTypelessStreetAt(v, i);
    if (cued && pointing) cued[0]++;
    // "ship it to mira tolvanen seven ninety nine جبران گلی": the address opens at the number
    const lead = cued ? scriptLeadIn(v, cued[0], cued[1]) : -1;
    if (lead > i) {
      i = lead - 1;
      continue;
    }
    if (cued) {
      const { end: tail } = extend(v, cued[1], true);
      // "Japan, 932-7432, Tatsuno, Halvering": written from the country down, the district last
      const end = smallestPlaceAfter(v, cued[0], tail);
      // "my address is Velkova 12, Tamsby": the line opens with the street's name (capitalised in
      // formatted text, a word English lacks in raw ASR), so a name detector's reading of it gives way
      const named =
        v.nextValue[cued[0]] !== cued[0] &&
        placeBefore(v, cued[0]) &&
        nameRunsToNumber(v, cued[0], 2) &&
        (v.formatted ? capitalised(v, cued[0]) : !isCommonWord(v.ctx.tokens[cued[0]]!));
      // "ship to dara quill velkova twelve ...": three or more names before the number, the
      // recipient's and then the street's (the resolver takes the first name found for the recipient)
      const reason = named
        ? 'street-named'
        : placeBefore(v, cued[0]) && nameRunsToNumber(v, cued[0]) && !nameRunsToNumber(v, cued[0], 2)
          ? RECIPIENT
          : 'street-cued';
      push(cued[0], end, 0.75, reason);
      i = end - 1;
      continue;
    }
    // 1g. a house number and a typeless name, then a postcode or a country: "yes 12-14 Orvel, Tamsby, Ghana"
    const numberFirst = numberFirstTypelessAt(v, i);
    if (numberFirst) {
      let { end, firm } = extend(v, numberFirst[1], true);
      // "Address: 1016 Kelmora, Vesquin utca 11., Hungary": the number and the name were a postcode
      // and its town, and the numbered street line after them is the address's too
      const next = skipWords(v, numberFirst[1]);
      // (a suffix-typed street is read from its type word: look from each word of the line)
      for (let k = next; endsItem(v, numberFirst[1] - 1) && k < end; k++) {
        const street = coreAt(v, k);
        if (!street) continue;
        if (street.numbered && street.reason === 'street' && street.start === next) {
          const after = extend(v, typeAfterNumber(v, street.end), true).end;
          if (after > end) [end, firm] = [after, true];
        }
        break;
      }
      // "it is twelve fourteen quillon | okay | benin": the country or postcode after the listener's
      // acknowledgement confirms the line (the part after it is joined to the address below)
      if (!firm && partEnds(v, end - 1)) firm = ackConfirms(v, end);
      if (firm || (numberFirst[2] === 'cue' && end > numberFirst[1])) {
        push(numberFirst[0], end, 0.75, 'street-typeless');
        i = end - 1;
        continue;
      }
    }
    // 1h. written "07 Orlen Vasko 23, Tamsby, Denmark": numbers on both sides of a typeless name, then
    // a postcode or a country
    const twice = numberNameNumberAt(v, i);
    if (twice) {
      const { end, firm } = extend(v, twice[1], true);
      if (firm && end > twice[1]) {
        push(twice[0], end, 0.75, 'street-typeless');
        i = end - 1;
        continue;
      }
    }
    // 1e. a typeless line known by the district word after it: "1-2-3 Hikarigaoka, Nerima-ku, Tokyo"
    const local = localityLineAt(v, i);
    if (local) {
      const { end } = extend(v, local[1], true);
      if (end > local[1]) {
        push(local[0], end, 0.75, 'street-locality');
        i = end - 1;
        continue;
      }
    }
    // 1f. unit lines and a known place, no street: "Block 9, House 21, Riyadh, Khartoum"
    const units = unitLinesAt(v, i);
    if (units > 0) {
      const { end } = extend(v, units, true);
      // "Room 1203, Building 5, ...": a room of the building, said before it
      push(unitBefore(v, i), end, 0.75, 'units-place');
      i = end - 1;
      continue;
    }
    // 1d. an address in a script without capitals: "شارع الورد محلة النور المنصورة 35516 مصر", "光復路 52"
    const script = scriptAddressAt(v, i);
    if (script) {
      const { end } = extend(v, script[1], true);
      push(postcodeBeforeScriptStart(v, leadingNumberBefore(v, script[0])), end, 0.8, 'script');
      i = end - 1;
      continue;
    }
    // 3. US city, state and zip
    const state = stateAt(ctx, i);
    if (state > 0) {
      const zip = zipAt(ctx, state);
      const cue = cueBefore(v, i, CUE_WINDOW);
      let start = i;
      for (let k = i - 1; k >= Math.max(0, i - 3) && sameTurnCtx(ctx, k, i); k--) {
        const w = ctx.tokens[k]!;
        if (FILLERS.has(w) || w === '') continue;
        if (isStopWord(w) || v.cues[k + 1]! - v.cues[k]! > 0 || partEnds(v, k)) break;
        if (!/^\p{L}/u.test(w)) break;
        start = k;
      }
      const trip = zip < 0 && (start === i || TRAVEL_CUES.findIn(ctx.tokens, start - TRAVEL_WINDOW, start));
      if ((zip > 0 || cue) && !trip) {
        let end = zip > 0 ? zip : state;
        if (!partEnds(v, end - 1)) end = Math.max(end, tailAt(v, end, false).end);
        push(start, end, zip > 0 ? 0.85 : 0.7, 'city-state-zip');
        i = end - 1;
        continue;
      }
    }
    // 4. a postcode with its city, after a cue, or unmistakable on its own
    const pc = tailAnchorAt(v, i);
    if (pc) {
      const { end, firm } = extend(v, pc.end, false);
      // "six | oh four seventy one marlow creek": the run's first digits are a building number
      let start = typelessStreetBefore(v, pc.start);
      if (start === pc.start) {
        start = numberBeforeInRun(v, pc.start);
        // "marvessa | twenty two | zero five two zero oslo": the typeless street's name before it
        if (start < pc.start) start = nameBeforeHouseNumber(v, start);
      }
      // "Harbour Savings Bank, Agias Zonis, 3027 Limassol": a building line names the line after it
      const line = start === pc.start ? nameLineBefore(v, start) : start;
      if (line < start && buildingBefore(v, line) < line) start = line;
      // "Ngo Duc Khiem, Vinh Phuoc District, Quy Nhon, ... 55120": lines opened by a label or comma
      else start = linesBefore(v, start);
      // "Kamal Fathy Agouza | Giza 12654", "Ramiro Velasco | 170143 Quito": a district or a typeless
      // street the lists lack, right before the anchor
      // "tran quy cap | phu thuy district | phan thiet ...": a district named as such, and the
      // typeless street the lists lack before it
      const district = start === pc.start && pc.reason !== 'postcode' ? districtBefore(v, start) : start;
      // "plot no twelve | sector five gurgaon ...": a plot or house line before the district
      if (district < start) start = unknownPlaceBefore(v, district, 3);
      else if (start === pc.start && pc.reason !== 'postcode')
        start = unknownPlaceBefore(v, start, pc.reason === 'postcode-city' ? 2 : 1);
      // "plot no twelve | sector five gurgaon ...": a plot or house line before the district
      if (start < pc.start) start = markedLineBefore(v, start);
      const built = buildingBefore(v, start);
      start = placesBefore(v, built, built === pc.start, firm || pc.reason === 'postcode-country');
      const last = smallestPlaceAfter(v, start, Math.max(end, pc.end));
      // "Dara Quill, Hlavná 15, 811 01 Bratislava": a typeless street's name opens the line
      push(start, last, 0.85, start < pc.start ? streetLineReason(v, start, pc.start, pc.reason) : pc.reason);
      i = last - 1;
      continue;
    }
    // 5. a town the lists lack and its postcode, after a place preposition: "in Tolvmark 7352"
    const town = townAfterPrepositionAt(v, i);
    if (town) {
      const { end } = extend(v, town[1], false);
      push(town[0], Math.max(end, town[1]), 0.75, 'town-postcode');
      i = Math.max(end, town[1]) - 1;
      continue;
    }
    // 7. street forms without a house number the grammar above leaves: a crossing of two short sides
    // ("1st & 2nd Ave"), one street word before its town ("Vinkdreef, Tamsby"), a numbered road ("RN7")
    const bare = bareFormAt(v, i);
    if (bare) {
      push(bare[0], bare[1], 0.75, 'bare-form');
      i = bare[1] - 1;
      continue;
    }
    // 6. a typeless street line after a recipient's line: "write to Dara Quill, | Velkova 12, Zagreb,
    // Croatia" (a postcode or a country confirms it). It only extends or adds to the other readings
    // (below), so the words after the house number are read as if it were not there
    const recipient = cuedTypelessStreetAt(v, i, true);
    if (recipient && nameRunsToNumber(v, i)) {
      const { end: tail } = extend(v, recipient[1], true);
      afterRecipient.push([i, smallestPlaceAfter(v, i, tail)]);
    }
  }
  for (const [start, end] of afterRecipient) addStreetLine(v, out, start, end);
  crossStreets(v, out);
  // "... 14 Quillon Lane | okay | Kelmora 78295": the same speaker goes on with the address after
  // the other's short acknowledgement
  for (let c = 0; c < out.length; c++) {
    const part = continuedAfterAck(v, out[c]!.endWord);
    if (!part) continue;
    const overlapping = out.filter((o) => o.startWord < part[1] && o.endWord > part[0]);
    // "| okay | Kelmora, AB H1M 6K0": the postcode line found on its own opens with the town
    const later = overlapping[0];
    if (overlapping.length === 1 && later!.startWord > part[0] && later!.startWord < part[1]) {
      later!.startWord = part[0];
      later!.endWord = Math.max(later!.endWord, part[1]);
      later!.value = valueOf(ctx, later!.startWord, later!.endWord);
      continue;
    }
    if (overlapping.length > 0) continue;
    const [start, end] = part;
    out.splice(c + 1, 0, {
      type: 'ADDRESS',
      startWord: start,
      endWord: end,
      score: 0.8,
      detector: NAME,
      reason: 'continued',
      value: valueOf(ctx, start, end),
    });
  }
  // "it is taiwan five eight four | okay | kelmora tamberlo drive ...": the half said before the
  // acknowledgement, when the address goes on after it
  for (let c = 0; c < out.length; c++) {
    const ack = ackBefore(v, out[c]!.startWord);
    const half = ack < 0 ? undefined : halfBeforeAck(v, ack);
    if (!half) continue;
    const inside = out.filter((o) => o.endWord > half[0] && o.startWord < half[1]);
    // a part of the half found on its own ("nine six oh one oh nine china | penvarra") is widened
    if (inside.length === 1 && inside[0]!.startWord >= half[0] && inside[0]!.endWord <= half[1]) {
      const found = inside[0]!;
      found.startWord = half[0];
      found.endWord = half[1];
      found.value = valueOf(ctx, half[0], half[1]);
      continue;
    }
    if (inside.length > 0) continue;
    out.splice(c, 0, {
      type: 'ADDRESS',
      startWord: half[0],
      endWord: half[1],
      score: 0.75,
      detector: NAME,
      reason: 'before-ack',
      value: valueOf(ctx, half[0], half[1]),
    });
    c++;
  }
  // a country-first format's country before the address and its closing house number (country-first.ts)
  for (let c = 0; c < out.length; c++) {
    const found = out[c]!;
    const start = countryFirstStart(v, found.startWord);
    const end = countryFirstEnd(v, start, found.endWord);
    const prev = out[c - 1]?.endWord ?? 0;
    const next = out[c + 1]?.startWord ?? n;
    if ((start === found.startWord || start < prev) && (end === found.endWord || end > next)) continue;
    if (start >= prev) found.startWord = start;
    if (end <= next) found.endWord = end;
    found.value = valueOf(ctx, found.startWord, found.endWord);
  }
  // raw ASR: the unit, spoken postcode and places that continue a found address (asr-tail.ts)
  for (let c = 0; c < out.length; c++) {
    const found = out[c]!;
    // ... and a recipient's name before a prefix-type street is left out of it (name-before-type.ts)
    const typed = typeAfterNameStart(v, found.startWord, found.endWord);
    if (typed > found.startWord) {
      found.startWord = typed;
      found.value = valueOf(ctx, typed, found.endWord);
    }
    const tail = asrTailEnd(v, found.endWord);
    // the state, province or territory code after it (state-codes.ts), then what follows that
    const coded = stateCodeTailEnd(v, found.startWord, tail);
    const end = coded > tail ? asrTailEnd(v, coded) : tail;
    if (end <= found.endWord) continue;
    found.endWord = end;
    while (out[c + 1] && out[c + 1]!.startWord < end)
      found.endWord = Math.max(end, out.splice(c + 1, 1)[0]!.endWord);
    found.value = valueOf(ctx, found.startWord, found.endWord);
  }
  joinUsAddressLines(v, out, (s, e) => valueOf(ctx, s, e), NAME);
  return out;
}

/**
 * Word k opens the speaker's turn right after the other speaker's short acknowledgement, and the
 * speaker's own turn came before it: the index where the acknowledgement starts, else -1.
 */
function ackBefore(v: AddressView, k: number): number {
  if (k <= 1 || sameTurn(v, k - 1, k)) return -1;
  let a = k - 1;
  while (a > 0 && sameTurn(v, a - 1, k - 1)) a--;
  if (a === 0 || k - a > MAX_ACK_WORDS) return -1;
  for (let m = a; m < k; m++) if (!ACKS.has(v.folded[m] ?? '')) return -1;
  return v.ctx.words[a - 1]!.speaker === v.ctx.words[k]!.speaker ? a : -1;
}

/**
 * A typeless street line [start, end) read after a recipient's line joins the readings in `out`
 * (sorted, changed in place): one that starts inside it and reaches past its start is extended to
 * it, one that starts before it keeps its words; with none overlapping it is added.
 */
function addStreetLine(v: AddressView, out: Candidate[], start: number, end: number): void {
  const overlapping = out.filter((c) => c.startWord < end && c.endWord > start);
  if (overlapping.some((c) => c.startWord <= start)) return;
  const first = overlapping[0];
  if (first) {
    first.startWord = start;
    first.endWord = Math.max(first.endWord, end);
    first.reason = 'street-named';
    first.value = valueOf(v.ctx, start, first.endWord);
    return;
  }
  const at = out.findIndex((c) => c.startWord > start);
  const line: Candidate = {
    type: 'ADDRESS',
    startWord: start,
    endWord: end,
    score: 0.75,
    detector: NAME,
    reason: 'street-named',
    value: valueOf(v.ctx, start, end),
  };
  out.splice(at < 0 ? out.length : at, 0, line);
}

/** A span whose block opens with a recipient's line, then the street's own name (see resolve.ts). */
const RECIPIENT = 'recipient-street';

/**
 * Word s opens a typeless street's name that runs to its house number without a comma ("Hlavná 15",
 * "Vrelo od Kamena 14"): up to four name words or particles, then a number.
 */
function nameRunsToNumber(v: AddressView, s: number, maxNames = 4): boolean {
  if (v.nextValue[s] === s) return false;
  const voc = addressVocab();
  let names = 0;
  for (let k = s; k < Math.min(v.n, s + 5); k++) {
    if (v.nextValue[k] === k) return k > s && houseNumberAt(v, k) > k;
    if (!sameTurn(v, s, k) || endsItem(v, k) || partEnds(v, k)) return false;
    // "Dara Quill Flat 204", "dara quill number fourteen": the number is a unit's, not the street's
    const at = (m: number): string | undefined => v.folded[k + m];
    if (voc.units.match(at) > 0 || voc.numberMarks.match(at) > 0) return false;
    if (isParticle(v, k)) continue;
    if (!nameWord(v, k) || ++names > maxNames) return false;
  }
  return false;
}

/**
 * A typeless street line opens at word s: its name runs to its house number, capitalised in formatted
 * text (a word English lacks in raw ASR), and the line is set off before it (a comma, a label, a place
 * preposition, a new sentence), so the name is not the end of a longer one ("Dara Quill Velkova 12").
 */
function typelessLineOpens(v: AddressView, s: number): boolean {
  // two name words at most: "Ship to: Dara Quill Velkova 12" opens with the recipient's name
  if (!nameRunsToNumber(v, s, 2)) return false;
  if (v.formatted ? !capitalised(v, s) : isCommonWord(v.ctx.tokens[s]!)) return false;
  const b = s - 1;
  return b < 0 || !sameTurn(v, b, s) || endsItem(v, b) || partEnds(v, b) || placeBefore(v, s);
}

/**
 * A recipient's line ends before word `street`: the words from `from` are one line of one to three
 * capitalised names ending in a comma ("Dara Quill, | Calle Mayor 12, ...").
 */
function recipientLine(v: AddressView, from: number, street: number): boolean {
  if (!v.formatted || street - from < 1 || street - from > 3 || !endsItem(v, street - 1)) return false;
  for (let k = from; k < street; k++) {
    if (!nameWord(v, k) || !capitalised(v, k) || partEnds(v, k) || (k < street - 1 && endsItem(v, k)))
      return false;
  }
  return true;
}

/**
 * The reason of a postcode line's span that starts at `start`, before the postcode at `pc`: the
 * typeless street's name opens it ('street-named'), or a recipient's line and then that name.
 */
function streetLineReason(v: AddressView, start: number, pc: number, reason: string): string {
  if (typelessLineOpens(v, start)) return 'street-named';
  // "Kestrova 12, 60311 Tovarre": one name word, its house number, the postcode and an unlisted town
  if (reason === 'postcode-town' && capitalised(v, start) && nameRunsToNumber(v, start, 1))
    return 'street-named';
  for (let s = start + 1; s < Math.min(pc, start + 4); s++)
    if (recipientLine(v, start, s) && typelessLineOpens(v, s)) return RECIPIENT;
  return reason;
}

/**
 * A street named after a person, its type word right after the name and the house number after
 * the type ("Ikrom Komilov xiyoboni, 57", "Lakatos utca 19", "Ahmet Yılmaz Caddesi 4"): the
 * name's words are the street's, not a recipient's line before it (a recipient's own street has a
 * name of its own before its type: "Mira Tolvanen Jörgens Väg 3"). A street whose name and type
 * are one word opens the span the same way ("Konrad-Adenauer-Straße 12", "Eduard-Sueß-Gasse 9").
 */
const PERSON_NAMED_READS = new Set(['street', 'street-cued', 'recipient-street']);
function personNamedStreet(v: AddressView, start: number, end: number): boolean {
  if (compoundAt(v, start) && start + 1 < end && houseNumberAt(v, start + 1) > 0) return true;
  for (let k = start + 1; k <= start + 2 && k < end; k++) {
    if (!nameWord(v, k - 1) || endsItem(v, k - 1)) return false;
    const sfx = suffixTypeAt(v, k);
    if (sfx > 0) return k + sfx < end && houseNumberAt(v, k + sfx) > 0;
  }
  return false;
}

/** Street grammars whose span opens with the street line (no place or unit line before it). */
const STREET_REASONS = new Set(['street', 'street-cued', 'street-named', 'street-unit', RECIPIENT]);

/** Does the span hold a number (a house number, a postcode)? */
const numbered = (v: AddressView, c: Candidate): boolean => {
  for (let k = c.startWord; k < c.endWord; k++)
    if (runAt(v.ctx.spoken, k) || /\d/.test(v.ctx.tokens[k]!)) return true;
  return false;
};

/** A locative ("at", "on") or an address cue right before word i. */
const placedAt = (v: AddressView, i: number): boolean => {
  const b = wordBefore(v, i);
  return (b >= 0 && LOCATIVES.has(v.folded[b]!) && sameTurn(v, b, i)) || cueBefore(v, i, 3);
};

/**
 * Two streets named as a crossing without "corner of", after a locative or an address cue: "at
 * Maple Avenue and Fifth Street", "the office is at Ruzenka and Kolarova 15". The first street's
 * span and "and" join the second's; a bare name of one to three words (no street type, no number)
 * before "and" is the cross street. The spans in `out` are changed in place.
 */
function crossStreets(v: AddressView, out: Candidate[]): void {
  for (let c = 0; c < out.length; c++) {
    const second = out[c]!;
    if (!STREET_REASONS.has(second.reason ?? '')) continue;
    const and = wordBefore(v, second.startWord);
    if (and < 1 || (v.folded[and] !== 'and' && raw(v, and) !== '&') || !sameTurn(v, and, second.startWord))
      continue;
    const prev = c > 0 ? out[c - 1]! : undefined;
    // "at Maple Avenue and Fifth Street": a street without a number, then "and"
    if (prev && wordBefore(v, and) === prev.endWord - 1 && !partEnds(v, prev.endWord - 1)) {
      if (STREET_REASONS.has(prev.reason ?? '') && !numbered(v, prev) && placedAt(v, prev.startWord)) {
        prev.endWord = second.endWord;
        prev.reason = 'intersection';
        prev.value = valueOf(v.ctx, prev.startWord, prev.endWord);
        out.splice(c, 1);
        c--;
      }
      continue;
    }
    // "at Ruzenka and Kolarova 15": a bare name of one to three words
    let start = -1;
    for (let k = and - 1; k >= Math.max(0, and - 3); k--) {
      if (prev && k < prev.endWord) break;
      if (!sameTurn(v, k, and) || partEnds(v, k) || (k < and - 1 && endsItem(v, k))) break;
      const t = v.ctx.tokens[k]!;
      if (!nameWord(v, k) || (v.formatted ? !capitalised(v, k) : isCommonWord(t))) break;
      start = k;
      if (placedAt(v, k)) break;
    }
    if (start < 0 || !placedAt(v, start) || endsItem(v, and - 1)) continue;
    second.startWord = start;
    second.reason = 'intersection';
    second.value = valueOf(v.ctx, start, second.endWord);
  }
}

/**
 * Round 17's bare street forms at i (address/bare-forms.ts), with what follows them: [start, end) or
 * null. A crossing stands alone or takes its town; a lone street word needs its town (the reader
 * checks one follows) after a comma, or the line to end after it, or a cue before it; a numbered road is placed ("at", a cue) or
 * followed by a place.
 */
function bareFormAt(v: AddressView, i: number): [number, number] | null {
  const crossing = bareCrossingAt(v, i);
  if (crossing > 0) return [i, extend(v, crossing, true).end];
  const lone = loneStreetAt(v, i);
  if (lone) {
    const { end } = extend(v, lone[1], true);
    // (the town after a comma, written: "Esplanade, Tamsby"; else the line closes or a cue placed it)
    const comma = v.formatted && /,$/.test(raw(v, lone[1] - 1));
    const placed = comma || closes(v, end) || cueBefore(v, lone[0], CUE_WINDOW);
    return end > lone[1] && placed ? [lone[0], end] : null;
  }
  const road = numberedRoadAt(v, i);
  if (road > 0) {
    const { end, more } = extend(v, road, true);
    if (more || placedAt(v, i)) return [i, end];
  }
  return null;
}

/** Words that join two streets when written as symbols ("Quarry Rd & Velkova Blvd", "... @ ..."). */
const CROSSING_SYMBOLS = new Set(['&', '@', '/']);

/**
 * A typed street without a house number, a crossing word ("and", "at", "&", "und", "esquina") and a
 * second typed street right after it, same turn: the end of the second street, else -1. Two streets
 * with their types name one place (a crossing) even without a cue; a house number on the first side
 * makes two addresses of a list ("12 Quarry Lane and 14 Orrel Street"), so it is left to the street
 * grammar. An everyday-word type ("the square and the park") joins only when written with a capital.
 */
function crossingAfter(v: AddressView, first: Core): number {
  // (raw ASR "one hundred twelfth street e at ...": a number said before an ordinal name may be the
  // ordinal's hundreds, no house number)
  if (first.reason !== 'street' || (first.numbered && first.spokenOrdinal !== true)) return -1;
  // an everyday-word type ("Harlow Pike", "Dew Point") crosses only a street of a plain type,
  // its name written with a capital
  // raw ASR: a glued street name ("velkastrasse", weak without a number) crosses another street
  // all the same when placed ("at", an address cue): two words English lacks, each with a street
  // type, joined by a crossing word ("we saw northgate and southgate" is not placed)
  const glued = (s: Street): boolean =>
    s.weak === true &&
    !v.formatted &&
    compoundAt(v, s.end - 1) &&
    (placedAt(v, first.start) || cueBefore(v, first.start, 6));
  if (first.weak === true && !glued(first) && (!v.formatted || !capitalised(v, first.start))) return -1;
  // a prefix type's name run may have read the crossing word as a name word ("Calle Mora esquina
  // Avenida Sol"): the crossing from a word inside it, when a street follows
  for (let p = first.start + 2; p < first.end; p++) {
    if (v.formatted && capitalised(v, p)) continue;
    if (addressVocab().crossingLinks.match((m) => v.folded[p + m]) === 0) continue;
    const inner = crossingAfter(v, { ...first, end: p });
    if (inner > 0) return inner;
  }
  if (partEnds(v, first.end - 1) || endsItem(v, first.end - 1)) return -1;
  // a symbol is a word of its own that the view may read as nothing: look at every word up to the next one
  const next = skipWords(v, first.end);
  let k = -1;
  let len = 0;
  for (let m = first.end; m <= next && m < v.n; m++) {
    if (CROSSING_SYMBOLS.has(raw(v, m))) [k, len] = [m, 1];
  }
  if (k < 0 && next < v.n) {
    len = addressVocab().crossingLinks.match((m) => v.folded[next + m]);
    k = next;
  }
  if (len === 0 || !sameTurn(v, first.end - 1, k) || partEnds(v, k + len - 1)) return -1;
  const s = skipWords(v, k + len);
  if (s >= v.n || !sameTurn(v, k, s)) return -1;
  // the second street is read from its type word: look from each word of its name (its grammar may
  // read a word of the crossing phrase as a name word: "Ecke" in "an der Ecke von ...")
  for (let m = s; m < Math.min(v.n, s + 5); m++) {
    for (const second of [coreAt(v, m), suffixStreet(v, m)]) {
      if (
        second &&
        second.start >= k &&
        second.start <= s &&
        (second.weak !== true || glued(second)) &&
        (!('reason' in second) || second.reason === 'street')
      )
        return second.end;
    }
    if (m > s && (partEnds(v, m) || endsItem(v, m))) break;
  }
  return -1;
}

/** Short acknowledgements a listener says while an address is given ("okay", "mhm", "got it"). */
const ACKS = new Set(
  'okay ok mhm mm hmm uh-huh uhhuh huh yes yeah yep right sure alright got it go on fine'.split(' '),
);
const MAX_ACK_WORDS = 2;

/** Words that close what a speaker says ("... | okay | Zambia, that is all", "Zambia thanks"). */
const CLOSERS = new Set('that thanks thank okay ok please right yes yeah'.split(' '));

/**
 * Does what a speaker says end before word e: the end of the turn, of a sentence, or a closing word?
 * A place name as the subject of a sentence ("Paris is lovely") is followed by its verb instead.
 */
function closes(v: AddressView, e: number): boolean {
  if (e <= 0) return false;
  if (e >= v.n || !sameTurn(v, e - 1, e) || partEnds(v, e - 1)) return true;
  return CLOSERS.has(v.folded[e] ?? '');
}

/**
 * An address part ending at `end` with its speaker's turn, the other speaker's short acknowledgement
 * (one or two ACKS words), then the first speaker's turn opening with units and places (a unit, or a
 * postcode, known place or country with another place or a postcode): [start, end) of that opening,
 * else undefined.
 */
function continuedAfterAck(v: AddressView, end: number): [number, number] | undefined {
  const words = v.ctx.words;
  if (end <= 0 || end >= v.n || sameTurn(v, end - 1, end)) return undefined;
  let k = end;
  while (k < v.n && sameTurn(v, end, k)) {
    if (k - end >= MAX_ACK_WORDS || !ACKS.has(v.folded[k] ?? '')) return undefined;
    k++;
  }
  if (k >= v.n || words[k]!.speaker !== words[end - 1]!.speaker) return undefined;
  const units = unitsAt(v, k, (m) => partEnds(v, m));
  const from = units > 0 && !partEnds(v, units - 1) ? units : k;
  // (a one-word turn is read too: "| mhm | zambia | great" is a lone country that closes the address)
  const tail = tailAt(v, from, true, true);
  // a lone town or country is no address ("... | okay | Paris is lovely"): two places, a postcode or a unit
  const taken = tail.items.filter((it) => it.end <= tail.end);
  const strong =
    taken.some((it) => it.strong) &&
    (from > k || taken.length >= 2 || taken.some((it) => it.kind === 'postcode') || closes(v, tail.end));
  const stop = strong ? tail.end : units > 0 ? units : loneTownEnd(v, from, tail.items[0]);
  return stop > k ? [k, stop] : undefined;
}

/**
 * Does the speaker go on after the listener's acknowledgement with a country or a postcode (a line
 * ending at `end` with its turn)? The place that confirms an address part that lacks one.
 */
function ackConfirms(v: AddressView, end: number): boolean {
  const part = continuedAfterAck(v, end);
  if (!part) return false;
  const tail = tailAt(v, part[0], true, true);
  return tail.items.some(
    (it) => it.strong && it.end <= part[1] && (it.kind === 'country' || it.kind === 'postcode'),
  );
}

/** Words of a town said alone after the listener's acknowledgement ("| okay | Kelmora that is all"). */
const MAX_LONE_TOWN_WORDS = 2;

/**
 * An unknown town said alone after the listener's acknowledgement, closing what the speaker says
 * ("| okay | Kelmora that is all", "| mhm | penvarra | great"): one or two name words English lacks,
 * no frequent person name, followed by the end of the turn or a closing word (a verb after it makes
 * it the subject of a sentence: "| okay | Tovarre is lovely"). Its end, else -1.
 */
function loneTownEnd(v: AddressView, from: number, it: Item | undefined): number {
  if (!it || it.kind !== 'name' || it.strong || it.lower === true) return -1;
  if (it.end - from > MAX_LONE_TOWN_WORDS || !closes(v, it.end)) return -1;
  for (let m = from; m < it.end; m++) {
    const t = v.ctx.tokens[m] ?? '';
    if (isCommonWord(t) || isFrequentName(t) || englishLevel(t) !== undefined || t.length < 3) return -1;
  }
  return it.end;
}

/** Prepositions that place something on a street: "the stop is on Yıldızlı Caddesi", "meet at ...". */
const LOCATIVES = new Set(['at', 'on', 'along', 'onto']);
/** Prepositions of nearness that place a thing at a street as well ("parked outside Rue Vesquin"). */
const NEAR_WORDS = new Set(['outside', 'near', 'opposite', 'behind', 'beside']);

/**
 * A typed street without a house number right after a locative preposition, its name holding a
 * word English lacks ("on Yıldızlı Caddesi", "at Dhanburu Magu"; "on Main Street" is everyday talk).
 */
function locatedStreet(v: AddressView, core: Core): boolean {
  if (core.reason !== 'street' || core.weak === true) return false;
  let b = core.start - 1;
  while (b >= 0 && isFillerAt(v.ctx, b)) b--;
  if (b < 0 || !sameTurn(v, b, core.start)) return false;
  if (!LOCATIVES.has(v.folded[b]!) && !NEAR_WORDS.has(v.folded[b]!)) return false;
  if (ordinalGridStreet(v, core.start, core.end)) return true;
  for (let k = core.start; k < core.end; k++) {
    // "on Interstate 40": a numbered US road is named by its system and number
    if (usRouteStreet(v, k)?.end === core.end) return true;
    if (prefixTypeAt(v, k) > 0 || suffixTypeAt(v, k) > 0) continue;
    if (nameWord(v, k) && !isCommonWord(v.ctx.tokens[k]!) && (!v.formatted || capitalised(v, k))) return true;
  }
  return false;
}

/** Does the street line end with the name of a prefix-typed street ("... Avenue Fleurie")? */
function prefixTyped(v: AddressView, core: Street): boolean {
  for (let k = core.start; k < core.end; k++)
    if (prefixTypeAt(v, k) > 0) return !(v.nextValue[core.end - 1] === core.end - 1);
  return false;
}

interface Core extends Street {
  reason: string;
}

const GRID_TYPES = new Set(['cross', 'main']);
const GRID_ROADS = new Set(['road', 'rd', 'street', 'st']);
const SPOKEN_ORDINAL =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$/;

/**
 * Bengaluru and other Indian layouts number their roads across and along a grid ("12th Cross",
 * "4th Main Road"): an ordinal and "Cross" or "Main", perhaps "Road" after it. Weak: a postcode or
 * a country must follow (a place's line), as for a street of an everyday-word type.
 */
function gridStreetAt(v: AddressView, i: number): Street | null {
  const ordinal = v.formatted
    ? /^\d{1,2}(?:st|nd|rd|th)$/i.test(raw(v, i))
    : SPOKEN_ORDINAL.test(v.ctx.tokens[i] ?? '');
  const k = i + 1;
  if (!ordinal || k >= v.n || !sameTurn(v, i, k) || !GRID_TYPES.has(v.folded[k] ?? '')) return null;
  if (v.formatted && !capitalised(v, k)) return null;
  const road = !endsItem(v, k) && !partEnds(v, k) && GRID_ROADS.has(v.folded[k + 1] ?? '') ? k + 2 : k + 1;
  return { start: i, end: road, numbered: false, weak: true };
}

function coreAt(v: AddressView, i: number): Core | null {
  // a phrase cut off by the end of the call ("... at the corner of") asks for a street past its last word
  if (i >= v.folded.length) return null;
  const box = poBoxAt(v, i);
  if (box > 0) return { start: i, end: box, numbered: true, reason: 'po-box' };
  const mil = militaryAt(v, i);
  if (mil > 0) return { start: i, end: mil, numbered: true, reason: 'military' };
  // (a grid house number "W231 N6620" is no road code: the street grammar reads it)
  const road = gridHouseEnd(v, i) < 0 ? roadCodeAt(v, i) : null;
  if (road) return { ...road, reason: 'road-code' };
  // each grammar starts on its own kind of word: a number, a prefix type, a compound, a suffix type
  const f = v.folded[i]!;
  // the view's bits of the word (voc.prefix.has(f), voc.suffix.has(f)), looked up once per distinct word
  const opens = v.opens[i]!;
  const suffixType = (opens & SUFFIX_TYPE) !== 0;
  let best: Street | null = v.nextValue[i] === i ? numberFirstStreet(v, i) : null;
  if ((opens & PREFIX_TYPE) !== 0) {
    let pre = prefixStreet(v, i);
    // "Sabur Avenue Keren Eritrea": a type both ways, and a known place after it, reads as a suffix type
    if (pre && !pre.numbered && suffixType && placeAfterType(v, i)) pre = null;
    // "K.P. Arends Boulevard KPA 46", "Arends Boulevard 46": a type both ways takes the name before it too
    if (pre && suffixType && v.formatted) {
      const named = suffixStreet(v, i);
      // ... not a company before it ("Norvexa Ltd Chaussée de Florimont 243")
      let company = false;
      for (let k = named?.start ?? i; k < i; k++) if (COMPANY_SUFFIX.test(raw(v, k))) company = true;
      // at most two name words: a longer run of capitals is more often an organisation's name
      if (named && named.start < pre.start && named.start >= i - 2 && !company)
        pre = { ...pre, start: named.start };
    }
    // raw ASR, "vesquin ulice sixty three": one word English lacks before a type both ways, a house
    // number after it, is the street's name (Czech, Serbian, Slovene "ulice", "ulica" go both ways)
    if (pre?.numbered && suffixType && !v.formatted && pre.start === i && i > 0) {
      const k = i - 1;
      const name = v.ctx.tokens[k] ?? '';
      if (sameTurn(v, k, i) && nameWord(v, k) && !isCommonWord(name) && v.cues[i]! - v.cues[k]! === 0)
        pre = { ...pre, start: k };
    }
    best = better(best, pre);
  }
  if (f.length >= 5) best = better(best, compoundStreet(v, i));
  // raw ASR of written text: "ul lipowa twelve", "kertesz u fifteen"
  if (!v.formatted) best = better(best, abbreviatedStreet(v, i));
  best = better(best, unnamedStreet(v, i));
  best = better(best, usRouteStreet(v, i));
  best = better(best, gridStreetAt(v, i));
  if (suffixType || spelledTypeAt(v, i) > 0) {
    const suffix = numberedAfter(v, suffixStreet(v, i));
    // an everyday-word type written like its name, a house number after it ("Pardis Square 12",
    // not "the square 12 people"): the name, the type and the number are one street
    const house = suffix?.weak && v.formatted && capitalised(v, i) ? houseNumberAt(v, suffix.end) : -1;
    // ... and an address line ending after the number ("Pardis Square 12, Tehran"; "Dew Point 53 was" is none)
    const lineEnds = house > 0 && (endsItem(v, house - 1) || tailAt(v, house, true).end > house);
    if (suffix && lineEnds && !partEnds(v, suffix.end - 1) && !endsItem(v, suffix.end - 1))
      best = better(best, { start: suffix.start, end: house, numbered: true });
    else best = better(best, suffix);
  }
  // "12, Teheran-ro 3-gil": the numbered branch after a compound street a house number opened
  if (best && best.end > i && compoundAt(v, best.end - 1))
    best = { ...best, end: branchEnd(v, best.end - 1) };
  return best ? { ...best, reason: 'street' } : null;
}

/**
 * "Çiçekli Mah. Lale Cad. No: 12": a neighbourhood named like a street, then the numbered street in
 * it. An unnumbered suffix-typed street whose words a numbered one after it takes in reads as that one.
 */
function numberedAfter(v: AddressView, street: Street | null): Street | null {
  if (!street || street.numbered || partEnds(v, street.end - 1)) return street;
  for (let k = street.end; k < street.end + 4 && k < v.n; k++) {
    if (!sameTurn(v, street.start, k) || partEnds(v, k)) break;
    if (suffixTypeAt(v, k) === 0) continue;
    const next = suffixStreet(v, k);
    if (next?.numbered && next.start <= street.start) return next;
  }
  return street;
}

/** A known city, region or country right after the type word at i, with a name before the type. */
function placeAfterType(v: AddressView, i: number): boolean {
  // "Sabur Avenue Keren", "ninth avenue kumasi": a name or an ordinal before the type
  const named = i > 0 && (nameWord(v, i - 1) || ordinalName(v, i - 1));
  if (!named || !sameTurn(v, i - 1, i) || endsItem(v, i - 1) || partEnds(v, i - 1)) return false;
  if (partEnds(v, i)) return false;
  const k = skipWords(v, i + 1);
  return (cityAt(v, k) ?? regionAt(v, k) ?? countryAt(v, k))?.strong === true;
}

/** A road code written in capitals or spelled ("RN2", "RT1", "T14", "r n two"): the code text, else undefined. */
function roadCodeText(
  v: AddressView,
  i: number,
): { end: number; numbered: boolean; letters: number } | undefined {
  if (v.formatted)
    return /^[A-Z]{1,3}-?\d{1,4}[,.]?$/.test(raw(v, i))
      ? { end: i + 1, numbered: false, letters: 2 }
      : undefined;
  const run = runAt(v.ctx.spoken, i);
  // "rn seven", "nh forty eight": the letters written as one word, the number said after them
  const t = v.ctx.tokens[i] ?? '';
  if (!run && /^[a-z]{2,3}$/.test(t) && !isCommonWord(t) && !isFunctionWord(t) && !FILLERS.has(t)) {
    const num = runAt(v.ctx.spoken, i + 1);
    if (num?.startWord === i + 1 && /^\d{1,3}$/.test(num.text) && sameTurn(v, i, i + 1))
      return { end: num.endWord, numbered: false, letters: t.length };
  }
  if (!run || run.startWord !== i) return undefined;
  const letters = run.text.replace(/\d/g, '').length;
  if (/^[a-z]{1,3}\d{1,4}$/.test(run.text)) return { end: run.endWord, numbered: false, letters };
  // "four eighteen r n seven": the house number and the code are one spoken run
  if (/^\d{1,4}[a-z]{1,3}\d{1,4}$/.test(run.text)) return { end: run.endWord, numbered: true, letters };
  return undefined;
}

/**
 * A numbered road as the street line, as many countries address along national roads ("418 RN7,
 * Toliara", "RN1, Tahoua", "T5, Iringa"): a code after a house number, or a code followed by a
 * place tail. Without a house number it is weak in raw ASR (a postcode or country must follow:
 * "flight b a two forty london" is none) and needs the tail in formatted text.
 */
function roadCodeAt(v: AddressView, i: number): Street | null {
  const code = roadCodeText(v, i);
  if (!code) return null;
  if (partEnds(v, code.end - 1)) return null;
  const tail = tailAt(v, code.end, true);
  const strong = tail.items.filter((it) => it.strong && it.end <= tail.end).length;
  // "418 RN7": a written house number right before it (the spoken view joins the two into one run),
  // and a unit or a known place after it ("2 PS5 consoles" is none)
  const b = i - 1;
  if (code.numbered) {
    // "four t two seven apartment five c, manyara": one letter is a road only with a unit and a place after it
    const unit = unitAt(v, code.end) > 0;
    const oneLetter = /^\d+[a-z]\d/.test(runAt(v.ctx.spoken, i)!.text);
    // "km twelve n one polokwane": the number is the kilometre post on the road, not a house number
    const km = i > 0 && v.folded[i - 1] === 'km' && sameTurn(v, i - 1, i);
    return (oneLetter ? (unit || km) && strong > 0 : unit || strong > 0)
      ? { start: km ? i - 1 : i, end: code.end, numbered: true }
      : null;
  }
  if (b >= 0 && sameTurn(v, b, i) && !endsItem(v, b) && !partEnds(v, b)) {
    const numStart = v.formatted && /^\d{1,5}[a-z]?$/i.test(raw(v, b)) ? b : leadingNumberBefore(v, i);
    const after = strong > 0 || unitAt(v, code.end) > 0;
    if (after && numStart < i && (v.formatted || houseNumberAt(v, numStart) === i))
      return { start: numStart, end: code.end, numbered: true };
  }
  // without a number: a line of its own in formatted text ("RN7, Toliara"); in raw ASR a code of
  // two or more letters and two known places after it ("r n seven toliara madagascar")
  // ... or right after an address cue, two known places after it ("Postal address: RN4 Fomboni Comoros")
  if (v.formatted && !endsItem(v, code.end - 1) && !(cueBefore(v, i, 3) && strong >= 2)) return null;
  // raw ASR: one known place is enough with a kilometre post after the code or a plot before it
  // ("rn seven km twelve antsirabe", "plot eight nh forty eight gurugram")
  const held = !v.formatted && (kmAfter(v, code.end) || unitEndsAt(v, i));
  if (tail.end <= code.end || strong < (v.formatted || held ? 1 : 2)) return null;
  if (!v.formatted && code.letters < 2) return null;
  return { start: i, end: code.end, numbered: false, weak: !v.formatted && !held };
}

/** A unit or marked house number ("Plot No. 12", "flat 4") ending right before word `at`: its start, else `at`. */
function markedLineBefore(v: AddressView, at: number): number {
  for (let s = Math.max(0, at - 4); s < at; s++) {
    if (!sameTurn(v, s, at) || partEnds(v, s)) continue;
    const marked = markEnd(v, s) > s && houseNumberAt(v, s) === at;
    if ((marked || unitAt(v, s) === at) && !partEnds(v, at - 1)) return s;
  }
  return at;
}

/** "km 12" right after word `end` - 1. */
const kmAfter = (v: AddressView, end: number): boolean =>
  v.folded[skipWords(v, end)] === 'km' && unitAt(v, end) > 0 && sameTurn(v, end - 1, end);

/** Does a unit line ("plot eight") end right before word i? */
function unitEndsAt(v: AddressView, i: number): boolean {
  for (let s = Math.max(0, i - 3); s < i; s++) if (unitAt(v, s) === i && sameTurn(v, s, i)) return true;
  return false;
}

/** The better reading: one with a house number, else the longer one. */
function better(a: Street | null, b: Street | null): Street | null {
  if (!b) return a;
  if (!a) return b;
  if (b.numbered !== a.numbered) return b.numbered ? b : a;
  // same end: the reading with the name before the type ("Pardis Square 12", not "Square 12")
  if (b.end === a.end) return b.start < a.start ? b : a;
  return b.end > a.end ? b : a;
}

interface Anchor {
  start: number;
  end: number;
  reason: string;
}

const YEAR = /^(?:19|20)\d\d$/;

/**
 * "24214-Guastatoya, Guatemala": a postcode joined to its town by a hyphen, then the postcode's own
 * country, opening a line or after a place word or an address cue.
 */
function gluedPostcodeLine(v: AddressView, i: number): Anchor | null {
  if (!v.formatted || !GLUED_POSTCODE_TOWN.test(raw(v, i)) || partEnds(v, i)) return null;
  if (!opensLine(v, i) && !placeOpener(v, i) && !addressCue(v, i)) return null;
  const countries = postcodeCountries(raw(v, i).split('-')[0]!);
  const country = countries.length > 0 ? countryAhead(v, i + 1, countries, 0) : -1;
  return country > 0 ? { start: i, end: country, reason: 'postcode-country' } : null;
}

/**
 * A three-digit postcode (Iceland, the Faroes, Guinea, Lesotho, Madagascar, Oman) with a city and the
 * country after it, all of one country, opening a line or after an address cue: "899 Hafnarfjörður,
 * Ísland". Too short to anchor anything less.
 */
function shortPostcodeLine(v: AddressView, i: number): Anchor | null {
  const m = postcodeAt(v.ctx, i);
  if (!m || m.start !== i || m.compact.length !== 3 || partEnds(v, m.end - 1)) return null;
  // a line of its own or an answer ("sold 899 Reykjavik, Iceland tickets" is neither)
  if (!opensLine(v, i) && !addressCue(v, i)) return null;
  const city = cityAt(v, skipWords(v, m.end));
  if (city && shares(city.countries, m.countries) && !partEnds(v, city.end - 1)) {
    // raw ASR: a country named by an English word after the city ("... hafnarfjordur island")
    const country = countryAt(v, skipWords(v, city.end), true);
    if (country && shares(country.countries, city.countries))
      return { start: i, end: country.end, reason: 'postcode-city' };
  }
  // "666 Kimbo, Beyla, Guinée", "520, Yanqul, Al Batinah South Governorate, Oman": places the lists
  // may lack, then the postcode's country
  const country = countryAhead(v, m.end, m.countries, 3);
  return country > 0 ? { start: i, end: country, reason: 'postcode-country' } : null;
}
const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)$/;

/** Digits of a run that a phone cue makes a phone number rather than a postcode before a town. */
const PHONE_RUN_DIGITS = 7;
/** Words introducing a phone's extension ("ext.", "extension", "Durchwahl"): lexicons/phone/extension/. */
const EXTENSION_WORDS = wordSet('phone/extension');
/** Significant words before a run within which a phone cue introduces it ("contact: Mira Tolvanen, plus ..."). */
const PHONE_CUE_REACH = 6;

/** Tail-first anchors: postcode + city, city + postcode, postcode after a cue, GB/CA/IE alone. */
function tailAnchorAt(v: AddressView, i: number): Anchor | null {
  const ctx = v.ctx;
  const run = runAt(ctx.spoken, i);
  const t = ctx.tokens[i] ?? '';
  // a postcode may start inside a run, after the house number ("nineteen | eleven two one six tallinn")
  const startsValue = (run && chunkAt(ctx, i) !== undefined) || /\d/.test(t);
  if (startsValue) {
    // "... mobile | six three four oh eight", "Tel 07400 ...": a contact label's value, no postcode
    if (i > 0 && contactLabel(v, i - 1)) return null;
    // "my number is two oh one five five five oh one four three mira at ...": a run of a phone's
    // length that a phone cue introduces is the phone number, no postcode before a town (nor a
    // house number before one inside it)
    if (
      run &&
      run.digits.length >= PHONE_RUN_DIGITS &&
      nearestCue(ctx, run.startWord, PHONE_CUE_REACH)?.cue === 'phone' &&
      // "CEP 01310-100": the Brazilian postcode's label, "Cep:" a Turkish mobile's
      !postcodeCueBefore(v, run.startWord, ZIP_CUE_WINDOW)
    )
      return null;
    // "... extension one two five mira at ...", "ext. 12345 Tarnmoor": a phone's extension
    if (run && run.startWord > 0 && EXTENSION_WORDS.has(ctx.tokens[run.startWord - 1]!)) return null;
    // after "zip code", "PLZ", "CEP": any country's postcode, even a short one ("one sixteen")
    if (postcodeCueBefore(v, i, ZIP_CUE_WINDOW)) {
      const cued = postcodeAt(ctx, i);
      if (cued && cued.start === i && cued.compact.length >= 3)
        return { start: i, end: cued.end, reason: 'postcode' };
    }
    // raw ASR: a postcode of seven or eight digits, its city or its country after it ("four one six
    // one one nine two dalcahue chile"); a run that long is otherwise a phone number
    const long = longPostcodeAt(v, i);
    if (long && long.start === i && !partEnds(v, long.end - 1)) {
      const city = cityAt(v, skipWords(v, long.end));
      const country = countryAhead(v, long.end, long.countries);
      const found =
        city && shares(city.countries, long.countries)
          ? { start: i, end: city.end, reason: 'postcode-city' }
          : country > 0
            ? { start: i, end: country, reason: 'postcode-country' }
            : null;
      if (found && !streetAhead(v, long.end)) return found;
    }
    const pc = postcodeItem(v, i);
    if (!pc) return gluedPostcodeLine(v, i) ?? shortPostcodeLine(v, i);
    const m = pc.match;
    // postcode + city of the same country: "11216 Tallinn", "75002 Paris", "eleven two one six tallinn";
    // a year-like postcode only written after an address cue ("my address is 1989 Silvaplana,
    // Schweiz", not "in 1989 Berlin was divided"; said, "nineteen eighty nine" is a year)
    if (!partEnds(v, pc.end - 1)) {
      const place = skipWords(v, pc.end);
      const city = cityAt(v, place);
      if (
        city &&
        shares(city.countries, m.countries) &&
        (!YEAR.test(m.compact) ||
          (v.formatted && addressCue(v, i)) ||
          saidDigitByDigit(v, i, pc.end) ||
          (addressCue(v, i) && countryAfterCity(v, city)))
      )
        return { start: i, end: city.end, reason: 'postcode-city' };
      // postcode + region + country, all of one country: "4096 Abra, Philippines"
      const region = city ? undefined : regionAt(v, place);
      if (region?.strong && shares(region.countries, m.countries) && !partEnds(v, region.end - 1)) {
        const country = countryAt(v, skipWords(v, region.end));
        if (country && shares(country.countries, region.countries))
          return { start: i, end: country.end, reason: 'postcode-region' };
      }
    }
    // postcode, then at most two places the lists may lack, then the postcode's own country, after a
    // place word or an address cue: "34567 Lorvenne, Germany", "oh five five seven five nepal"
    if (!partEnds(v, pc.end - 1) && (!YEAR.test(m.compact) || saidDigitByDigit(v, i, pc.end))) {
      // ... or a place the lists lack before the postcode, itself after a place word ("to Lorvenne, ...")
      const named = () => {
        const s = unknownPlaceBefore(v, i, 2);
        return s < i && placeOpener(v, s);
      };
      // ... or a typeless street line before it ("Quillon 14, 34567 Lorvenne, Germany")
      const opened = placeOpener(v, i) || addressCue(v, i) || named() || typelessStreetBefore(v, i) < i;
      const country = opened ? countryAhead(v, pc.end, m.countries) : -1;
      if (country > 0 && !streetAhead(v, pc.end))
        return { start: i, end: country, reason: 'postcode-country' };
    }
    // "Kestrova 12, 60311 Tovarre": a typeless street line, its postcode and a town no list holds
    const town = unlistedTownAfter(v, typelessStreetBefore(v, i), i, pc.end, m.compact);
    if (town) return { start: town[0], end: town[1], reason: 'postcode-town' };
    // GB, CA, IE postcodes written as such cannot be anything else: "SW1A 1AA", "K1A 0B1"
    const distinct =
      m.alphanumeric &&
      m.compact.length >= 5 &&
      m.countries.some((c) => c === 'GB' || c === 'CA' || c === 'IE');
    if (
      distinct &&
      v.formatted &&
      m.countries.some((c) => writtenAsStandard(m.written, c)) &&
      /\s/.test(m.written)
    )
      return { start: i, end: pc.end, reason: 'postcode' };
    return null;
  }
  // a postcode opening with letters, then its country: "BBND 1ZZ, British Indian Ocean Territory",
  // "tkca one z z turks and caicos islands"
  const letters = v.formatted ? /^[A-Z]{2,4}$/.test(raw(v, i)) : /^[a-z](?:[a-z]{3})?$/.test(t);
  const lettered = letters ? postcodeItem(v, i) : undefined;
  if (lettered?.match.alphanumeric && lettered.match.compact.length >= 5 && !partEnds(v, lettered.end - 1)) {
    const country = countryAhead(v, lettered.end, lettered.match.countries);
    if (country > 0) return { start: i, end: country, reason: 'postcode-country' };
  }
  // city + postcode of the same country: "Tallinn 11216", "London SW1A 1AA"; city + region after a cue
  if (!/^\p{L}/u.test(t) || (v.formatted && !capitalised(v, i))) return null;
  // a city anchors only a postcode right after it, or a region/country after an address cue
  if (
    isFunctionWord(t) ||
    (v.nextValue[i]! > i + 6 && !cueBefore(v, i, CUE_WINDOW) && !postcodeCueBefore(v, i, ZIP_CUE_WINDOW))
  )
    return null;
  // a country, then its postcode, after a place word or an address cue: "South Korea, 34019",
  // "taiwan seven six six four nine", "japan nine thirty two seventy four thirty two"
  const land = placeOpener(v, i) || addressCue(v, i) ? countryAt(v, i) : undefined;
  if (land && !partEnds(v, land.end - 1)) {
    const k = skipWords(v, land.end);
    const short = postcodeItem(v, k)?.match;
    const code = short && shares(land.countries, short.countries) ? short : longPostcodeAt(v, k);
    const run = code ? runAt(ctx.spoken, code.end - 1) : undefined;
    if (
      code &&
      sameTurn(v, i, k) &&
      shares(land.countries, code.countries) &&
      !YEAR.test(code.compact) &&
      !(run && run.endWord > code.end) &&
      !streetAhead(v, code.end)
    )
      return { start: i, end: code.end, reason: 'country-postcode' };
    // after an address cue, from the country down to its postcode: "Iran, Tovarre, Halvering,
    // 10223-21503" (Iran, China, Korea write the country first and the postcode last)
    const down = addressCue(v, i) ? countryDownEnd(v, i, land.countries) : -1;
    if (down > 0) return { start: i, end: down, reason: 'country-down' };
  }
  const twice = countriesAfterPlace(v, i);
  if (twice > 0) return { start: i, end: twice, reason: 'place-countries' };
  const city = cityAt(v, i);
  // "Mobile: 55501": a form label and its value, not a city and its postcode
  if (!city || partEnds(v, city.end - 1) || /:$/.test(raw(v, city.end - 1))) return null;
  const k = skipWords(v, city.end);
  const pc = postcodeItem(v, k);
  // "Stanley 71524 Hólmagata 39": the number is the house number of the street that follows
  if (pc && shares(city.countries, pc.countries) && !YEAR.test(pc.match.compact) && !numberFirstStreet(v, k))
    return { start: i, end: pc.end, reason: 'city-postcode' };
  // "Trindade, São Tomé e Príncipe": the longer country, not the region its first words name
  const region = (countryAt(v, k)?.end ?? -1) > (regionAt(v, k)?.end ?? -1) ? undefined : regionAt(v, k);
  if (region && shares(city.countries, region.countries)) {
    const pc2 = partEnds(v, region.end - 1) ? undefined : postcodeItem(v, skipWords(v, region.end));
    if (pc2 && shares(region.countries, pc2.countries))
      return { start: i, end: pc2.end, reason: 'city-region-postcode' };
    if (addressCue(v, i)) return { start: i, end: region.end, reason: 'city-region' };
  }
  // "salalah, oman" answering an address question
  const country = countryAt(v, k);
  if (country && shares(city.countries, country.countries) && addressCue(v, i))
    return { start: i, end: country.end, reason: 'city-country' };
  // "Sohar, Qarnayn, Oman" after a cue: a place the lists lack between the city and its country
  if (addressCue(v, i) && !partEnds(v, city.end - 1)) {
    const tail = tailAt(v, city.end, true);
    const same = tail.items.some(
      (it) =>
        it.strong &&
        it.end <= tail.end &&
        (it.kind === 'region' || it.kind === 'country') &&
        shares(city.countries, it.countries),
    );
    if (same) return { start: i, end: tail.end, reason: 'city-tail' };
  }
  return null;
}

/**
 * "Lorvenne, Bouvet Island, Norway", "halvering macau r a e da china": a place (known or not, one or
 * two words), then a territory and the country it belongs to, after a place word or an address cue.
 * The two countries of a territory end an address line ("Paris, France, Germany" is a list); the
 * end of the second, else -1.
 */
function countriesAfterPlace(v: AddressView, i: number): number {
  if (!placeOpener(v, i) && !addressCue(v, i)) return -1;
  // the place below is one or two words (every item read at i ends after i): without a country
  // after either, no reading holds, and reading the place (all the item kinds at i) costs most
  if (!countryAt(v, skipWords(v, i + 1), true) && !countryAt(v, skipWords(v, i + 2), true)) return -1;
  const place = itemAt(v, i, true);
  if (!place || (place.kind !== 'name' && place.kind !== 'city') || place.lower || place.end > i + 2)
    return -1;
  if (partEnds(v, place.end - 1)) return -1;
  const first = countryAt(v, skipWords(v, place.end), true);
  if (!first || partEnds(v, first.end - 1)) return -1;
  const k = skipWords(v, first.end);
  const second = sameTurn(v, i, k) ? countryAt(v, k, true) : undefined;
  const [a, b] = [first.countries?.[0], second?.countries?.[0]];
  return a && b && belongsTo(a, b) ? second!.end : -1;
}

/**
 * An address written from the country down ("Belarus, Brest Region, 339124 Kapyl, Halvering") ends
 * with its smallest place, which the lists rarely know: after places read from a country at the
 * start, one more name (formatted: a capitalised line after a comma; raw ASR: one word English
 * lacks) is its district. The new end, else `end`.
 */
function smallestPlaceAfter(v: AddressView, start: number, end: number): number {
  if (end >= v.n || partEnds(v, end - 1) || !sameTurn(v, end - 1, end)) return end;
  if (v.formatted ? !endsItem(v, end - 1) || !capitalised(v, end) : isCommonWord(v.ctx.tokens[end]!))
    return end;
  const first = countryAt(v, start) ?? countryAt(v, skipWords(v, postcodeItem(v, start)?.end ?? start));
  if (!first || first.end >= end) return end;
  // a name with a house number after it is a street line ("..., Halvering, Улица Tamberlo, 27")
  const numbered = (e: number): boolean => !partEnds(v, e - 1) && houseNumberAt(v, e) > 0;
  const it = itemAt(v, end, true);
  if (!it || it.kind !== 'name' || it.lower || (!v.formatted && it.end > end + 1) || numbered(it.end))
    return end;
  // "Japan, 932-7432, Lorvenne, Halvering": a town and its district, each a line of its own
  if (
    v.formatted &&
    it.end < v.n &&
    endsItem(v, it.end - 1) &&
    !partEnds(v, it.end - 1) &&
    capitalised(v, it.end)
  ) {
    const next = itemAt(v, it.end, true);
    if (next?.kind === 'name' && !next.lower && sameTurn(v, end, next.end - 1) && !numbered(next.end))
      return next.end;
  }
  return it.end;
}

/** Does a street line start within the next few words ("Taiwan, 76649, Brastow, Lane Street 63")? Its start reads the places before it. */
function streetAhead(v: AddressView, from: number): boolean {
  for (let k = from; k < from + STREET_AHEAD && k < v.n && !partEnds(v, k - 1); k++)
    if (coreAt(v, k)?.numbered) return true;
  return false;
}
const STREET_AHEAD = 5;

/** Kinds of line item that may stand between a postcode and its country. */
const PLACE_ITEM_KINDS = new Set(['name', 'city', 'region', 'locality']);

/** Places the lists may lack before a country sharing one of `countries`: the country's end, else -1. */
function countryAhead(v: AddressView, from: number, countries: readonly string[], maxBefore = 2): number {
  let k = from;
  for (let n = 0; n <= maxBefore; n++) {
    k = skipWords(v, k);
    if (k >= v.n || !sameTurn(v, from - 1, k)) return -1;
    const country = countryAt(v, k, n > 0);
    if (country) return shares(country.countries, countries) ? country.end : -1;
    const it = itemAt(v, k, true);
    if (!it || !PLACE_ITEM_KINDS.has(it.kind) || it.lower) return -1;
    if (partEnds(v, it.end - 1)) return -1;
    k = it.end;
  }
  return -1;
}

/**
 * One to three name words (words English lacks, capitalised in formatted text) right before a house
 * number that runs on into the postcode, opening a line or after a place word: a street named
 * without a type ("to marvessa twenty two one zero five two oslo"). Its start, else `at`.
 */
function nameBeforeHouseNumber(v: AddressView, at: number): number {
  if (houseNumberAt(v, at) < 0) return at;
  let s = at;
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    if (!sameTurn(v, k, at) || partEnds(v, k) || (k < at - 1 && endsItem(v, k)) || endsItem(v, at - 1)) break;
    if (!nameWord(v, k) || isCommonWord(v.ctx.tokens[k]!) || (v.formatted && !capitalised(v, k))) break;
    s = k;
  }
  return s < at && (placeOpener(v, s) || opensLine(v, s) || cueBefore(v, s, 3)) ? s : at;
}

/** Raw ASR: the city's own country right after it ("nineteen sixty eight | kairouan tunisia"). */
function countryAfterCity(v: AddressView, city: { end: number; countries?: readonly string[] }): boolean {
  if (partEnds(v, city.end - 1)) return false;
  return shares(countryAt(v, skipWords(v, city.end), true)?.countries, city.countries);
}

/** Were the words [start, end) said one digit at a time ("one nine eight nine", not "nineteen eighty nine")? */
function saidDigitByDigit(v: AddressView, start: number, end: number): boolean {
  if (v.formatted) return false;
  let k = start;
  while (k < end) {
    const c = chunkAt(v.ctx, k);
    if (!c || !/^\d$/.test(c.text)) return false;
    k = c.endWord;
  }
  return k === end;
}

/** An address cue shortly before word i, and no trip ("where are you flying"). */
function addressCue(v: AddressView, i: number): boolean {
  // a postcode cue right before asks for an address part too ("Billing postcode: Sohar, Qarnayn, Oman")
  const cued = cueBefore(v, i, CUE_WINDOW) || postcodeCueBefore(v, i, ZIP_CUE_WINDOW);
  return cued && !TRAVEL_CUES.findIn(v.ctx.tokens, i - TRAVEL_WINDOW, i);
}

/** Digits a postcode said digit by digit may have at most (Iran's have ten). */
const LONG_CODE_PIECES = 10;

/**
 * The places line read from the country at i: a town of that country right after it and, after the
 * places, a postcode of that country closing the line (in raw ASR said as one long run). Its end, else -1.
 */
function countryDownEnd(v: AddressView, i: number, countries: readonly string[] | undefined): number {
  const tail = tailAt(v, i, false);
  const [country, town] = tail.items;
  if (country?.kind !== 'country' || town?.kind !== 'city' || !shares(town.countries, countries)) return -1;
  let start = town.end;
  for (const it of tail.items.slice(2)) {
    if (it.end > tail.end) break;
    if (it.kind === 'postcode') {
      if (shares(it.countries, countries)) return tail.end;
      // raw ASR: "one oh two two three two one five zero three" read as two shorter postcodes
      const long = v.formatted ? undefined : postcodeAt(v.ctx, start, LONG_CODE_PIECES, LONG_CODE_PIECES);
      // (a run going on past it is a phone number or an account)
      const runsOn = long && (runAt(v.ctx.spoken, long.end - 1)?.endWord ?? long.end) > long.end;
      return long && long.start === start && !runsOn && shares(long.countries, countries) ? long.end : -1;
    }
    start = it.end;
  }
  return -1;
}

const shares = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  !!a && !!b && a.some((x) => b.includes(x));

export const addressDetector: Detector = {
  name: NAME,
  entityTypes: ['ADDRESS'],
  detect: detectAddresses,
};
