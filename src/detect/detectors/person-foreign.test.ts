/**
 * Words of a phrase in another language read as a name (person-foreign.ts, applied by
 * person-veto.ts), run through analyze() in both styles, beside the names that must stay. Word
 * ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('a noun beside a function word of its language is no name', [
  ['Spanish possessive and noun', 'he said mi Casa!!! so proud', []],
  ['Spanish possessive and noun (asr)', 'the ring said mi vida it was lovely', []],
  ['a noun that is also a rarer name', 'she said te amo mi Vida and left', []],
  ['French conjunction and noun', 'We danced to Paix et Amour all night.', []],
  ['German negation and noun', 'wir haben nicht Zeit und Geld', []],
]);

table('names beside foreign function words stay names', [
  // no noun of the language: a name
  ['a name after "mi"', 'I spoke with mi Tamsin yesterday', [[4, 5]]],
  ['a family name after a Spanish noun', 'called mi amigo Brennan today', [[3, 4]]],
  // frequent names are never read as nouns ("Rosa")
  [
    'frequent names around "und"',
    'we met Rosa und Ana there',
    [
      [2, 3],
      [4, 5],
    ],
  ],
]);

table('German prepositions that are English words or particles join the phrase', [
  ['"von" after a German noun', 'Wir lasen ein Buch von Zeit und Geld.', []],
  ['"von" after a German noun (asr)', 'wir lasen ein buch von tag und geld', []],
  ['a frequent name between "nicht" and "in" (asr)', 'er arbeitet nicht nur in der stadt', []],
  // "von" opens no phrase of its own: a German family name with its particle stays
  [
    'a particle name after "und"',
    'Ilka Ebner und von Stein signed the letter',
    [
      [0, 2],
      [3, 5],
    ],
  ],
  ['a given name before "von" stays', 'we met Ilka von Brandt in the hall', [[2, 5]]],
]);
