import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Word } from '../types.js';
import { buildSpokenRuns, buildSpokenView, runAt, spokenRangeToWords } from './spoken-view.js';

const words = (s: string): Word[] => s.split(' ').map((text) => ({ text }));

describe('buildSpokenView: text', () => {
  it.each([
    ['my number is four one five five five five oh one three two', 'my number is 4155550132'],
    // digit words of other languages, in a stretch of four or more with two foreign ones
    ['es cuatro uno cinco cinco cinco cero uno', 'es 4155501'],
    ['ist vier eins fünf fünf fünf null eins', 'ist 4155501'],
    ['é quatro um cinco cinco dois', 'é 41552'],
    ['è quattro uno cinque due', 'è 4152'],
    ['the payment is due five days late', 'the payment is due 5 days late'],
    ['null and void one two three four', 'null and void 1234'],
    ['five um five five five', '5555'],
    ['eight oh one uh six one oh seven seven uh three four', '8016107734'],
    ['six oh two five five five uh oh one three one', '6025550131'],
    ['six oh two five five five uh-oh one three one', '6025550131'],
    ['double five triple oh one', '550001'],
    ['fourteen twenty seven maple avenue', '1427 maple avenue'],
    ['born nineteen eighty four', 'born 1984'],
    ['two thousand and nine', '2009'],
    ['two thousand twenty three', '2023'],
    ['five hundred fifteen elm street', '515 elm street'],
    ['one twenty three', '123'],
    ['eight hundred five five five oh one nine eight', '8005550198'],
    ['one thousand two hundred eighty eight dollars', '1288 dollars'],
    ['sixty one ninety two', '6192'],
    ['zip is seven oh eight six six', 'zip is 70866'],
    ['that is o k a f o r', 'that is okafor'],
    ['x k q four eight two', 'xkq482'],
    ['b as in boy t four nine', 'bt49'],
    ['d eight oh j dash six eight', 'd80j68'],
    ['march third nineteen eighty four', 'march 3rd 1984'],
    ['the twenty first of june', 'the 21st of june'],
    ['june the ninth', 'june the 9th'],
    ['my first name', 'my first name'],
    ['oh it is oh seven twenty four ninety', 'oh it is 072490'],
    ['oh one more thing', 'oh 1 more thing'],
    ['i drive a two thousand nine sedan', 'i drive a 2009 sedan'],
    ['a c unit', 'a c unit'],
    ['apartment three b', 'apartment 3b'],
    ["It's (415) 555-0132, thanks.", "it's (415) 555-0132, thanks."],
    ['Call 405\u2013555\u20130196.', 'call 405-555-0196.'],
    ['Okafor, O-K-A-F-O-R.', 'okafor, okafor'],
    ['\u0664\u0661\u0665 \uff15\uff15\uff15', '415 555'],
  ])('%s', (input, expected) => {
    expect(buildSpokenView(words(input)).text).toBe(expected);
  });
});

