/**
 * The parts of an address after the street line, in any order the world's layouts use them
 * (i18n-postal-address lists "postcode city", "city, region postcode", "city postcode", districts
 * before the city, the country last): postcode, city, region, country, district, unit.
 *
 * Items are strong (a postcode, a known region or country, a known city) or weak (capitalised words
 * after a comma in formatted text: a city or district the lists do not know). A weak item only
 * counts when a strong one follows it, or when it is the line right after a street
 * ("Kharrub Street, Tulkarm"). A lone city is never read here: a tail always follows something.
 */
import { opensNextSentence } from './line-closers.js';
import type { AddressView } from './view.js';
import {
  capitalised,
  contactLabel,
  phoneKindBeforeLabel,
  endsItem,
  isParticle,
  nameWord,
  partEnds,
  raw,
  sameTurn,
  skip,
} from './view.js';
import {
  cityCountries,
  cityCountriesByHash,
  countryCode,
  countryCodeByHash,
  countryMaxWords,
  HASH_SEED,
  MAX_CITY_WORDS,
  regionCodeCountries,
  regionCountries,
  regionCountriesByHash,
  regionMaxWords,
} from './places.js';
import {
  chunkAt,
  looselyWrittenCountries,
  postcodeAt,
  postcodeCountries,
  type PostcodeMatch,
} from './postcode.js';
import { addressVocab, fold } from './vocab.js';
import { numberValueEnd, sectorCodeEnd, unitAt } from './numbers.js';
import { runAt, type SpokenRun } from '../../transcript/spoken-view.js';
import { isCommonWord, isFunctionWord, isNamingFunctionWord } from '../gazetteer/common-words.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { lowerSentenceMask } from '../lower-sentences.js';

export interface Item {
  end: number;
  strong: boolean;
  kind: 'postcode' | 'city' | 'region' | 'country' | 'locality' | 'unit' | 'name' | 'number';
  /** a name written without capitals in formatted text: kept only when a strong item follows */
  lower?: boolean;
  countries?: readonly string[];
}

/** Folded words i..i+len-1 joined by spaces, or undefined when they cross a turn or a comma. */
/**
 * Hashes of the phrases starting at word i, by length: out[len - 1] is the fnv1a hash of the folded
 * words i..i+len-1 joined by spaces (no strings built). Stops at a turn, a comma or a sentence end.
 */
function phraseHashes(v: AddressView, i: number, max: number, first?: string): number {
  // into one buffer, reused (each caller reads it within its loop, before the next call): an
  // array per lookup was the largest garbage of address detection
  if (phraseHash.length < max) phraseHash = new Float64Array(max);
  // fnv1a (places.ts) carried along as an int32 (the same bits): its unsigned result is a number
  // V8 boxes when it leaves a call, once or twice per word read
  let h = HASH_SEED | 0;
  let count = 0;
  for (let k = i; k < i + max && k < v.n; k++) {
    const t = k === i && first !== undefined ? first : v.folded[k]!;
    if (t === '' || (k > i && !sameTurn(v, i, k))) break;
    if (k > i) h = Math.imul(h ^ 0x20, FNV_PRIME); // the space between the words
    for (let c = 0; c < t.length; c++) h = Math.imul(h ^ t.charCodeAt(c), FNV_PRIME);
    phraseHash[count++] = h >>> 0;
    // "U.S. Outlying Islands": the dot of an initialism inside a name ends no sentence
    if (endsItem(v, k) || (partEnds(v, k) && !(DOTTED_INITIALISM.test(raw(v, k)) && sameTurn(v, k, k + 1))))
      break;
  }
  return count;
}

const FNV_PRIME = 0x01000193;
const DOTTED_INITIALISM = /^(?:\p{Lu}\.){2,}$/u;

/** phraseHash[len - 1]: hash of the phrase of `len` words read by the latest phraseHashes call */
let phraseHash = new Float64Array(8);

/** A place word in raw ASR must not be an ordinary English word ("is", "of", "mobile"). */
const plainWordOk = (v: AddressView, i: number, len: number, lowerOk = false): boolean => {
  // (a town after an address line written all in lower case is read as raw ASR reads it: "... to
  // 72 kestrel st palo alto thanks!", "Address: 12 orrel rd, prahran, vic")
  if (v.formatted && !(lowerOk && (lowerSentenceMask(v.ctx)[i] === 1 || afterLowerLine(v, i))))
    return capitalised(v, i) && (len > 1 || !isFunctionWord(v.ctx.tokens[i]!));
  // "the valley", "the hague": a known name of several words may open with the article; "yen bai",
  // "jan mayen", "hai phong": or with a word that names something (a currency, a month, an
  // exclamation) when the next word of the name is no English word
  if (len > 1)
    return (
      v.folded[i] === 'the' ||
      !isFunctionWord(v.ctx.tokens[i]!) ||
      (isNamingFunctionWord(v.ctx.tokens[i]!) && !isCommonWord(v.ctx.tokens[i + 1]!))
    );
  const t = v.ctx.tokens[i]!;
  return t.length > 2 && !isCommonWord(t) && !isFunctionWord(t);
};

const LOWER_WORD = /^[\p{Ll}\d][\p{Ll}\d.,'#-]*$/u;

/**
 * Written text: word i and the words before it up to a house number (at most six, one turn) are
 * written all in lower case, as a line typed without capitals is ("12 orrel rd, prahran").
 */
function afterLowerLine(v: AddressView, i: number): boolean {
  if (!LOWER_WORD.test(raw(v, i))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6) && sameTurn(v, k, i); k--) {
    const w = raw(v, k);
    if (!LOWER_WORD.test(w)) return false;
    if (/^\d{1,6}[a-z]?$/.test(w)) return k < i - 2;
  }
  return false;
}

const STARTS_WITH_LETTER = /^\p{L}/u;

export function cityAt(v: AddressView, i: number): Item | undefined {
  if (!STARTS_WITH_LETTER.test(v.folded[i] ?? '')) return undefined;
  for (let len = phraseHashes(v, i, MAX_CITY_WORDS); len >= 1; len--) {
    const countries = cityCountriesByHash(phraseHash[len - 1]!);
    if (countries.length > 0 && plainWordOk(v, i, len, true))
      return { end: i + len, strong: true, kind: 'city', countries };
  }
  return undefined;
}

