import { describe, expect, it } from 'vitest';
import { analyze, buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

/** Word spans [start, end) of the addresses found in a text ("|" switches speaker). Invented examples. */
const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('a crossing of two short sides (round 17)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['ordinals sharing one type', 'Crews shut 3rd & 4th Ave for a week.', [[2, 6]]],
    ['numbered roads with their types', 'The fault is at 3 St & 9 Ave, thanks.', [[4, 9]]],
    ['a name crossing an ordinal', 'Works will close Velkova & 32nd for a week.', [[3, 6]]],
    ['a lower-case name, the second side typed', 'Works will close orrel & quarry ave for a week.', [[3, 7]]],
    ['an ordinal street, then an ordinal', 'The crash was at 1st St & 4th just after noon.', [[4, 8]]],
    ['raw ASR ordinals and "and"', 'road works will close first and second avenue for a week', [[4, 8]]],
    ['raw ASR spoken ordinal', 'works will close velkova and thirty second street for a week', [[3, 8]]],
    ['raw ASR numbered roads', 'the fault is at three street and nine avenue thanks', [[4, 9]]],
    // negatives: no type and no ordinal, a ranking, everyday-word types, two bare names with "and"
    ['two bare names', 'Works will close Tamsin & Orrel for a week.', []],
    ['two ordinals, no type', 'We finished 1st & 2nd in the race.', []],
    ['everyday-word type', 'They came first and second place.', []],
    ['two places, an everyday-word type', 'Sunny in Velkova & Elm Park, Galway today.', []],
    // (round 19b reads "first street and second just after noon": the ordinal closes the phrase)
    ['raw ASR: an untyped second side before a noun', 'the crash was at first street and second floor', []],
    ['raw ASR: common words', 'i met dara and home street', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('one street word before its town (round 17)', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a glued Dutch type, comma, town',
      'Delivery address: Vinkdreef, Utrecht Preferred day: Monday',
      [[2, 4]],
    ],
    ['raw ASR glued type and town, closed', 'please send it to vinkdreef utrecht thank you', [[4, 6]]],
    ['a lone street word, comma, town', 'Drop-off point: Promenade, Bremen. Best day: Monday', [[2, 4]]],
    ['a compass word before it', 'My new address is West Esplanade, Leeds. Thanks', [[4, 7]]],
    ['raw ASR after a cue', 'my new address is west esplanade leeds the van is parked', [[4, 7]]],
    // negatives: no town after it, a lone word in lower case in formatted text, no close in raw ASR
    ['no town', 'We walked along the Esplanade yesterday.', []],
    ['lower case, formatted', 'We had a picnic on the esplanade, Berlin style.', []],
    ['raw ASR, nothing closes it and no cue', 'we saw vinkdreef utrecht people there', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a numbered national or territorial road (round 17)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['glued letters after "at"', 'Ask Dara to host it at RN9 and send the details.', [[6, 7]]],
    ['letters apart, then the town', "It's RT 4, Mata'utu now.", [[1, 4]]],
    ['"Route" and the number, then the town', 'The office is at Route 212, Tamsby, Ghana today.', [[4, 8]]],
    ['raw ASR letters said one by one', 'ask dara to host it at r n nine and send the details', [[6, 9]]],
    ['raw ASR with its town', "it's r t four mata'utu now see you", [[1, 5]]],
    // negatives: not placed, nothing after; a registered nurse
    ['not placed', 'The RN9 model was sold out.', []],
    ['a nurse', 'She is an RN and works nights.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('prefix street types of Chamorro and Malagasy (round 17)', () => {
  const cases: [string, string, [number, number][]][] = [
    ['Chamorro "chalan" after "at"', 'Ask Dara to meet us at Chalan Orrel Tamsin and send it.', [[6, 9]]],
    ['Malagasy "lalana" after "at"', 'Ask Dara to host it at Lalana Velomby Kora and send it.', [[6, 9]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(found(text)).toEqual(expected));
});

describe('a person reading inside an address keeps the address type (round 17)', () => {
  it('a title read in "Dr At" and a town read as a given name', () => {
    const words = sayWords('The crash was at E Tamsin Dr At Orrel Ln, Tyler, TX 75701, USA last night.');
    const spans = analyze(words).map((c) => [c.type, c.startWord, c.endWord]);
    expect(spans).toEqual([['ADDRESS', 4, 14]]);
  });
});
