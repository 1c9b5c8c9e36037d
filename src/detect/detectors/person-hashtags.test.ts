/**
 * Hashtags at the edges of a PERSON candidate (person-hashtags.ts), run through analyze(). Word
 * ranges are exact, end exclusive; every name, tag and sentence is invented.
 */
import { spanTable, type SpanCase } from '../../../test/helpers/entity-spans.js';

const table = (title: string, cases: SpanCase[]): void => spanTable('PERSON', title, cases);

table('a hashtag glued to a name leaves it', [
  [
    'after a title',
    'the plan was set out in 2009 — President Ostrava #ActOnRivers and then we left',
    [[9, 10]],
  ],
  ['after a full name', 'good luck today Ivo Brandt #smashit see you soon', [[3, 5]]],
  ['before a full name', 'what a week #fridayfeeling Ivo Brandt wins the cup', [[4, 6]]],
  ['in brackets', 'so proud of Ana Lenz (#teamlenz) today', [[3, 5]]],
]);

table('a name without a hashtag keeps its words', [
  ['plain full name', 'good luck today Ivo Brandt see you soon', [[3, 5]]],
]);
