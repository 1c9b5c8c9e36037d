/**
 * Postcodes of every country, validated with the per-country patterns of `postcode-validator`
 * (MIT, maintained). A spoken postcode has no separators ("s w one a one a a", "ten six one
 * three"), so each country's pattern is also compiled in a compact form with its separators
 * (space, hyphen) removed, and candidates are compared compactly: "SW1A 1AA" and "sw1a1aa" are
 * the same GB postcode, "01310-100" and "zero one three one oh one oh oh" the same BR one.
 *
 * Whether a postcode counts is the grammar's decision (address.ts): a bare 4-5 digit number is
 * valid in dozens of countries and is an address only next to a street, a city or a cue.
 */
import { createRequire } from 'node:module';
import type { DetectionContext } from '../types.js';
import { runAt, type SpokenChunk, type SpokenRuns } from '../../transcript/spoken-view.js';
import { FILLERS } from '../gazetteer/common-words.js';
import { readWordList } from '../lexicon-files.js';
import { BRITISH_SYSTEM, inwardOrdinalPiece } from './asr-inward-ordinal.js';

const require = createRequire(import.meta.url);
// the package's ESM build has extensionless imports that Node cannot load: use its CJS build
const { POSTCODE_REGEXES } = require('postcode-validator/lib/cjs/postcode-regexes.js') as {
  POSTCODE_REGEXES: Map<string, RegExp>;
};

/** Pseudo-countries of the package that accept anything or duplicate another. */
const SKIP = new Set(['INTL', 'UK']);

/**
 * The pattern with its separators removed: optional or required spaces and hyphens (`[ ]?`,
 * `\s*`, `[ \-]`, a literal "-" or " "), so it matches the separator-free form of a postcode.
 */
export function compactPattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 's' || next === '-') {
        i += 1 + quantifierLength(source, i + 2);
        continue;
      }
      out += ch + next;
      i++;
      continue;
    }
    if (ch === '[') {
      const close = classEnd(source, i);
      const body = source.slice(i + 1, close);
      if (/^(?:[ -]|\\-|\\s)+$/.test(body)) {
        i = close + quantifierLength(source, close + 1);
        continue;
      }
      out += source.slice(i, close + 1);
      i = close;
      continue;
    }
    if (ch === '(' && /^\((?:\[ \]|[ -]|\\-)\)/.test(source.slice(i))) {
      const close = source.indexOf(')', i);
      i = close + quantifierLength(source, close + 1);
      continue;
    }
    if (ch === ' ' || ch === '-') {
      i += quantifierLength(source, i + 1);
      continue;
    }
    out += ch;
  }
  return out;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}

/** Length of a quantifier (`?`, `*`, `{1}`) at i that belonged to a removed separator. */
function quantifierLength(source: string, i: number): number {
  const ch = source[i];
  if (ch === '?' || ch === '*' || ch === '+') return 1;
  if (ch === '{') {
    const close = source.indexOf('}', i);
    return close > 0 ? close - i + 1 : 0;
  }
  return 0;
}

interface CountryPattern {
  country: string;
  compact: RegExp;
  written: RegExp;
  /** index of the compact pattern in the distinct patterns of shapeIndex() */
  distinct: number;
}

let patterns: CountryPattern[] | undefined;
let byCountry: Map<string, CountryPattern> | undefined;

function countryPatterns(): CountryPattern[] {
  if (!patterns) {
    patterns = [];
    const distinct = new Map<string, number>();
    for (const [country, re] of countryRegexes()) {
      const source = compactPattern(re.source);
      let d = distinct.get(source);
      if (d === undefined) distinct.set(source, (d = distinct.size));
      patterns.push({ country, compact: new RegExp(source, 'i'), written: re, distinct: d });
    }
    byCountry = new Map(patterns.map((p) => [p.country, p]));
  }
  return patterns;
}

/**
 * lexicons/address/postcode-forms.txt: forms a country uses besides the package's pattern
 * (libaddressinput's: Mauritius "742CU001", British forces "BFPO 123"), by country.
 */
function extraForms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of readWordList('address/postcode-forms.txt')) {
    const [cc = '', form = ''] = e.split(/\s*;\s*/);
    if (cc && form) out.set(cc, [...(out.get(cc) ?? []), form]);
  }
  return out;
}

