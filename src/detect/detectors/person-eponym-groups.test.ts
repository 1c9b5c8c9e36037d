/**
 * A name between an article and a ruling or kin group's noun names the group (person-eponym-groups.ts).
 * Word ranges are exact, end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'vetoEponymGroups', [
  ['a regime', 'Aid was blocked by the Morgan regime last week.', []],
  ['raw ASR: a regime', 'aid was blocked by the morgan regime last week', []],
  ['an administration', 'Under the Harrison administration taxes rose.', []],
  ['a tribe with a link word', 'Elders of the Bani Morgan tribe met.', []],
  [
    "a person's possessive stays",
    "Morgan's regime fell after Lena Quist spoke.",
    [
      [0, 1],
      [4, 6],
    ],
  ],
  ['the regime of a person stays', 'The regime of Lena Quist fell.', [[3, 5]]],
  ['no article: a person', 'We asked Lena Quist about the government today.', [[2, 4]]],
  ['a family is people', 'We met the Morgan family.', [[3, 4]]],
]);
