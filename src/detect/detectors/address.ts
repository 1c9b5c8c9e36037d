/**
 * ADDRESS: US street addresses, spoken or written, and the tails of an address given on their own.
 *
 * Numbers come from the spoken view's runs ("fourteen twenty seven" -> 1427, "seven oh eight six
 * six" -> 70866, "Apt 3B"), so one grammar serves raw and formatted ASR:
 *   street  = number [directional] name-words (1-4, ordinals allowed: "eighth") suffix [directional]
 *   unit    = (apt | apartment | unit | suite | # | number | floor ...) number-or-letter
 *   tail    = [city words] state [zip]  |  city (a known city, or capitalised after a comma)
 * A street with any following unit/city/state/zip is one span. A tail alone counts when it ends
 * in a zip ("madison wisconsin 70866"), or when an address cue ("address", "live", "zip") is near.
 * A zip alone counts after a zip/postal cue. A lone city is never an address. Fillers between
 * parts stay inside the span. Also: numbered rural roads ("county road twelve sixty", "FM 1431"),
 * UK flats and postcodes ("Flat 4, Leeds LS6 2QT"), and a city + state answering a location or
 * verification question ("what city is on file | ottumwa iowa"), not a trip ("flying to ...").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { runAt, type SpokenRun } from '../../transcript/spoken-view.js';
import { FILLERS, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { STATE_CODES, STATE_NAMES } from '../gazetteer/us-states.js';
import { CueSet } from '../context.js';

const NAME = 'address';

const SUFFIXES = new Set(
  (
    'street st avenue ave av road rd boulevard blvd drive dr lane ln court ct circle cir way place pl parkway ' +
    'pkwy terrace ter trail trl highway hwy route rte square sq loop alley plaza crescent pike path ' +
    'heights expressway freeway crossing grove ridge cove landing commons walk bend row point pt run ' +
    'hollow glen pass close mews'
  ).split(' '),
);
const DIRECTIONALS = new Set(
  'north south east west n s e w ne nw se sw northeast northwest southeast southwest'.split(' '),
);
const UNIT_WORDS = new Set(
  'apt apartment unit suite ste # no number floor fl room rm building bldg lot space flat'.split(' '),
);
/** Words that make "road"/"highway"/"route" a numbered road: "farm road twenty two", "county road 12". */
const ROAD_QUALIFIERS = new Set('farm ranch county state forest township us interstate fm'.split(' '));
/** UK postcodes, written ("LS6 2QT", "SW1A 1AA") or run together ("LS62QT"). */
const UK_OUTWARD = /^[a-z]{1,2}\d[a-z\d]?$/;
const UK_INWARD = /^\d[a-z]{2}$/;
const UK_WHOLE = /^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$/;
const ORDINAL_WORDS =
  /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth)$/;
/** Words that cannot be part of a street or city name. */
const NAME_STOP = new Set(
  'and or is was be been are am my the a an at in on to of for from it its that this yes no yeah okay ok so but'.split(
    ' ',
  ),
);
const ADDRESS_CUES = new CueSet([
  'address',
  'location',
  'town',
  'where',
  'on file',
  'hometown',
  'verify',
  'verification',
  'live',
  'lives',
  'living',
  'located',
  'reside',
  'moved',
  'mailing',
  'billing',
  'shipping',
  'ship',
  'deliver',
  'delivery',
  'zip',
  'zipcode',
  'postal',
  'postcode',
  'street',
  'city',
  'state',
]);
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
const ZIP_CUES = new CueSet(['zip', 'zipcode', 'zip code', 'postal code', 'postcode', 'post code']);
const CUE_WINDOW = 16;
const ZIP_CUE_WINDOW = 8;
const CITY_TAGS = new Set(['City']);

interface Part {
  end: number;
}

const skip = (ctx: DetectionContext, i: number): number => {
  let k = i;
  while (k < ctx.tokens.length && (FILLERS.has(ctx.tokens[k]!) || ctx.tokens[k] === '')) k++;
  return k;
};

const sameTurn = (ctx: DetectionContext, a: number, b: number): boolean =>
  ctx.words[a]?.speaker === ctx.words[b]?.speaker;

/** A number run starting exactly at word i (the spoken view's run, or a written "12b"). */
function numberAt(ctx: DetectionContext, i: number): SpokenRun | undefined {
  const run = runAt(ctx.spoken, i);
  if (!run || run.startWord !== i || run.digits.length === 0) return undefined;
  return run;
}

