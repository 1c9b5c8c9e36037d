import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from './analyze.js';
import { findSeeds, type Seed } from './seeds.js';
import { sayWords } from '../../test/helpers/words.js';

const find = (line: string, seeds: Seed[]) =>
  findSeeds(buildDetectionContext(sayWords(line)), seeds, 'seed').map((c) => [
    c.type,
    c.startWord,
    c.endWord,
  ]);

describe('seeded values', () => {
  it.each<[string, Seed, (string | number)[][]]>([
    [
      'calling from four one five five five five oh one three two today',
      { type: 'PHONE_NUMBER', value: '(415) 555-0132' },
      [['PHONE_NUMBER', 2, 12]],
    ],
    ['it is 1-415-555-0132.', { type: 'PHONE_NUMBER', value: '415.555.0132' }, [['PHONE_NUMBER', 2, 3]]],
    // one misheard digit in a long number
    [
      'account eight eight four five two seven seven oh seven',
      { type: 'ACCOUNT_NUMBER', value: '884527706' },
      [['ACCOUNT_NUMBER', 1, 10]],
    ],
    ['hi this is Maria Okafor, hello', { type: 'PERSON', value: 'maria okafor' }, [['PERSON', 3, 5]]],
    [
      'yes okafer spelled o k a f o r',
      { type: 'PERSON', value: 'Maria Okafor' },
      [
        ['PERSON', 1, 2],
        ['PERSON', 3, 9],
      ],
    ],
    ['jane dot doe at example dot com', { type: 'EMAIL', value: 'jane.doe@example.com' }, [['EMAIL', 0, 7]]],
    ['mail Jane.Doe@example.com.', { type: 'EMAIL', value: 'jane.doe@example.com' }, [['EMAIL', 1, 2]]],
    [
      'it is fourteen twenty seven maple avenue in springfield',
      { type: 'ADDRESS', value: '1427 Maple Ave, Springfield, IL 62704' },
      [['ADDRESS', 2, 7]],
    ],
    [
      'the zip is six two seven oh four',
      { type: 'ADDRESS', value: '1427 Maple Ave, Springfield, IL 62704' },
      [['ADDRESS', 3, 8]],
    ],
  ])('%s', (line, seed, expected) => {
    expect(find(line, [seed])).toEqual(expected);
  });

  it('does not match everyday-word parts or other numbers', () => {
    expect(
      find('i will call you at four one five five five five oh one nine nine', [
        { type: 'PERSON', value: 'Will Okafor' },
        { type: 'PHONE_NUMBER', value: '415-555-0132' },
      ]),
    ).toEqual([]);
    expect(find('maple is nice', [{ type: 'ADDRESS', value: '1427 Maple Ave' }])).toEqual([]);
  });
});