/** Words naming a region's kind before it ("Departamento de Ahuachapán", "Province of Abra"). */
const REGION_KINDS = new Set(
  'departamento department departement province provincia provincie region estado state governorate gouvernorat muhafazat prefecture canton'.split(
    ' ',
  ),
);
const REGION_PARTICLES = new Set(['de', 'del', 'of', 'di', 'du', 'do', 'da']);

export function regionAt(v: AddressView, i: number): Item | undefined {
  const named = namedRegionAt(v, i);
  if (named) return named;
  for (let len = phraseHashes(v, i, regionMaxWords()); len >= 1; len--) {
    const countries = regionCountriesByHash(phraseHash[len - 1]!);
    if (countries.length > 0 && plainWordOk(v, i, len))
      return { end: i + len, strong: true, kind: 'region', countries };
  }
  // codes only as written in capitals: "ON", "NSW", "SP", "RM"
  const code = raw(v, i).replace(/[^\p{L}\p{N}]/gu, '');
  if (/^[A-Z]{2,3}$/.test(code)) {
    const countries = regionCodeCountries(code);
    if (countries.length > 0) return { end: i + 1, strong: true, kind: 'region', countries };
  }
  // or spelled in raw ASR ("n s w"): weak, a postcode must follow
  const run = runAt(v.ctx.spoken, i);
  if (!v.formatted && run && run.startWord === i && /^[a-z]{2,3}$/.test(run.text)) {
    const countries = regionCodeCountries(run.text.toUpperCase());
    if (countries.length > 0) return { end: run.endWord, strong: false, kind: 'region', countries };
  }
  // the spelled code runs on into the postcode said after it ("n s w twenty one sixty four" is one run):
  // its letters are the region, and the postcode starts at the first digit chunk
  // (a letter postcode may run on too: "a b | b one j five g one", Alberta and B1J 5G1)
  if (!v.formatted && run && run.startWord === i && /^[a-z]{2,3}[a-z\d]/.test(run.text)) {
    let letters = '';
    for (const c of run.chunks) {
      if (c.kind !== 'letter' || c.text.length !== 1 || letters.length >= 3) break;
      letters += c.text;
      const countries = letters.length >= 2 ? regionCodeCountries(letters.toUpperCase()) : [];
      if (countries.length > 0 && postcodeItem(v, c.endWord))
        return { end: c.endWord, strong: false, kind: 'region', countries };
    }
  }
  return undefined;
}

/** A known region after its kind word: "Departamento de Ahuachapán", "departamento de ahuachapan". */
function namedRegionAt(v: AddressView, i: number): Item | undefined {
  if (!REGION_KINDS.has(v.folded[i] ?? '') || endsItem(v, i) || partEnds(v, i)) return undefined;
  if (v.formatted && !capitalised(v, i)) return undefined;
  let k = skip(v, i + 1);
  if (REGION_PARTICLES.has(v.folded[k] ?? '') && !endsItem(v, k)) k = skip(v, k + 1);
  if (!sameTurn(v, i, k) || REGION_KINDS.has(v.folded[k] ?? '')) return undefined;
  const region = regionAt(v, k);
  return region?.strong ? { ...region } : undefined;
}

export function countryAt(v: AddressView, i: number, afterPlace = false): Item | undefined {
  // "The Bahamas", "the Netherlands"
  if (v.folded[i] === 'the' && i + 1 < v.n && sameTurn(v, i, i + 1)) {
    const after = countryAt(v, i + 1, afterPlace);
    if (after) return { ...after, end: after.end };
  }
  // "St." is Saint or Street: read aloud as "street", "St. Lucia" is still the country
  const saint = SAINT_READINGS.has(v.folded[i] ?? '');
  if (saint) {
    for (const first of SAINT_READINGS) {
      for (let len = phraseHashes(v, i, countryMaxWords(), first); len >= 2; len--) {
        const cc = countryCodeByHash(phraseHash[len - 1]!);
        if (cc) return { end: i + len, strong: true, kind: 'country', countries: [cc] };
      }
    }
  }
  const inverted = invertedCountryAt(v, i);
  if (inverted) return inverted;
  for (let len = phraseHashes(v, i, countryMaxWords()); len >= 1; len--) {
    const cc = countryCodeByHash(phraseHash[len - 1]!);
    // "my" (Vietnamese for America), "chad", "jordan": one-word names that are English words (raw
    // ASR: unless right after a postcode or a known place, "... sekong laos")
    const word = v.ctx.tokens[i] ?? '';
    // written without capitals ("..., slovenia."): as in raw ASR, no English word
    const lower = v.formatted && !capitalised(v, i) && !/^[A-Z]/.test(raw(v, i));
    const common = ((!v.formatted && !afterPlace) || lower) && isCommonWord(word);
    if (cc && len === 1 && (isFunctionWord(word) || common)) continue;
    if (cc) return { end: i + len, strong: true, kind: 'country', countries: [cc] };
  }
  // "USA", "U.S.A.", "UK", "UAE" as written
  const abbr = raw(v, i).replace(/[.,;]/g, '');
  if (/^(?:USA|US|UK|UAE|GB|RSA|PRC|ROC|DRC|KSA)$/.test(abbr))
    return { end: i + 1, strong: true, kind: 'country' };
  // raw ASR "... nine e x u k": the same spelled letter by letter right after a place or postcode
  if (!v.formatted && afterPlace) {
    let letters = '';
    for (let k = i; k < i + 3 && k < v.n && sameTurn(v, i, k) && /^[a-z]$/.test(v.ctx.tokens[k] ?? ''); k++) {
      letters += v.ctx.tokens[k]!;
      const next = v.ctx.tokens[k + 1] ?? '';
      if (
        letters.length >= 2 &&
        SPELLED_COUNTRIES.has(letters) &&
        !(sameTurn(v, k, k + 1) && /^[a-z]$/.test(next))
      )
        return { end: k + 1, strong: true, kind: 'country' };
      if (partEnds(v, k)) break;
    }
  }
  return undefined;
}

