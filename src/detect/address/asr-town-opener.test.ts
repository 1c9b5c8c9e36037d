/**
 * Raw ASR: towns opened by a common word (asr-town-opener.ts) and a ZIP+4 said as a ZIP and its
 * extension after a town no list knows (asr-zip.ts), a long postcode said before its town
 * (asr-code-before-town.ts). ADDRESS spans after analyze; streets, towns
 * and codes are invented.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

/** Word spans [start, end) of the ADDRESS entities analyze keeps. */
const addresses = (text: string): [number, number][] =>
  analyze(sayWords(text))
    .filter((c) => c.type === 'ADDRESS')
    .map((c): [number, number] => [c.startWord, c.endWord]);

type Case = [name: string, text: string, spans: [number, number][]];

describe('raw ASR towns opened by a common word, spoken ZIP+4', () => {
  it.each<Case>([
    [
      '"new" and an unknown name closing the turn',
      'my address is four two six tarvel cliffs new orrelbury okay',
      [[3, 10]],
    ],
    [
      'a given name after "west", after a unit',
      'my address is seven twenty nine quarvel knoll suite six fifty west wilhelm okay',
      [[3, 13]],
    ],
    ['an opener and an English word', 'i live at twelve tarvel lane new customer yes', [[3, 6]]],
    ['no number in the street line', 'we walked down tarvel lane new orrelbury okay', []],
    [
      'ZIP+4 said as a ZIP and its extension after an unknown town',
      'ship it to six five oh five tarvel street suite six thirty seven reichmoor one one nine seven oh ninety seven twenty eight before friday',
      [[3, 23]],
    ],
    [
      'the same digits after a French town stay a phone number',
      'ship it to six five oh five tarvel street suite six thirty seven toulouse one one nine seven oh ninety seven twenty eight before friday',
      [[3, 14]],
    ],
    // a long code said before its town (asr-code-before-town.ts)
    [
      'a Portuguese code in groups before a listed town',
      'i live at rua tarvela four six a eighty five forty four one twenty five almada portugal thanks',
      [[3, 17]],
    ],
    [
      'a phone number said after a street, before a town',
      'i live at rua tarvela twelve call me on nine one two three four five six seven lisboa thanks',
      [[3, 6]],
    ],
  ])('%s', (_name, text, spans) => {
    expect(addresses(text)).toEqual(spans);
  });
});
