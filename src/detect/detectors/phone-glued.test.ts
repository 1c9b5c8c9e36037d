/**
 * Phone numbers glued together in one whitespace token, as contact exports, CSV-ish signatures and
 * forms write them: "415-555-0142-Office,(415) 555-0199-Mobile", "0142/415-555-0199",
 * "0142(Office)415-555-0199", "Office:415-555-0142,Mobile:415-555-0199", a number and a name
 * ("415-555-0142,Jane"). Every word holding part of a number must be covered by a PHONE_NUMBER
 * span, and nothing else. Precision: date ranges, dates, prices, reference numbers, versions and
 * ISBNs glued the same way stay one word (src/detect/split-words.ts). Every number and line is
 * INVENTED (555-01xx for North America, libphonenumber-js example numbers for other regions).
 */
import { describe, expect, it } from 'vitest';
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json' with { type: 'json' };
import { analyze } from '../analyze.js';
import { mapToOriginal, subWords } from '../split-words.js';
import type { Candidate, Word } from '../../types.js';

const wordsOf = (line: string): Word[] =>
  line.split(' ').map((text, i) => ({ text, start: i * 0.4, end: i * 0.4 + 0.3, speaker: 'customer' }));

/** The words covered by PHONE_NUMBER spans, in order. */
function phoneWords(line: string): number[] {
  const words = new Set<number>();
  for (const c of analyze(wordsOf(line)))
    if (c.type === 'PHONE_NUMBER') for (let w = c.startWord; w < c.endWord; w++) words.add(w);
  return [...words].sort((a, b) => a - b);
}
const range = (start: number, end: number): number[] =>
  Array.from({ length: end - start }, (_, k) => start + k);

describe('a word that glues numbers is read as its numbers', () => {
  it.each<[string, string[] | null]>([
    ['415-555-0142-Office,(415)', ['415-555-0142-Office,', '(415)']],
    ['415-555-0142,415-555-0199.', ['415-555-0142,', '415-555-0199.']],
    ['415-555-0142;415-555-0199', ['415-555-0142;', '415-555-0199']],
    // a table's pipe is read as a comma
    ['415-555-0142|415-555-0199', ['415-555-0142,', '415-555-0199']],
    ['415-555-0142/415-555-0199', ['415-555-0142', '/', '415-555-0199']],
    ['555-014-Office,+1-415-555-0199x123-Mobile', ['555-014-Office,', '+1-415-555-0199x123-Mobile']],
    ['415-555-0142(Office)415-555-0199(Mobile)', ['415-555-0142', '(Office)', '415-555-0199', '(Mobile)']],
    ['Office:415-555-0142,Mobile:415-555-0199', ['Office:415-555-0142,', 'Mobile:415-555-0199']],
    ['415-555-0142Mobile:415-555-0199', ['415-555-0142', 'Mobile:415-555-0199']],
    ['+14155550142,+14155550199', ['+14155550142,', '+14155550199']],
    ['415-555-0142,Jane', ['415-555-0142,', 'Jane']],
    // a separator escaped as vCard and CSV exports write it
    ['415-555-0142-Office\\,415-555-0199', ['415-555-0142-Office,', '415-555-0199']],
    ['2019\\,2020', null],
    ['7946-0018\\;Mobile:+44-20-7946-0019', ['7946-0018;', 'Mobile:+44-20-7946-0019']],
    // precision: no number of seven digits or a label before the separator
    ['2019,2020', null],
    ['1,234,567', null],
    ['10/12/2024', null],
    ['2019-2020', null],
    ['678/0412', null],
    ['v1.2.3/1.2.4', null],
    ['12-Jan-2024,13-Jan-2024', null],
    ['INV-2024-00123,INV-2024-00124', null],
    ['$1,234,567.89', null],
    ['40.712776,-74.005974', null],
    ['10:30-11:45,14:00-16:00', null],
    ['Telefon/Fax:030-901820', null],
  ])('%s', (text, parts) => expect(subWords(text)).toEqual(parts));

  // the word goes on from digit groups written before it: its first part ends that number
  it.each<[string, boolean, boolean, string[] | null]>([
    ['4567,050', true, true, ['4567,', '050']],
    ['56,70', true, true, ['56,', '70']],
    ['4567,+1', true, true, ['4567,', '+1']],
    ['9998,8', true, true, ['9998,', '8']],
    ['4567(Mobile)', true, false, ['4567', '(Mobile)']],
    ['56,70', false, true, null],
    // a decimal comma after thousands ("12 345,67 euros") needs groups after it too
    ['345,67', true, false, null],
    // a slash inside groups stays: after an area code it is one number ("0486/68 65 78")
    ['0486/68', true, true, null],
  ])('%s (after groups %s, before groups %s)', (text, after, before, parts) =>
    expect(subWords(text, after, before)).toEqual(parts),
  );
});

