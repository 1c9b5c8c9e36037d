/**
 * Linking words of Arabic names join their parts (person-arabic-links.ts). Word ranges are exact,
 * end exclusive; all names are invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('PERSON', 'joinArabicLinks', [
  [
    'raw ASR: a name ending in "al" runs on',
    'the commander hamdan salim faraj al nuaimi was captured',
    [[2, 7]],
  ],
  ['a hyphenated nisba ends the name', 'Along with Rania Mahmoud Salem al-Obeidi, he was held.', [[2, 6]]],
  ['two names joined by "bin"', 'Spokesman Yusuf bin Hamad told reporters.', [[1, 4]]],
  ['raw ASR: a given name and "bin" before a name', 'spokesman yusuf bin hamad told reporters', [[1, 4]]],
  ['a kunya opener', 'The group is led by Umm Salma al-Hashimi, a teacher.', [[5, 8]]],
  [
    'a family name after a theophoric given name',
    'The deputy, Abd al-Rahman Qaddouri, was killed.',
    [[2, 5]],
  ],
  ['raw ASR: "al" before an English word stays out', 'we met nasser al and then left', [[2, 3]]],
  ['a phrase end stops the name', 'We met Nasser. Al-Quds is far.', [[2, 3]]],
  ['raw ASR: "al" and a name word after a found name', 'then his brother bashar al tamsani spoke', [[3, 6]]],
  ['raw ASR: "al" before an English word stays out', 'then his brother bashar al went home', [[3, 4]]],
  [
    'raw ASR: the name words before "al" open the name',
    'the treasury department said velkor darsi al quzmani appointed the commander',
    [[4, 8]],
  ],
  [
    'raw ASR: a group\'s opener before "al" is no name',
    'fighters of jaysh al quzmani attacked the town',
    // the words after the group's head name the group (person-name-heads.ts, round 27)
    [],
  ],
  [
    'raw ASR: "al ..." after a group\'s noun is its name',
    'the jaysh at tovra al quzmani army is a group',
    [],
  ],
  ['raw ASR: a name with "al" before the same noun stays', 'we met hamdan al quzmani army officer', [[2, 5]]],
]);
