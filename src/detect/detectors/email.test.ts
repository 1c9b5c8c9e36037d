import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../test-words.js';
import { detectEmails } from './email.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ctxOf = (text: string): DetectionContext => buildDetectionContext(sayWords(text));

const found = (text: string): [number, number, string][] =>
  detectEmails(ctxOf(text)).map((c): [number, number, string] => [c.startWord, c.endWord, c.value]);

describe('email detector', () => {
  const cases: [string, string, [number, number, string][]][] = [
    [
      'written, punctuation attached',
      'Sure, it is jane.doe@example.com. Thanks',
      [[3, 4, 'jane.doe@example.com']],
    ],
    [
      'spoken with dots',
      'my email is jane dot doe at example dot com okay',
      [[3, 10, 'jane.doe@example.com']],
    ],
    [
      'underscore, initial and digits',
      'it is j doe underscore seven at example dot org',
      [[2, 10, 'jdoe_7@example.org']],
    ],
    [
      'number words in the local part',
      "it's jane seventy seven at example dot net",
      [[1, 8, 'jane77@example.net']],
    ],
    [
      'filler inside the value',
      'email is jane uh dot doe at example dot com',
      [[2, 10, 'jane.doe@example.com']],
    ],
    ['spelled local part', 'that is j a n e at example dot com', [[2, 10, 'jane@example.com']]],
    ['domain said as one token', 'it is ravi at example.com', [[2, 5, 'ravi@example.com']]],
    [
      '"at sign" and dash',
      'jane at sign north dash shore dot co dot uk',
      [[0, 10, 'jane@north-shore.co.uk']],
    ],
    ['split provider name', "it's ngozi at g mail dot com", [[1, 7, 'ngozi@gmail.com']]],
    [
      'tld that is also a word',
      'hiroshi underscore tanaka at example dot me',
      [[0, 7, 'hiroshi_tanaka@example.me']],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['"at" without a domain', 'i was at the store at noon'],
    ['domain without a tld', 'we met at jane dot doe'],
    ['no local part', 'email is at example dot com'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