/**
 * A country name written inverted with a comma, as ISO 3166-1 lists official names ("Korea, Republic
 * of", "Iran, Islamic Republic of", "Virgin Islands, British"): the words after the comma that make
 * the listed name with the ones before it are the country's too.
 */
function invertedCountryAt(v: AddressView, i: number): Item | undefined {
  if (!v.formatted || !capitalised(v, i)) return undefined;
  let phrase = '';
  let comma = false;
  let found: Item | undefined;
  for (let k = i; k < i + countryMaxWords() && k < v.n && sameTurn(v, i, k); k++) {
    if (!v.folded[k]) break;
    phrase += k > i ? ` ${v.folded[k]}` : v.folded[k];
    const cc = comma ? countryCode(phrase) : undefined;
    if (cc) found = { end: k + 1, strong: true, kind: 'country', countries: [cc] };
    if (partEnds(v, k) || (endsItem(v, k) && comma)) break;
    if (endsItem(v, k)) comma = true;
    // the name before the comma is one or two words ("Korea", "Virgin Islands")
    else if (!comma && k > i) return found;
  }
  return found;
}

/** Country abbreviations callers spell ("u k", "u s a"). */
const SPELLED_COUNTRIES = new Set(['usa', 'uk', 'uae']);

/** Words an abbreviated "St." is read as before a name. */
const SAINT_READINGS = new Set(['st', 'street', 'saint']);

/** A district or settlement: "Col. Juárez", "Quận 1", "Chaoyang District", "Chiyoda-ku". */
export function localityAt(v: AddressView, i: number): Item | undefined {
  const loc = addressVocab().localities;
  const at = (k: number): string | undefined => v.folded[i + k];
  const pre = loc.prefix.match(at);
  if (pre > 0 && !((v.folded[i] ?? '').length === 1 && !/[.:]$/.test(raw(v, i)))) {
    const k = skip(v, i + pre);
    // "RT 03/RW 05" (Indonesian neighbourhood and ward): two numbered districts joined by a slash
    const joined = /^\d{1,3}\/(\p{L}{2,4})$/u.exec(v.ctx.tokens[k] ?? '');
    if (joined && loc.prefix.match((m) => (m === 0 ? fold(joined[1]!) : v.folded[k + m])) === 1) {
      const second = numberValueEnd(v, skip(v, k + 1));
      if (second > 0 && sameTurn(v, i, second - 1)) return { end: second, strong: false, kind: 'locality' };
    }
    const num = numberValueEnd(v, k);
    if (num > 0) return { end: num, strong: false, kind: 'locality' };
    let end = -1;
    for (let m = k; m < k + 3 && m < v.n && nameWord(v, m, loc.particles); m++) {
      end = m + 1;
      if (endsItem(v, m) || partEnds(v, m)) break;
    }
    // "Soi Ramkhamhaeng 21": a lane numbered off the road it is named after
    if (end > 0 && !endsItem(v, end - 1) && !partEnds(v, end - 1) && sameTurn(v, k, end)) {
      const lane = numberValueEnd(v, end);
      const run = runAt(v.ctx.spoken, end);
      if (
        lane > 0 &&
        (!run || run.endWord === lane) &&
        /^\d{1,3}[a-z]?$/i.test(run?.text ?? raw(v, end).replace(/[,.]$/, ''))
      )
        end = lane;
    }
    if (end > 0) return { end, strong: false, kind: 'locality' };
  }
  if (loc.compound.find(v.folded[i] ?? '') && nameWord(v, i))
    return { end: i + 1, strong: false, kind: 'locality' };
  for (let len = 1; len <= 3 && i + len < v.n; len++) {
    if (!nameWord(v, i + len - 1)) break;
    const sfx = loc.suffix.match((k) => v.folded[i + len + k]);
    if (sfx > 0 && sameTurn(v, i, i + len)) return { end: i + len + sfx, strong: false, kind: 'locality' };
    if (endsItem(v, i + len - 1)) break;
  }
  return undefined;
}

/**
 * Written: a postcode in its country's layout with a letter the country does not use there ("Ontario
 * A1I 6U4", "Dublin, P54 01HG"), in a street line's tail only: strong like any postcode.
 */
function looseWrittenPostcodeAt(v: AddressView, i: number): Item | undefined {
  if (!v.formatted) return undefined;
  for (const len of [2, 1]) {
    if (i + len > v.n || !sameTurn(v, i, i + len - 1)) continue;
    const words = Array.from({ length: len }, (_, k) => raw(v, i + k));
    // a comma or full stop may close the postcode, not split it
    if (words.slice(0, -1).some((w) => /[,.;]$/.test(w))) continue;
    const written = words.join(' ').replace(/[,.;]$/, '');
    if (len === 1 && written.length < 5) continue;
    const countries = looselyWrittenCountries(written);
    if (countries.length > 0) return { end: i + len, strong: true, kind: 'postcode', countries };
  }
  return undefined;
}

export function postcodeItem(v: AddressView, i: number): (Item & { match: PostcodeMatch }) | undefined {
  const m = postcodeAt(v.ctx, i);
  if (!m || m.start !== i || m.compact.length < 4) return undefined;
  return { end: spokenRunOn(v, m), strong: true, kind: 'postcode', countries: m.countries, match: m };
}

/** Digits of the postcode said after a spelled region code ("w a | nine eight nine zero two"). */
const RUN_ON_POSTCODE_DIGITS = 5;

/**
 * Raw ASR: a region code spelled before a five-digit postcode runs into it ("w a nine eight nine
 * zero two"), and the letters and the first four digits can read as a postcode of their own
 * ("A9890"), leaving the last digit out. The digits said one by one after the match are taken
 * along when they complete the five digits and end the run.
 */
