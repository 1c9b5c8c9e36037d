/**
 * The state, province or territory code that closes a US, Canadian or Australian address line
 * (state-codes.ts): spelled letter by letter in raw ASR, glued to the number said before it, after
 * an unknown town, inside a reading that stopped after two letters; written as a lower-case word
 * after a comma's town. And what stays out: a code after a place named alone, letters that spell
 * no code, a function word, an ordinary word after a street with no town. Streets and towns are
 * invented.
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'a subdivision code closes the address', [
  [
    'raw ASR: an unknown town and a spelled US state',
    'send it to twelve velkaro street tamsby t x thanks',
    [[3, 9]],
  ],
  [
    'raw ASR: a spelled state with "a" as a letter',
    'send it to twelve velkaro street tamsby m a thanks',
    [[3, 9]],
  ],
  [
    'raw ASR: an Australian state of three letters',
    'send it to twelve velkaro street tamsby q l d please',
    [[3, 10]],
  ],
  [
    'raw ASR: the state glued to a road number said before it',
    'the address is one three eight nine county road four two i a okay',
    [[3, 13]],
  ],
  [
    'raw ASR: a reading that stopped after two of three letters',
    'my postcode is six thousand n s w australia if that helps',
    [[3, 9]],
  ],
  [
    'raw ASR: a spelled code, a country and the postcode after it',
    'send it to twelve velkaro street tamsby s a australia three eight four four seven ok',
    [[3, 15]],
  ],
  [
    'raw ASR: another country region code only before a named country',
    'send it to six two velkaro street orrelby k a luxembourg thanks',
    [[3, 11]],
  ],
  [
    'written: a lower-case code after the town of the comma',
    'Ship to: 12 orrel st, dallas pa Leave it at the door.',
    [[2, 7]],
  ],
  [
    'written: an unknown town and a lower-case code, then a postcode',
    'Send it to 12 Velkaro Street, Tamsby tx 77384. Thanks.',
    [[3, 9]],
  ],
]);

spanTable('ADDRESS', 'what stays out', [
  ['a code after a city named alone', 'we flew to dallas t x last spring', []],
  ['three letters that spell no code', 'send it to twelve velkaro street tamsby i a i think', [[3, 7]]],
  ['"ok" after a street is the listener\'s', 'send it to twelve velkaro street tamsby ok thanks', [[3, 7]]],
  ['a function word is no code', 'I live at 12 Velkaro Street, Tamsby in winter.', [[3, 7]]],
  ['an ordinary word with no town before it', 'send it to twelve velkaro street ma said so', [[3, 6]]],
  [
    'another country code with no country after it',
    'send it to six two velkaro street orrelby k a thanks',
    [[3, 8]],
  ],
]);
