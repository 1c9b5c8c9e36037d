/**
 * A generalisation probe over every country's address layout (test/fixtures/address-templates.tsv,
 * as country-templates.test.ts), with the invented values varied: other street types of the
 * country's language (lexicons/address/street-types/<lang>.txt, prefix, glued and suffix types),
 * street names of one or two invented words, house numbers as people write them ("12a", "12-14",
 * "9 bis", "4/2"), a unit line of the language (lexicons/address/units/), postcodes sampled from
 * the country's pattern in postcode-validator, invented or listed towns; and the frames around the
 * address: after "I live at", "send it to", "my address is", opening a sentence, as the last words
 * of a turn, split across two turns of the same speaker. Each case is written and said as raw ASR.
 *
 * Floors per style hold the word recall and precision over all cases; a fixed sample of cases must
 * cover exactly the address words. PROBE_REPORT=1 prints the worst countries and failing lines.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Word } from '../../types.js';
import {
  addressSpans,
  repoLines,
  sayAddressTokens,
  scoreProbe,
  type AddressToken,
} from '../../../test/helpers/address-probe.js';
import { makeRng, type Rng } from '../../../scripts/eval-sets/rng.js';
import { samplePostcode } from '../../../scripts/postcode-sample.js';

const require = createRequire(import.meta.url);
const { POSTCODE_REGEXES } = require('postcode-validator/lib/cjs/postcode-regexes.js') as {
  POSTCODE_REGEXES: Map<string, RegExp>;
};

const lines = repoLines;

interface Layout {
  key: string;
  lang: string;
  country: string;
  stateCode: string;
  state: string;
  short: string;
  full: string;
}

const LAYOUTS: Layout[] = lines('test/fixtures/address-templates.tsv').map((row) => {
  const [key, lang, country, , stateCode, state, short, full] = row.split('\t') as string[];
  return {
    key: key!,
    lang: lang!,
    country: country!,
    stateCode: stateCode!,
    state: state!,
    short: short!,
    full: full!,
  };
});

/** Invented words (no real street, town or district). */
const ROOTS = ['Tamberlo', 'Vesquin', 'Orlanda', 'Marvessa', 'Quillon', 'Dravenna', 'Kestrova', 'Belmiro'];
const TOWNS = ['Lorvenne', 'Brastow', 'Kelmora', 'Penvarra', 'Sulvano'];
const SUBURBS = ['Halvering', 'Ostrany', 'Merivale'];
const HOUSE_NUMBERS = ['27', '148', '9', '12a', '12-14', '9 bis', '4/2', '63'];
const title = (w: string): string => w.charAt(0).toLocaleUpperCase() + w.slice(1);

/** Full street types of a language (no abbreviations, no everyday-word types), as written. */
function streetTypes(lang: string): string[] {
  const types = lines(`lexicons/address/street-types/${lang}.txt`).filter((e) =>
    /^(?:\^|--?)?[\p{L}-]{4,}$/u.test(e),
  );
  return types.length ? types : ['street'];
}

function street(lang: string, rng: Rng): string {
  const name = rng.chance(0.25) ? `${rng.pick(ROOTS)} ${rng.pick(ROOTS)}` : rng.pick(ROOTS);
  // many countries name streets without a type word ("Kaseke 19")
  if (rng.chance(0.15)) return name;
  const type = rng.pick(streetTypes(lang));
  if (type.startsWith('^')) return `${title(type.slice(1))} ${name}`;
  if (type.startsWith('-'))
    return `${name.replace(/ .*/, '')}${type.replace(/^-+/, type.startsWith('--') ? '-' : '')}`;
  return `${name} ${lang === 'en' ? title(type) : type}`;
}

/** A unit line of the language ("Apt 4", "Wohnung 5", "3 étage"), or of English. */
function unit(lang: string, rng: Rng): string {
  const words = lines(`lexicons/address/units/${lang}.txt`).filter((e) => /^>?\p{L}{3,}$/u.test(e));
  const word = rng.pick(words.length ? words : ['apartment', 'suite', 'flat']);
  const n = String(rng.int(2, 40));
  return word.startsWith('>') ? `${n} ${word.slice(1)}` : `${title(word)} ${n}`;
}

function listedTown(cc: string, rng: Rng): string | undefined {
  const towns = lines(`lexicons/address/cities/${cc}.txt`).filter((t) => /^\p{L}{5,}$/u.test(t));
  return towns.length ? title(rng.pick(towns)) : undefined;
}

/** One word of a sentence: its text, whether it belongs to the address, and its turn. */
type Token = AddressToken;
const TURN = '|';

/** Frames: `{}` is the address, `{1}` / `{2}` its two halves around another speaker's word. */
const FRAMES = [
  'I live at {} thanks',
  'please send it to {} before Friday',
  'my address is {} okay',
  'yes {} is where we moved last year',
  'it is {} | great thank you',
  'it is {1} | okay | {2} that is all',
] as const;

type Form = 'short' | 'full';
const isStreetLine = (line: string): boolean => /\{(?:road|house_number)\}/.test(line);

interface Case {
  name: string;
  tokens: Token[];
}