function spokenRunOn(v: AddressView, m: PostcodeMatch): number {
  const end = m.end;
  if (v.formatted || end <= 0 || !/^[A-Z]+\d+$/.test(m.compact)) return end;
  const run = runAt(v.ctx.spoken, end - 1);
  if (!run || run.endWord <= end || runAt(v.ctx.spoken, end) !== run) return end;
  let digits = m.compact.replace(/^[A-Z]+/, '').length;
  // walk the chunks after `end` (never the whole run: a run can be a call's worth of digits)
  let k = end;
  while (k < run.endWord) {
    const c = chunkAt(v.ctx, k);
    // "... nine eight three seven three u s a": the run goes on into the country's spelled letters
    if (c?.kind === 'letter' && digits === RUN_ON_POSTCODE_DIGITS) break;
    // digit by digit, as postcodes are said ("thirty six" after one is a house number)
    if (!c || !/^\d$/.test(c.text) || ++digits > RUN_ON_POSTCODE_DIGITS) return end;
    k = c.endWord;
  }
  return digits === RUN_ON_POSTCODE_DIGITS ? k : end;
}

/** Digits of the longest postcodes said digit by digit (Japan 7, Brazil 8). */
const LONG_POSTCODE_DIGITS = 8;

/**
 * Raw ASR: a postcode of seven or eight digits ("tokyo one seven nine zero zero seven two", "sp zero
 * four one one seven zero four zero") right after a known place of a country whose postcodes are that
 * long. Spoken digits longer than six are read as a phone number elsewhere, so the place's country
 * must accept the code and the spoken run must end with it.
 */
function longPostcodeAfter(v: AddressView, k: number): Item | undefined {
  const m = longPostcodeAt(v, k);
  if (!m) return undefined;
  // "... nine thirty two seventy four thirty two japan": or the code's own country right after it
  const after = skip(v, m.end);
  const country = partEnds(v, m.end - 1) || !sameTurn(v, k, after) ? undefined : countryAt(v, after, true);
  const shared = m.countries.filter((c) => country?.countries?.includes(c));
  if (shared.length > 0) return { end: m.end, strong: true, kind: 'postcode', countries: shared };
  // "são paulo sp | ...": a known city or region ends at most one word before the code
  for (let s = Math.max(0, k - 5); s < k; s++) {
    for (const place of [cityAt(v, s), regionAt(v, s)]) {
      if (!place?.strong || place.end < k - 1 || place.end > k || !sameTurn(v, s, k)) continue;
      const countries = m.countries.filter((c) => place.countries?.includes(c));
      if (countries.length > 0) return { end: m.end, strong: true, kind: 'postcode', countries };
    }
  }
  return undefined;
}

/**
 * Raw ASR: a postcode of seven or eight digits said at word k (Japan, Brazil, Chile, Israel), the
 * spoken run ending with it. Spoken digits that long are a phone number unless a place vouches for it.
 */
export function longPostcodeAt(v: AddressView, k: number): PostcodeMatch | undefined {
  if (v.formatted || v.nextValue[k] !== k) return undefined;
  // said within one spoken run of seven digits or more
  const said = runAt(v.ctx.spoken, k);
  if (!said || said.digits.length < 7 || digitsFrom(said, k) < 7) return undefined;
  const m = postcodeAt(v.ctx, k, 10, LONG_POSTCODE_DIGITS);
  if (!m || m.start !== k || !/^\d{7,8}$/.test(m.compact)) return undefined;
  const run = runAt(v.ctx.spoken, m.end - 1);
  return run && run.endWord > m.end ? undefined : m;
}

/** Digits said from word k to the end of its run, counted from the end and capped past eight. */
function digitsFrom(run: SpokenRun, k: number): number {
  let n = 0;
  for (let c = run.chunks.length - 1; c >= 0 && n <= LONG_POSTCODE_DIGITS; c--) {
    const chunk = run.chunks[c]!;
    if (chunk.endWord <= k) break;
    n += chunk.text.replace(/\D/g, '').length;
    if (chunk.startWord <= k) break;
  }
  return n;
}

/** The last item when it is a known place ending right before word k. */
function prevPlace(items: Item[], end: number, k: number): Item | undefined {
  const prev = items[items.length - 1];
  return prev?.strong && prev.countries && prev.end === end && end <= k ? prev : undefined;
}

/**
 * Raw ASR: a postcode whose letter groups are written as words ("leeds ls six two qt", "edinburgh
 * eh one two ab") right after a known place of a country whose postcodes it fits.
 */
function lettersPostcodeAfter(v: AddressView, k: number, place: Item | undefined): Item | undefined {
  if (v.formatted || !place || !/^[a-z]{2}$/.test(v.ctx.tokens[k] ?? '')) return undefined;
  const m = postcodeAt(v.ctx, k, 7, 6, true);
  if (!m || m.start !== k || !m.alphanumeric || m.compact.length < 5) return undefined;
  const countries = m.countries.filter((c) => place.countries!.includes(c));
  return countries.length > 0 ? { end: m.end, strong: true, kind: 'postcode', countries } : undefined;
}

/** Raw ASR: a postcode opening with letters at k ("siqq one z z", "tkca one z z"). */
function lettersPostcodeAt(v: AddressView, k: number): boolean {
  const m = /^[a-z]{4}$/.test(v.ctx.tokens[k] ?? '') ? postcodeItem(v, k)?.match : undefined;
  return m !== undefined && m.alphanumeric && m.compact.length >= 5;
}

/**
 * A place the lists do not know: capitalised name words (formatted), or words English lacks (raw
 * ASR, "tarovabazar", "dire dawa"). Weak: kept only when a strong item follows.
 */
