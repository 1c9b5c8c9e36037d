/**
 * Seeded values: identifiers known before the call is read (a CRM record: the caller's name,
 * phone, account number, address) or listed in the policy's deny list. Every occurrence is
 * redacted, including the shapes ASR gives them:
 * - numbers are compared with the spoken view's runs ("(415) 555-0132" = "four one five five five
 *   five oh one three two"), allowing one wrong digit in numbers of 9+ digits;
 * - words are compared case- and punctuation-blind with one edit for words of 4+ letters (ASR
 *   misspells names), street abbreviations expanded ("Ave" = "avenue"), spelled-out runs
 *   ("o k a f o r") as one word; a name's parts match on their own unless they are everyday words;
 *   an address matches from two consecutive parts on (or its 5-digit zip alone);
 * - emails written or spoken ("jane dot doe at example dot com").
 */
import type { Candidate, EntityType } from '../types.js';
import type { DetectionContext } from './types.js';
import { FILLERS } from '../transcript/spoken-view.js';
import { normaliseToken } from './context.js';
import { isCommonWord } from './gazetteer/common-words.js';
import { numericKey, runKeys } from './propagate.js';

export interface Seed {
  type: EntityType;
  value: string;
}

const NUMERIC_TYPES: ReadonlySet<EntityType> = new Set(['PHONE_NUMBER', 'ACCOUNT_NUMBER', 'US_SSN']);

const ABBREVIATIONS = new Map(
  Object.entries({
    ave: 'avenue',
    av: 'avenue',
    st: 'street',
    str: 'street',
    rd: 'road',
    dr: 'drive',
    blvd: 'boulevard',
    ln: 'lane',
    ct: 'court',
    pl: 'place',
    pkwy: 'parkway',
    hwy: 'highway',
    cir: 'circle',
    ter: 'terrace',
    trl: 'trail',
    apt: 'apartment',
    ste: 'suite',
    n: 'north',
    s: 'south',
    e: 'east',
    w: 'west',
  }),
);
const EMAIL_SYMBOLS: Record<string, string> = {
  '.': 'dot',
  '@': 'at',
  _: 'underscore',
  '-': 'dash',
  '+': 'plus',
};

const canonical = (token: string): string => ABBREVIATIONS.get(token) ?? token;

interface Unit {
  key: string;
  startWord: number;
  endWord: number;
}

/** The call as comparable units: a run of the spoken view is one unit, fillers are dropped. */
function unitStream(ctx: DetectionContext): Unit[] {
  const units: Unit[] = [];
  const { runs, wordRun } = ctx.spoken;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const r = wordRun[i]!;
    if (r >= 0) {
      const run = runs[r]!;
      units.push({ key: run.text, startWord: run.startWord, endWord: run.endWord });
      i = run.endWord - 1;
      continue;
    }
    const t = ctx.tokens[i]!;
    if (t === '' || FILLERS.has(t)) continue;
    units.push({ key: canonical(t), startWord: i, endWord: i + 1 });
  }
  return units;
}

/** Restricted Damerau-Levenshtein distance, capped: returns max + 1 once it is exceeded. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}

/** Edits tolerated between a seed unit and a said unit. */
function tolerance(key: string): number {
  if (/\d/.test(key)) return /^\d{9,}$/.test(key) ? 1 : 0;
  return key.length >= 4 ? 1 : 0;
}

const similar = (seedKey: string, said: string): boolean =>
  seedKey === said ||
  (tolerance(seedKey) > 0 && distance(seedKey, said, tolerance(seedKey)) <= tolerance(seedKey));

/** Lookup keys of a unit: itself, plus every one-char deletion when it tolerates an edit. */
function lookupKeys(key: string, fuzzy: boolean): string[] {
  const keys = [key];
  if (fuzzy) for (let i = 0; i < key.length; i++) keys.push(key.slice(0, i) + key.slice(i + 1));
  return keys;
}

interface SeedPattern {
  seed: Seed;
  units: string[];
  /** shortest partial match accepted (units.length = whole seed only) */
  minLength: number;
  /** may a single unit that is an everyday word match on its own? */
  singleCommonOk: boolean;
}

