/**
 * Address forms that the world writes and speaks beyond the project's own calls (issue 12): lines
 * typed without capitals, city and postcode after a place preposition, address lines split into
 * sentences, region codes spelled in raw ASR, institution lines. Exact word offsets; negatives are
 * everyday phrases with numbers and place words that must stay.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';

const found = (text: string): [number, number][] =>
  detectAddresses(buildDetectionContext(sayWords(text))).map((c): [number, number] => [
    c.startWord,
    c.endWord,
  ]);

describe('address lines typed without capitals in formatted text', () => {
  const cases: [string, string, [number, number][]][] = [
    ['prefix type, lower case', 'Please send it to 612 trg lipovcev 23, Kamnik. Thanks.', [[4, 9]]],
    ['suffix type, lower case', 'Ok, it is at 12 kertalja út 46. Right?', [[4, 8]]],
    [
      'typeless, after a place preposition',
      'The van leaves you right at 61207 brekkevollen 214 st. Fine.',
      [[6, 10]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a town the lists lack and its postcode, after a place preposition', () => {
  const cases: [string, string, [number, number][]][] = [
    ['town then postcode', 'We back the choir in Tolvmark 7352 for its concerts.', [[5, 7]]],
    [
      'spoken, digit by digit',
      'we back the choir in tolvmark seven three five two for its concerts',
      [[5, 10]],
    ],
    ['with a particle', 'The barn in Casal de Vale Ruivo 3861-427 is ours.', [[3, 8]]],
    ['postcode then town', 'Meet me in 7352 Tolvmark tomorrow.', [[3, 5]]],
    ['a known city with another country’s postcode', 'I was in Tokyo 1500 and then home.', []],
    ['an amount after the number', 'We sold it in Zalando 2500 dollars.', []],
    ['a year', 'we were in Windows 2000 back then', []],
    ['a version and a noun after it', 'It works in Python 3100 mode.', []],
    ['raw ASR time', 'the train left at ten forty five pm', []],
    ['raw ASR amount', 'she was in zorven forty one thousand two hundred sixty three', []],
    ['not after "at"', 'He waited at Zorblin 4410 for me.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('an address dictated as sentences', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'unit, city and region as sentences',
      "It's 12 Main Street. Apartment 4. Springfield. Illinois.",
      [[1, 8]],
    ],
    [
      'unknown place confirmed by country and postcode',
      'Send it to 41267 Moosbachweg 38. Suite 517. Valbrina. Switzerland 62814 from now on.',
      [[3, 11]],
    ],
    ['a sentence about a city', 'I live at 12 Main Street. London is great.', [[3, 6]]],
    [
      'a written district after the country',
      'It is 27 Le Brassier Street, Saint Sampson, Guernsey GY2. Bye.',
      [[2, 10]],
    ],
    ['a sentence about a country', "It's 12 Main Street. France is lovely in June.", [[1, 4]]],
    ['thanks after the address', 'I live at 12 Main Street. Thanks.', [[3, 6]]],
    ['a name sentence without parts after it', 'I live at 12 Main Street. Brilliant. Call me.', [[3, 6]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('raw ASR tails', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a city named with its article, a spelled postcode',
      'the address is twelve harbour road the quarter a i twenty six forty thanks',
      [[3, 13]],
    ],
    [
      'a spelled region code run on into the postcode',
      'send it to forty two kent street sydney n s w two thousand please',
      [[3, 13]],
    ],
    ['a place with its article alone', 'i will be in the valley on monday', []],
    [
      'a spelled postcode district after the country',
      'it is twelve le brassier street saint sampson guernsey g y two thanks',
      [[2, 12]],
    ],
    [
      'one spelled letter and a digit is no district',
      'i live at twelve main street london a one please',
      [[3, 7]],
    ],
    [
      'a postcode said opening with "oh"',
      'we moved to oh five oh one five choczewo polska last year',
      [[3, 10]],
    ],
    ['"oh" before a count is no postcode', 'oh five people came to the party', []],
    [
      'a country named by an English word right after the town',
      'my address is six oh two seven five sekong laos thanks',
      [[3, 10]],
    ],
    [
      'a spelled province code run on into a letter postcode',
      'send it to forty two aspen drive okotoks a b t one s two k three canada please',
      [[3, 17]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a type word of both orders', () => {
  const cases: [string, string, [number, number][]][] = [
    ['suffix reading before a known city', 'Write to Sabur Avenue Keren Eritrea please.', [[2, 6]]],
    ['prefix reading with its name', 'It is on Avenue Foch, Paris.', [[3, 6]]],
    [
      'raw ASR: a name English lacks before the type and a house number after it',
      'we moved to javorova ulice twelve brno last year',
      [[3, 7]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('scripts without capitals beyond Arabic, Hebrew and CJK', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'Georgian: house number first, the country last in its own script',
      'my address is 12 ლორვენის გამზირი, 0179 თბილისი, საქართველო thanks',
      [[3, 9]],
    ],
    ['Thai: a road word glued before its name', 'send it to 45/2 ถนนมะลิวัลย์ แขวงบางรัก 10500 please', [[3, 7]]],
    ['Sinhala: road after its name', 'our shop stands at 27 කෙල්වින් පාර, කොළඹ 00300 ok', [[4, 9]]],
    ['Devanagari: a script word alone is no address', 'she wrote a poem in हिन्दी yesterday', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a town line given alone: short and year-like postcodes', () => {
  const cases: [string, string, [number, number][]][] = [
    ['a year-like postcode after an address cue', 'my address is 1989 Silvaplana, Schweiz thanks', [[3, 6]]],
    ['a year before a city is no postcode', 'in 1989 Berlin, Germany was divided', []],
    ['a three-digit postcode, city and country', 'Postal address: 430 Hoyvik, Føroyar', [[2, 5]]],
    ['a count before a city and country stays out', 'we sold 899 Reykjavik, Iceland tickets', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('big-endian layouts: country, postcode line and district before the street', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a postcode line and a district between it and the street',
      'my address is Казахстан, 010000 Астана, Сарыарка, улица Кенесары, 14 thanks',
      [[3, 10]],
    ],
    [
      'an unknown town opened by a preposition, a country last',
      'we moved to Birjand, Golshan Street, 12, 9717113111, Iran last year',
      [[3, 9]],
    ],
    [
      'an unknown name line with no postcode or country after the street',
      'thanks Maria, 12 Elm Street',
      [[2, 5]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a typeless street line, house number first, before a postcode anchor', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'formatted, number as its own item',
      "The old address! It's 27, Dren Kolaj, Prizren 20030, Kosovo now.",
      [[4, 10]],
    ],
    [
      'raw ASR after an address cue',
      "the old address it's two seven dren kolaj prizren two oh oh three oh kosovo now",
      [[4, 15]],
    ],
    ['a count before everyday words', 'We have 3 Zorblan Rooms, Tartu 50412 now.', [[5, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('raw ASR: a label between a postcode and a phone is no street name', () => {
    const spans = found(
      'billing postcode twenty two forty three daytime phone nine eight four one two three seven four six five',
    );
    // words 6-7 ("daytime phone") stay outside every span
    expect(spans.some(([a, b]) => a <= 7 && b > 6)).toBe(false);
    expect(spans[0]).toEqual([2, 6]);
  });
});

describe('a typeless street line after "on" or "to"', () => {
  const cases: [string, string, [number, number][]][] = [
    ['on, the line ends after the number', 'The tram stop is on Pod Jalovcem 1384. The big one.', [[5, 8]]],
    [
      'raw ASR, two words English lacks',
      'the tram stop is on pod jalovcem one thousand three hundred eighty four the big one',
      [[5, 13]],
    ],
    [
      'to, with a place after the line',
      'Please return to 51806 Veldmuur 2741 Arnhem, Netherlands in case of loss.',
      [[3, 8]],
    ],
    ['a brand', 'He played it on Xbox 360.', []],
    ['a dose', 'She is on Zoloft 50 mg now.', []],
    ['a chapter', "It's on Chapter 12.", []],
    ['raw ASR, one word', 'six team twenty five on offense twenty eight on defense', []],
    [
      'to, numbers without a place',
      'This was later converted to Zorbcar 4, Zorbcar 2002, 2003 and others.',
      [],
    ],
    ['to, a range', 'We sold up to 500 Zorblix 20 today.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('institution lines and names before a type of both orders', () => {
  const cases: [string, string, [number, number][]][] = [
    ['building line with a comma', 'We met at Central Bank, 12 Main Street. Thanks', [[3, 8]]],
    ['a place noun after a determiner', 'I went to my office, 12 Main Street. Thanks', [[5, 8]]],
    ['name before a type of both orders', 'Send it to Arends Boulevard 46, Oranjestad.', [[3, 7]]],
    ['a company before the street', 'Norvexa Ltd Chaussée de Florimont 243, Namur.', [[2, 7]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a district or street the lists lack, right before an anchor', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'district before city and postcode',
      'Sincerely, Dara Quill Bahrawi Alexandria 21532 Egypt. Right?',
      [[3, 7]],
    ],
    [
      'raw ASR, street words before postcode and city',
      'sincerely dara quill lucia pazmino zero nine zero one one two guayaquil ecuador i need',
      [[3, 13]],
    ],
    ['a preposition before the city', 'I live near Tartu 50412.', [[3, 5]]],
    ['an English word before the city', 'It was lovely Tartu 50412.', [[3, 5]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('places answering a postcode cue', () => {
  const cases: [string, string, [number, number][]][] = [
    ['city, unknown region, country', 'Billing postcode: Sohar, Qarnayn, Oman Evening phone: none', [[2, 5]]],
    [
      'raw ASR, city, region words, country',
      'billing postcode lae tarova river district papua new guinea home phone',
      [[2, 9]],
    ],
    ['two cities after an address cue', 'It is located in Clarksburg State College now.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('a street typed twice', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'prefix and English suffix type',
      'The title refers to Rue Lucien-Morvel street in Basse-Terre.',
      [[4, 7]],
    ],
    ['raw ASR', 'the title refers to rue lucien morvel street in basse terre', [[4, 8]]],
    ['an everyday word after the name', 'The title refers to Rue Lucien-Morvel Park in the end.', []],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('everyday phrases with numbers stay', () => {
  const negatives: [string, string][] = [
    ['in 2 weeks', 'We will be done in 2 weeks, I promise.'],
    ['at 5 pm', 'We met at 5 pm near the old mill.'],
    ['room for 3', 'There is room for 3 more people in the car.'],
    ['page 12', 'I read page 12 of the report.'],
    ['route to success', 'Her route to success had 12 steps.'],
    ['raw: in two weeks', 'we will be done in two weeks i promise'],
    ['raw: at five pm', 'we met at five pm near the old mill'],
    ['raw: page twelve', 'i read page twelve of the report'],
  ];
  it.each(negatives)('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('a long code said digit by digit is no house number', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a ten-digit postcode after a square (Iran)',
      'my address is pardis square one three five one nine five six one one eight iran thanks',
      [[3, 16]],
    ],
    [
      'a house number and a five-digit postcode still split',
      'the address is calle mayor one two eight zero zero one madrid spain thanks',
      [[3, 13]],
    ],
    [
      'a house number in two chunks before a postcode',
      'my address is lindqvistgatan one forty eight nine five eight three nine vellberg thanks',
      [[3, 13]],
    ],
    [
      'a house number and a six-digit postcode said digit by digit, a town after them',
      'we moved to strada teiului one four eight two four two seven oh nine brastow romania ok',
      [[3, 16]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    [
      'back to square one, then a code',
      'we are back to square one two three four five six seven eight is the code',
    ],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('raw ASR: a place named by everyday words before a country or region and a postcode', () => {
  const cases: [string, string, [number, number][]][] = [
    [
      'a town before a territory and its postcode',
      'postal address quarry lane steel bridge norfolk island twenty eight ninety nine mobile',
      [[2, 12]],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['a greeting before a country, no postcode', 'i live on main street good morning australia'],
    ['everyday words before a country', 'we flew green fields australia was lovely'],
  ])('no everyday words taken in: %s', (_name, text) => {
    const spans = found(text);
    const words = text.split(' ');
    const taken = spans.flatMap(([s, e]) => words.slice(s, e));
    expect(taken).not.toContain('morning');
    expect(taken).not.toContain('fields');
  });
});

describe('a postcode joined to its town by a hyphen', () => {
  it.each([
    [
      'before the country (Cape Verde)',
      'Our new address is: Avenida Lucinda Tavares 2110-Mindelo Cape Verde We still take calls.',
      [[4, 10]],
    ],
  ] as [string, string, [number, number][]][])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
  it.each([
    ['a year range before a country', 'The 1990-Present era is in France too.'],
    ['a year and a word, then a country', 'We sold 2024-Models to Portugal last week.'],
  ])('nothing in: %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});