function nameGroupAt(v: AddressView, i: number): Item | undefined {
  if (!v.formatted && isCommonWord(v.ctx.tokens[i] ?? '')) return everydayPlaceAt(v, i);
  // written without capitals ("... flat 12 velika ravan nad dolino slovenia."): words English lacks
  const lower = v.formatted && !capitalised(v, i);
  if (lower && isCommonWord(v.ctx.tokens[i] ?? '')) return undefined;
  let end = -1;
  let pairs = 0;
  for (let k = i; k < i + 3 + pairs && k < v.n; k++) {
    // "Cidade de Sena", "Santo Domingo de Guzmán": a particle between two name words
    // ... not a country's own first word ("Penvarra Saint Lucia")
    if (
      k > i &&
      isParticle(v, k) &&
      k + 1 < v.n &&
      nameWord(v, k + 1) &&
      !endsItem(v, k - 1) &&
      !countryAt(v, k)
    )
      continue;
    // "Alphen aan den Rijn", "Frankfurt an der Oder": two particles between name words (counted as one)
    if (
      k > i &&
      pairs === 0 &&
      isParticle(v, k) &&
      isParticle(v, k + 1) &&
      k + 2 < v.n &&
      nameWord(v, k + 2) &&
      !endsItem(v, k - 1) &&
      !endsItem(v, k) &&
      sameTurn(v, k, k + 2)
    ) {
      pairs = 1;
      k++;
      continue;
    }
    if (!nameWord(v, k)) break;
    if ((!v.formatted || lower) && isCommonWord(v.ctx.tokens[k]!)) break;
    // "6185 Tamsby Thank you.", "... Tamsby Regards, Dara": the words that close a letter or a
    // message open the next sentence, they name no place
    if (CLOSING_WORDS.has(v.folded[k] ?? '') || opensNextSentence(v, k)) break;
    // "Terwispel Netherlands": a known country or region ends the unknown name (not after a
    // particle: "Cidade de Sena" is one name)
    if (k > i && !isParticle(v, k - 1) && (countryAt(v, k) || regionAt(v, k))) break;
    // raw ASR, "lorvenne siqq one z z": a letter postcode said as a word ends it too
    if (k > i && !v.formatted && lettersPostcodeAt(v, k)) break;
    // written, "Brastow CF 75": capitals opening a postcode of two words or more end it
    if (k > i && v.formatted && /^[A-Z]{1,4}$/.test(raw(v, k)) && (postcodeItem(v, k)?.end ?? 0) > k + 1)
      break;
    end = k + 1;
    if (endsItem(v, k) || partEnds(v, k)) break;
  }
  return end > 0 ? { end, strong: false, kind: 'name', ...(lower ? { lower } : {}) } : undefined;
}

/** Words that close a letter or a message or greet its reader: never a place's name. */
const CLOSING_WORDS = new Set(
  'thank thanks regards sincerely cheers best yours dear hi hello greetings cordially kind warm'.split(' '),
);

/**
 * Raw ASR: a place named by everyday words ("steel bridge norfolk island twenty eight ninety nine"),
 * one or two of them, known only by the country or region and the postcode said right after it
 * ("main street good morning australia" has no postcode). Weak like any unknown name.
 */
function everydayPlaceAt(v: AddressView, i: number): Item | undefined {
  for (let k = i; k < i + MAX_EVERYDAY_PLACE_WORDS && k < v.n; k++) {
    const t = v.ctx.tokens[k] ?? '';
    // "sans pareil a c t ...": a borrowed function word opens a name whose next word English lacks
    const borrowed =
      k === i && isFunctionWord(t) && !isCommonWord(v.ctx.tokens[k + 1] ?? 'the') && placeWordAt(v, k);
    if (!borrowed && (!nameWord(v, k) || isFunctionWord(t))) return undefined;
    if (k > i && !sameTurn(v, i, k)) return undefined;
    if (k > i && (countryAt(v, k) || regionAt(v, k))) return undefined;
    const next = k + 1;
    if (next >= v.n || !sameTurn(v, k, next)) return undefined;
    const place = countryAt(v, next) ?? regionAt(v, next);
    if (!place) continue;
    const pc = skip(v, place.end);
    return pc < v.n && sameTurn(v, next, pc) && postcodeItem(v, pc)
      ? { end: next, strong: false, kind: 'name' }
      : undefined;
  }
  return undefined;
}
const MAX_EVERYDAY_PLACE_WORDS = 2;

/** Letters only, no English stop word, no spoken value: "sans", "la", "di" may open a place name. */
const placeWordAt = (v: AddressView, k: number): boolean =>
  /^\p{L}+$/u.test(v.ctx.tokens[k] ?? '') && !runAt(v.ctx.spoken, k) && !PLACE_STOP.has(v.folded[k]!);
const PLACE_STOP = new Set(
  'and or is was be been are am my the a an at in on to of for from it its that this'.split(' '),
);

export const GLUED_POSTCODE_TOWN = /^\d{4,5}-\p{Lu}[\p{L}\p{M}'’-]+[,.]?$/u;

/** The first tail item at word i, longest reading first. */
export function itemAt(v: AddressView, i: number, allowName: boolean): Item | undefined {
  const found: Item[] = [];
  const pc = postcodeItem(v, i);
  if (pc) found.push(pc);
  const loose = pc ? undefined : looseWrittenPostcodeAt(v, i);
  if (loose) found.push(loose);
  for (const f of [countryAt, regionAt, cityAt, localityAt]) {
    const it = f(v, i);
    if (it) found.push(it);
  }
  const u = unitAt(v, i);
  if (u > 0) found.push({ end: u, strong: false, kind: 'unit' });
  const pair = found.length === 0 ? districtSlashTownAt(v, i) : undefined;
  if (pair) found.push(pair);
  if (found.length === 0 && allowName) {
    // "Manchester, M14, United Kingdom", "GY2, Guernsey": a postcode district (outward code) alone,
    // weak (kept only when a country or another strong item follows)
    const district = outwardCodeAt(v, i);
    if (district > 0) return { end: district, strong: false, kind: 'postcode' };
    // "Street 9, F-7/2, Islamabad": a sector code, weak (a known place must follow)
    const sector = sectorCodeEnd(v, i);
    if (sector > i) return { end: sector, strong: false, kind: 'name' };
    // "2110-Mindelo": a postcode joined to its town by a hyphen, weak (a country must follow)
    if (v.formatted && GLUED_POSTCODE_TOWN.test(raw(v, i)))
      return { end: i + 1, strong: false, kind: 'postcode' };
  }
  if (found.length === 0 && allowName) {
    // "Pokhara 3318, Nepal", "Paro 920, Bhutan": a postal number the patterns do not know,
    // weak (kept only when a country or another strong item follows)
    const num = numberValueEnd(v, i);
    const run = runAt(v.ctx.spoken, i);
    if (num > 0 && (!run || run.endWord === num) && /^\d{3,6}$/.test(run?.text ?? v.ctx.tokens[i] ?? ''))
      return { end: num, strong: false, kind: 'number' };
  }
  if (found.length === 0) return allowName ? nameGroupAt(v, i) : undefined;
  // "a b t two p one j nine": a region code spelled before its postcode, not a postcode "ABT2" of its
  // own, when the postcode after the code reaches further
  const spelled = found.find((it) => it.kind === 'region' && !it.strong);
  if (pc && spelled && (postcodeItem(v, spelled.end)?.end ?? -1) > pc.end) return spelled;
  return found.reduce((a, b) => (b.end > a.end || (b.end === a.end && b.strong && !a.strong) ? b : a));
}

/**
 * Formatted text: a district and its town or province joined by a slash, as Turkish addresses end
 * ("Kadıköy/İstanbul", "Çankaya/Ankara"): both capitalised, the second a listed city or region.
 */
function districtSlashTownAt(v: AddressView, i: number): Item | undefined {
  if (!v.formatted) return undefined;
  const m = /^(\p{Lu}[\p{L}'’-]+)\/(\p{Lu}[\p{L}'’-]+)[,.]?$/u.exec(raw(v, i));
  if (!m) return undefined;
  const town = fold(m[2]!);
  const countries = [...cityCountries(town), ...regionCountries(town)];
  return countries.length > 0 ? { end: i + 1, strong: true, kind: 'city', countries } : undefined;
}

/**
 * A postcode district written without its inward code (the UK, Crown dependencies, Ireland's
 * routing keys: "E10", "GY1", "SW1A", "D02"), in capitals or spelled in raw ASR ("e one oh").
 * Index after it, or -1.
 */
export function outwardCodeAt(v: AddressView, i: number): number {
  if (v.formatted) return /^[A-Z]{1,2}\d[A-Z\d]?[,.]?$/.test(raw(v, i)) ? i + 1 : -1;
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i || !/^[a-z]{1,2}\d[a-z\d]?$/.test(run.text)) return -1;
  return run.endWord;
}

