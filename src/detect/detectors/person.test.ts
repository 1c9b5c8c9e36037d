import { describe, expect, it } from 'vitest';
import type { DetectionContext } from '../types.js';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectPersons } from './person.js';

/** "a b | c d": words split on spaces, "|" switches speaker. */
const ctxOf = (text: string): DetectionContext => buildDetectionContext(sayWords(text));

const ranges = (text: string): [number, number][] =>
  detectPersons(ctxOf(text))
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0]);

describe('person detector', () => {
  const cases: [string, string, [number, number][]][] = [
    ['self-introduction, full name', 'hi my name is tomasz okonkwo and i need help', [[4, 6]]],
    ['frequent first name alone', 'yes i talked to margaret yesterday', [[4, 5]]],
    ['title is not part of the span', 'thank you mister okonkwo', [[3, 4]]],
    ['formatted title with period', 'Thanks, Dr. Abernathy. Anything else?', [[2, 3]]],
    ['possessive stays in the span', "that was margaret's idea", [[2, 3]]],
    ['relative with a rare name', 'my wife oyelaran called yesterday', [[2, 3]]],
    ['agent intro with an after cue', 'good morning brightwave internet zanele speaking', [[4, 5]]],
    ['vocative closing the turn', 'you have been great thanks zanele | you are welcome', [[5, 6]]],
    [
      'common surname closes a full name',
      'this is tomasz green | hi tomasz',
      [
        [2, 4],
        [5, 6],
      ],
    ],
    ['ambiguous first name in a full name after a cue', "it's Chase Abernathy.", [[1, 3]]],
    ['name after "name is" even when it is a word', 'my name is hope', [[3, 4]]],
    [
      'propagation: found once, redacted everywhere',
      'this is zanele | ok | zanele can you hold',
      [
        [2, 3],
        [4, 5],
      ],
    ],
    ['capitalised listed name inside a sentence', 'I spoke with Yusuf about it.', [[3, 4]]],
    ['surname particles', "okay mister van der berg i've updated it", [[2, 5]]],
    ['filler inside a full name', 'this is zanele um okonkwo', [[2, 5]]],
    ['cue interrupted by a filler', 'hello this um is zanele at brightwave', [[4, 5]]],
    ['relative with a name that is also a word', 'my wife grace called', [[2, 3]]],
    [
      'company before the agent name stays visible',
      'Good evening, Brightwave Telecom, Zanele speaking.',
      [[4, 5]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  // names that are ordinary words, accepted only in strong name positions
  const wordNames: [string, string, [number, number][]][] = [
    ['modal verb as a name after "this is", closing the turn', 'hi this is will | hi', [[3, 4]]],
    ['modal verb as a name before an after-cue', 'this is will how can i help', [[2, 3]]],
    ['formatted greeting ending in the name', 'Thanks for calling Larkspur Energy, this is Will.', [[7, 8]]],
    ['"X speaking"', 'hunter speaking how can i help you', [[0, 1]]],
    ['"my name is"', 'my name is joy and i have a question', [[3, 4]]],
    ['"you\'re speaking with"', "you're speaking with grace how may i help", [[3, 4]]],
    ['thanks at the turn end', 'that is all thanks holly | bye', [[4, 5]]],
    ['greeting then a new clause', 'okay thanks holly have a good one', [[2, 3]]],
    ['name closing a turn that opened with thanks', 'Thanks for holding, Hunter.', [[3, 4]]],
    ['title before a word name', 'hello mister hunter', [[2, 3]]],
    ['relative before a word name', 'my husband hunter is on the account', [[2, 3]]],
    ['word name after a title, not the verb after it', 'Dr. Hunter has your chart.', [[1, 2]]],
    ['agent intro with an after-cue', 'Hi there, Ruby with Larkspur Energy.', [[2, 3]]],
    // agent self-introductions: a question or an offer follows the name
    ['company, "this is", a question', 'larkspur clinic this is joy are you calling to schedule', [[4, 5]]],
    ['company, "this is", a request', 'bellfield pharmacy this is holly can i have your member id', [[4, 5]]],
    ['"you\'ve reached" and an offer', "you've reached hunter how can i help", [[2, 3]]],
    ['"my name is" and an offer', 'thanks for calling my name is hope what can i do for you', [[6, 7]]],
    ['a modal name before a question', 'tellway this is will are you calling about a bill', [[3, 4]]],
    [
      'in the greeting turn, before a new clause',
      'good morning tellway this is hunter i see you called',
      [[5, 6]],
    ],
    ['filler between the cue and the name', 'this is um grace may i have your name', [[3, 4]]],
  ];
  it.each(wordNames)('word name: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  // hyphenated names and names missing from the frequent lists
  const fullNames: [string, string, [number, number][]][] = [
    ['hyphenated surname after a frequent first name', 'Hi, this is Rania Abu-Samra.', [[3, 5]]],
    ['hyphenated first name', 'my name is Hye-Jin Park and I need help', [[3, 5]]],
    ['hyphenated surname after a title', 'I spoke with Ms. Abu-Samra last week.', [[4, 5]]],
    ['unknown first name and listed surname, capitalised', 'Chidinma Obi is the account holder.', [[0, 2]]],
    ['word first name and listed surname, no cue', 'i think jasmine haddad called', [[2, 4]]],
    ['listed surname that is a word after a strong cue', 'my name is ruth ann bishop', [[3, 6]]],
    ['capitalised word surname after a first name', 'I talked to Lena Bishop yesterday.', [[3, 5]]],
    ['particles after an unknown first name', 'this is annelies van der berg', [[2, 6]]],
    ['surname that is a function word after an honorific', 'Sure, Mr. He, one moment.', [[2, 3]]],
    ['"miss" as an honorific after an introduction', 'yes this is miss yu | hi', [[4, 5]]],
    ['a first name that is a verb, after "my name is"', 'hi my name is sung okonkwo', [[4, 6]]],
    ['a surname that is a function word, in title case after a first name', 'Her name is Mei He.', [[3, 5]]],
    ['a title-case conjunction is not a surname', 'My name is Maria And I need help.', [[3, 4]]],
    ['a title-case preposition heading a phrase is no surname', 'I asked Luz For the keys.', [[2, 3]]],
    ['a full name before a title-case preposition', 'Thanks, Mei Wan For the record, yes.', [[1, 3]]],
    ['a title-case preposition before its object', 'Her name is Luz In the meantime I wait.', [[3, 4]]],
    ['a salutation and title stay outside the name', 'Dear Dr Okonjo, thank you for writing.', [[2, 3]]],
    [
      'a salutation and title after a signature',
      'Best, Tove Lindqvist Dear Dr Okonjo, thank you',
      [
        [1, 3],
        [5, 6],
      ],
    ],
    [
      'a word name recurs as a name, not as the word',
      'hi this is will | hi will i hope you will help | thanks joy | the joy of it | bye joy',
      [
        [3, 4],
        [5, 6],
        [12, 13],
        [18, 19],
      ],
    ],
    ['a stuttered cue', "you've got got obiageli who do i have", [[3, 4]]],
    // a word name found once recurs only where it is a name, not as the word
    [
      'a word name recurs in name positions only',
      'this is hope | hi hope i hope you can help | sure | thanks hope',
      [
        [2, 3],
        [4, 5],
        [12, 13],
      ],
    ],
    [
      'a noun name opening a sentence before a new clause',
      'my name is grace | the grace period ended | grace can you hold | and grace said no',
      [
        [3, 4],
        [8, 9],
        [13, 14],
      ],
    ],
    [
      'a function-word surname recurs after a title or before an after-cue',
      'this is Mr. He | he said | okay miss he | He, first name Chen',
      [
        [3, 4],
        [8, 9],
        [9, 10],
        [12, 13],
      ],
    ],
    [
      'a particle name: the first name recurs, the particles do not',
      'my name is annelies van der berg | thanks annelies | and der is fine',
      [
        [3, 7],
        [8, 9],
      ],
    ],
    ['a role in title case before a name', 'and then Officer Lopez called me', [[3, 4]]],
    ['a generational suffix stays with the name', 'the owner is Marcus Lee Jr. now', [[3, 6]]],
  ];
  it.each(fullNames)('full name: %s', (_name, text, expected) => {
    expect(ranges(text)).toEqual(expected);
  });

  const negatives: [string, string][] = [
    ['brands that look like names', "i asked alexa and then went to wendy's for lunch"],
    ['car brands', 'my ford and my mercedes both need service'],
    ['months and modal verbs', 'it will arrive in may or june'],
    ['common words that are names', 'i hope the bill is right and i will mark it'],
    ['lone city', 'i am flying into austin tomorrow'],
    ['greeting followed by an ordinary word', 'hi there how are you doing today'],
    ['"this is" followed by a common word', 'this is great thanks'],
    ['title followed by a verb', 'which doctor prescribed it'],
    ['company name before an agent cue word', 'thanks for calling brightwave'],
    ['travel destination', 'we are travelling to austin next week'],
    ['city before a state', 'we moved to austin texas last year'],
    ['multi-word brands', "we shopped at trader joe's and ordered papa john's"],
    ['ordinary word before "at"', 'the phones are on sale at the mall'],
    ['modal "will" after a role cue', 'my doctor will call you back and the technician will be there'],
    ['"thanks, will do"', 'thanks will do'],
    ['a verb name after a greeting', 'hi hope you are doing well'],
    ['a verb name after a weak vocative', 'okay skip that step'],
    ['terms of endearment', 'okay thanks honey | thank you so much for waiting, love.'],
    ['a month after "it\'s"', "it's may third"],
    ['an adjective after "i\'m"', "i'm young and healthy"],
    ['an adjective after a role cue', 'the driver was late again'],
    ['hotels', 'I stayed at the Hilton and then the Hampton Inn.'],
    [
      'company names ending in an organisation word',
      'We closed with Harper Title & Escrow and Oakridge Mutual.',
    ],
    ['hospital name in raw ASR', 'she was at barnes jewish hospital'],
    ['lender and tax brands', 'my loan is with Sallie Mae and I file with Jackson Hewitt.'],
    ['possessive brands with products', "I bought Mrs. Meyer's soap and Burt's Bees lip balm."],
    ['utility brand', 'my power comes from Con Edison'],
    ['curly apostrophe brand', 'I shop at Trader Joe’s.'],
    ['brand without an apostrophe in raw ASR', 'we ordered papa johns and papa johns was cold'],
    ['a product tier', 'I have the Sports Tier package.'],
    ['a smart-home product', 'my Nest thermostat is broken'],
    ['family word without a cue', 'my papa paid it last week'],
    ['ordinary words', 'the title is in my name | okay none.'],
    [
      'names inside title-case company and product names',
      'I went to Ace Hardware and chose the Jefferson Plan.',
    ],
    ['"miss" as a verb', 'i will miss he said'],
    ['a verb after "my name is" without a name after it', 'your name is spelled wrong'],
    ['a word surname that is a verb or adjective stays out', 'I picked the Kelley Blue value'],
    ['"this is" then a noun phrase', 'so this is grace period coverage are you sure'],
    [
      '"this is" a word later in the call, no question after it',
      'hello | hi | okay this is hunter green paint',
    ],
    ['a month after an introduction', 'this is may are you there'],
    ['a word after "this is" outside the greeting turn', 'hello | hi | well this is joy i think'],
  ];
  it.each(negatives)('no name in: %s', (_name, text) => {
    expect(ranges(text)).toEqual([]);
  });

  it('gives lower-case values without possessive and a PII-free reason', () => {
    const [c] = detectPersons(ctxOf("that is Margaret's card"));
    expect(c).toMatchObject({ type: 'PERSON', value: 'margaret', detector: 'person' });
    expect(c!.reason).not.toContain('margaret');
  });
});
