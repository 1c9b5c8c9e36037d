/**
 * Detection must not throw on any mix of the words its rules react to. A crash fails the whole
 * call (nothing is redacted and the call cannot be published), so every rule's look-ahead and
 * look-behind has to stop at the call's edges. Round 28 found one rule that read a word past the
 * end of a call ending in a lower-case name list; this property throws random sequences of cue
 * words, name-like words, numbers, letters and punctuation at the whole default registry, in
 * both styles, and checks that analyze() returns exact ranges.
 *
 * The seed is fixed so CI is reproducible; `DETECT_FUZZ_SEED` and `DETECT_FUZZ_RUNS` explore more.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Word } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import { analyze } from './analyze.js';
import { expectExactRanges } from '../../test/helpers/entity-ranges.js';

/** Words the person, address, phone, email and number rules key on (cues, frames, sign-offs, units). */
const CUE_WORDS = [
  'my',
  'name',
  'is',
  'this',
  'speaking',
  'with',
  'dear',
  'hi',
  'thanks',
  'regards',
  'sincerely',
  'mr',
  'mrs',
  'dr',
  'ms',
  'and',
  'or',
  'of',
  'the',
  'at',
  'in',
  'to',
  'from',
  'by',
  'for',
  'who',
  'said',
  'told',
  'were',
  'are',
  'was',
  'that',
  'when',
  'yeah',
  'so',
  'okay',
  'please',
  'you',
  'address',
  'billing',
  'street',
  'st',
  'avenue',
  'ave',
  'road',
  'rd',
  'via',
  'rue',
  'calle',
  'strasse',
  'apt',
  'suite',
  'ste',
  'unit',
  'flr',
  'po',
  'box',
  'p',
  'o',
  'r',
  'rr',
  'route',
  'highway',
  'corner',
  'n',
  'w',
  'nw',
  'zip',
  'code',
  'postcode',
  'phone',
  'number',
  'cell',
  'call',
  'ext',
  'extension',
  'account',
  'card',
  'social',
  'security',
  'date',
  'birth',
  'born',
  'email',
  'dot',
  'com',
  'example',
  'underscore',
  'hurricane',
  'storm',
  'ltd',
  "'s",
  's',
  'i',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'oh',
  'zero',
  'twenty',
  'hundred',
  'thousand',
  'double',
  'triple',
  'spelled',
  'as',
  'like',
];

/** Common given names (list entries), invented family and place words, particles and hyphens. */
const NAME_WORDS = [
  'ada',
  'nora',
  'ana',
  'maria',
  'john',
  'omar',
  'mei',
  'lena',
  'quist',
  'velkora',
  'dunsimo',
  'orlen',
  'vasko',
  'tamsby',
  'van',
  'der',
  'de',
  'la',
  'bin',
  'al',
  'al-rashan',
  'marten-hill',
  'hill',
  'park',
  'brook',
  'lenz',
  'zoë',
];

const SHAPED = [
  '12',
  '4B',
  '555-0134',
  '(555)',
  '+1',
  '02',
  'W204N5512',
  'Suite12',
  'K1A',
  '0B1',
  '10613',
  'ada@example.com',
  'Ada,',
  'St.',
  'Rd.,',
  'N.W.',
  '—',
  ',',
  '.',
  '?',
  '!',
  ':',
  '-',
  '',
  ' ',
  'I',
  'II',
  '#4',
  '3rd',
  'x204',
];

/** Every word of the context and address vocabularies: the cues the rules were written around. */
function lexiconWords(): string[] {
  const roots = [
    'lexicons/names/context',
    'lexicons/names/cues',
    'lexicons/names/titles',
    'lexicons/address',
  ];
  const words = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.txt'))
        for (const line of fs.readFileSync(file, 'utf8').split('\n'))
          if (line && !line.startsWith('#'))
            for (const w of line.replace(/^[\^?-]+/u, '').split(/[\s\t]+/u)) if (w) words.add(w);
    }
  };
  for (const root of roots) walk(root);
  return [...words].sort();
}

const LEXICON_WORDS = lexiconWords();
const base = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CUE_WORDS, ...NAME_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...SHAPED) },
  { weight: 1, arbitrary: fc.nat(LEXICON_WORDS.length - 1).map((i) => LEXICON_WORDS[i]!) },
);
/** Each word as spoken (lower case), capitalised, upper case, or with a trailing comma or stop. */
const word = fc
  .tuple(base, fc.constantFrom('lower', 'title', 'upper', 'comma', 'stop'))
  .map(([text, form]) => {
    if (form === 'title') return text.charAt(0).toUpperCase() + text.slice(1);
    if (form === 'upper') return text.toUpperCase();
    if (form === 'comma') return `${text},`;
    if (form === 'stop') return `${text}.`;
    return text;
  });

const call = fc.array(fc.tuple(word, fc.boolean()), { minLength: 1, maxLength: 40 }).map((items) => {
  let speaker = 'agent';
  return items.map(([text, turn], i): Word => {
    if (turn && i > 0) speaker = speaker === 'agent' ? 'customer' : 'agent';
    return { text, start: i * 0.4, end: i * 0.4 + 0.3, speaker };
  });
});

const seed = Number(process.env.DETECT_FUZZ_SEED ?? 20261208);
const numRuns = Number(process.env.DETECT_FUZZ_RUNS ?? 2000);

describe('detection on random mixes of cue words', () => {
  it('draws on the vocabularies', () => {
    expect(LEXICON_WORDS.length).toBeGreaterThan(1000);
  });

  it('never throws and keeps every range exact, in both styles', () => {
    fc.assert(
      fc.property(call, (words) => {
        for (const variant of [words, words.map((w) => ({ ...w, text: w.text.toLowerCase() }))]) {
          const entities = analyze(variant);
          expectExactRanges(entities, variant.length);
          for (const e of entities) expect(ENTITY_TYPES).toContain(e.type);
        }
      }),
      { seed, numRuns },
    );
  });
});
