/**
 * Generic words of Arabic place names (lexicons/names/context/place-prefixes/ar.txt, read by
 * person-places.ts): the name words after one name the place. Word ranges are exact, end
 * exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'Arabic place prefixes', [
  ['a valley', 'Shelling went on around Wadi Morgana overnight.', []],
  ['a monastery town', 'Near Deir Karima, two patrols met.', []],
  ['a spring', 'Near Ayn Layla, one convoy stopped.', []],
  ['raw ASR: a mountain', 'the ridge of jabal morgana runs north', []],
  ['a person nearby stays', 'Lena Quist drove to Wadi Morgana.', [[0, 2]]],
]);
