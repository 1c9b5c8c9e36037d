/**
 * Vetoes on PERSON candidates that the grammar around one word shows to be an ordinary word or a
 * place (person-misreads.ts), run through analyze(), in both styles: formatted and raw ASR. Each
 * class of false positive sits beside the true names that must stay found. Word ranges are exact,
 * end exclusive; every name, place and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('interjections and chat sign-offs', [
  ['laughter as a vocative (asr)', 'okay heh heh he said grabbing the box', []],
  ['a sign-off after thanks', 'Loved the haul video! Thanks xx see you soon', []],
  ['a run-together thank-you', 'Ok Thanku. Will look for it tomorrow.', []],
  ['a real name after thanks stays', 'Loved the haul video! Thanks Maria, see you soon', [[5, 6]]],
  ['a real name after okay stays (asr)', 'okay tamsin please send it again', [[1, 2]]],
]);

table('an office addressed with an honorific', [
  ['Mr. President', 'Can you hear us, Mr. President? We are waiting.', []],
  ['mister speaker (asr)', 'thank you mister speaker the motion is carried', []],
  ['a family name after the honorific stays', 'Can you hear us, Mr. Pelloway? We are waiting.', [[5, 6]]],
  [
    'a family name after the honorific stays (asr)',
    'thank you mister pelloway the motion is carried',
    [[3, 4]],
  ],
]);

table('a lower-case -ing word after a cue', [
  ['a gerund after "miss"', 'if you miss speaking Dutch you can call me', []],
  ['a gerund after "miss" (asr)', 'if you miss speaking dutch you can call me', []],
  ['a name after "miss" stays', 'I spoke to Miss Brandley about it.', [[4, 5]]],
]);

table('a verb between a modal and its object', [
  ['a verb homonym of a given name (asr)', 'she hoped the film would blaze a new path', []],
  ['a verb homonym, formatted', 'She hoped the film would blaze a new path.', []],
  ['a name after a modal in a question stays (asr)', 'so how would dorian know about it', [[3, 4]]],
]);

table('a lower-case noun or modifier after an article', [
  ['an adjective homonym of a given name (asr)', 'it belongs to the roman catholic see of tarnby', []],
  ['a noun after an article and adjectives (asr)', 'thanks for the quiet tall guy here', []],
  ['a noun homonym of a family name (asr)', 'how to start the fisher pump in winter', []],
  ['a family name as a modifier stays (asr)', 'unlike the kovalenko novel it is not about war', [[2, 3]]],
  ['a given name after an article and a noun stays (asr)', 'we met a farmer maria who sold eggs', [[4, 5]]],
  ['a household noun after the name keeps it (asr)', 'we stayed with the martinez family all week', [[4, 5]]],
]);

table('a place after a town and "upon"', [
  ['a river after "upon"', 'A commentator based in Kingston upon Garner. He grew up in Leeds.', []],
  [
    'a river after "upon", a person beside',
    'Based in Richmond upon Garner. Rafe Dunmore grew up there.',
    [[5, 7]],
  ],
  ['"upon" after no town keeps the name', 'We called upon Garner. He came at once.', [[3, 4]]],
]);

table('a name after an area and "of"', [
  ['a département', 'It is a town in the département of Morel. Lucas Brandt lives there.', [[9, 11]]],
  ['a northern area (asr)', 'a depot in the western area of tolvane said an official', []],
  [
    '"of" after a person noun keeps the name',
    'She is the daughter of Morel. Lucas Brandt lives there.',
    [
      [5, 6],
      [6, 8],
    ],
  ],
]);

table('a capitalised head of a law, works or mission', [
  ['laws', 'It became the target of the Kessler Laws. Later it changed.', []],
  ['a mission with a hyphenated name', 'The French Garner-Tesseron Mission, led by two captains, left.', []],
  ['"the works of" keeps the artist', 'It shows the works of Aurelio Brandt, and more.', [[5, 7]]],
  ['a given name before a head that is a family name too', 'Ask Maria Laws about it.', [[1, 3]]],
  ['a lower-case head keeps the name', 'Ask Delphine Morrow what the law says.', [[1, 3]]],
]);

table('a name before a noun of mathematics or physics named after a person', [
  ['a family name before "algebra" (asr)', 'his work on walsh algebra led to it', []],
  ['a given name before "algebra" (asr)', 'so it is a clifford algebra valued in this case', []],
  ['a family name before "metrics"', 'His work on Brandt metrics led to the result.', []],
  ['a pair of names before "manifolds" (asr)', 'the development of calder moss manifolds began', []],
  ['a candidate that ends in the noun (asr)', 'the higgins boson was found', []],
  ['a name before an ordinary word stays (asr)', 'ask clifford about the homework', [[1, 2]]],
  ['a name before "linear algebra" stays (asr)', 'maria linear algebra is tough', [[0, 1]]],
  ['a name before "space" stays (asr)', 'please give maria space today', [[2, 3]]],
]);

table('a word no name list holds after an ordinal that is no date', [
  ['an edition after an ordinal (asr)', 'the song was cut after second mox and came back in fifth mox', []],
  ['two ordinals before it (asr)', 'then albums of fourth seventh mox were not made', []],
  ['a listed given name after a date ordinal stays (asr)', 'on the fourth maria called again', [[3, 4]]],
  ['an unlisted name after a month and ordinal stays (asr)', 'march third zorvan called me', [[2, 3]]],
]);

table('a lower-case English word of no name list after a lower-case adjective', [
  ['a dance after an adjective (asr)', 'you can learn classic salsa is what they said', []],
  ['a sport after an adjective (asr)', 'the age to watch modern sumo is twelve', []],
  // a name list holds it: a name, with or without the adjective
  ['a family name after an adjective stays (asr)', 'poor okonkwo is sick today', [[1, 2]]],
  ['a given name after an adjective stays (asr)', 'young tamsin is here', [[1, 2]]],
]);
