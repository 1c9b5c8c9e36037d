/**
 * Raw ASR (lower case, no punctuation, numbers and letters said as words): what continues an
 * address the grammar found, read after its last word. The spoken view glues everything said as
 * numbers and letters into one run ("apartment eight fifty t r nine nine five oh h" is one run,
 * "850tr9950h"), so the written grammar, which asks for a short unit number or a postcode that
 * ends its run, stops at the street. Here the run is split as address lines are built:
 *
 * - a unit word (the project's unit vocabulary: "apartment", "suite", "zimmer") and its number,
 *   then the postcode said after it;
 * - a postcode said letter by letter and digit by digit ("oh" read as zero or as the letter O,
 *   "double five"), accepted only in a shape some country's postcode system has (postcode.ts);
 *   an all-digit one must end its run (a phone number runs on), ZIP+4 is the US shape of nine;
 * - then the places that close an address: a known country, region or city, and after a postcode
 *   an unknown town of one or two words that are no English words.
 *
 * Nothing here starts an address: a town or a country named in a sentence stays clean.
 */
import type { SpokenChunk } from '../../transcript/spoken-view.js';
import { runAt } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { saidAsZipPlusFour, usStateBefore } from './asr-zip.js';
import { nationalDigitsEnd } from './national-postcode.js';
import { codeBeforeTownEnd } from './asr-code-before-town.js';
import { openedTownCloses, openedTownWord, opensTown } from './asr-town-opener.js';
import { chunkAt, postcodeCountries } from './postcode.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import { addressVocab, fold } from './vocab.js';
import { readWordList } from '../lexicon-files.js';
import { type AddressView, sameTurn, skip } from './view.js';

/** Words that label a phone number (lexicons/phone/after, one-word phone cues). */
const PHONE_LABELS: ReadonlySet<string> = new Set([
  ...wordSet('phone/after'),
  ...[...wordSet('number-cues/phone')].filter((p) => !p.includes(' ')),
]);

/** Words said between the groups of one code ("nine four one oh three dash two two one one"). */
const JOINERS = new Set(['dash', 'hyphen']);

/** At most this many chunks in a spoken postcode (a letter or a digit each, "double" two). */
const MAX_CODE_CHUNKS = 10;

/**
 * The chunks said one after another from word i inside one spoken run (a joiner word between two
 * is skipped), stopping at the run's end.
 */
function chunksFrom(v: AddressView, i: number): SpokenChunk[] {
  const run = runAt(v.ctx.spoken, i);
  if (!run) return [];
  const out: SpokenChunk[] = [];
  let k = i;
  while (k < run.endWord && out.length < MAX_CODE_CHUNKS + 4) {
    const c = chunkAt(v.ctx, k);
    if (!c) {
      if (out.length > 0 && JOINERS.has(v.folded[k] ?? '')) {
        k++;
        continue;
      }
      break;
    }
    out.push(c);
    k = c.endWord;
  }
  return out;
}

const LETTER = /^[a-z]$/;
const DIGITS = /^\d+$/;

/** A chunk a postcode is read from: a spelled letter, or digits (said one by one or as a number). */
const codeChunk = (c: SpokenChunk): boolean =>
  (c.kind === 'letter' && LETTER.test(c.text)) ||
  ((c.kind === 'digit' || c.kind === 'number') && DIGITS.test(c.text));

/** The chunk is the word "oh": zero to the spoken view, the letter O in "five oh h". */
const saidOh = (v: AddressView, c: SpokenChunk): boolean =>
  c.endWord === c.startWord + 1 && c.text === '0' && v.folded[c.startWord] === 'oh';

/**
 * The longest postcode read from chunks[from..]: index after its last chunk, or -1. Alphanumeric
 * codes need five characters or more; an all-digit code four to six digits (nine: a ZIP+4) and
 * must end its run (or stop before a letter), so that the head of a phone number is no postcode.
 */