/**
 * Each country's written postcode pattern: the package's, with the forms of postcode-forms.txt
 * (alone for a country the package lacks).
 */
export function countryRegexes(): [string, RegExp][] {
  const extra = extraForms();
  const out = [...POSTCODE_REGEXES]
    .filter(([country]) => !SKIP.has(country))
    .map(([country, base]): [string, RegExp] => {
      const more = extra.get(country);
      return [country, more ? new RegExp(`${base.source}|^(?:${more.join('|')})$`, base.flags || 'i') : base];
    });
  // a country the package has no pattern for (Ghana's digital address)
  for (const [country, forms] of extra)
    if (!POSTCODE_REGEXES.has(country)) out.push([country, new RegExp(`^(?:${forms.join('|')})$`, 'i')]);
  return out;
}

const patternOf = (country: string): CountryPattern | undefined => {
  countryPatterns();
  return byCountry!.get(country);
};

/**
 * The compact patterns read over the shape of a key: each character a digit ("0") or a letter
 * ("a"). Half the countries share a pattern ("^\d{5}$" alone serves 41), and most patterns fail
 * on a key's shape already (a five-digit key is tested against the dozen patterns that take five
 * digits, not against 185 countries). Per distinct pattern:
 * - `shape`: the pattern with each one-character atom (a class, an escape, a literal) replaced by
 *   the kinds of character ([0-9] or [A-Z], case-insensitive) it takes and its lookaheads dropped:
 *   it takes the shape of every key the pattern takes (it may take more);
 * - `exact`: every atom takes all digits, all letters or both, and there is no lookahead: the
 *   shape decides alone, the pattern itself need not be tested.
 * A pattern this reading does not understand keeps `shape` null: it is always tested.
 */
interface ShapePattern {
  compact: RegExp;
  shape: RegExp | null;
  exact: boolean;
}

let shapePatterns: ShapePattern[] | undefined;

function shapeIndex(): ShapePattern[] {
  if (!shapePatterns) {
    const out: ShapePattern[] = [];
    for (const p of countryPatterns()) {
      if (out[p.distinct]) continue;
      out[p.distinct] = { compact: p.compact, ...shapeOf(p.compact.source) };
    }
    shapePatterns = out;
  }
  return shapePatterns;
}

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** `source` read over key shapes (see ShapePattern); shape null when a construct is not understood. */
export function shapeOf(source: string): { shape: RegExp | null; exact: boolean } {
  let out = '';
  let exact = true;
  const atom = (text: string): void => {
    const re = new RegExp(`^(?:${text})$`, 'i');
    let digits = 0;
    let letters = 0;
    for (const ch of DIGITS) if (re.test(ch)) digits++;
    for (const ch of LETTERS) if (re.test(ch)) letters++;
    if ((digits > 0 && digits < DIGITS.length) || (letters > 0 && letters < LETTERS.length)) exact = false;
    out += digits > 0 && letters > 0 ? '[0a]' : digits > 0 ? '0' : letters > 0 ? 'a' : '(?!)';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1];
      // a back reference or a word boundary is not one character
      if (next === undefined || /[1-9bBk]/.test(next)) return { shape: null, exact: false };
      atom(source.slice(i, i + 2));
      i++;
    } else if (ch === '[') {
      const close = classEnd(source, i);
      atom(source.slice(i, close + 1));
      i = close;
    } else if (ch === '(') {
      if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        // a lookahead only narrows what the pattern takes: dropped
        const close = groupEnd(source, i);
        if (close < 0) return { shape: null, exact: false };
        exact = false;
        i = close;
      } else if (source.startsWith('(?:', i)) {
        out += '(?:';
        i += 2;
      } else if (source[i + 1] === '?') {
        return { shape: null, exact: false }; // a lookbehind or a named group
      } else out += '(?:';
    } else if (ch === '{') {
      const q = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
      if (!q) return { shape: null, exact: false };
      out += q[0];
      i += q[0].length - 1;
    } else if (')|^$?*+'.includes(ch)) out += ch;
    else if (ch === '.') atom('[\\s\\S]');
    else atom(ch.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'));
  }
  try {
    return { shape: new RegExp(out), exact };
  } catch {
    return { shape: null, exact: false };
  }
}

