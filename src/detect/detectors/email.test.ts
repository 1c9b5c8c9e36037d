import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
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

/** Country domains (issue 12): two-letter domains of every country, written, spoken and spelled. */
describe('email addresses with country domains', () => {
  it.each([
    ['My address is jan.novak@example.cz today.', [[3, 4, 'jan.novak@example.cz']]],
    ['write to jan dot novak at example dot cz please', [[2, 9, 'jan.novak@example.cz']]],
    ['write to jan dot novak at example dot c z please', [[2, 10, 'jan.novak@example.cz']]],
    ['it is jan dot novak at example dot co dot uk thanks', [[2, 11, 'jan.novak@example.co.uk']]],
    ['it is jan dot novak at example dot co dot u k thanks', [[2, 12, 'jan.novak@example.co.uk']]],
    ['e mail szaszjanka at example dot d e website', [[2, 8, 'szaszjanka@example.de']]],
    ['send it to ema dot horvath at correo dot s k please', [[3, 11, 'ema.horvath@correo.sk']]],
    ['my email is liam eight eight at posta dot s v and', [[3, 11, 'liam88@posta.sv']]],
    // a word said right before a one-word local part is the sentence's, unless it is a name
    ['send the money to these thieves jdoe at example dot com now', [[6, 11, 'jdoe@example.com']]],
    ['forward it to the scammers kovacs at example dot hu', [[5, 10, 'kovacs@example.hu']]],
    ['mail leila cox at example dot com', [[1, 7, 'leilacox@example.com']]],
    ['write to jana nowak seven at example dot pl', [[2, 9, 'jananowak7@example.pl']]],
  ])('finds %s', (line, expected) => {
    expect(found(line)).toEqual(expected);
  });

  it.each([
    // web addresses are not emails
    ['visit us online at www.example.com for more'],
    ['more at w w w dot example dot com slash photos'],
    ['rt at somebody t dot co slash abc'],
    // "at" before a place and a word is no address
    ['we met at the office dot and then left'],
  ])('leaves %s alone', (line) => {
    expect(found(line)).toEqual([]);
  });
});