describe('every word holding part of a glued number is covered, nothing else', () => {
  it.each<[string, number[]]>([
    ['Phone: 415-555-0142-Office,(415) 555-0199-Mobile', range(1, 3)],
    ['Phone: 415-555-0142-Office,415-555-0199-Mobile', range(1, 2)],
    ['(71) 555-014-Office,+1-415-555-0199x123-Mobile thanks', range(0, 2)],
    ['call 415-555-0142/415-555-0199', range(1, 2)],
    ['call 415-555-0142,415-555-0199.', range(1, 2)],
    ['call 0612 555 01 42-Office,001-415-555-0123x4567-Fax', range(1, 5)],
    ['call 415-555-0142(Office)415-555-0199(Mobile) anytime', range(1, 2)],
    ['Office:415-555-0142,Mobile:415-555-0199', range(0, 1)],
    ['Phone: 415-555-0142,Fax:415-555-0199', range(1, 2)],
    ['Phone: 415-555-0142-Home,415-555-0199-Work,415-555-0123-Cell', range(1, 2)],
    ['Contact: 030 901820,030 901821 after six', range(1, 4)],
    ['Contact: +44 20 7946 0018,+33 6 12 34 56 78 after six', range(1, 10)],
    ['Contact: 8 (912) 345-67-89;8 (912) 345-67-80 after six', range(1, 6)],
    ['Contact: 70 12 34 56|70 12 34 57 after six', range(1, 8)],
    ['Contact: 0412 345 678(Office)0412 345 679(Mobile) after six', range(1, 6)],
    ['Contact: Office:0412 345 678,Mobile:0412 345 679 after six', range(1, 6)],
    ['Tarnmoor 48213 (415) 555-0142-Office\\,(415) 555-0199 thanks', range(2, 5)],
    ['Contact: 0412 345 678-Office\\,0412 345 679 after six', range(1, 6)],
  ])('%s', (line, want) => expect(phoneWords(line)).toEqual(want));

  it('a number glued to a name gives the name its own words after the shared one', () => {
    const found = analyze(wordsOf('Phone 415-555-0142,Jane Ward anytime')).map((c) => [
      c.type,
      c.startWord,
      c.endWord,
    ]);
    expect(found).toEqual([
      ['PHONE_NUMBER', 1, 2],
      ['PERSON', 2, 3],
    ]);
  });

  it.each([
    'The project ran 2019-2020,2021-2022 and ended.',
    'Meetings on 10/12/2024,11/12/2024 were moved.',
    'Total was 1,234,567.89 dollars.',
    'It costs EUR 12 345,67 per month.',
    'Invoices INV-2024-00123,INV-2024-00124 are open.',
    'Install v1.2.3/1.2.4 or 1.10.2,1.10.3 now.',
    'ISBN 0-306-40615-2/0-19-852663-6 in stock.',
    'ISBN 978-0-306-40615-7,978-0-19-852663-6 in stock.',
    'Open 10:30-11:45,14:00-16:00 daily.',
    'Location 40.712776,-74.005974 here.',
    'Serial SN-20240512-0042,SN-20240512-0043 failed.',
    'Case 2024-CV-001234,2024-CV-001235 filed.',
  ])('no phone: %s', (line) => expect(phoneWords(line)).toEqual([]));
});

