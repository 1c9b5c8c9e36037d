/**
 * The address template of every country (test/fixtures/address-templates.tsv, rendered from
 * OpenCageData/address-formatting by scripts/build-address-templates.ts) filled with invented
 * parts: a street of an invented name and the first street type of the country's language
 * (lexicons/address/street-types/), an invented house number, a postcode of the country's postcode
 * system, an invented town (short layout) or a listed one with an invented suburb and the first
 * state (full layout), and the country's name. Each address stands in a sentence, written and as
 * raw ASR says it (the evaluation-set builder's speakToken: lower case, no punctuation, numbers and
 * short capitals said), and its words, and only they, must be inside ADDRESS spans.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { detectAddresses } from '../detectors/address.js';
import { sayWords } from '../../../test/helpers/words.js';
import { sayAddressTokens, type AddressToken } from '../../../test/helpers/address-probe.js';
import { makeRng } from '../../../scripts/eval-sets/rng.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const lines = (file: string): string[] =>
  fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));

interface Layout {
  key: string;
  lang: string;
  country: string;
  postcode: string;
  stateCode: string;
  state: string;
  short: string;
  full: string;
}

const LAYOUTS: Layout[] = lines('test/fixtures/address-templates.tsv').map((row) => {
  const [key, lang, country, postcode, stateCode, state, short, full] = row.split('\t') as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { key, lang, country, postcode, stateCode, state, short, full };
});

/** Invented words (no real street, town or district). */
const ROOTS = ['Tamberlo', 'Vesquin', 'Orlanda', 'Marvessa', 'Quillon', 'Dravenna'];
const TOWNS = ['Lorvenne', 'Brastow', 'Kelmora', 'Penvarra'];
const SUBURB = 'Halvering';
const NUMBERS = ['27', '148', '9', '63'];
const FRAMES = [
  'my address is {} thanks',
  'please send the parcel to {} before Friday',
  'we moved to {} last year',
];

const hash = (text: string): number => [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const title = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

/** A street of the language: the first full street type of its hand-written list, placed as it says. */
function street(lang: string, name: string): string {
  const entries = lines(`lexicons/address/street-types/${lang}.txt`).map((l) => l.trim());
  const type = entries.find((e) => /^(?:\^|--?)?[\p{L}-]{3,}$/u.test(e)) ?? 'street';
  if (type.startsWith('^')) return `${title(type.slice(1))} ${name}`;
  if (type.startsWith('--')) return `${name}${type.slice(1)}`;
  if (type.startsWith('-')) return `${name}${type.slice(1)}`;
  return `${name} ${lang === 'en' ? title(type) : type}`;
}

/** A town of the country's city list (one word of five letters or more), title-cased. */
function listedTown(cc: string, seed: number): string | undefined {
  const file = `lexicons/address/cities/${cc}.txt`;
  if (!fs.existsSync(path.join(ROOT, file))) return undefined;
  const towns = lines(file).filter((t) => /^\p{L}{5,}$/u.test(t));
  return towns.length ? title(towns[seed % towns.length]!) : undefined;
}

/** One word of a sentence and whether it belongs to the address. */
type Token = AddressToken;

/** The sentence's tokens, or undefined when the layout has no street. */
/**
 * short: the short layout, an invented town; full: the full layout, a listed town; street: only the
 * full layout's street line(s); places: only its other lines (both as the address parts people give
 * on their own: "my street is ...", "the postcode and town are ...").
 */
type Form = 'short' | 'full' | 'street' | 'places';
const FORMS: readonly Form[] = ['short', 'full', 'street', 'places'];
const isStreetLine = (line: string): boolean => /\{(?:road|house_number)\}/.test(line);

/** The layout's lines the form gives, or undefined when it has none worth a test. */
function formLines(layout: Layout, form: Form): string[] | undefined {
  const lines = (form === 'short' ? layout.short : layout.full).split(' | ');
  if (!lines.some((l) => l.includes('{road}'))) return undefined;
  if (form === 'street') return lines.filter(isStreetLine);
  if (form !== 'places') return lines;
  const places = lines.filter((l) => !isStreetLine(l));
  // a lone country or town is no address
  return (places.join(' ').match(/\{/g) ?? []).length >= 2 ? places : undefined;
}

function sentence(layout: Layout, form: Form): Token[] | undefined {
  const seed = hash(`${layout.key}/${form}`);
  const cc = layout.key.slice(0, 2);
  const values: Record<string, string> = {
    house_number: NUMBERS[seed % NUMBERS.length]!,
    road: street(layout.lang, ROOTS[seed % ROOTS.length]!),
    postcode: layout.postcode,
    city: form === 'short' ? TOWNS[seed % TOWNS.length]! : (listedTown(cc, seed) ?? TOWNS[0]!),
    suburb: SUBURB,
    state: layout.state,
    state_code: layout.stateCode,
    country: layout.country,
  };
  const lines = formLines(layout, form);
  if (!lines) return undefined;
  const address = lines.join(', ').replace(/\{(\w+)\}/g, (_, k: string) => values[k]!);
  const [before, after] = FRAMES[seed % FRAMES.length]!.split(' {} ') as [string, string];
  return [
    ...before.split(' ').map((w): Token => [w, false]),
    ...address.split(' ').map((w): Token => [w, true]),
    ...after.split(' ').map((w): Token => [w, false]),
  ];
}

/** The words of the line and the indexes of the address words, written or said. */
function render(tokens: Token[], style: 'fmt' | 'asr', seed: string): { line: string; want: number[] } {
  const rng = makeRng(seed);
  const said = sayAddressTokens(tokens, style, rng);
  return {
    line: said.map(([w]) => w).join(' '),
    want: said.flatMap(([, address], i) => (address ? [i] : [])),
  };
}

/** The words inside ADDRESS spans (two spans that touch cover an address as well as one). */
const covered = (line: string): number[] =>
  detectAddresses(buildDetectionContext(sayWords(line)))
    .flatMap((c) => Array.from({ length: c.endWord - c.startWord }, (_, k) => c.startWord + k))
    .sort((a, b) => a - b)
    .filter((w, i, all) => all.indexOf(w) === i);

/**
 * Layouts the grammar does not read yet (left open, see the helper report): each is expected to
 * FAIL, so fixing one turns its test red until it is taken off this list.
 */
const OPEN = new Set<string>([
  'asr AU places',
  'asr CW places',
  'asr IR short',
  'asr JP_en places',
  'asr KN places',
  'asr MO_zh places',
  'fmt MO_zh places',
]);

const CASES = LAYOUTS.flatMap((layout) =>
  FORMS.flatMap((form) => {
    const tokens = sentence(layout, form);
    if (!tokens) return [];
    // the full layout adds nothing to test when it renders as the short one with a listed town
    return form === 'full' && layout.full === layout.short && !layout.full.includes('{city}')
      ? []
      : [{ name: `${layout.key} ${form}`, tokens }];
  }),
);

for (const style of ['fmt', 'asr'] as const) {
  describe(`every country's address template, ${style === 'fmt' ? 'formatted' : 'raw ASR'}`, () => {
    for (const { name, tokens } of CASES) {
      const test = OPEN.has(`${style} ${name}`) ? it.fails : it;
      const { line, want } = render(tokens, style, name);
      test(`${name}: ${line}`, () => expect(covered(line)).toEqual(want));
    }
  });
}
