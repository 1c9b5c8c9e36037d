/**
 * A typeless street's name and house number written before a number-first typed street line
 * (invented streets, towns and numbers).
 */
import { spanTable } from '../../../test/helpers/entity-spans.js';

spanTable('ADDRESS', 'typeless street name before a numbered typed street', [
  [
    'after "sent to"',
    'please have it sent to Tarvikvagen 6 Orlen Street Apt. 12 Kestby Sweden 12345',
    [[5, 14]],
  ],
  ['raw ASR after a cue', 'i would like it sent to tarvikvagen six orlen street thanks', [[6, 10]]],
  ['after an address label', "here's Dara's address: Skelvoll 44 Marten Road Suite 5 Orvby", [[3, 10]]],
  // negatives
  ['a recipient whose surname no list holds', 'Billing address: Dara Qelvorin 12 Orlen Street', [[4, 7]]],
  ['a word in capitals is a company line', 'Ship to: QORVEX 12 Orlen Street, Kestby', [[3, 7]]],
  ['a person is the recipient line', 'send it to Anna 12 Orlen Street please', [[4, 7]]],
  [
    'a letterhead company before a typeless street',
    'Regards, Tarvo Qorvex 39 Orlenvegur 77 Apt. 7 Kestby Norway',
    [[3, 10]],
  ],
  [
    'raw ASR company line, no cue',
    'bye qorvex thirty one orlen road apartment four kestby norway',
    [[2, 10]],
  ],
]);