function makeCase(layout: Layout, form: Form, variant: number): Case | undefined {
  const rng = makeRng(`probe/${layout.key}/${form}/${variant}`);
  const cc = layout.key.slice(0, 2);
  const layoutLines = (form === 'short' ? layout.short : layout.full).split(' | ');
  if (!layoutLines.some((l) => l.includes('{road}'))) return undefined;
  const pattern = POSTCODE_REGEXES.get(cc);
  const values: Record<string, string> = {
    house_number: rng.pick(HOUSE_NUMBERS),
    road: street(layout.lang, rng),
    postcode: (pattern && samplePostcode(pattern, rng)) ?? '',
    city: form === 'short' || rng.chance(0.3) ? rng.pick(TOWNS) : (listedTown(cc, rng) ?? rng.pick(TOWNS)),
    suburb: rng.pick(SUBURBS),
    state: layout.state,
    state_code: layout.stateCode,
    country: layout.country,
  };
  let filled = layoutLines
    .map((l) => l.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? ''))
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  // a unit line after the street line in a third of the cases
  if (rng.chance(0.33)) {
    const at = layoutLines.findLastIndex(isStreetLine);
    filled = [...filled.slice(0, at + 1), unit(layout.lang, rng), ...filled.slice(at + 1)];
  }
  // raw layouts often drop the country
  if (rng.chance(0.3) && filled.length > 2 && filled.at(-1) === layout.country) filled = filled.slice(0, -1);
  const frame = FRAMES[variant % FRAMES.length]!;
  const words = (text: string, address: boolean): Token[] =>
    text
      .split(' ')
      .filter(Boolean)
      .map((w): Token => [w, address && w !== TURN]);
  const addressTokens = (ls: string[]): Token[] => words(ls.join(', '), true);
  if (frame.includes('{1}')) {
    if (filled.length < 2) return undefined;
    const cut = Math.ceil(filled.length / 2);
    const [a, rest] = frame.split(' {1} ') as [string, string];
    const [mid, b] = rest.split(' {2} ') as [string, string];
    return {
      name: `${layout.key} ${form} ${variant}`,
      tokens: [
        ...words(a, false),
        ...addressTokens(filled.slice(0, cut)),
        ...words(mid, false),
        ...addressTokens(filled.slice(cut)),
        ...words(b, false),
      ],
    };
  }
  const [before, after] = frame.split('{}') as [string, string];
  return {
    name: `${layout.key} ${form} ${variant}`,
    tokens: [...words(before, false), ...addressTokens(filled), ...words(after, false)],
  };
}

const VARIANTS = 6;
export const PROBE_CASES: Case[] = LAYOUTS.flatMap((layout) =>
  (['short', 'full'] as const).flatMap((form) =>
    Array.from({ length: VARIANTS }, (_, v) => makeCase(layout, form, v)).filter(
      (c): c is Case => c !== undefined,
    ),
  ),
);

/** The call's words (one speaker per turn, "|" switches) and the indexes of the address words. */
function render(c: Case, style: 'fmt' | 'asr'): { words: Word[]; want: number[] } {
  const rng = makeRng(`${c.name}/${style}`);
  const said = sayAddressTokens(c.tokens, style, rng, (text) => text === TURN);
  const speakers = ['customer', 'agent'];
  let turn = 0;
  const words: Word[] = [];
  const want: number[] = [];
  for (const [text, address] of said) {
    if (text === TURN) {
      turn++;
      continue;
    }
    if (address) want.push(words.length);
    const t = words.length * 0.4 + turn * 0.5;
    words.push({ text, start: t, end: t + 0.3, speaker: speakers[turn % 2]! });
  }
  return { words, want };
}

function measure(style: 'fmt' | 'asr', sample?: (c: Case) => boolean) {
  const cases = sample ? PROBE_CASES.filter(sample) : PROBE_CASES;
  return scoreProbe(
    cases,
    (c) => render(c, style),
    (c) => c.name.split(' ')[0]!,
  );
}

/** Floors over all cases (word recall, word precision, share of cases covered exactly). */
const FLOORS = {
  fmt: { recall: 0.98, precision: 0.999, exact: 0.965 },
  asr: { recall: 0.966, precision: 0.999, exact: 0.937 },
};

const found = addressSpans;

