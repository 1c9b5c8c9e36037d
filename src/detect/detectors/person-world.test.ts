/**
 * Names of many origins and in general text (issue 12), each miss category in both styles:
 * formatted (capitals, punctuation) and raw ASR (lower case, no punctuation). Expected word ranges
 * are exact, end exclusive. All names are invented or common given/family names.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';
import { detectSpelledNames } from './person-spelled.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ranges = (text: string): [number, number][] => {
  const ctx = buildDetectionContext(sayWords(text));
  return [...detectPersons(ctx), ...detectSpelledNames(ctx)]
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

type Case = [string, string, [number, number][]];

describe('person detector on general text, formatted and raw ASR', () => {
  const narrative: Case[] = [
    ['lone surname as the subject of a verb', 'Varnholt took her first title in 1990.', [[0, 1]]],
    [
      'lone surname as the subject of a verb (asr)',
      'varnholt took her first title in nineteen ninety',
      [[0, 1]],
    ],
    ['full name after "went to"', 'The award went to Tomasz Wieczorek in 2004.', [[4, 6]]],
    ['full name after "went to" (asr)', 'the award went to tomasz wieczorek in two thousand four', [[4, 6]]],
    ['surname before a verb of saying', 'Yesterday Papadakis said the plan was fine.', [[1, 2]]],
    ['surname before a verb of saying (asr)', 'yesterday papadakis said the plan was fine', [[1, 2]]],
    ['a family-name ending of Finnish', 'Pelkänen is a fine example.', [[0, 1]]],
    ['a family-name ending, diacritics dropped (asr)', 'pelkanen is a fine example', [[0, 1]]],
  ];
  it.each(narrative)('narrative: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const origins: Case[] = [
    [
      'diacritics and double surnames, hyphenated surname',
      'I met Ngozi Adeyemi-Okafor and José García López at the office.',
      [
        [2, 4],
        [5, 8],
      ],
    ],
    [
      'the same without capitals (asr)',
      'i met ngozi adeyemi-okafor and josé garcía lópez at the office',
      [
        [2, 4],
        [5, 8],
      ],
    ],
    ['particles bin and al-', 'Please ask Rashid bin Saleh al-Amin.', [[2, 6]]],
    ['particles bin and al- (asr)', 'please ask rashid bin saleh al-amin', [[2, 6]]],
    ['particles van der', 'The film was made by Maria van der Berg.', [[5, 9]]],
    ['particles van der (asr)', 'the film was made by maria van der berg', [[5, 9]]],
    ['an unknown first name beside a listed family name', 'Then Zulay Magomedov called.', [[1, 3]]],
    ['an unknown first name beside a listed family name (asr)', 'then zulay magomedov called', [[1, 3]]],
  ];
  it.each(origins)('origins: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const forms: Case[] = [
    ['"Name:" label', 'Name: Zulay Magomedov Phone: 555-0134', [[1, 3]]],
    ['"name" label (asr)', 'name zulay magomedov phone five five five', [[1, 3]]],
    ['"Patient:" label takes any word', 'Patient: Frank Okafor', [[1, 3]]],
    ["a letter's salutation", 'Dear Dmytro, thank you for the letter.', [[1, 2]]],
    ['a sign-off', 'Regards, Elnur Mammadli', [[1, 3]]],
    ['a sign-off (asr)', 'regards elnur mammadli', [[1, 3]]],
    ['a speaker label in the text', 'Marta: Can you hear me?', [[0, 1]]],
    ['a speaker name without its colon (asr)', 'marta can you hear me', [[0, 1]]],
  ];
  it.each(forms)('forms and labels: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const lists: Case[] = [
    [
      'an unknown name in a comma list of names',
      'They had three: Gaetane, Hannah and Anthony.',
      [
        [3, 4],
        [4, 5],
        [6, 7],
      ],
    ],
    [
      'the same list without commas (asr)',
      'they had three gaetane hannah and anthony',
      [
        [3, 5],
        [6, 7],
      ],
    ],
    [
      'an unknown last item after "and"',
      'Aarav, Luna, Nina and Baatar.',
      [
        [0, 1],
        [1, 2],
        [2, 3],
        [4, 5],
      ],
    ],
    [
      'a lower-case word of a cased sentence is no item',
      "In the clubs' velkrow, Ivo Rask, Ana Lenz and Tomas Berg spoke.",
      [
        [4, 6],
        [6, 8],
        [9, 11],
      ],
    ],
    [
      'a sentence all in lower case keeps its items',
      'Great show. thanks velkrow, ivo rask and ana lenz',
      [
        [3, 4],
        [7, 9],
      ],
    ],
  ];
  it.each(lists)('lists: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const initials: Case[] = [
    ['a middle initial with a period', 'Sincerely, John Q. Smith', [[1, 4]]],
    ['a middle initial (asr)', 'sincerely john q smith', [[1, 4]]],
    ['an initial before an unknown family name', 'I spoke with Raisa D. Varnavina yesterday.', [[3, 6]]],
    ['an initial before an unknown family name (asr)', 'i spoke with raisa d varnavina yesterday', [[3, 6]]],
    ['an initial before a family name that is also a word (asr)', 'colonel tobin l varlow retired', [[1, 4]]],
  ];
  it.each(initials)('middle initials: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const spelled: Case[] = [
    [
      'a two-letter surname spelled after it is said (asr)',
      'my last name is vu v u',
      [
        [4, 5],
        [5, 7],
      ],
    ],
    [
      'a two-letter surname spelled with hyphens',
      'My last name is Vu, V-U.',
      [
        [4, 5],
        [5, 6],
      ],
    ],
  ];
  it.each(spelled)('spelled: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const scripts: Case[] = [
    ['Cyrillic family and given name', 'Иванов Сергей called about the bill.', [[0, 2]]],
    ['Greek family name', 'Ask Παπαδόπουλος about it.', [[1, 2]]],
    ['a Chinese full name in one word', 'my colleague 王伟 called', [[2, 3]]],
    ['a Korean full name in one word', 'then 김민준 answered', [[1, 2]]],
  ];
  it.each(scripts)('non-Latin scripts: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const visible: [string, string][] = [
    ['nationality words that name lists hold', 'I ordered Danish pastries.'],
    ['nationality words (asr)', 'i ordered danish pastries'],
    ['an acronym read out letter by letter (asr)', 'we watched the m t v awards'],
    [
      'names that are common words, in ordinary use',
      'I will grant that the rose garden bill is in the park.',
    ],
    ['names that are common words (asr)', 'i will grant that the rose garden bill is in the park'],
    ['a firm named after its partners', 'The Harlow, Bennett and Fairfax Orchestra played.'],
    ['a firm named after its partners (asr)', 'the harlow bennett and fairfax orchestra played'],
  ];
  it.each(visible)('stays visible: %s', (_name, text) => {
    expect(ranges(text)).toEqual([]);
  });
});
