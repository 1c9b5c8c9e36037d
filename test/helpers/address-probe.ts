/**
 * Scoring shared by the address probes (world-probe, libaddressinput-probe, faker-addresses-probe,
 * libpostal-probe): the words the address
 * detector covers, word recall / precision / exact tallies per case, and a failure line that marks
 * what was missed and what was over-redacted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { analyze, buildDetectionContext } from '../../src/detect/analyze.js';
import { detectAddresses } from '../../src/detect/detectors/address.js';
import type { Word } from '../../src/types.js';
import { sayWords } from './words.js';
import { speakToken } from '../../scripts/eval-sets/spoken.js';
import type { Rng } from '../../scripts/eval-sets/rng.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A repository file's entries: trimmed lines, no blanks or "#" comments; none when it is absent. */
export const repoLines = (file: string): string[] =>
  fs.existsSync(path.join(ROOT, file))
    ? fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];

/** A word of a probe line and whether it belongs to the address. */
export type AddressToken = [text: string, address: boolean];

/**
 * The tokens as written ('fmt') or said in raw ASR style ('asr', the evaluation sets' own speaking
 * of each word); a token `keep` accepts (a turn marker) is never said.
 */
export function sayAddressTokens(
  tokens: readonly AddressToken[],
  style: 'fmt' | 'asr',
  rng: Rng,
  keep: (text: string) => boolean = () => false,
): AddressToken[] {
  const state = { repeats: false };
  return tokens.flatMap(([text, address]): AddressToken[] =>
    style === 'fmt' || keep(text)
      ? [[text, address]]
      : speakToken(text, address ? 'ADDRESS' : undefined, rng, state).map((w): AddressToken => [w, address]),
  );
}

/** Word indexes inside ADDRESS spans, ascending (two spans that touch count as one address). */
export function coveredAddressWords(words: Word[]): number[] {
  const out = new Set<number>();
  for (const c of detectAddresses(buildDetectionContext(words)))
    for (let w = c.startWord; w < c.endWord; w++) out.add(w);
  return [...out].sort((a, b) => a - b);
}

/** The detector's ADDRESS spans [start, end) in a line ("|" switches speaker). */
export const addressSpans = (line: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(line))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

export interface ProbeScore {
  want: number;
  hit: number;
  found: number;
  exact: number;
  cases: number;
}
export const emptyScore = (): ProbeScore => ({ want: 0, hit: 0, found: 0, exact: 0, cases: 0 });

/**
 * Adds one case (the wanted and the covered word indexes) to every score given; returns the
 * failure line when the case is not covered exactly: {hit} [missed] <over-redacted>.
 */
export function tallyCase(
  scores: ProbeScore[],
  name: string,
  words: readonly Word[],
  want: readonly number[],
  got: readonly number[],
): string | undefined {
  const wantSet = new Set(want);
  const hit = got.filter((w) => wantSet.has(w)).length;
  const exact = hit === want.length && got.length === want.length;
  for (const x of scores) {
    x.want += want.length;
    x.hit += hit;
    x.found += got.length;
    x.exact += exact ? 1 : 0;
    x.cases += 1;
  }
  if (exact) return undefined;
  const gotSet = new Set(got);
  const marked = words.map((w, i) =>
    wantSet.has(i) ? (gotSet.has(i) ? `{${w.text}}` : `[${w.text}]`) : gotSet.has(i) ? `<${w.text}>` : w.text,
  );
  return `${name}\t${marked.join(' ')}`;
}

/** A probe's scores over its cases: in all, per group (a country), and the failure lines. */
export function scoreProbe<C extends { name: string }>(
  cases: Iterable<C>,
  render: (c: C) => { words: Word[]; want: number[] },
  groupOf: (c: C) => string,
): { total: ProbeScore; byCountry: Map<string, ProbeScore>; failures: string[] } {
  const total = emptyScore();
  const byCountry = new Map<string, ProbeScore>();
  const failures: string[] = [];
  for (const c of cases) {
    const { words, want } = render(c);
    const group = groupOf(c);
    const s = byCountry.get(group) ?? emptyScore();
    byCountry.set(group, s);
    const failure = tallyCase([s, total], c.name, words, want, coveredAddressWords(words));
    if (failure) failures.push(failure);
  }
  return { total, byCountry, failures };
}

/** Word indexes inside the ADDRESS spans the whole pipeline keeps (after the resolver, as a call is redacted). */
export function pipelineAddressWords(words: Word[]): number[] {
  const out = new Set<number>();
  for (const c of analyze(words))
    if (c.type === 'ADDRESS') for (let w = c.startWord; w < c.endWord; w++) out.add(w);
  return [...out].sort((a, b) => a - b);
}

const down = (x: number): number => Math.floor(x * 1000) / 1000;

/** Word recall, word precision and exact cover of a score, rounded down as floors are kept. */
export const probeRatios = (s: ProbeScore): [number, number, number] => [
  down(s.want ? s.hit / s.want : 1),
  down(s.found ? s.hit / s.found : 1),
  down(s.exact / s.cases),
];

/**
 * The report and floor tests of a probe scored per row (call inside its describe()): `<envVar>=1`
 * prints the table under `heading`, `=floors` also the FLOORS lines to paste;
 * `<envVar>_MISSES=<file>` writes every case not covered exactly. Each floor is a test: recall,
 * precision and exact cover at least as measured when it was last raised.
 */
export function probeFloorTests(
  envVar: string,
  heading: string,
  rows: ReadonlyMap<string, ProbeScore>,
  failures: readonly string[],
  floors: Record<string, [number, number, number]>,
): void {
  const sorted = [...rows].sort(([a], [b]) => a.localeCompare(b));
  const report = process.env[envVar];
  if (report) {
    const pad = Math.max(...sorted.map(([k]) => k.length)) + 2;
    const lines = sorted.map(([k, s]) => {
      const [r, p, e] = probeRatios(s);
      return `${k.padEnd(pad)} recall ${r.toFixed(3)}  precision ${p.toFixed(3)}  exact ${e.toFixed(3)}  (${s.cases})`;
    });
    console.log(`${heading}\n${lines.join('\n')}`);
    if (report === 'floors')
      console.log(sorted.map(([k, s]) => `  '${k}': [${probeRatios(s).join(', ')}],`).join('\n'));
  }
  const missesFile = process.env[`${envVar}_MISSES`];
  if (missesFile) fs.writeFileSync(missesFile, failures.join('\n') + '\n');
  it.each(Object.entries(floors))('%s', (key, [recall, precision, exact]) => {
    const s = rows.get(key);
    expect(s, key).toBeDefined();
    const [r, p, e] = probeRatios(s!);
    expect(r, 'recall').toBeGreaterThanOrEqual(recall);
    expect(p, 'precision').toBeGreaterThanOrEqual(precision);
    expect(e, 'exact').toBeGreaterThanOrEqual(exact);
  });
}