describe('house numbers as people write and say them', () => {
  const cases: [string, string, [number, number][]][] = [
    ['"9 bis" before a prefix type', 'I live at 9 bis Travessera Kestrova, AD785 Kelmora thanks', [[3, 9]]],
    ['"9 bis" after the name', 'I live at Travessera Kestrova 9 bis, AD785 Kelmora thanks', [[3, 9]]],
    [
      '"nine bis" said',
      'i live at nine bis travessera kestrova a d seven eight five kelmora thanks',
      [[3, 13]],
    ],
    [
      '"12a" said "twelve a", a town after it',
      'my address is belmiro circle twelve a kelmora botswana okay',
      [[3, 9]],
    ],
    ['"12a" said "one two a", end of the turn', 'it is belmiro circle one two a | great thank you', [[2, 7]]],
    [
      '"12a" before a prefix type',
      'i live at one two a avenue vesquin nine seven six eight seven penvarra thanks',
      [[3, 14]],
    ],
    ['"12a" before a unit', 'it is vesquin road twelve a apartment nine thanks', [[2, 8]]],
    ['an article after the number', 'i live at twelve oak street a lovely place', [[3, 6]]],
    ['"a" before a scale word', 'we met at twelve a hundred people', []],
    ['a count and an article', 'we sold twelve a day', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an address written from the country down, after "it is" or "yes"', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'country, postcode and town, street',
      'yes Беларусь, 501133 Penvarra, Проспект Kestrova, 12a thanks',
      [[1, 7]],
    ],
    [
      'country, town, street, number, postcode',
      'it is Iran, Lorvenne, Marvessa Street, 27, 04320-57601 thanks',
      [[2, 8]],
    ],
    ['a country alone', 'yes France is lovely in June', []],
    ['a country and a comma', 'it is Iran, I think', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("an address split by the other speaker's acknowledgement", () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'postcode, town, country',
      'it is 12 Quillon Lane | okay | Kelmora 78295, Liberia that is all',
      [
        [2, 5],
        [6, 9],
      ],
    ],
    [
      'said',
      'it is twelve quillon lane | mhm | lorvenne seven eight two nine five liberia',
      [
        [2, 5],
        [6, 13],
      ],
    ],
    [
      'a unit line',
      'it is 12 Quillon Lane | okay | Apartment 4, Lorvenne, Liberia',
      [
        [2, 5],
        [6, 10],
      ],
    ],
    // a town the lists lack, confirmed by the country after it
    [
      'an unknown town and a country',
      'it is 12 Quillon Lane | okay | Tovarre, Suriname that is all',
      [
        [2, 5],
        [6, 8],
      ],
    ],
    [
      'an unknown town, a postcode, a country',
      'it is 12 Quillon Lane | okay | Tovarre 772801, Taiwan that is all',
      [
        [2, 5],
        [6, 9],
      ],
    ],
    // a lone place that closes what the speaker says, not the subject of a sentence
    [
      'a lone country, then a closing word',
      'it is 12 Quillon Lane | okay | Zambia that is all',
      [
        [2, 5],
        [6, 7],
      ],
    ],
    [
      'a lone country ending the turn',
      'it is twelve quillon lane | mhm | zambia | great',
      [
        [2, 5],
        [6, 7],
      ],
    ],
    ['a lone town', 'it is 12 Quillon Lane | okay | Paris is lovely', [[2, 5]]],
    // an unknown town said alone, closing what the speaker says (a verb after it: a sentence's subject)
    [
      'a lone unknown town, then a closing word',
      'it is 63 Kestrova Circle | okay | Tovarre that is all',
      [
        [2, 5],
        [6, 7],
      ],
    ],
    [
      'a lone unknown town ending the turn',
      'it is twelve quillon lane | mhm | tovarre | great',
      [
        [2, 5],
        [6, 7],
      ],
    ],
    ['a lone unknown town as a subject', 'it is 12 Quillon Lane | okay | Tovarre is lovely', [[2, 5]]],
    ['a first name after the acknowledgement', 'it is 12 Quillon Lane | okay | John thanks', [[2, 5]]],
    [
      'an unknown town before a postcode line',
      'it is 9 Tamberlo Terrace | okay | Tovarre, AB H1M 6K0 that is all',
      [
        [2, 5],
        [6, 10],
      ],
    ],
    ['a lone country', 'it is 12 Quillon Lane | okay | France won the cup', [[2, 5]]],
    // read on its own, not as a continuation
    [
      'a longer answer',
      'it is 12 Quillon Lane | okay so which town | Kelmora 78295, Liberia',
      [
        [2, 5],
        [9, 12],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

for (const style of ['fmt', 'asr'] as const) {
  describe(`world address probe, ${style === 'fmt' ? 'formatted' : 'raw ASR'}`, () => {
    it('keeps its floors', () => {
      const { total, byCountry, failures } = measure(style);
      const recall = total.hit / total.want;
      const precision = total.hit / total.found;
      const exact = total.exact / total.cases;
      if (process.env['PROBE_REPORT']) {
        const worst = [...byCountry]
          .map(([cc, s]) => [cc, s.hit / s.want, s.hit / s.found, s.exact / s.cases] as const)
          .sort((a, b) => a[3] - b[3])
          .slice(0, 40);
        console.log(
          `${style}: recall ${recall.toFixed(4)} precision ${precision.toFixed(4)} exact ${exact.toFixed(4)} (${total.cases} cases)\n` +
            worst
              .map(([cc, r, p, e]) => `${cc}\t${r.toFixed(3)}\t${p.toFixed(3)}\t${e.toFixed(3)}`)
              .join('\n'),
        );
        fs.writeFileSync(`${process.env['PROBE_REPORT']}-${style}.txt`, failures.join('\n') + '\n');
      }
      expect(recall).toBeGreaterThanOrEqual(FLOORS[style].recall);
      expect(precision).toBeGreaterThanOrEqual(FLOORS[style].precision);
      expect(exact).toBeGreaterThanOrEqual(FLOORS[style].exact);
    });
  });
}