function postcodeChunksEnd(v: AddressView, chunks: readonly SpokenChunk[], from: number): number {
  let best = -1;
  let readings = [''];
  for (let j = from; j < chunks.length && j - from < MAX_CODE_CHUNKS; j++) {
    const c = chunks[j]!;
    if (!codeChunk(c)) break;
    const next = readings.map((r) => r + c.text);
    if (saidOh(v, c) && readings.length < 4) for (const r of readings) next.push(r + 'o');
    readings = next;
    if (readings[0]!.length > 10) break;
    const after = chunks[j + 1];
    // an all-digit code ends its run (or stops before a spelled letter): a phone number runs on
    const endsDigits =
      after === undefined
        ? c.endWord >= (runAt(v.ctx.spoken, c.startWord)?.endWord ?? 0)
        : after.kind === 'letter';
    for (const r of readings) {
      const digitsOnly = DIGITS.test(r);
      const ok = digitsOnly
        ? endsDigits &&
          ((r.length >= 4 && r.length <= 6) ||
            (r.length === 9 && zipPlusFourAt(v, chunks[from]!.startWord, c.endWord)))
        : r.length >= 5 && /\d/.test(r);
      if (ok && postcodeCountries(r).length > 0) {
        best = j + 1;
        break;
      }
    }
  }
  return best;
}

/**
 * Nine digits at [start, end) are a ZIP+4: said after a US state, or said as a ZIP and its
 * extension after a town no list knows or a US one ("... reichmoor one one nine seven oh ninety
 * seven twenty eight"); a town of another country keeps the digits a phone number's.
 */
function zipPlusFourAt(v: AddressView, start: number, end: number): boolean {
  if (usStateBefore(v.ctx, start)) return true;
  if (!saidAsZipPlusFour(v.ctx, start, end) || !sameTurn(v, start - 1, start)) return false;
  // a listed place before the digits must be a US one ("... toulouse" keeps its phone number)
  for (let len = 1; len <= 2; len++) {
    if (start - len < 0) continue;
    const place = cityAt(v, start - len) ?? regionAt(v, start - len) ?? countryAt(v, start - len, true);
    if (place?.end === start) return place.countries?.includes('US') === true;
  }
  return townWord(v, start - 1);
}

/** Words of the project's unit vocabulary at i ("apartment", "suite", "zimmer"): their count, or 0. */
function unitWordsAt(v: AddressView, i: number): number {
  const t = v.folded[i] ?? '';
  // a bare letter is no unit word in raw ASR; "office", "home" label a phone number as often
  if (t.length < 2 || PHONE_LABELS.has(t)) return 0;
  return addressVocab().units.match((k) => v.folded[i + k]);
}

/**
 * A unit said with its number, and the postcode said right after it when there is one: index
 * after the last word, or -1. "suite four hundred sixty one m one three five nine v" is the unit
 * 461 and the postcode M1 359V.
 */
function unitEnd(v: AddressView, i: number): number {
  const none = -1;
  const len = unitWordsAt(v, i);
  if (len === 0) return none;
  const k = skip(v, i + len);
  if (!sameTurn(v, i, k)) return none;
  const chunks = chunksFrom(v, k);
  if (chunks.length === 0 || chunks[0]!.startWord !== k || !codeChunk(chunks[0]!)) return none;
  let best = -1;
  let digits = '';
  // the unit's number is its first chunks (at most four digits, a letter may close it)
  for (let j = 0; j < Math.min(chunks.length, 4); j++) {
    const c = chunks[j]!;
    if (!codeChunk(c)) break;
    if (c.kind === 'letter' && j === 0) break;
    digits += c.text;
    if (digits.length > 4) break;
    const pc = postcodeChunksEnd(v, chunks, j + 1);
    const end = pc > 0 ? chunks[pc - 1]!.endWord : -1;
    // without a postcode the unit takes the whole run only when the run ends there
    const alone = j + 1 === chunks.length || (j === 0 && best < 0) ? c.endWord : -1;
    best = Math.max(best, end, alone);
    if (c.kind === 'letter') break;
  }
  return best;
}

/** A postcode said in spoken chunks starting at word i: index after it, or -1. */
export function spokenPostcodeEnd(v: AddressView, i: number): number {
  const chunks = chunksFrom(v, i);
  if (chunks.length === 0 || chunks[0]!.startWord !== i) return -1;
  const pc = postcodeChunksEnd(v, chunks, 0);
  return pc > 0 ? chunks[pc - 1]!.endWord : -1;
}