/** End of the group opening at `open` (its closing bracket), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '[') i = classEnd(source, i);
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

const DIGIT_G = /[0-9]/g;
const CAPITAL_G = /[A-Z]/g;

/** Per key shape ("00000", "aa0a0aa"): the distinct patterns that may take it, and which take it for sure. */
const byShape = new Map<string, { maybe: number[]; sure: boolean[] }>();

/** Which distinct patterns take `key` (digits and capital letters only): true per pattern index. */
function patternsTaking(key: string): boolean[] {
  const shape = key.replace(DIGIT_G, '0').replace(CAPITAL_G, 'a');
  let entry = byShape.get(shape);
  if (!entry) {
    const maybe: number[] = [];
    const sure: boolean[] = [];
    shapeIndex().forEach((p, d) => {
      if (p.shape === null || p.shape.test(shape)) {
        if (p.exact) sure[d] = true;
        else maybe.push(d);
      }
    });
    // shapes of 3 to 10 characters of two kinds: a bounded set
    byShape.set(shape, (entry = { maybe, sure }));
  }
  const taking = [...entry.sure];
  const patterns = shapeIndex();
  for (const d of entry.maybe) taking[d] = patterns[d]!.compact.test(key);
  return taking;
}

/** One-letter country prefixes of European postcodes ("D-10115", "F-75002", "A-1010"). */
const CEPT_PREFIXES: Record<string, string> = {
  A: 'AT',
  B: 'BE',
  D: 'DE',
  E: 'ES',
  F: 'FR',
  I: 'IT',
  L: 'LU',
  N: 'NO',
  P: 'PT',
  S: 'SE',
};

/**
 * Memo of postcodeCountries: the same candidates recur within and across calls. Bounded (oldest
 * key dropped first, so a long call of endless digit runs cannot grow it) and compact: the answers
 * are a few hundred distinct country lists, each kept once and shared by every key that has it.
 */
const cache = new Map<string, readonly string[]>();
const CACHE_LIMIT = 4096;
const answers = new Map<string, readonly string[]>();
const NONE: readonly string[] = Object.freeze([]);

function interned(list: string[]): readonly string[] {
  if (list.length === 0) return NONE;
  const key = list.join(',');
  let shared = answers.get(key);
  if (!shared) {
    shared = Object.freeze(list);
    // distinct lists are bounded by the country patterns' combinations seen; cap them all the same
    if (answers.size >= CACHE_LIMIT) answers.clear();
    answers.set(key, shared);
  }
  return shared;
}

/*
 * The expressions read per word and per piece, made once: a regular-expression literal inside a
 * function is a new RegExp object each time it is evaluated, the main garbage of findPostcode.
 */
const HAS_DIGIT = /\d/;
const ALL_DIGITS = /^\d+$/;
const DIGITS_AND_CAPITALS = /^[0-9A-Z]+$/;
const COUNTRY_PREFIXED = /^([A-Z]{1,2})(\d.*)$/;
const PREFIX_BEFORE_DIGITS = /^([A-Z]{1,2})(?=\d)/;
const CAPITALS_WORD = /^[A-Z]{1,4}[,.]?$/;
const ONE_LETTER = /^[a-z]$/;
const TWO_LETTERS = /^[a-z]{2}$/;
const ONE_OR_TWO_LETTERS = /^[a-z]{1,2}$/;
const FOUR_LETTERS = /^[a-z]{4}$/;
const LETTER_I = /[a-z]/i;
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;
const HYPHEN_G = /-/g;
const SENTENCE_END = /[.!?;:]["')\]]*$/u;
const COMMA_END = /,$/;

/** Memo entries held now (for tests). */
export const postcodeCacheSize = (): number => cache.size;
export const POSTCODE_CACHE_LIMIT = CACHE_LIMIT;

/**
 * Countries whose compact pattern takes `key` (upper case), in the package's order: read over the
 * key's shape first when it is digits and capitals only (see ShapePattern), else pattern by pattern.
 */
export function patternCountries(key: string): string[] {
  const out: string[] = [];
  if (DIGITS_AND_CAPITALS.test(key)) {
    const taking = patternsTaking(key);
    for (const p of countryPatterns()) if (taking[p.distinct]) out.push(p.country);
  } else for (const p of countryPatterns()) if (p.compact.test(key)) out.push(p.country);
  return out;
}

/** Countries whose postcode system accepts this separator-free string ("SW1A1AA" -> [GB]). */
export function postcodeCountries(compact: string): readonly string[] {
  // most pieces asked about are too short or long, or have no digit: no key to make or keep
  if (compact.length < 3 || compact.length > 10 || !HAS_DIGIT.test(compact)) return NONE;
  const key = compact.toUpperCase();
  const hit = cache.get(key);
  if (hit) return hit;
  const out = patternCountries(key);
  // a country prefix before the digits: "AZ1014", "LT-02112", "D-10115", "CH-8001"
  const prefixed = COUNTRY_PREFIXED.exec(key);
  const country = prefixed ? (CEPT_PREFIXES[prefixed[1]!] ?? prefixed[1]!) : undefined;
  if (prefixed && country && !out.includes(country)) {
    if (patternOf(country)?.compact.test(prefixed[2]!)) out.push(country);
  }
  const answer = interned(out);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, answer);
  return answer;
}

