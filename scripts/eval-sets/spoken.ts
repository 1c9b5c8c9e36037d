/**
 * How a caller says written text: the raw-ASR rendering of one formatted piece (lower case, no
 * punctuation, numbers and emails as words). The context type decides how numbers are read:
 * phone, account and SSN digits one by one (with "oh"/"zero", "double", "triple" varied), house
 * numbers in natural groups ("fourteen twenty seven"), postcodes digit by digit, birth dates as
 * "march fifteenth nineteen eighty four", other numbers as people read them. Variants are chosen
 * with the call's seeded generator, so the output is deterministic.
 */
import type { EntityType } from '../../src/types.js';
import type { Rng } from './rng.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
};
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Natural cardinal: 1427 -> "one thousand four hundred twenty seven". */
export function cardinalWords(n: number): string[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a natural number: ${n}`);
  if (n < 10) return [UNITS[n]!];
  if (n < 20) return [TEENS[n - 10]!];
  if (n < 100) return n % 10 === 0 ? [TENS[n / 10]!] : [TENS[Math.floor(n / 10)]!, UNITS[n % 10]!];
  const scales: [number, string][] = [
    [1_000_000_000, 'billion'],
    [1_000_000, 'million'],
    [1000, 'thousand'],
    [100, 'hundred'],
  ];
  for (const [value, name] of scales) {
    if (n >= value) {
      const rest = n % value;
      return [...cardinalWords(Math.floor(n / value)), name, ...(rest ? cardinalWords(rest) : [])];
    }
  }
  throw new Error('unreachable');
}

/** Ordinal: 3 -> "third", 21 -> "twenty first", 40 -> "fortieth". */
export function ordinalWords(n: number): string[] {
  const words = cardinalWords(n);
  const last = words.at(-1)!;
  const ordinal = ORDINAL_UNITS[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...words.slice(0, -1), ordinal];
}

/** A year as said: 1984 -> "nineteen eighty four", 2009 -> "two thousand nine" or "two thousand and nine". */
export function yearWords(year: number, rng: Rng): string[] {
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (year >= 2000 && year < 2010) {
    return rng.chance(0.3) ? ['two', 'thousand', 'and', ...cardinalWords(lo)] : cardinalWords(year);
  }
  if (year >= 2010 && year < 2100 && rng.chance(0.5)) return cardinalWords(year);
  if (lo === 0) return [...cardinalWords(hi), 'hundred'];
  return [...cardinalWords(hi), ...(lo < 10 ? ['oh', UNITS[lo]!] : cardinalWords(lo))];
}

/** Digits one by one, with "oh"/"zero" and "double"/"triple" for runs varied per call. */
export function digitWords(digits: string, rng: Rng, options: { repeats?: boolean } = {}): string[] {
  const zero = rng.chance(0.7) ? 'oh' : 'zero';
  const useRepeats = options.repeats ?? rng.chance(0.5);
  const words: string[] = [];
  let i = 0;
  while (i < digits.length) {
    const d = digits[i]!;
    let run = 1;
    while (digits[i + run] === d) run++;
    const word = d === '0' ? zero : UNITS[Number(d)]!;
    if (useRepeats && run >= 2) {
      const take = run >= 3 && rng.chance(0.5) ? 3 : 2;
      words.push(take === 3 ? 'triple' : 'double', word);
      i += take;
      continue;
    }
    words.push(word);
    i++;
  }
  return words;
}

/** A house or building number in natural groups: 12 -> "twelve", 1427 -> "fourteen twenty seven", 1005 -> "ten oh five". */
export function houseNumberWords(digits: string, rng: Rng): string[] {
  const n = Number(digits);
  if (digits.startsWith('0') || digits.length > 4) return digitWords(digits, rng, { repeats: false });
  if (n < 100) return cardinalWords(n);
  if (digits.length === 3) {
    if (n % 100 === 0 || rng.chance(0.3)) return cardinalWords(n);
    const lo = n % 100;
    return [UNITS[Math.floor(n / 100)]!, ...(lo < 10 ? ['oh', UNITS[lo]!] : cardinalWords(lo))];
  }
  const hi = Math.floor(n / 100);
  const lo = n % 100;
  if (hi % 10 === 0 || rng.chance(0.2)) return cardinalWords(n);
  if (lo === 0) return [...cardinalWords(hi), 'hundred'];
  return [...cardinalWords(hi), ...(lo < 10 ? ['oh', UNITS[lo]!] : cardinalWords(lo))];
}

/** Lower case, diacritics removed from Latin letters (as an English ASR engine writes names); other scripts kept. */
export function asrLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[Øø]/g, 'o')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Łł]/g, 'l')
    .replace(/[Đđ]/g, 'd')
    .replace(/[Þþ]/g, 'th')
    .replace(/ı/g, 'i')
    .toLowerCase();
}

/** Letters said one by one: "SW" -> "s w". */
const spellLetters = (text: string): string[] => [...asrLetters(text)].filter((c) => /\p{L}/u.test(c));

const ABBREVIATIONS: Record<string, string> = {
  mr: 'mister',
  mrs: 'missus',
  ms: 'miss',
  dr: 'doctor',
  prof: 'professor',
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  rd: 'road',
  blvd: 'boulevard',
  ln: 'lane',
  apt: 'apartment',
  ste: 'suite',
  hwy: 'highway',
  pkwy: 'parkway',
  ct: 'court',
  pl: 'place',
  sq: 'square',
  str: 'strasse',
  no: 'number',
  nr: 'number',
  tel: 'telephone',
  ext: 'extension',
  mt: 'mount',
  ft: 'fort',
};
/** Abbreviations said in full only when written with a period or inside an address ("Apt 4"). */
function expandAbbreviation(
  word: string,
  hadPeriod: boolean,
  type: EntityType | undefined,
): string | undefined {
  const key = word.toLowerCase();
  const full = ABBREVIATIONS[key];
  if (!full) return undefined;
  if (key === 'dr' && type === 'ADDRESS') return 'drive';
  if (key === 'no' && !hadPeriod) return undefined; // the word "no"
  if (hadPeriod || type === 'ADDRESS') return full;
  return ['mr', 'mrs', 'dr'].includes(key) ? full : undefined;
}

const EMAIL_RE = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}$/u;
const URL_RE = /^(https?:\/\/|www\.)\S+$|^[\w-]+(\.[\w-]+)*\.[a-z]{2,}\/\S*$/i;

/** "jane.doe7@mail.example.de" -> "jane dot doe seven at mail dot example dot d e". */
export function emailWords(email: string, rng: Rng): string[] {
  const words: string[] = [];
  const [local = '', domain = ''] = email.split('@');
  const part = (text: string, isTld: boolean): void => {
    for (const chunk of text.match(/\p{L}+|\p{N}+/gu) ?? []) {
      if (/^\p{N}+$/u.test(chunk)) words.push(...digitWords(chunk, rng, { repeats: false }));
      else if (isTld && chunk.length === 2) words.push(...spellLetters(chunk));
      else if (chunk.toLowerCase() !== 'co' && (chunk.length <= 2 || !/[aeiouy]/i.test(chunk))) {
        words.push(...spellLetters(chunk));
      } else words.push(asrLetters(chunk));
    }
  };
  const SEPARATORS: Record<string, string> = { '.': 'dot', _: 'underscore', '-': 'dash', '+': 'plus' };
  const speakSide = (side: string, isDomain: boolean): void => {
    const pieces = side.split(/([._+-])/);
    pieces.forEach((p, i) => {
      if (SEPARATORS[p]) words.push(SEPARATORS[p]);
      else if (p) part(p, isDomain && i === pieces.length - 1);
    });
  };
  speakSide(local, false);
  words.push('at');
  speakSide(domain, true);
  return words;
}

/** A numeric birth date (1984-03-15, 03/15/1984, 15.03.1984) as said, or undefined. */
function numericDateWords(token: string, rng: Rng): string[] | undefined {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(token);
  let year: number, month: number, day: number;
  if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(token);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = Number(m[2]);
    // Day first where the first number cannot be a month or the dots say European style.
    const dayFirst = a > 12 || token.includes('.');
    [month, day] = dayFirst ? [b, a] : [a, b];
    year = Number(m[3]);
    if (m[3]!.length === 2) year += year > 30 ? 1900 : 2000;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const monthName = MONTHS[month - 1]!;
  const dayWords = ordinalWords(day);
  const said = rng.chance(0.5) ? [monthName, ...dayWords] : ['the', ...dayWords, 'of', monthName];
  return [...said, ...yearWords(year, rng)];
}

/** A plain number token ("1,200", "3.5", "1984", "15th", "10:30") as said outside identifiers. */
function numberTokenWords(
  token: string,
  rng: Rng,
  type: EntityType | undefined,
  afterMonth: boolean,
): string[] {
  const ordinal = /^(\d+)(st|nd|rd|th)$/i.exec(token);
  if (ordinal) return ordinalWords(Number(ordinal[1]));
  if (/^\d{1,3}(,\d{3})+$/.test(token)) return cardinalWords(Number(token.replace(/,/g, '')));
  const decimal = /^(\d+)\.(\d+)$/.exec(token);
  if (decimal && type !== 'ADDRESS') {
    return [
      ...cardinalWords(Number(decimal[1])),
      'point',
      ...digitWords(decimal[2]!, rng, { repeats: false }),
    ];
  }
  const time = /^(\d{1,2}):(\d{2})$/.exec(token);
  if (time) {
    const mins = Number(time[2]);
    const minWords = mins === 0 ? [] : mins < 10 ? ['oh', UNITS[mins]!] : cardinalWords(mins);
    return [...cardinalWords(Number(time[1])), ...minWords];
  }
  if (!/^\d+$/.test(token)) {
    // Mixed separators ("12/3", "4-6", "2.5.1"): each group on its own.
    return (token.match(/\d+|\p{L}+/gu) ?? []).flatMap((g) =>
      /^\d+$/.test(g) ? numberTokenWords(g, rng, type, false) : [asrLetters(g)],
    );
  }
  const n = Number(token);
  if (type === 'DATE_OF_BIRTH' && afterMonth && n >= 1 && n <= 31) {
    return rng.chance(0.7) ? ordinalWords(n) : cardinalWords(n);
  }
  if (token.length === 4 && n >= 1100 && n < 2100 && type !== 'ADDRESS') return yearWords(n, rng);
  if (type === 'ADDRESS') {
    return token.length <= 4 && !token.startsWith('0') && rng.chance(0.8)
      ? houseNumberWords(token, rng)
      : digitWords(token, rng, { repeats: false });
  }
  if (token.startsWith('0') || token.length > 6) return digitWords(token, rng);
  return cardinalWords(n);
}

/** Digits of an identifier (phone, account, SSN) group by group, letters spelled, "+" as "plus". */
function identifierWords(token: string, rng: Rng, repeats: boolean): string[] {
  const words: string[] = [];
  for (const chunk of token.match(/\+|\p{L}+|\p{N}+/gu) ?? []) {
    if (chunk === '+') words.push('plus');
    else if (/^\p{N}+$/u.test(chunk)) {
      if (chunk.length === 2 && !chunk.startsWith('0') && rng.chance(0.15))
        words.push(...cardinalWords(Number(chunk)));
      else words.push(...digitWords(chunk, rng, { repeats }));
    } else {
      const lower = chunk.toLowerCase();
      if (lower === 'ext' || lower === 'x' || lower === 'extension') words.push('extension');
      else if (lower === 'ssn') words.push('s', 's', 'n');
      else if (chunk.length <= 4 || chunk === chunk.toUpperCase()) words.push(...spellLetters(chunk));
      else words.push(asrLetters(chunk));
    }
  }
  return words;
}

const SYMBOL_WORDS: Record<string, string> = {
  '&': 'and',
  '%': 'percent',
  '@': 'at',
  '+': 'plus',
  '#': 'number',
};

export interface SpeakState {
  /** the previous spoken word, for "march 15" -> "march fifteenth" */
  previous?: string;
  /** identifiers of this call use "double"/"triple" */
  repeats: boolean;
}

/**
 * The spoken words of one whitespace token of formatted text, read in the context of the entity it
 * belongs to (or none). Returns [] for punctuation-only tokens.
 */
export function speakToken(
  token: string,
  type: EntityType | undefined,
  rng: Rng,
  state: SpeakState,
): string[] {
  const core = token.replace(/^[\s"“”‘'«»([{¿¡*]+/u, '').replace(/[\s"“”’'»)\]}.,;:!?*…]+$/u, '');
  const hadPeriod = /\.[)"'”’]*$/.test(token);
  if (core === '') return Object.entries(SYMBOL_WORDS).flatMap(([s, w]) => (token === s ? [w] : []));
  if (type === 'EMAIL' || EMAIL_RE.test(core)) {
    return EMAIL_RE.test(core)
      ? emailWords(core, rng)
      : (core.match(/\p{L}+|\p{N}+/gu) ?? []).map(asrLetters);
  }
  if (URL_RE.test(core)) {
    return core
      .replace(/^https?:\/\//i, '')
      .split(/([./])/)
      .flatMap((p) =>
        p === '.' ? ['dot'] : p === '/' ? ['slash'] : p === 'www' ? ['w', 'w', 'w'] : [asrLetters(p)],
      )
      .flatMap(clean);
  }
  if (type === 'PHONE_NUMBER' || type === 'ACCOUNT_NUMBER' || type === 'US_SSN') {
    // Digits, "+", and the capital-letter groups of an IBAN ("YXFE") are said one by one.
    if (/\p{N}/u.test(core) || core === '+' || /^\p{Lu}{1,6}$/u.test(core)) {
      return identifierWords(token, rng, state.repeats);
    }
  }
  if (type === 'DATE_OF_BIRTH') {
    const date = numericDateWords(core, rng);
    if (date) return date;
  }
  const money = /^([$€£¥])([\d,.]+)$/.exec(core);
  if (money) {
    const currency = { $: 'dollars', '€': 'euros', '£': 'pounds', '¥': 'yen' }[money[1]!]!;
    return [...numberTokenWords(money[2]!, rng, undefined, false), currency];
  }
  const words: string[] = [];
  // Split into letters (with inner apostrophes), digit groups (with inner separators) and symbols.
  const parts =
    core.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*(?:st|nd|rd|th)?|[&%@+#]/giu) ??
    [];
  const alphanumeric = /\p{L}/u.test(core) && /\p{N}/u.test(core) && !/[-/]/.test(core) && parts.length > 1;
  for (const part of parts) {
    if (SYMBOL_WORDS[part]) words.push(SYMBOL_WORDS[part]);
    else if (/^\p{N}/u.test(part)) {
      if (alphanumeric) words.push(...digitWords(part.replace(/\D/g, ''), rng, { repeats: false }));
      else words.push(...numberTokenWords(part, rng, type, MONTHS.includes(state.previous ?? '')));
    } else if (
      (alphanumeric && part.length <= 3) ||
      (/^\p{Lu}{2,3}$/u.test(part) && (type === 'ADDRESS' || rng.chance(0.5)))
    ) {
      // Postcodes, units and codes: "SW1A" -> "s w one a", "1012 AB" -> "... a b", "NY" -> "n y".
      // Other short capitals are spelled in half the cases ("BBC" -> "b b c" or "bbc", "SSN",
      // a surname written "VU" in a form), as ASR engines write them either way.
      words.push(...spellLetters(part));
    } else {
      const full = expandAbbreviation(part, hadPeriod && part === parts.at(-1), type);
      words.push(full ?? asrLetters(part).replace(/’/g, "'"));
    }
    state.previous = words.at(-1);
  }
  if (words.length) state.previous = words.at(-1);
  return words.flatMap(clean);
}

/** Only letters, digits and apostrophes stay in a raw-ASR word; a word left empty is dropped. */
function clean(word: string): string[] {
  return word.split(/[^\p{L}\p{N}']+/u).filter((w) => w !== '' && w !== "'");
}