/**
 * The address found at [.., end) stops inside a spoken run that goes on after it: the grammar read a
 * shorter code out of the run than was said ("c one oh seven oh a a | m": the Dutch shape 1070 AA
 * inside Argentina's C1070AAM). The longest postcode read from a chunk of the run inside the
 * address that ends past `end`: index after it, or -1.
 */
function runPostcodeEnd(v: AddressView, end: number): number {
  const run = runAt(v.ctx.spoken, end - 1);
  // only a run with a spelled letter: the years or phone digits after an all-digit code run on
  if (!run || run.endWord <= end || !run.chunks.some((c) => c.kind === 'letter')) return -1;
  let best = -1;
  for (const c of run.chunks) {
    if (c.startWord >= end) break;
    const pc = spokenPostcodeEnd(v, c.startWord);
    if (pc > end && pc > best) best = pc;
  }
  return best;
}

/** Letters, an elided article ("o'connell", "d'amore") or inner hyphens ("stoke-on-trent"). */
const TOWN_WORD = /^(?:[a-z]')?[a-z]{3,}(?:-[a-z]+)*$/;

/** A word that can be part of an unknown town's name in raw ASR: no English word, not a first name. */
const townWord = (v: AddressView, i: number): boolean => {
  const t = v.ctx.tokens[i] ?? '';
  return (
    TOWN_WORD.test(t) &&
    englishLevel(t) === undefined &&
    !isCommonWord(t) &&
    !isFunctionWord(t) &&
    !isFrequentName(t) &&
    runAt(v.ctx.spoken, i) === undefined
  );
};

/** An unknown town of one or two words at i ("tamsby", "new orrelford"): index after it, or -1. */
export function unknownTownEnd(v: AddressView, i: number): number {
  let k = i;
  // "new orrelford", "port elizabeth": after an opener a given name may name the town too
  const opened = opensTown(v, k);
  if (opened) k++;
  if (!townWord(v, k) && !(opened && openedTownWord(v, k))) return -1;
  k++;
  if (k - i < 2 && sameTurn(v, i, k) && townWord(v, k)) k++;
  return k;
}

/**
 * Particles that join the words of a Romance town's name ("rio do sul", "santa cruz de la sierra"
 * is longer than read here, "sao jose dos campos"): after a town, one of these and one or two words
 * that are no English words go on with the town's name.
 */
const TOWN_PARTICLES = new Set('de do da dos das del della di du des'.split(' '));

/** A particle and one or two town words at i, after a town's name at i - 1: index after them, or -1. */
function townParticleEnd(v: AddressView, i: number): number {
  if (i < 1 || !TOWN_PARTICLES.has(v.folded[i] ?? '')) return -1;
  // the word before it ended the address: no English word (a surname may name a town: "pereira")
  const before = v.ctx.tokens[i - 1] ?? '';
  if (!TOWN_WORD.test(before) || englishLevel(before) !== undefined || isCommonWord(before)) return -1;
  if (!sameTurn(v, i - 1, i + 1) || !townWord(v, i + 1)) return -1;
  return sameTurn(v, i, i + 2) && townWord(v, i + 2) ? i + 3 : i + 2;
}

/** The UK's four nations, folded (lexicons/address/uk-nations.txt): read only here, after an address. */
let nations: ReadonlySet<string> | undefined;
const ukNations = (): ReadonlySet<string> =>
  (nations ??= new Set(readWordList('address/uk-nations.txt').map((e) => fold(e))));

/** A known country, region or city at i (or one of the UK's nations): index after it, or -1. */
function knownPlaceEnd(v: AddressView, i: number): number {
  if (i < 0 || i >= v.n) return -1;
  if (sameTurn(v, i, i + 1) && ukNations().has(`${v.folded[i]} ${v.folded[i + 1] ?? ''}`)) return i + 2;
  if (ukNations().has(v.folded[i]!)) return i + 1;
  const country = countryAt(v, i, true);
  if (country) return country.end;
  const region = regionAt(v, i);
  if (region?.strong) return region.end;
  const city = cityAt(v, i);
  if (city) return city.end;
  return -1;
}

/** Words a..b (inclusive) are all said by one speaker. */
function sameSpeakerThrough(v: AddressView, a: number, b: number): boolean {
  for (let i = a + 1; i <= b; i++) if (!sameTurn(v, a, i)) return false;
  return true;
}

/**
 * Raw ASR: the end of the address found at [.., end) once what continues it is read (unit,
 * spoken postcode, town, region, country); `end` itself when nothing does or the call is formatted.
 */
export function asrTailEnd(v: AddressView, end: number): number {
  if (v.formatted || end <= 0) return end;
  let k = end;
  // "... cymru y | deyrnas unedig": the address's last words open a country's name it goes on with
  for (let back = 2; back >= 1; back--) {
    const country = end - back >= 0 ? countryAt(v, end - back, true) : undefined;
    if (country && country.end > k) k = country.end;
  }
  // a found address that ends with a number (a unit's, a house number said after the street's
  // name, a postcode) may have its town said next, as after a postcode
  const endsNumber = runAt(v.ctx.spoken, k - 1) !== undefined;
  let read = placesEnd(v, end, k, endsNumber, false);
  // "... four six a eighty five forty four one twenty five almada": a long code said before its town
  const coded = codeBeforeTownEnd(v, k);
  if (coded > read && sameSpeakerThrough(v, end - 1, coded - 1))
    read = placesEnd(v, end, coded, false, false);
  // the postcode the run goes on with, when what follows it reaches further than the plain reading
  const finished = runPostcodeEnd(v, k);
  if (finished <= k || !sameSpeakerThrough(v, end - 1, finished - 1)) return read;
  return Math.max(read, placesEnd(v, end, finished, true, true));
}

/**
 * From word k, after an address found at [.., end): the unit, spoken postcode and places that go
 * on with it (`postcode`: the address ends with a postcode; `endsNumber`: with a number).
 */
function placesEnd(
  v: AddressView,
  end: number,
  from: number,
  endsNumber: boolean,
  postcodeAtEnd: boolean,
): number {
  let k = from;
  let postcode = postcodeAtEnd;
  for (let step = 0; step < 8; step++) {
    const s = skip(v, k);
    // every word up to s is the same speaker's: the other speaker's "mhm" ends the address here
    if (s >= v.n || !sameSpeakerThrough(v, end - 1, s)) break;
    // "... pereira | do sul": the town's name goes on after a particle
    const particled = s === k ? townParticleEnd(v, s) : -1;
    if (particled > s) {
      k = particled;
      continue;
    }
    const unit = unitEnd(v, s);
    if (unit > s) {
      // the town may follow a unit said without a postcode ("suite four tamsby")
      k = unit;
      postcode = true;
      continue;
    }
    const pc = spokenPostcodeEnd(v, s);
    if (pc > s) {
      k = pc;
      postcode = true;
      continue;
    }
    // a longer all-digit code in the shape of the country of the place said before it
    const national = nationalDigitsEnd(v, s, k);
    if (national > s) {
      k = national;
      postcode = true;
      continue;
    }
    const place = knownPlaceEnd(v, s);
    if (place > s) {
      k = place;
      continue;
    }
    // an unknown town only right after a postcode, or before a known region or country
    const town = unknownTownEnd(v, s);
    // (after a number alone, the town's name is not followed by more numbers: "... three laroyal
    // zero six" is no address line)
    if (town < 0) break;
    const placed = knownPlaceEnd(v, skip(v, town)) > town;
    const afterNumber = endsNumber && step === 0 && runAt(v.ctx.spoken, skip(v, town)) === undefined;
    // "... kellie cliffs new leehaven okay": a town opened by "new", "port", "lake" closing the line
    const opened = step === 0 && openedTownCloses(v, s, town);
    if (postcode || placed || afterNumber || opened) {
      k = town;
      postcode = false;
      continue;
    }
    break;
  }
  return k;
}