/**
 * End of a postcode district read at k (ending at `end`) that may follow a known place: as written
 * in formatted text; in raw ASR two spelled letters and the digits after them ("g y one", not the
 * "i" said next, nor "a one"), else -1.
 */
function districtEnd(v: AddressView, k: number, end: number): number {
  if (v.formatted) return end;
  const run = runAt(v.ctx.spoken, k);
  if (!run || run.startWord !== k) return -1;
  let text = '';
  let out = -1;
  for (const c of run.chunks) {
    text += c.text;
    if (/^[a-z]{2}\d{1,2}$/.test(text)) out = c.endWord;
    else if (!/^[a-z]{1,2}$/.test(text)) break;
  }
  return out;
}

/**
 * "Torunos 2445, A, Venezuela", "... twenty four forty five a venezuela": a region code of one
 * letter or digit (Venezuela, Argentina, Sweden, ...) right after a place or postcode of its
 * country (`end`: where the item before it ends) and right before the country's name; else undefined.
 */
function oneLetterRegionAt(v: AddressView, k: number, prev: Item | undefined, end: number): Item | undefined {
  // right after the place or postcode the tail follows, or after a known place in it
  if (prev ? !prev.strong || prev.end !== end : end !== k) return undefined;
  const code = v.formatted
    ? /^([A-Z0-9])[,.]?$/.exec(raw(v, k))?.[1]
    : /^[a-z]$/.exec(v.ctx.tokens[k] ?? '')?.[0];
  if (!code || partEnds(v, k)) return undefined;
  const country = countryAt(v, skip(v, k + 1), true);
  const cc = country?.countries?.[0];
  if (!cc || !regionCodeCountries(code.toUpperCase()).includes(cc)) return undefined;
  if (prev?.countries && !prev.countries.includes(cc)) return undefined;
  return { end: k + 1, strong: true, kind: 'region', countries: [cc] };
}

/**
 * Formatted text: a line of a three-digit postcode and a town name, in either order ("271
 * Penvarra", "Brastow 624"), as the Faroe Islands, Iceland, Lesotho, Madagascar
 * and Oman write them. Three digits are a postcode of so many countries that they count only as
 * that whole line after a street, the line ending there (or a known place following). End, or -1.
 */
function shortPostcodeLineAt(v: AddressView, k: number): number {
  const threeDigits = (m: number): boolean => {
    const t = raw(v, m).replace(/[,.]$/, '');
    if (!/^\d{3}$/.test(t) || postcodeCountries(t).length === 0 || !sameTurn(v, k, m)) return false;
    // not the first group of a longer postcode ("Αθήνα 105 63")
    const longer = postcodeAt(v.ctx, m);
    return !(longer?.start === m && longer.end > m + 1);
  };
  const townAt = (m: number): number => {
    const name = m < v.n && sameTurn(v, k, m) ? nameGroupAt(v, m) : undefined;
    if (!name || name.kind !== 'name' || name.lower) return -1;
    for (let w = m; w < name.end; w++) if (isCommonWord(v.ctx.tokens[w] ?? '')) return -1;
    return name.end;
  };
  let end = -1;
  if (threeDigits(k) && !endsItem(v, k)) end = townAt(k + 1);
  else {
    const town = townAt(k);
    if (town > 0 && !endsItem(v, town - 1) && threeDigits(town)) end = town + 1;
  }
  if (end < 0) return -1;
  const lineEnds =
    end >= v.n ||
    !sameTurn(v, k, end) ||
    partEnds(v, end - 1) ||
    endsItem(v, end - 1) ||
    !capitalised(v, end) ||
    itemAt(v, end, false)?.strong === true;
  return lineEnds ? end : -1;
}

/** Words of an unknown town said alone after a street: one or two, like most town names. */
const MAX_LAST_TOWN_WORDS = 2;
/** Words a street line with its number and unit spans, looking back from its end. */
const STREET_LINE_WORDS = 8;

/**
 * An unknown town (words English lacks, no frequent person name) said right after the
 * street line and ending the address: the turn ends after it, or an ordinary word follows ("... twelve
 * a penvarra thanks", "... lvl three kelmora | okay"). Nothing else marks where a street line ends in
 * raw ASR, and most of the world's addresses put the town right after the street. Written text
 * that runs the lines on without a comma reads the same way, the town capitalised and a lower-case
 * word after it.
 */