/** The written form without the country's own prefix before its digits ("SE14205" -> "14205" for SE). */
function withoutPrefix(written: string, country: string): string {
  const m = PREFIX_BEFORE_DIGITS.exec(written.toUpperCase());
  return m && (CEPT_PREFIXES[m[1]!] ?? m[1]) === country ? written.slice(m[1]!.length) : written;
}

/** Is the written form ("SW1A 1AA", "01310-100") exactly as the country's standard writes it? */
export function writtenAsStandard(written: string, country: string): boolean {
  const p = patternOf(country);
  return p !== undefined && p.written.test(written.toUpperCase());
}

/**
 * Countries whose written postcode has the layout of `written` once each capital is read as "A"
 * ("A1I 6U4" as "A1A 6A4", Canada; "P54 01HG" as "A54 01AA", Ireland): a postcode keyed or generated
 * with a letter its country leaves out of that position keeps the country's layout of letters,
 * digits and separator. Capitals and digits only, both present; the caller decides where it counts
 * (after a street line, tail.ts).
 */
export function looselyWrittenCountries(written: string): readonly string[] {
  if (!LOOSE_WRITTEN.test(written) || !HAS_DIGIT.test(written) || !/[A-Z]/.test(written)) return NONE;
  const key = written.replace(CAPITAL_G, 'A');
  const countries = postcodeCountries(key.replace(/[ -]/g, ''));
  return interned(countries.filter((c) => writtenAsStandard(key, c)));
}

const LOOSE_WRITTEN = /^[0-9A-Z]{2,4}(?:[ -][0-9A-Z]{3,4})?$/;

export interface PostcodeMatch {
  /** word range [start, end) */
  start: number;
  end: number;
  /** separator-free text, upper case */
  compact: string;
  /** as written (formatted words joined by single spaces; spoken chunks joined) */
  written: string;
  countries: readonly string[];
  /** has letters as well as digits ("SW1A 1AA", "K1A 0B1", "1012 AB") */
  alphanumeric: boolean;
}

/**
 * The call's chunks in run order, and per word 1 + the index of the chunk that starts there (0:
 * none; a later chunk starting at the same word wins). A typed array per word, not an array of a
 * million slots: `new Array(n)` that large is a dictionary, tens of bytes per entry.
 */
interface ChunkIndex {
  chunks: SpokenChunk[];
  at: Int32Array;
}

const chunkIndex = new WeakMap<SpokenRuns, ChunkIndex>();

/** The spoken-view chunk that starts at word i, if any (indexed once per call: runs can be long). */
export function chunkAt(ctx: DetectionContext, i: number): SpokenChunk | undefined {
  let index = chunkIndex.get(ctx.spoken);
  if (!index) {
    const chunks: SpokenChunk[] = [];
    const at = new Int32Array(ctx.tokens.length);
    for (const run of ctx.spoken.runs)
      for (const c of run.chunks) {
        if (c.startWord >= 0 && c.startWord < at.length) at[c.startWord] = chunks.push(c);
      }
    index = { chunks, at };
    chunkIndex.set(ctx.spoken, index);
  }
  const k = i >= 0 && i < index.at.length ? index.at[i]! : 0;
  return k > 0 ? index.chunks[k - 1] : undefined;
}

