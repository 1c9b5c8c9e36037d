/**
 * Detection must survive whatever a transcript holds: very long calls, any Unicode, empty words.
 * These run analyze() with the whole default registry and check that it ends and that every
 * entity's word range is exact (inside the call, sorted, not overlapping). The 100,000-word endless
 * runs of one pattern (a denial-of-service probe, ~45 s of CPU) are in the attack suite:
 * test/chaos/detect-endless-runs.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate, Word } from '../types.js';
import { analyze } from './analyze.js';
import { buildSpokenView } from '../transcript/spoken-view.js';
import { longCall, sayWords } from '../../test/helpers/words.js';
import { expectExactRanges } from '../../test/helpers/entity-ranges.js';

describe('robustness', () => {
  it('analyzes a 100,000-word call and keeps every range exact', () => {
    const words = longCall(100_000);
    const entities = analyze(words);
    expect(entities.length).toBeGreaterThan(1000);
    expectExactRanges(entities, words.length);
    // the call is made of repeats: every phone line must be found
    const phones = entities.filter((e) => e.type === 'PHONE_NUMBER').length;
    const phoneLines = words.filter((w, i) => w.text === 'cell' && words[i + 2]?.text === 'four').length;
    expect(phones).toBeGreaterThanOrEqual(phoneLines);
  });

  it('handles empty, whitespace-only and punctuation-only words', () => {
    const words: Word[] = [
      'my',
      '',
      'cell',
      ' ',
      'is',
      'four',
      '',
      'one',
      'five',
      '—',
      'five',
      'five',
      'five',
      'oh',
      'one',
      'three',
      'two',
      '',
      '...',
    ].map((text) => ({ text }));
    const entities = analyze(words);
    expectExactRanges(entities, words.length);
    expect(entities.map((e) => [e.type, e.startWord, e.endWord])).toEqual([['PHONE_NUMBER', 5, 17]]);
  });

  it('reads non-ASCII digits and keeps offsets exact around emoji, NBSP and combining marks', () => {
    const words = sayWords(
      'Jos\u0065\u0301 here 😀 my cell is \u0664\u0661\u0665-\u0665\u0665\u0665-\u0660\u0661\u0663\u0662 ok\u00a0ay 👍🏽',
    );
    const entities = analyze(words);
    expectExactRanges(entities, words.length);
    expect(
      entities.filter((e) => e.type === 'PHONE_NUMBER').map((e) => [e.startWord, e.endWord, e.value]),
    ).toEqual([[6, 7, '4155550132']]);
    const view = buildSpokenView(words);
    expect(view.charWord.length).toBe(view.text.length);
  });

  it('gives the same answer for NFC and NFD input', () => {
    const nfc = sayWords('my name is Zoë Okafor and my cell is (415) 555-0132.'.normalize('NFC'));
    const nfd = nfc.map((w) => ({ ...w, text: w.text.normalize('NFD') }));
    const strip = (es: Candidate[]) => es.map((e) => [e.type, e.startWord, e.endWord]);
    expect(strip(analyze(nfd))).toEqual(strip(analyze(nfc)));
  });

  // found by robustness-property.test.ts: both threw a TypeError, which failed the whole call
  it.each([
    ['a corner phrase cut off by the end of the call', 'meet me at the corner of', []],
    [
      'a comma closing the last item of a list at the end of the call',
      'Guests were Ada Quist, Nora Lenz, Omar Vasko,',
      [
        ['PERSON', 2, 4],
        ['PERSON', 4, 6],
        ['PERSON', 6, 8],
      ],
    ],
  ])('ends a call mid-phrase: %s', (_label, text, expected) => {
    const words = sayWords(text);
    const entities = analyze(words);
    expectExactRanges(entities, words.length);
    expect(entities.map((e) => [e.type, e.startWord, e.endWord])).toEqual(expected);
  });

  it('survives pathological words', () => {
    const words: Word[] = [
      { text: '9'.repeat(5000) },
      { text: 'x'.repeat(10_000) },
      { text: '\u0000\uffff\ud83d' },
      { text: 'double' },
      { text: 'triple' },
      { text: 'hundred' },
      { text: 'thousand' },
      { text: 'and' },
    ];
    expectExactRanges(analyze(words), words.length);
  });
});
