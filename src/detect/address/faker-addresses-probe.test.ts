/**
 * Addresses of every country as an independent generator writes them: every @faker-js/faker locale
 * with its own location data (test/helpers/faker-addresses.ts: its street address with and without
 * the unit, a unit on its own, town, postcode, state, the country named in its language, in the
 * order the country writes them). Each address is put in INVENTED frames: a sentence ("I live at
 * ...", "ship it to ..., <postcode> <town>"), a contact block whose lines are run together as a
 * transcript writes them, a one-line address with commas, a street and a town only. Each case is
 * read in both styles: formatted (as written) and asr (the project's spoken renderer of the
 * evaluation sets, scripts/eval-sets/spoken.ts: lower case, no punctuation, digits said).
 *
 * Scored on the ADDRESS spans the whole pipeline keeps (a name before the address is the person
 * detector's), by address words (recall, precision) and exact cover per case, in all, per frame and per
 * locale; FLOORS hold what the detector reached when the rows were last raised, so a regression
 * fails. ADDRESS_FAKER=1 prints the table; ADDRESS_FAKER_MISSES=<file> writes every case that is
 * not covered exactly ({found} [missed] <over-redacted>).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Word } from '../../types.js';
import { analyze } from '../analyze.js';
import {
  emptyScore,
  sayAddressTokens,
  tallyCase,
  type AddressToken,
  type ProbeScore,
} from '../../../test/helpers/address-probe.js';
import { ADDRESS_LOCALES, fakerAddress, type FakerAddress } from '../../../test/helpers/faker-addresses.js';
import { makeRng } from '../../../scripts/eval-sets/rng.js';

type Style = 'formatted' | 'asr';

interface Frame {
  kind: string;
  /** "{}" the address words; text around it is not address */
  text: string;
  /** the address words the frame takes */
  take: (a: FakerAddress) => string;
}

const oneLine = (a: FakerAddress): string => a.lines.join(', ');
const block = (a: FakerAddress): string => a.lines.join(' ');

const FRAMES: Frame[] = [
  { kind: 'sentence', text: 'I live at {}.', take: oneLine },
  { kind: 'one line', text: 'Ship it to Mira Tolvanen, {}, before Friday.', take: oneLine },
  { kind: 'block', text: 'Address: {} Thank you.', take: block },
  { kind: 'block', text: 'Mira Tolvanen {} Dear Mira, thanks for the parcel.', take: block },
  {
    kind: 'street and tail',
    text: 'please ship it to {} tomorrow',
    take: (a) => [[a.street, a.unit].filter(Boolean).join(' '), ...a.tail].join(', '),
  },
  {
    kind: 'street and town',
    text: 'My address is {}, okay?',
    take: (a) => [[a.street, a.unit].filter(Boolean).join(' '), a.city].filter(Boolean).join(', '),
  },
];

const VARIANTS = 24;

interface Case {
  name: string;
  locale: string;
  frame: Frame;
  tokens: AddressToken[];
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const locale of ADDRESS_LOCALES)
    for (let v = 0; v < VARIANTS; v++) {
      const a = fakerAddress(locale, v);
      const frame = FRAMES[v % FRAMES.length]!;
      const [before, after] = frame.text.split('{}') as [string, string];
      const words = (text: string, address: boolean): AddressToken[] =>
        text
          .split(' ')
          .filter(Boolean)
          .map((w): AddressToken => [w, address]);
      cases.push({
        name: `${locale} ${v}`,
        locale,
        frame,
        tokens: [...words(before, false), ...words(frame.take(a), true), ...words(after, false)],
      });
    }
  return cases;
}

export const CASES = buildCases();

function render(c: Case, style: Style): { words: Word[]; want: number[] } {
  const rng = makeRng(`${c.name}/${style}`);
  const said = sayAddressTokens(c.tokens, style === 'formatted' ? 'fmt' : 'asr', rng);
  const words: Word[] = [];
  const want: number[] = [];
  for (const [text, address] of said) {
    if (address) want.push(words.length);
    words.push({ text, start: words.length * 0.4, end: words.length * 0.4 + 0.3, speaker: 'customer' });
  }
  return { words, want };
}

/** The words of the ADDRESS spans the whole pipeline keeps (after the resolver, as a call is redacted). */
function addressWords(words: Word[]): number[] {
  const out = new Set<number>();
  for (const c of analyze(words))
    if (c.type === 'ADDRESS') for (let w = c.startWord; w < c.endWord; w++) out.add(w);
  return [...out].sort((a, b) => a - b);
}

function measure(): { rows: Map<string, ProbeScore>; failures: string[] } {
  const rows = new Map<string, ProbeScore>();
  const failures: string[] = [];
  const row = (key: string): ProbeScore => rows.get(key) ?? rows.set(key, emptyScore()).get(key)!;
  for (const style of ['formatted', 'asr'] as const)
    for (const c of CASES) {
      const { words, want } = render(c, style);
      const failure = tallyCase(
        [row(`all ${style}`), row(`frame ${c.frame.kind} ${style}`), row(`locale ${c.locale} ${style}`)],
        `${style} ${c.name}`,
        words,
        want,
        addressWords(words),
      );
      if (failure) failures.push(failure);
    }
  return { rows, failures };
}

const down = (x: number): number => Math.floor(x * 1000) / 1000;
const ratios = (s: ProbeScore): [number, number, number] => [
  down(s.want ? s.hit / s.want : 1),
  down(s.found ? s.hit / s.found : 1),
  down(s.exact / s.cases),
];

/** Per row: word recall, word precision, exact cover, at least as measured when last raised. */
const FLOORS: Record<string, [number, number, number]> = {};

describe('addresses of every faker locale', () => {
  const { rows, failures } = measure();
  if (process.env['ADDRESS_FAKER']) {
    const lines = [...rows]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, s]) => {
        const [r, p, e] = ratios(s);
        return `${k.padEnd(32)} recall ${r.toFixed(3)}  precision ${p.toFixed(3)}  exact ${e.toFixed(3)}  (${s.cases})`;
      });
    console.log(`${ADDRESS_LOCALES.length} locales, ${CASES.length} cases per style\n${lines.join('\n')}`);
    if (process.env['ADDRESS_FAKER'] === 'floors')
      console.log(
        [...rows]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, s]) => `  '${k}': [${ratios(s).join(', ')}],`)
          .join('\n'),
      );
  }
  if (process.env['ADDRESS_FAKER_MISSES'])
    fs.writeFileSync(process.env['ADDRESS_FAKER_MISSES'], failures.join('\n') + '\n');
  it('takes the addresses of many locales', () => {
    expect(ADDRESS_LOCALES.length).toBeGreaterThanOrEqual(60);
  });
  it.each(Object.entries(FLOORS))('%s', (key, [recall, precision, exact]) => {
    const s = rows.get(key);
    expect(s, key).toBeDefined();
    const [r, p, e] = ratios(s!);
    expect(r, 'recall').toBeGreaterThanOrEqual(recall);
    expect(p, 'precision').toBeGreaterThanOrEqual(precision);
    expect(e, 'exact').toBeGreaterThanOrEqual(exact);
  });
});