const PIECE = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

export interface Piece {
  text: string;
  end: number;
}

/** A written date ("1991-04-07", "07/04/1991", "07.04.91"): its digits are no postcode. */
const WRITTEN_DATE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})[,.;:]?$/;

/** The piece of postcode text starting at word i: a spoken-view chunk, or a short written word. */
function pieceAt(ctx: DetectionContext, i: number, letterWords = false): Piece | undefined {
  if (WRITTEN_DATE.test(ctx.words[i]?.text ?? '')) return undefined;
  const run = runAt(ctx.spoken, i);
  if (run) {
    const chunk = chunkAt(ctx, i);
    if (!chunk) return undefined;
    return { text: chunk.text, end: chunk.endWord };
  }
  const t = ctx.tokens[i] ?? '';
  if (t.length === 0 || t.length > 8 || !PIECE.test(t)) return undefined;
  // a word without digits is a postcode piece only in capitals ("1012 AB", "VLT 1117") or as a
  // letter said alone ("n one four a z": "a" and "i" are words to the spoken view, letters here)
  // (`letterWords`: raw ASR writes a postcode's letter groups as words, "ls six two qt")
  const letters = CAPITALS_WORD.test(ctx.words[i]!.text) || ONE_LETTER.test(ctx.words[i]!.text);
  if (!HAS_DIGIT.test(t) && !letters && !(letterWords && TWO_LETTERS.test(ctx.words[i]!.text)))
    return undefined;
  if (!ASCII.test(t)) return undefined;
  return { text: t.includes('-') ? t.replace(HYPHEN_G, '') : t, end: i + 1 };
}

/** A filler or bare punctuation, unless a spoken value starts there ("oh" is a zero). */
export function isFillerAt(ctx: DetectionContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t === undefined || (t !== '' && !FILLERS.has(t))) return false;
  return chunkAt(ctx, i) === undefined;
}

// a lost line break ("30001???", see view.ts LOST_BREAK) ends the postcode as a comma does
const sentenceEnd = (ctx: DetectionContext, i: number): boolean =>
  SENTENCE_END.test(ctx.words[i]?.text ?? '') || COMMA_END.test(ctx.words[i]?.text ?? '');

/**
 * The longest valid postcode starting at word i (fillers before it skipped): up to `maxPieces`
 * chunks or words of the same speaker, not across a comma or sentence end. Undefined when none.
 */
export function postcodeAt(
  ctx: DetectionContext,
  from: number,
  maxPieces = 7,
  maxSpokenDigits = 6,
  letterWords = false,
): PostcodeMatch | undefined {
  if (maxPieces !== 7 || maxSpokenDigits !== 6 || letterWords) {
    return findPostcode(ctx, from, maxPieces, maxSpokenDigits, letterWords);
  }
  // the address rules ask for the default reading at the same word many times per call
  if (!(from >= 0 && from < ctx.tokens.length)) return findPostcode(ctx, from, 7, 6, false);
  let memo = postcodeMemo.get(ctx);
  if (!memo) postcodeMemo.set(ctx, (memo = { found: [], at: new Int32Array(ctx.tokens.length) }));
  const k = memo.at[from]!;
  if (k > 0) return memo.found[k - 1];
  if (k < 0) return undefined;
  const m = findPostcode(ctx, from, 7, 6, false);
  memo.at[from] = m ? memo.found.push(m) : -1;
  return m;
}

/**
 * The default postcodeAt reading per call and start word: `at[w]` 0 unread, -1 none, else 1 + the
 * index of the match in `found` (a typed array per word, not an array written at random indices).
 */
const postcodeMemo = new WeakMap<DetectionContext, { found: PostcodeMatch[]; at: Int32Array }>();