function patterns(seed: Seed): SeedPattern[] {
  const value = seed.value.normalize('NFKC').toLowerCase().trim();
  const out: SeedPattern[] = [];
  const num = NUMERIC_TYPES.has(seed.type) ? numericKey(value) : null;
  if (num) {
    for (const k of runKeys(num)) out.push({ seed, units: [k], minLength: 1, singleCommonOk: true });
    return out;
  }
  if (value.includes('@')) {
    out.push({ seed, units: [normaliseToken(value)], minLength: 1, singleCommonOk: true });
    const spoken = value
      .split(/([.@_+-])/)
      .filter(Boolean)
      .map((p) => EMAIL_SYMBOLS[p] ?? p);
    out.push({ seed, units: spoken, minLength: spoken.length, singleCommonOk: true });
    return out;
  }
  const units = value
    .split(/[\s,;]+/)
    .map((t) => canonical(normaliseToken(t).replace(/[^\p{L}\p{N}']/gu, '')))
    .filter(Boolean);
  if (units.length === 0) return out;
  const minLength = seed.type === 'PERSON' || units.length === 1 ? 1 : Math.min(2, units.length);
  out.push({ seed, units, minLength, singleCommonOk: units.length === 1 });
  return out;
}

/** The normalised value a seed's entities carry: digits/letters for numbers, lower-case text otherwise. */
function seedValue(seed: Seed): string {
  const lower = seed.value.normalize('NFKC').toLowerCase().trim();
  return (NUMERIC_TYPES.has(seed.type) && numericKey(lower)) || lower.replace(/\s+/g, ' ');
}

export function findSeeds(
  ctx: DetectionContext,
  seeds: readonly Seed[],
  origin: 'seed' | 'deny',
): Candidate[] {
  if (seeds.length === 0 || ctx.tokens.length === 0) return [];
  const all = seeds.flatMap(patterns);
  // seed units by lookup key: pattern index, unit index
  const index = new Map<string, [number, number][]>();
  all.forEach((p, pi) =>
    p.units.forEach((u, ui) => {
      for (const k of lookupKeys(u, tolerance(u) > 0)) {
        const list = index.get(k) ?? [];
        list.push([pi, ui]);
        index.set(k, list);
      }
    }),
  );

  const stream = unitStream(ctx);
  const out: Candidate[] = [];
  // end word of the last match per pattern: a match's own tail is not matched again
  const coveredUntil = new Int32Array(all.length);
  for (let p = 0; p < stream.length; p++) {
    const said = stream[p]!.key;
    const starts = new Set<string>();
    for (const k of lookupKeys(said, /[a-z]/.test(said) ? said.length >= 4 : said.length >= 9)) {
      for (const [pi, ui] of index.get(k) ?? []) starts.add(`${pi}:${ui}`);
    }
    for (const s of starts) {
      const [pi, ui] = s.split(':').map(Number) as [number, number];
      const pat = all[pi]!;
      let n = 0;
      while (
        p + n < stream.length &&
        ui + n < pat.units.length &&
        similar(pat.units[ui + n]!, stream[p + n]!.key)
      )
        n++;
      // an address part on its own counts only when it is the zip code
      const zip = n === 1 && /^\d{5}$/.test(pat.units[ui]!);
      if (n === 0 || (n < pat.minLength && !zip)) continue;
      // a lone part of a longer seed that is an everyday word ("will" of "will smith") proves nothing
      const lone = stream[p]!.key;
      if (n === 1 && !pat.singleCommonOk && !zip && (lone.length < 2 || isCommonWord(lone))) continue;
      const startWord = stream[p]!.startWord;
      const endWord = stream[p + n - 1]!.endWord;
      if (startWord < coveredUntil[pi]!) continue;
      coveredUntil[pi] = endWord;
      out.push({
        type: pat.seed.type,
        startWord,
        endWord,
        score: 1,
        detector: origin,
        reason: origin === 'deny' ? 'deny-list' : 'seed',
        value: seedValue(pat.seed),
      });
    }
  }
  return out;
}