const endsSentence = (ctx: DetectionContext, i: number): boolean =>
  /[.!?]["')]*$/u.test(ctx.words[i]?.text ?? '');

/** State name or code at word i: index after it, or -1. Codes count only when written in capitals. */
function stateAt(ctx: DetectionContext, i: number): number {
  const { tokens } = ctx;
  for (const name of STATE_NAMES) {
    let ok = true;
    for (let k = 0; k < name.length && ok; k++) ok = tokens[i + k] === name[k];
    if (ok) return i + name.length;
  }
  const raw = ctx.words[i]?.text.replace(/[^\p{L}]/gu, '') ?? '';
  if (raw.length === 2 && raw === raw.toUpperCase() && STATE_CODES.has(raw.toLowerCase())) return i + 1;
  return -1;
}

/** A 5- or 9-digit zip starting at word i (after fillers): index after it, or -1. */
function zipAt(ctx: DetectionContext, i: number): number {
  const k = skip(ctx, i);
  const run = numberAt(ctx, k);
  if (!run || !/^\d{5}(?:\d{4})?$/.test(run.text.replace(/-/g, ''))) return -1;
  return run.endWord;
}

const ORDINAL_CHUNK = /\d(?:st|nd|rd|th)$/;

/** End of the house number starting at word i: a number run, cut before an ordinal ("2348 2nd"). */
function houseNumberEnd(ctx: DetectionContext, i: number): number {
  const run = numberAt(ctx, i);
  if (!run) return -1;
  const ordinal = run.chunks.findIndex((c, idx) => idx > 0 && ORDINAL_CHUNK.test(c.text));
  const chunks = ordinal > 0 ? run.chunks.slice(0, ordinal) : run.chunks;
  const text = chunks.map((c) => c.text).join('');
  if (!/^\d{1,6}[a-z]?$/.test(text)) return -1;
  return chunks[chunks.length - 1]!.endWord;
}

/** A UK postcode starting at word i (after fillers): index after it, or -1. */
function postcodeAt(ctx: DetectionContext, i: number): number {
  const k = skip(ctx, i);
  const t = ctx.tokens[k] ?? '';
  if (UK_WHOLE.test(t) && /\d/.test(t)) return k + 1;
  if (UK_OUTWARD.test(t) && UK_INWARD.test(ctx.tokens[k + 1] ?? '') && sameTurn(ctx, k, k + 1)) return k + 2;
  return -1;
}

/** Abbreviated suffixes end in a period that does not end the sentence ("St.", "Ave."). */
const endsAddressPart = (ctx: DetectionContext, i: number): boolean =>
  endsSentence(ctx, i) &&
  !/^(?:st|ave|rd|dr|blvd|ln|ct|pl|pkwy|ter|cir|hwy|apt|ste|bldg|fl|rm)\.$/i.test(ctx.words[i]!.text);

const PO_BOX: readonly (readonly string[])[] = [
  ['p', 'o', 'box'],
  ['po', 'box'],
  ['p.o', 'box'],
  ['post', 'office', 'box'],
];

/** "P.O. Box 455", "p o box four five five": index after the box number, or -1. */
function poBoxAt(ctx: DetectionContext, i: number): number {
  for (const phrase of PO_BOX) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = ctx.tokens[i + k] === phrase[k];
    if (!ok) continue;
    const run = numberAt(ctx, skip(ctx, i + phrase.length));
    if (run) return run.endWord;
  }
  return -1;
}

/** Numbered roads: "route 9", "highway one oh one", "county road twelve". */
const NUMBERED_ROADS = new Set(['highway', 'hwy', 'route', 'rte', 'road', 'rd', 'fm', 'cr', 'sr']);