function findPostcode(
  ctx: DetectionContext,
  from: number,
  maxPieces: number,
  maxSpokenDigits: number,
  letterWords: boolean,
): PostcodeMatch | undefined {
  let i = from;
  while (i < ctx.tokens.length && isFillerAt(ctx, i)) i++;
  const start = i;
  const speaker = ctx.words[start]?.speaker;
  let compact = '';
  let written = '';
  let best: PostcodeMatch | undefined;
  let k = start;
  let writtenPieces = 0;
  for (let p = 0; p < maxPieces && k < ctx.tokens.length; p++) {
    if (ctx.words[k]!.speaker !== speaker) break;
    // raw ASR: the four-letter outward code of a single-postcode territory is said as a word ("fiqq
    // one z z", "tkca one z z"); only that whole form counts (see BOT_FORM below)
    const word =
      p === 0 &&
      ONE.has(ctx.tokens[k + 1] ?? '') &&
      FOUR_LETTERS.test(ctx.words[k]!.text) &&
      !runAt(ctx.spoken, k);
    // (raw ASR "h u five second": a British inward code read as an ordinal, asr-inward-ordinal.ts)
    const ordinal = p > 0 && !word && !runAt(ctx.spoken, k) ? inwardOrdinalPiece(ctx, k, compact) : undefined;
    const piece = word ? { text: ctx.tokens[k]!, end: k + 1 } : (ordinal ?? pieceAt(ctx, k, letterWords));
    if (!piece) break;
    compact += piece.text;
    const isSpoken =
      ordinal !== undefined ||
      (runAt(ctx.spoken, k) !== undefined && !HAS_DIGIT.test(ctx.words[k]!.text)) ||
      (letterWords ? ONE_OR_TWO_LETTERS : ONE_LETTER).test(ctx.words[k]!.text);
    if (!isSpoken) writtenPieces++;
    written += (written && !isSpoken ? ' ' : '') + piece.text;
    if (compact.length > 10 || writtenPieces > 2) break;
    // spoken digits run on into phone numbers: a spoken all-digit postcode has at most 6 digits
    if (isSpoken && ALL_DIGITS.test(compact) && compact.length > maxSpokenDigits) break;
    let countries = postcodeCountries(compact);
    // written words joined only as some country writes them ("105 63", "SW1A 1AA", not "72915 338")
    // ("SE-142 05", "FI-00100": the country's own prefix before its standard form)
    if (writtenPieces > 1 && countries.length > 0) {
      const fit = countries.filter(
        (c) => writtenAsStandard(written, c) || writtenAsStandard(withoutPrefix(written, c), c),
      );
      // the match keeps one shared list per distinct answer (memoised matches held a new list each:
      // ~35 MB on a generated call of a million words)
      countries = fit.length === countries.length ? countries : interned(fit);
    }
    if (word && !BOT_FORM.test(compact)) countries = NONE;
    if (ordinal) countries = interned(countries.filter((c) => BRITISH_SYSTEM.has(c)));
    if (countries.length > 0) {
      best = {
        start,
        end: piece.end,
        compact: compact.toUpperCase(),
        written: written.toUpperCase(),
        countries,
        alphanumeric: HAS_DIGIT.test(compact) && LETTER_I.test(compact),
      };
    }
    if (ordinal || sentenceEnd(ctx, piece.end - 1)) break;
    k = piece.end;
    while (k < ctx.tokens.length && isFillerAt(ctx, k)) k++;
  }
  return best;
}

/** The postcodes of British overseas territories (FIQQ 1ZZ, TKCA 1ZZ, STHL 1ZZ): four letters, 1ZZ. */
const BOT_FORM = /^[a-z]{4}1zz$/i;
const ONE = new Set(['one', '1', '1zz', '1zz,']);

/** The pieces (chunks or short words) from word i, fillers skipped, same speaker: spelled text. */
export function piecesFrom(ctx: DetectionContext, from: number, max: number): Piece[] {
  const out: Piece[] = [];
  let k = from;
  const speaker = ctx.words[from]?.speaker;
  while (out.length < max && k < ctx.tokens.length && ctx.words[k]!.speaker === speaker) {
    const piece = pieceAt(ctx, k);
    if (!piece) break;
    out.push(piece);
    if (sentenceEnd(ctx, piece.end - 1)) break;
    k = piece.end;
    while (k < ctx.tokens.length && isFillerAt(ctx, k)) k++;
  }
  return out;
}