function lastTownAt(v: AddressView, k: number, it: Item): boolean {
  if (it.kind !== 'name' || it.strong || it.lower === true || it.end - k > MAX_LAST_TOWN_WORDS) return false;
  // written: the town's lines given as one run ("9 Belmiro Drive Lorvenne until June"), the name
  // capitalised inside its sentence and what follows in lower case
  if (v.formatted && !capitalised(v, k)) return false;
  for (let m = k; m < it.end; m++) {
    const t = v.ctx.tokens[m] ?? '';
    // an English word ("barefooted", "southbound") or a frequent person name is no unknown town
    if (runAt(v.ctx.spoken, m) || isFrequentName(t) || englishLevel(t) !== undefined || t.length < 3)
      return false;
  }
  // the street line has its number ("... lane twelve a", "twelve quillon lane"): a street read
  // without one needs a stronger tail
  let numbered = false;
  for (let m = k - 1; m >= Math.max(0, k - STREET_LINE_WORDS) && sameTurn(v, m, k) && !numbered; m--)
    numbered = runAt(v.ctx.spoken, m) !== undefined || /^\d/.test(v.ctx.tokens[m] ?? '');
  if (!numbered) return false;
  const next = skip(v, it.end);
  if (next >= v.n || !sameTurn(v, k, next)) return true;
  const t = v.ctx.tokens[next] ?? '';
  if (v.formatted && /^\p{Lu}/u.test(raw(v, next))) return false;
  return !runAt(v.ctx.spoken, next) && (isFunctionWord(t) || isCommonWord(t));
}

/** Highest district number a city line is read with ("Praha 22", "Dublin 24", "Wien 23"). */
const MAX_CITY_DISTRICT = 24;

/**
 * Prague, Dublin, Vienna, Budapest, Ho Chi Minh City and others number their districts and write
 * the number after the city's name ("Praha 2", "Dublin 4"). A small number right after a listed
 * city (`at`: the word after it), written in the same line, that ends the line (a comma or sentence
 * end, the end of the turn, a country after it): the index after it, else -1.
 */
function cityDistrictEnd(v: AddressView, at: number, countries: readonly string[] | undefined): number {
  if (at >= v.n || at < 1 || !sameTurn(v, at - 1, at) || /[,.;:]$/.test(raw(v, at - 1))) return -1;
  let after: number;
  // Copenhagen and Aarhus write a district letter after the town ("1620 København V", "8000 Aarhus C")
  const letter = v.formatted ? raw(v, at).replace(/[,.]$/, '') : (v.ctx.tokens[at] ?? '').toUpperCase();
  if (countries?.includes('DK') && DANISH_DISTRICTS.has(letter)) {
    after = at + 1;
    if (v.formatted && /[,.;]$/.test(raw(v, at))) return after;
  } else if (v.formatted) {
    const m = /^(\d{1,2})[,.]?$/.exec(raw(v, at));
    if (!m || +m[1]! < 1 || +m[1]! > MAX_CITY_DISTRICT) return -1;
    after = at + 1;
    if (/[,.;]$/.test(raw(v, at))) return after;
  } else {
    const run = runAt(v.ctx.spoken, at);
    if (!run || run.startWord !== at || !/^\d{1,2}$/.test(run.text)) return -1;
    if (+run.text < 1 || +run.text > MAX_CITY_DISTRICT) return -1;
    after = run.endWord;
  }
  if (after >= v.n || !sameTurn(v, at, after)) return after;
  if (countryAt(v, after, true) || postcodeItem(v, after)) return after;
  // "... Praha 2 thanks", "... praha two before friday": a closing word or a function word after it
  // ("Praha 2 weeks ago" is a time)
  const next = v.ctx.tokens[after] ?? '';
  if (v.formatted && /^\p{Lu}/u.test(raw(v, after))) return -1;
  if (TIME_UNITS.has(next)) return -1;
  return DISTRICT_CLOSERS.has(next) || (isFunctionWord(next) && !runAt(v.ctx.spoken, after)) ? after : -1;
}

/** The line ends at `at`: the turn or sentence ends, or a closing or function word follows ("..., Lorvenne thanks"). */
/**
 * "Zhongshan Dist., Taipei City 104": a short postcode (Taiwan's three digits) of the same country
 * right after its listed city or region, closing the line; Taiwan writes the postcode last.
 */
function ownShortPostcode(v: AddressView, it: Item, prev: Item | undefined, end: number): boolean {
  if (!v.formatted || it.strong || it.end !== end + 1 || !prev?.strong || prev.end !== end) return false;
  if ((it.kind !== 'postcode' && it.kind !== 'number') || (prev.kind !== 'city' && prev.kind !== 'region'))
    return false;
  const digits = raw(v, end);
  if (!/^\d{3}$/.test(digits)) return false;
  const own = postcodeCountries(digits).some((c) => prev.countries?.includes(c));
  return own && (closesLine(v, it.end) || endsItem(v, end));
}

function closesLine(v: AddressView, at: number): boolean {
  if (at >= v.n || !sameTurn(v, at - 1, at) || partEnds(v, at - 1)) return true;
  const next = v.ctx.tokens[at] ?? '';
  return DISTRICT_CLOSERS.has(next) || (isFunctionWord(next) && !runAt(v.ctx.spoken, at));
}

const DANISH_DISTRICTS = new Set(['C', 'K', 'V', 'N', 'S', 'Ø', 'SV', 'NV', 'NØ', 'SØ']);
const DISTRICT_CLOSERS = new Set('thanks thank okay ok please yes right'.split(' '));
/** Words that make the number after a town a span of time ("Dublin 4 years ago"). */
const TIME_UNITS = new Set('years year months month weeks week days day hours hour minutes times'.split(' '));

export interface Tail {
  end: number;
  items: Item[];
}

/**
 * The tail after an address part ending at `from` (exclusive): items in sequence, weak ones kept
 * only when confirmed. `streetBefore`: the tail follows a street, so a first weak item after a
 * comma counts ("Kharrub Street, Tulkarm"). `newSentence`: `from` opens a sentence after an address
 * that ended at a sentence end. Returns the end of the last accepted item, or -1.
 */