describe('buildSpokenView: runs', () => {
  it('keeps fillers inside a run and leaves the ones around it out', () => {
    const v = buildSpokenView(words('um four one five uh uh five five five oh one three two um okay'));
    expect(v.runs).toHaveLength(1);
    expect(v.runs[0]).toMatchObject({ startWord: 1, endWord: 13, digits: '4155550132' });
    expect(runAt(v, 5)).toBe(v.runs[0]);
    expect(runAt(v, 13)).toBeUndefined();
  });

  it('groups formatted number words into one run and stops at sentence punctuation', () => {
    const v = buildSpokenView(words('call (415) 555-0132. 42 pictures'));
    expect(v.runs.map((r) => [r.startWord, r.endWord, r.text])).toEqual([
      [1, 3, '4155550132'],
      [3, 4, '42'],
    ]);
  });

  it('breaks a run at a speaker change', () => {
    const ws: Word[] = [
      { text: 'four', speaker: 'a' },
      { text: 'one', speaker: 'a' },
      { text: 'five', speaker: 'b' },
    ];
    expect(buildSpokenView(ws).runs.map((r) => r.text)).toEqual(['41', '5']);
  });

  it('keeps the chunks a date reader needs', () => {
    const v = buildSpokenView(words('three fifteen eighty two'));
    expect(v.runs[0]!.chunks.map((c) => [c.text, c.startWord, c.endWord])).toEqual([
      ['3', 0, 1],
      ['15', 1, 2],
      ['82', 2, 4],
    ]);
  });

  it.each([
    // the area code written before a slash (DE, AT, CH ...): one number
    ['Tel. 030/901820', [[1, 2, '030901820']]],
    [
      '(0171)/1234567 or 044/123 45 67',
      [
        [0, 1, '01711234567'],
        [2, 5, '0441234567'],
      ],
    ],
    // dates and fractions with a slash are no literal number
    ['on 03/2019 and 05/12 and 03/15/2019 and 1/2', []],
    ['the 2019/20 season', []],
  ])('reads a slash after an area code: %s', (line, expected) => {
    expect(buildSpokenView(words(line)).runs.map((r) => [r.startWord, r.endWord, r.text])).toEqual(expected);
  });

  it('does not answer for object prototype names', () => {
    expect(buildSpokenView(words('constructor tostring hasownproperty')).runs).toEqual([]);
  });
});

describe('char -> word map', () => {
  it('maps a rewritten run back to the exact words said', () => {
    const v = buildSpokenView(words('it is fourteen twenty seven maple'));
    const at = v.text.indexOf('1427');
    expect(spokenRangeToWords(v, at, at + 4)).toEqual({ startWord: 2, endWord: 5 });
    expect(spokenRangeToWords(v, at + 2, at + 4)).toEqual({ startWord: 3, endWord: 5 });
    expect(v.wordChar[5]).toBe(v.text.indexOf('maple'));
  });

  it('is exact for any input: every char maps to a word or is a separator', () => {
    const token = fc.oneof(
      fc.constantFrom(
        'four',
        'oh',
        'double',
        'twenty',
        'hundred',
        'and',
        'uh',
        'x',
        'a',
        'third',
        'may',
        '',
        '555-0132.',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (texts) => {
        const v = buildSpokenView(texts.map((text) => ({ text })));
        expect(v.charWord.length).toBe(v.text.length);
        let last = -1;
        for (let i = 0; i < v.text.length; i++) {
          const w = v.charWord[i]!;
          if (w === -1) expect(v.text[i]).toBe(' ');
          else {
            expect(w).toBeGreaterThanOrEqual(last);
            expect(w).toBeLessThan(texts.length);
            last = w;
          }
        }
        for (const r of v.runs) {
          expect(r.startWord).toBeLessThan(r.endWord);
          expect(r.text).toMatch(/^[a-z0-9]+$/);
        }
      }),
    );
  });
});

describe('buildSpokenRuns: the runs detection reads, without the written-out text', () => {
  it.each([
    ['my number is four one five five five five oh one three two', [[3, 13, '4155550132']]],
    [
      'this is tomas novak n o v a k and 42 main street',
      [
        [4, 9, 'novak'],
        [10, 11, '42'],
      ],
    ],
    [
      'call 06/47 38 21 95 on march third',
      [
        [1, 5, '0647382195'],
        [7, 8, '3rd'],
      ],
    ],
  ])('%s', (line, expected) => {
    const ws = words(line);
    const runs = buildSpokenRuns(ws);
    expect(runs.runs.map((r) => [r.startWord, r.endWord, r.text])).toEqual(expected);
    // the same runs and word -> run map as the full view, and no text or char maps
    const view = buildSpokenView(ws);
    expect(runs.runs).toEqual(view.runs);
    expect([...runs.wordRun]).toEqual([...view.wordRun]);
    expect(Object.keys(runs).sort()).toEqual(['runs', 'wordRun']);
  });
});
