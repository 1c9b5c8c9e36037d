/**
 * A role that opens a person's name in a headline or a post ("Codebreaker Ivo Brandt", "GM Ivo
 * Brandt") leaves the name; a role word that is also a name, and spelled letters (initials or an
 * office), stay. Word ranges exact, end exclusive; people are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'trimLeadingRoles', [
  ['a role before a full name', 'Codebreaker Ivo Brandt gets a stamp of approval.', [[1, 3]]],
  ['an abbreviated office', 'Veteran GM Ivo Brandt has cancer.', [[2, 4]]],
  ['an office in lower case (asr)', 'the boxer ivo brandt retires', [[2, 4]]],
  ['spelled letters stay (asr)', 'we met p j brandt at the inauguration', [[2, 5]]],
  ['a named name keeps its first word', 'my name is Codebreaker Ivo Brandt', [[3, 6]]],
  ['a name that is a role word too stays', 'Hunter Brandt gets a stamp of approval.', [[0, 2]]],
]);
