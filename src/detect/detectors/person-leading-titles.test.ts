/**
 * Titles that open a PERSON candidate before a given name (person-leading-titles.ts), run through
 * analyze(). Word ranges are exact, end exclusive; every name and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('a title before a given name leaves the name', [
  ['princess', 'we saw Princess Adaline Quist at the fair', [[3, 5]]],
  ['two titles', 'the Attorney General Ivo Brandt said so', [[3, 5]]],
  ['spoken', 'we saw princess adaline quist at the fair', [[3, 5]]],
]);

table('a title that may be a given name stays before a family name only', [
  ['princess okafor', 'we met Princess Okafor today', [[2, 4]]],
]);
