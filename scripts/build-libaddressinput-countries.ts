/**
 * Renders Google libaddressinput's address metadata (Apache-2.0 licence, `testdata/countryinfo.txt`)
 * into test/fixtures/libaddressinput-countries.tsv, the second structural source of the address
 * probe src/detect/address/libaddressinput-probe.test.ts (independent of the OpenCage templates of
 * address-templates.tsv).
 *
 *   npx tsx scripts/build-libaddressinput-countries.ts <countryinfo.txt> [commit]
 *
 * One row per country with a street line in its layout: key; its language and languages ("-" if
 * none); the layout in Latin script (`lfmt`, else `fmt`, else the default `%N%n%O%n%A%n%C`) and the
 * local one when it differs ("-" otherwise); the fields written upper case (`upper`); up to three
 * postcode examples (`zipex`); and up to three regions (first, middle, last of `sub_keys`) as their
 * code (the key when it is a short code), local name (`sub_names`, else the key) and Latin name
 * (`sub_lnames`, else the local name when it is Latin). Regions are joined by "~", "-" if none.
 * Only the country entries are read, not the per-region ones. Output is deterministic.
 *
 * It also writes lexicons/address/regions/<CC>-libaddressinput.txt: the first-level regions of the
 * country's `sub_keys` (local names, Latin names and short-code keys) whose folded words no other
 * regions file of the country has, as "Name ; CODE" (the ISO 3166-2 code from `sub_isoids`, else
 * the key when it is a short code). Rerun after changing the other regions files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { placeWords } from '../src/detect/address/places.js';
import { readWordListsIn } from '../src/detect/lexicon-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'test', 'fixtures', 'libaddressinput-countries.tsv');
const REGIONS = path.join(root, 'lexicons', 'address', 'regions');
const DEFAULT_FMT = '%N%n%O%n%A%n%C';
const LATIN = /^[\p{Script=Latin}\s\p{P}\d]+$/u;
const CODE = /^[A-Z0-9]{1,3}$/;

interface Entry {
  key: string;
  lang?: string;
  languages?: string;
  fmt?: string;
  lfmt?: string;
  upper?: string;
  zipex?: string;
  sub_keys?: string;
  sub_names?: string;
  sub_lnames?: string;
  sub_isoids?: string;
}

const pickThree = <T>(all: T[]): T[] =>
  all.length <= 3 ? all : [all[0]!, all[Math.floor(all.length / 2)]!, all.at(-1)!];

function row(d: Entry): string | undefined {
  const latinFmt = d.lfmt ?? d.fmt ?? DEFAULT_FMT;
  if (!latinFmt.includes('%A')) return undefined;
  const keys = d.sub_keys ? d.sub_keys.split('~') : [];
  const names = d.sub_names ? d.sub_names.split('~') : keys;
  const lnames = d.sub_lnames ? d.sub_lnames.split('~') : names.map((n) => (LATIN.test(n) ? n : ''));
  const regions = pickThree(keys.map((k, i) => i)).map((i) => {
    const code = CODE.test(keys[i]!) && keys[i] !== names[i] ? keys[i]! : '';
    return [code, names[i] ?? '', lnames[i] ?? ''];
  });
  const col = (k: number): string => (regions.length ? regions.map((r) => r[k]).join('~') : '-');
  return [
    d.key,
    d.lang ?? '-',
    d.languages ?? '-',
    latinFmt,
    d.lfmt && d.fmt && d.fmt !== d.lfmt ? d.fmt : '-',
    d.upper ?? '-',
    d.zipex ? d.zipex.split(',').slice(0, 3).join('~') : '-',
    col(0),
    col(1),
    col(2),
  ].join('\t');
}

/** The country's regions the lexicon lacks, as lines of a regions file. */
function missingRegions(d: Entry, known: Set<string>): string[] {
  if (!d.sub_keys) return [];
  const keys = d.sub_keys.split('~');
  const names = d.sub_names ? d.sub_names.split('~') : keys;
  const lnames = d.sub_lnames ? d.sub_lnames.split('~') : [];
  const isoids = d.sub_isoids ? d.sub_isoids.split('~') : [];
  const out: string[] = [];
  keys.forEach((key, i) => {
    const code = isoids[i] || (CODE.test(key) ? key : '');
    for (const name of new Set([names[i], lnames[i], key])) {
      if (!name || CODE.test(name)) continue;
      const folded = placeWords(name).join(' ');
      if (!folded || known.has(folded)) continue;
      known.add(folded);
      out.push(code ? `${name} ; ${code}` : name);
    }
  });
  return out;
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: build-libaddressinput-countries.ts <countryinfo.txt> [commit]');
  const commit = process.argv[3] ?? 'unknown';
  const rows: string[] = [];
  const known = new Map<string, Set<string>>();
  for (const [file, entries] of readWordListsIn('address/regions')) {
    if (file.includes('libaddressinput')) continue;
    const cc = file
      .split('-')[0]!
      .toUpperCase()
      .replace(/\.TXT$/, '');
    const set = known.get(cc) ?? new Set<string>();
    known.set(cc, set);
    for (const e of entries) set.add(placeWords(e.split(/\s*;\s*/)[0]!).join(' '));
  }
  let added = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^data\/([A-Z]{2})=(.*)$/.exec(line);
    if (!m || m[1] === 'ZZ') continue;
    const d = JSON.parse(m[2]!) as Entry;
    const r = row(d);
    if (r) rows.push(r);
    const file = path.join(REGIONS, `${d.key}-libaddressinput.txt`);
    const missing = missingRegions(d, known.get(d.key) ?? new Set());
    if (missing.length) {
      added += missing.length;
      const head = [
        `# First-level regions of ${d.key} that the other regions files lack: "Name ; CODE" (local and Latin names).`,
        `# From google/libaddressinput (Apache-2.0 licence) commit ${commit}, testdata/countryinfo.txt`,
        '# (sub_keys, sub_names, sub_lnames, sub_isoids). Generated by scripts/build-libaddressinput-countries.ts.',
      ];
      fs.writeFileSync(file, [...head, ...missing].join('\n') + '\n');
    } else if (fs.existsSync(file)) fs.rmSync(file);
  }
  const header = [
    '# Address metadata of every country from google/libaddressinput (Apache-2.0 licence)',
    `# commit ${commit}, testdata/countryinfo.txt. Columns: key, lang, languages, Latin layout`,
    '# (%A street lines, %D dependent locality, %C city, %S region, %Z postcode, %X sorting code,',
    '# %N name, %O organisation, %n new line), local layout ("-" if the same), upper-case fields,',
    '# postcode examples, region codes, local names and Latin names (up to three, "~"-separated).',
    '# Do not edit: rerun scripts/build-libaddressinput-countries.ts.',
  ];
  fs.writeFileSync(OUT, [...header, ...rows].join('\n') + '\n');
  console.log(
    `${rows.length} countries -> ${path.relative(root, OUT)}; ${added} regions -> ${path.relative(root, REGIONS)}`,
  );
}

main();
