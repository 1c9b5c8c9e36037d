/**
 * Name words that name no person (issue 12, precision in general text), each category in both
 * styles: formatted (capitals, punctuation) and raw ASR (lower case, no punctuation), with the
 * person names beside them that must stay found. Expected word ranges are exact, end exclusive.
 * All names and places are invented or common given/family names and well-known places.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

const ranges = (text: string): [number, number][] =>
  detectPersons(buildDetectionContext(sayWords(text)))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);

type Case = [string, string, [number, number][]];

describe('person detector: places, landmarks and trophies named after people', () => {
  const places: Case[] = [
    ['a place head after a family name', 'The path follows Whitlock Brook past the barn.', []],
    ['a place head after a family name (asr)', 'the path follows whitlock pond past the barn', []],
    ['a park named after a full name', 'We met at Neil Hoskins Park on Sunday.', []],
    ['a park named after a full name (asr)', 'we met at neil hoskins park on sunday', []],
    ['a trophy', 'Her uncle held a Stanley Cup replica.', []],
    ['a trophy (asr)', 'her uncle held a stanley cup replica', []],
    ['a tower', 'We went up Smith Tower yesterday.', []],
    ['a place prefix', 'The river flows into Lake Chad from the south.', []],
    ['a place prefix, abbreviated', 'She coached a St. Louis team in 1961.', []],
    ['a place prefix (asr)', 'she coached a saint louis team in nineteen sixty one', []],
    ['"of" after an organisation head', 'She taught at the University of Dunmore for years.', []],
    ['"of" after a place head (asr)', 'it was built in the city of marlow in the sixties', []],
    ['"of" after a capitalised title word', 'It fell during the Siege of Varrowgate. In July we left.', []],
    ['a list item beside a city', 'He won in Derby, Perth, Leeds and London that year.', []],
    ['a list item beside a city (asr)', 'he won in derby perth leeds and london that year', []],
    // people stay people
    ['a given name before a head that is a surname', 'I met Kevin Park at the office.', [[2, 4]]],
    ['a given name before a head that is a surname (asr)', 'i met kevin park at the office', [[2, 4]]],
    ['a person after "of" in lower case', 'the son of john smith called', [[3, 5]]],
    ['a sentence-initial word before "of"', 'Friends of Lucia Ferrante came too.', [[2, 4]]],
    [
      'a list of people beside a frequent name that is a place too',
      'Jordan, Maria and Ahmed came.',
      [
        [0, 1],
        [1, 2],
        [3, 4],
      ],
    ],
    [
      'a surname that is a town too ends a name in a list (asr)',
      'with molly preston and barry carvane on air',
      [
        [1, 3],
        [4, 6],
      ],
    ],
    ['a possessive before a lower-case head', "We met at Johnson's house after work.", [[3, 4]]],
    ['a possessive before a capitalised head', "The stop at Pellow's Mill was small.", []],
    ['a cue keeps a name before a head', 'my name is anna hall', [[3, 5]]],
    // an article before the chain and a place or organisation head after it
    ['an article, a given name, a head', 'We played at the Ronald Casino in Leeds.', []],
    ['an article, a given name, a head (asr)', 'we played at the ronald casino in leeds', []],
    [
      'an article, a full name, a modifier, a head (asr)',
      'the dorothy kessler public library opened in june',
      [],
    ],
    ['an article, a name, a modifier, a head', 'We skated at the Florence Ice Rink on Monday.', []],
    ['a plural trophy (asr)', 'they won two ronald cups in a row', []],
    ['an article and no head after the name', 'I read the Moreno novel last week.', [[3, 4]]],
    ['a head only in the next sentence', 'She told the Lucia Ferrante. Library hours end soon.', [[3, 5]]],
    ['an article and no head (asr)', 'ask the lucia ferrante who called', [[2, 4]]],
    ['a head before the name is no head after it (asr)', 'we met at the gym with dorothy kessler', [[6, 8]]],
  ];
  it.each(places)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: letter sign-offs', () => {
  const signOffs: Case[] = [
    ['"love" before the writer\'s name (asr)', 'see you soon love stanley', [[4, 5]]],
    ['"Love," before the writer\'s name', 'See you soon. Love, Stanley', [[4, 5]]],
  ];
  it.each(signOffs)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a middle initial between name words no list knows', () => {
  const initials: Case[] = [
    ['capitalised words around a capital initial', 'The song is by Zsofka T Merével this time.', [[4, 7]]],
    ['the same without capitals (asr)', 'the song is by zsofka t merevel this time', [[4, 7]]],
    ['a given name that is also a word', 'Shot by Aura K. Rintamäki in 2011.', [[2, 5]]],
    // not initials
    ['a letter that stands for "and" in a message', 'big night me bro n dem lads', []],
    ['a plan letter (asr)', 'i need plan b premium please', []],
    ['lower-case words around a capital letter', 'We saw it on channel B today.', []],
  ];
  it.each(initials)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: handles that spell a full name', () => {
  const handles: Case[] = [
    ['a camel-case handle', 'Thanks @MartinaKessel: see you there.', [[1, 2]]],
    ['a lower-case handle', 'Nice one @ninabrandt you are right.', [[2, 3]]],
    ['a handle said in raw ASR', 'nice one at ninabrandt you are right', [[3, 4]]],
    ['a title, a given and a family name', 'Hold on. @RevCalvinMercer Read this first', [[2, 3]]],
    // brands, shows and slogans stay visible
    ['a news show', 'Watch @TheBriefingBBC: tonight.', []],
    ['a slogan', 'So true #politics @RecallHarmon today', []],
    ['words that spell no name', 'Follow @notfromthefarmstand for more', []],
    ['an email domain after "at" (asr)', 'write to support at examplemail dot com', []],
    ['a town after "at" (asr)', 'we met at marysville yesterday', []],
  ];
  it.each(handles)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: contraction tails, possessive remnants and weak gazetteer entries', () => {
  const cases: Case[] = [
    ['a contraction tail written apart', "You' ve got to see this one today.", []],
    ['a contraction tail (asr)', 'you ve got to see this one today', []],
    ['a future tail (asr)', 'we ll see you there', []],
    ['a possessive "s" is no middle initial (asr)', 'who is styling peter rose s hair and makeup', [[3, 5]]],
    ['a real middle initial before a listed name (asr)', 'harry s truman was president', [[0, 3]]],
    ['a three-letter list entry alone is no name (asr)', 'nice vid man i liked it', []],
    ['a listed word with a family-name ending (asr)', 'the poems from ivo markovic tales', [[3, 5]]],
    ['a family-name ending alone (asr)', 'an early markovic painting', [[2, 3]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a name again inside a street, place or company name', () => {
  const cases: Case[] = [
    ['a lone name before a street type', 'She lives on Harrison Street now.', []],
    ['a lone name before a street type (asr)', 'she lives on harrison street now', []],
    ['a full name before a street type stays a name', 'Henrik Vossler Court clerk', [[0, 2]]],
    ['a repeat before a street type', 'I spoke to Dana Harrison. She lives on Harrison Street.', [[3, 5]]],
    ['a repeat before an organisation head', 'Marco Ferlini founded it. Ferlini Design grew.', [[0, 2]]],
    [
      'a repeat before an ordinary word and an organisation head (asr)',
      'ted hollins came hollins high school opened',
      [[0, 2]],
    ],
    [
      'a repeat as the person',
      'Marco Ferlini founded it. Ferlini said so.',
      [
        [0, 2],
        [4, 5],
      ],
    ],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: towns, peoples and asides', () => {
  const cases: Case[] = [
    ['a town that only the census list holds as a name', 'The mill moved to suburban Reston in 1990.', []],
    [
      'a town that only the census list holds (asr)',
      'the mill moved to suburban reston in nineteen ninety',
      [],
    ],
    [
      'a town that is a family name of the lists stays a name',
      'Dana Cowley left. Cowley won.',
      [
        [0, 2],
        [3, 4],
      ],
    ],
    ['a people in the plural', 'Many Jews left the city in 1939.', []],
    ['a people in the plural (asr)', "the march of vienna's jews to the camps", []],
    [
      'a bracket ends a name, its nationality is not repeated',
      'Tobin Varlow (Russian: born 1951) is a Russian jazz pianist.',
      [[0, 2]],
    ],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: sentences in other languages', () => {
  const cases: Case[] = [
    [
      'German function words between names',
      'Hans und nicht mit Anna.',
      [
        [0, 1],
        [4, 5],
      ],
    ],
    ['German function words after a name (asr)', 'maria und sie gingen', [[0, 1]]],
    ['Hindi function words after a name (asr)', 'priya toh nahi aayi', [[0, 1]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a written ordinal before an edition or model name', () => {
  const cases: Case[] = [
    ['an ordinal before a title-case word', 'Then came Kx7R 2nd RemiX in the arcades.', []],
    ['an ordinal range before a word', 'OST discs of 3rd-5th RemiX were never pressed.', []],
    // a date's day before a name stays out of the rule
    ['a date: month, day, name', 'On March 2nd Chidi Nwankwo called.', [[3, 5]]],
    ['a date: the day, name', 'On the 3rd Brunnquell noticed it.', [[3, 4]]],
    ['a date: abbreviated month', 'Jan 3rd Chidi Nwankwo called.', [[2, 4]]],
    ['a frequent name after an ordinal stays a name', 'The 2nd Okonkwo album sold well.', [[2, 3]]],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});

describe('person detector: a lone name word after an article that heads its noun phrase', () => {
  const cases: Case[] = [
    ['before a conjunction', 'It ran between the Franklin and the harbour.', []],
    ['before a conjunction (asr)', 'it ran between the franklin and the harbour', []],
    ['before a verb-less function word', 'He hid it in a Harrison for the trip.', []],
    ['at a sentence end', 'She bought a Martinez.', []],
    ['before a number (asr)', 'he carried a johnson nine millimetre', []],
    // the name as a modifier, a middle initial, or with no article stays a name
    ['a modifier: the name before a noun', 'After the Johnson trial, it was quiet.', [[2, 3]]],
    ['a modifier (asr)', 'where are the kowalski twins now', [[3, 4]]],
    ['no article', 'We spoke to Harrison and left.', [[3, 4]]],
    [
      'a spelled letter, not an article (asr)',
      't k j w a brennan and lucy',
      [
        [5, 6],
        [7, 8],
      ],
    ],
  ];
  it.each(cases)('%s: %s', (_label, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });
});