describe('mapToOriginal', () => {
  const e = (type: string, startWord: number, endWord: number, score: number): Candidate =>
    ({ type, startWord, endWord, score, detector: 't', value: '' }) as Candidate;
  // sub-words 0,1 come from word 0; 2 from word 1
  const origin = Int32Array.from([0, 0, 1]);
  it.each<[string, Candidate[], [string, number, number][]]>([
    [
      'same type: one span',
      [e('PHONE_NUMBER', 0, 1, 0.5), e('PHONE_NUMBER', 1, 3, 0.9)],
      [['PHONE_NUMBER', 0, 2]],
    ],
    [
      'other type going on: its own words after',
      [e('PHONE_NUMBER', 0, 1, 0.5), e('PERSON', 1, 3, 0.9)],
      [
        ['PHONE_NUMBER', 0, 1],
        ['PERSON', 1, 2],
      ],
    ],
    [
      'other type inside the word: the stronger',
      [e('PHONE_NUMBER', 0, 1, 0.5), e('PERSON', 1, 2, 0.9)],
      [['PERSON', 0, 1]],
    ],
  ])('%s', (_name, entities, want) =>
    expect(mapToOriginal(entities, origin).map((c) => [c.type, c.startWord, c.endWord])).toEqual(want),
  );
});

/**
 * A generated table: two example mobile numbers (every third region libphonenumber-js knows, with
 * the region seven places on) glued in each way, written in each style. Recall = every word of
 * both numbers covered and nothing else.
 */
const STYLES: Record<string, (n: NonNullable<ReturnType<typeof getExampleNumber>>) => string> = {
  national: (n) => n.formatNational(),
  international: (n) => n.formatInternational(),
  e164: (n) => n.number,
  hyphens: (n) => n.formatNational().replace(/ /g, '-'),
  dots: (n) => n.formatNational().replace(/[ -]/g, '.'),
  'international hyphens': (n) => n.formatInternational().replace(/ /g, '-'),
};
const GLUES: Record<string, (a: string, b: string) => string> = {
  comma: (a, b) => `${a},${b}`,
  semicolon: (a, b) => `${a};${b}`,
  pipe: (a, b) => `${a}|${b}`,
  slash: (a, b) => `${a}/${b}`,
  'label comma': (a, b) => `${a}-Office,${b}-Mobile`,
  'bracketed label': (a, b) => `${a}(Office)${b}(Mobile)`,
  'colon label': (a, b) => `Office:${a},Mobile:${b}`,
  extension: (a, b) => `${a}x123,${b}`,
  'extension label': (a, b) => `${a}x123-Office,${b}x45-Fax`,
};
/**
 * Measured when written: national 0.980, every other style 1.000 (before: 0.146 national, 0.111
 * international, 0.072 international hyphens, 0.005 hyphens and dots, 0 E.164). National misses:
 * a slash inside digit groups stays (see subWords), trunk digits of one digit.
 */
const FLOORS: Record<string, number> = {
  national: 0.97,
  international: 0.99,
  e164: 0.99,
  hyphens: 0.99,
  dots: 0.99,
  'international hyphens': 0.99,
};
const DATE_LIKE = /^\d{1,2}([-.])\d{1,2}\1\d{2}$/;

describe('glued example numbers of many regions', () => {
  const regions = getCountries();
  const number = (r: CountryCode) => {
    const n = getExampleNumber(r, examples as never);
    return n && n.nationalNumber.length > 6 ? n : undefined;
  };
  const tally = new Map<string, { hit: number; n: number }>();
  for (let i = 0; i < regions.length; i += 3) {
    const a = number(regions[i]!);
    const b = number(regions[(i + 7) % regions.length]!);
    if (!a || !b) continue;
    for (const [style, write] of Object.entries(STYLES)) {
      const first = write(a);
      if (DATE_LIKE.test(first)) continue;
      // national numbers of one region: the second is the first with its last digit changed
      const second =
        /national|hyphens|dots/.test(style) && !style.startsWith('international')
          ? first.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10))
          : write(b);
      for (const glue of Object.values(GLUES)) {
        const body = glue(first, second);
        const line = `Contact details: ${body} after six.`;
        const hit = phoneWords(line).join() === range(2, 2 + body.split(' ').length).join();
        const t = tally.get(style) ?? tally.set(style, { hit: 0, n: 0 }).get(style)!;
        t.n++;
        if (hit) t.hit++;
      }
    }
  }
  it.each(Object.entries(FLOORS))('%s', (style, floor) => {
    const t = tally.get(style)!;
    expect(t.n).toBeGreaterThan(300);
    expect(t.hit / t.n).toBeGreaterThanOrEqual(floor);
  });
});
