/**
 * Words of a sentence in another language read as names (person-foreign-sentence.ts), run through
 * analyze() in both styles, beside the names that must stay. Word ranges are exact, end exclusive;
 * every name and sentence is invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'nouns of a sentence in another language are no names', [
  ['a Spanish noun among Spanish function words', 'no sé por qué Derrota es una palabra tan fea', []],
  ['a listed name that is a Spanish noun (asr)', 'ya tengo mi paloma para que no se sienta sola', []],
]);

spanTable('PERSON', 'names in or beside a sentence in another language stay names', [
  ['a capitalised given name in a Spanish sentence', 'pienso que Rosalba no es una persona', [[2, 3]]],
  ['a listed given name written with a capital', 'ya tengo mi Paloma para que no se sienta sola', [[3, 4]]],
  ['a full name in a Spanish sentence', 'la prensa dice que Marta Olvido es una mujer', [[4, 6]]],
  ['an English sentence with one Spanish word', 'Then Ivo Brandt said que no', [[1, 3]]],
]);
