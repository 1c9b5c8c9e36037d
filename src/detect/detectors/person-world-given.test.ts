/**
 * Given names of the world dictionary (lexicons/names/given-world/, first names of 55 countries
 * with frequencies): names no other list holds, in invented sentences, formatted and raw ASR, with
 * exact word ranges (end exclusive); rare ones count only with a cue. Negatives: English words the
 * dictionary also lists as names stay unredacted in ordinary sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';
import { detectPersons } from './person.js';
import { detectSpelledNames } from './person-spelled.js';

const ranges = (text: string): [number, number][] => {
  const ctx = buildDetectionContext(sayWords(text));
  return [...detectPersons(ctx), ...detectSpelledNames(ctx)]
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

describe('world given names: evidence', () => {
  const cases: [string, NameEvidence][] = [
    // common in some country (2^-5 % or more): a given name on its own
    ['gunvor', NameEvidence.Frequent],
    ['sulev', NameEvidence.Frequent],
    ['bajram', NameEvidence.Frequent],
    ['katsuyuki', NameEvidence.Frequent],
    ['herdís', NameEvidence.Frequent],
    // folded as raw ASR writes it: "herdís" -> "herdis", "þórhildur" -> "thorhildur", "ž" -> "z"
    ['herdis', NameEvidence.Frequent],
    ['thorhildur', NameEvidence.Frequent],
    ['hatidza', NameEvidence.Frequent],
    // rare everywhere: a listed name that needs a cue
    ['ehrengard', NameEvidence.Listed],
    ['mevlija', NameEvidence.Listed],
    ['gyöngyvér', NameEvidence.Listed],
    // the dictionary lists them too, but they are English words: unchanged
    ['file', NameEvidence.None],
    ['valve', NameEvidence.None],
    ['diet', NameEvidence.None],
    ['floor', NameEvidence.None],
    // informal spellings of speech, no names
    ['imma', NameEvidence.None],
    ['tryna', NameEvidence.None],
  ];
  it.each(cases)('%s', (word, expected) => {
    expect(nameEvidence(word)).toBe(expected);
  });
});

type Case = [string, string, [number, number][]];

describe('world given names in sentences', () => {
  const found: Case[] = [
    ['a common Estonian name as object', 'The invoice was approved by Sulev this morning.', [[5, 6]]],
    ['the same (asr)', 'the invoice was approved by sulev this morning', [[5, 6]]],
    ['a common Albanian name, request', 'Please ask Bajram to call me back.', [[2, 3]]],
    ['the same (asr)', 'please ask bajram to call me back', [[2, 3]]],
    ['an Icelandic name with its letters', 'I spoke with Herdís yesterday about the refund.', [[3, 4]]],
    ['the same folded (asr)', 'i spoke with herdis yesterday about the refund', [[3, 4]]],
    ['Bosnian given and family name', 'Hatidža Begović sent the form on Monday.', [[0, 2]]],
    ['the same folded (asr)', 'hatidza begovic sent the form on monday', [[0, 2]]],
    ['a rare name after "my name is"', 'My name is Ehrengard and I phoned about an invoice.', [[3, 4]]],
    ['the same (asr)', 'my name is ehrengard and i phoned about an invoice', [[3, 4]]],
    [
      'sender after a sign-off, before a company with an organisation head',
      'Please write back. Many thanks, Marek Hrbek Mediaplex Inc. is a small firm.',
      [[5, 7]],
    ],
    ['a name that is also a word after a sign-off', 'See you on Friday. Cheers, Will', [[5, 6]]],
    ['the same, closing a message', 'All paid now. Love, Rusty', [[4, 5]]],
  ];
  it.each(found)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const ordinary: string[] = [
    'Please file the claim before the valve is replaced.',
    'please file the claim before the valve is replaced',
    'The door and the floor of the vessel need repair.',
    'the door and the floor of the vessel need repair',
    'Edit the loan form and keep it on file.',
    'The diet plan was ideal for my brain.',
    'ok imma check the account and i am tryna help',
    'Kind regards, Acme Widgets Ltd',
  ];
  it.each(ordinary)('no name in: %s', (text) => {
    expect(ranges(text)).toEqual([]);
  });
});