export function tailAt(v: AddressView, from: number, streetBefore: boolean, newSentence = false): Tail {
  const items: Item[] = [];
  let end = -1;
  let k = from;
  const speakerWord = newSentence ? from : from - 1;
  for (let n = 0; n < 8; n++) {
    const last = (end > 0 ? end : from) - 1;
    // `newSentence`: the tail opens a sentence of its own (the one before it ended), also after a
    // weak item not yet confirmed ("| okay | Lorvenne, Suriname")
    if (last >= 0 && partEnds(v, last) && !(newSentence && end < 0)) break;
    k = skip(v, k);
    if (k >= v.n || (speakerWord >= 0 && !sameTurn(v, speakerWord, k))) break;
    // a weak name is a city only after a comma (a new address line)
    const afterComma = last >= 0 && endsItem(v, last);
    // "... schaan liechtenstein mobile six three four", "..., Tarnmoor. Tel 0740 ...": a contact
    // label, not a place
    if (contactLabel(v, k)) break;
    let it =
      longPostcodeAfter(v, k) ?? lettersPostcodeAfter(v, k, prevPlace(items, end, k)) ?? itemAt(v, k, true);
    // raw ASR: a country named by an English word right after an accepted place ("sekong laos")
    if (!v.formatted && !it?.strong && skip(v, end > 0 ? end : from) === k) it = countryAt(v, k, true) ?? it;
    // raw ASR, "... vesquin street | halvering bigaan": an unknown district, then a listed town, right
    // after the street and ending the address (no number said after it: "... solo nineteen eighty")
    if (!v.formatted && streetBefore && n === 0 && it?.kind === 'name' && !it.strong && it.end - k === 2) {
      const town = cityAt(v, it.end - 1);
      if (town?.end === it.end && !runAt(v.ctx.spoken, it.end)) it = { ...town };
    }
    it ??= oneLetterRegionAt(v, k, items[items.length - 1], end > 0 ? end : from);
    // "... 96952 Mobile: +1 670": a form label, not a place (Mobile, Alabama); "Home phone:" too
    if (!it || /:$/.test(raw(v, it.end - 1)) || phoneKindBeforeLabel(v, it.end - 1)) break;
    // raw ASR, "penvarra street kitts and nevis": "St." read as "street" ends a place the lists lack
    // and opens the country ("Penvarra, St. Kitts and Nevis"); both are one item
    if (!it.strong && it.end - 1 > k && SAINT_READINGS.has(v.folded[it.end - 1] ?? '')) {
      const saint = countryAt(v, it.end - 1);
      if (saint) it = { ...saint };
    }
    // "Orlanda plads 12, 271 Penvarra", "Kestrova 63, Brastow 624": a three-digit postcode and its
    // town as the line right after the street
    const short = v.formatted && streetBefore && n === 0 && afterComma ? shortPostcodeLineAt(v, k) : -1;
    if (short > 0) {
      items.push({ end: short, strong: false, kind: 'name' });
      end = k = short;
      continue;
    }
    // "00-590 Warszawa": a postcode + city line, whether the lists know the city or not
    const afterPostcode = it.kind === 'name' && items[items.length - 1]?.kind === 'postcode' && end === k;
    // "Saint Sampson, Guernsey GY2", "guernsey g y two": a postcode district right after a known
    // place (spelled in raw ASR: two letters, "a one" is too common a sound)
    const prev = items[items.length - 1];
    const district =
      it.kind === 'postcode' && !it.strong && prev?.strong === true && prev.end === end
        ? districtEnd(v, k, it.end)
        : -1;
    items.push(it);
    if (afterPostcode) end = it.end;
    // after a city or region the district must end the line ("Leeds, A1 motorway" is a road)
    const lineEnds =
      district > 0 && (district >= v.n || partEnds(v, district - 1) || endsItem(v, district - 1));
    if (district > 0 && (prev?.kind === 'country' || lineEnds)) end = district;
    // "debrecen h b": a region code spelled right after a known town of the same country
    const spelledRegion =
      it.kind === 'region' &&
      (prev?.kind === 'city' || prev?.kind === 'region') &&
      prev.end === end &&
      it.countries?.some((c) => prev.countries?.includes(c)) === true;
    if (
      it.strong ||
      spelledRegion ||
      (streetBefore && n === 0 && afterComma && it.kind === 'name' && it.lower !== true) ||
      // "Alameda Quillon 12a, 87129-Tovarre": a postcode joined to its town, the line after the street
      (streetBefore &&
        n === 0 &&
        afterComma &&
        it.kind === 'postcode' &&
        GLUED_POSTCODE_TOWN.test(raw(v, k))) ||
      (streetBefore && n === 0 && lastTownAt(v, k, it)) ||
      ownShortPostcode(v, it, prev, end) ||
      // "12 Orlanda Road, Halvering, Lorvenne", "27 Vesquin Street, Ikeja, Marvessa": the town the
      // lists lack after the district line that followed the street, closing what is said
      (streetBefore &&
        n > 0 &&
        n <= 2 &&
        afterComma &&
        prev !== undefined &&
        prev.end === end &&
        prev.kind !== 'country' &&
        prev.kind !== 'postcode' &&
        lastTownAt(v, k, it) &&
        closesLine(v, it.end)) ||
      it.kind === 'unit' ||
      it.kind === 'locality'
    ) {
      if (it.strong || it.kind !== 'name') end = it.end;
      else end = it.end;
    }
    // "120 00 Praha 2", "Dublin 4": the numbered district of a listed city, closing its line
    // (a city that names its county or parish too is read as the region: "Dublin 2", "Kingston 6")
    const town = it.kind === 'city' ? it : it.kind === 'region' && end === it.end ? cityAt(v, k) : undefined;
    const numbered = town?.end === it.end && end === it.end ? cityDistrictEnd(v, it.end, town.countries) : -1;
    if (numbered > 0) {
      end = k = numbered;
      continue;
    }
    k = it.end;
  }
  // weak items after the last strong one are dropped: end already stops at the last accepted item
  return { end, items };
}