/** Street: number [dir] name... suffix [dir], starting at word i. */
function streetAt(ctx: DetectionContext, i: number): Part | null {
  let k = houseNumberEnd(ctx, i);
  if (k < 0) return null;
  let nameWords = 0;
  for (let steps = 0; steps < 6 && k < ctx.tokens.length && sameTurn(ctx, i, k); steps++) {
    const t = ctx.tokens[k]!;
    if (NUMBERED_ROADS.has(t) && ROAD_QUALIFIERS.has(ctx.tokens[k - 1] ?? '') && !endsSentence(ctx, k)) {
      // "four one oh eight county road twelve sixty", "FM 1431"
      const road = numberAt(ctx, skip(ctx, k + 1));
      if (road) return { end: road.endWord };
    }
    if (SUFFIXES.has(t) && (nameWords > 0 || steps > 0)) {
      // a suffix word can be part of the name: "quail hollow avenue", "fox run circle"
      for (let m = k + 1; m <= k + 2 && !endsSentence(ctx, m - 1); m++) {
        const next = ctx.tokens[m] ?? '';
        if (SUFFIXES.has(next)) k = m;
        else if (NAME_STOP.has(next) || isFunctionWord(next)) break;
      }
      let end = k + 1;
      if (!endsAddressPart(ctx, k) && DIRECTIONALS.has(ctx.tokens[end] ?? '')) end++;
      return { end };
    }
    if (FILLERS.has(t)) {
      k++;
      continue;
    }
    if (NUMBERED_ROADS.has(t)) {
      const road = numberAt(ctx, skip(ctx, k + 1));
      if (road) {
        // "FM 1960 Road", "highway nine north"
        let end = road.endWord;
        if (!endsAddressPart(ctx, end - 1) && SUFFIXES.has(ctx.tokens[end] ?? '')) end++;
        if (!endsAddressPart(ctx, end - 1) && DIRECTIONALS.has(ctx.tokens[end] ?? '')) end++;
        return { end };
      }
    }
    // the street name: ordinary words, ordinals ("eighth", "23rd"), numbered names ("route 9")
    const inRun = runAt(ctx.spoken, k);
    if (inRun && inRun.startWord === k && /\d/.test(inRun.text) && !ORDINAL_WORDS.test(t)) {
      // "twenty third" is an ordinal run; a new plain number means this was no street
      if (!/(?:st|nd|rd|th)$/.test(inRun.text)) return null;
      k = inRun.endWord;
      nameWords++;
      continue;
    }
    if (NAME_STOP.has(t) || !/^[\p{L}\p{N}'.-]+$/u.test(t) || endsSentence(ctx, k)) return null;
    if (isFunctionWord(t) && !ORDINAL_WORDS.test(t) && !DIRECTIONALS.has(t)) return null;
    nameWords++;
    k++;
  }
  return null;
}

/** Unit after a street: "apt 3b", "suite twenty one b", "#4", "unit 31". */
function unitAt(ctx: DetectionContext, i: number): number {
  const k = skip(ctx, i);
  const t = ctx.tokens[k];
  const raw = ctx.words[k]?.text ?? '';
  if (/^#\w+/.test(raw)) return k + 1;
  if (t === undefined || !UNIT_WORDS.has(t)) return -1;
  let v = skip(ctx, k + 1);
  // "unit number four", "apartment # 4"
  if (ctx.tokens[v] === 'number' || ctx.tokens[v] === 'no' || ctx.words[v]?.text === '#')
    v = skip(ctx, v + 1);
  const run = numberAt(ctx, v);
  if (run) return run.endWord;
  if (/^[a-z]\d*$/.test(ctx.tokens[v] ?? '')) return v + 1;
  return -1;
}

const LEADING_UNITS = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', 'flat']);

/** A unit said before the street ("apartment four b, twelve oak street"): its start, else i. */
function unitBefore(ctx: DetectionContext, i: number): number {
  let j = i - 1;
  while (j >= 0 && (FILLERS.has(ctx.tokens[j]!) || ctx.tokens[j] === '' || ctx.tokens[j] === 'at')) j--;
  if (j < 0 || !sameTurn(ctx, j, i)) return i;
  const run = runAt(ctx.spoken, j);
  let k = (run ? run.startWord : /^[a-z]?\d*[a-z]?$/.test(ctx.tokens[j]!) ? j : i) - 1;
  while (k >= 0 && (FILLERS.has(ctx.tokens[k]!) || ctx.tokens[k] === 'number' || ctx.words[k]!.text === '#'))
    k--;
  return k >= 0 && LEADING_UNITS.has(ctx.tokens[k]!) ? k : i;
}

/** City words (1-3) followed by a state: index after the state (and zip), or -1. */
function cityStateZipAt(ctx: DetectionContext, from: number): number {
  const i = skip(ctx, from);
  let best = -1;
  for (let len = 0; len <= 3; len++) {
    const s = skip(ctx, i + len);
    if (len > 0) {
      const t = ctx.tokens[i + len - 1]!;
      if (isStopWord(t) || !/^\p{L}/u.test(t) || !sameTurn(ctx, i, i + len - 1)) break;
    }
    // the longest reading wins: "washington, dc 20004" is a city, a state and a zip
    const after = stateAt(ctx, s);
    if (after > 0) {
      const zip = zipAt(ctx, after);
      best = Math.max(best, zip > 0 ? zip : after);
    }
    if (len > 0) best = Math.max(best, zipAt(ctx, s), postcodeAt(ctx, s));
  }
  return best;
}

/** Words that end a city name: function words, contractions ("it's ottumwa iowa"). */
const isStopWord = (t: string): boolean => NAME_STOP.has(t) || isFunctionWord(t) || /['’]/u.test(t);

/** A lone city right after a street ("58 Brookside Rd., Tacoma."). */
function knownCityAt(ctx: DetectionContext, i: number): number {
  const k = skip(ctx, i);
  const t = ctx.tokens[k];
  if (t && sameTurn(ctx, i - 1, k) && hasLexiconTag(t, CITY_TAGS)) return k + 1;
  const raw = ctx.words[k]?.text ?? '';
  if (t && /,$/.test(ctx.words[i - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+[.,]?$/u.test(raw) && !isFunctionWord(t))
    return k + 1;
  return -1;
}

function valueOf(ctx: DetectionContext, start: number, end: number): string {
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

export function detectAddresses(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, score: number, reason: string): void => {
    out.push({
      type: 'ADDRESS',
      startWord: start,
      endWord: end,
      score,
      detector: NAME,
      reason,
      value: valueOf(ctx, start, end),
    });
  };
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const box = poBoxAt(ctx, i);
    const street = box > 0 ? { end: box } : streetAt(ctx, i);
    if (street) {
      let end = street.end;
      const unit = endsAddressPart(ctx, end - 1) ? -1 : unitAt(ctx, end);
      if (unit > 0) end = unit;
      if (!endsAddressPart(ctx, end - 1)) {
        const tail = cityStateZipAt(ctx, end);
        let city = tail > 0 ? tail : knownCityAt(ctx, end);
        // "27 Thornbury Close, Flat 4, Leeds LS6 2QT."
        if (city > 0 && tail < 0 && !endsAddressPart(ctx, city - 1))
          city = Math.max(city, postcodeAt(ctx, city));
        if (city > 0) end = city;
      }
      push(unitBefore(ctx, i), end, 0.9, 'street');
      i = end - 1;
      continue;
    }
    const state = stateAt(ctx, i);
    if (state > 0) {
      const zip = zipAt(ctx, state);
      const cue = ctx.tokens.length > 0 && ADDRESS_CUES.findIn(ctx.tokens, i - CUE_WINDOW, i) !== null;
      if (zip < 0 && !cue) continue;
      // city words before the state, back to a stop word
      let start = i;
      for (let k = i - 1; k >= Math.max(0, i - 3) && sameTurn(ctx, k, i); k--) {
        const t = ctx.tokens[k]!;
        if (FILLERS.has(t) || t === '') continue;
        if (isStopWord(t) || ADDRESS_CUES.findIn(ctx.tokens, k, k + 1) || endsSentence(ctx, k)) break;
        if (!/^\p{L}/u.test(t)) break;
        start = k;
      }
      if (zip < 0 && (start === i || TRAVEL_CUES.findIn(ctx.tokens, start - TRAVEL_WINDOW, start))) continue;
      const end = zip > 0 ? zip : state;
      push(start, end, zip > 0 ? 0.85 : 0.7, 'city-state-zip');
      i = end - 1;
      continue;
    }
    const postcode =
      UK_OUTWARD.test(ctx.tokens[i]!) || UK_WHOLE.test(ctx.tokens[i]!) ? postcodeAt(ctx, i) : -1;
    if (postcode > 0) {
      if (ZIP_CUES.findIn(ctx.tokens, i - ZIP_CUE_WINDOW, i)) {
        push(i, postcode, 0.85, 'zip');
        i = postcode - 1;
        continue;
      }
    }
    const zipRun = numberAt(ctx, i);
    if (
      zipRun &&
      /^\d{5}(?:\d{4})?$/.test(zipRun.text) &&
      ZIP_CUES.findIn(ctx.tokens, i - ZIP_CUE_WINDOW, i)
    ) {
      push(i, zipRun.endWord, 0.85, 'zip');
      i = zipRun.endWord - 1;
    }
  }
  return out;
}

export const addressDetector: Detector = {
  name: NAME,
  entityTypes: ['ADDRESS'],
  detect: detectAddresses,
};
