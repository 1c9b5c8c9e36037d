import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import { detectAddresses } from '../detectors/address.js';
import { detectWords } from '../../commands/detect.js';

/** The words of the addresses found in a text ("|" switches speaker). Invented examples. */
const found = (text: string): string[] => {
  const words = sayWords(text);
  return detectAddresses(buildDetectionContext(words)).map((c) =>
    words
      .slice(c.startWord, c.endWord)
      .map((w) => w.text)
      .join(' '),
  );
};

describe('US street lines without a street type (us-street-before, us-directional-street)', () => {
  it('reads the numbered line with its direction and unit before a town, state and ZIP', () => {
    expect(found('Please ship it to 412 W. Quillmore # 1506, Fernvale, IL 60999 today.')).toEqual([
      '412 W. Quillmore # 1506, Fernvale, IL 60999',
    ]);
  });
  it('reads a grid street and a direction-led street on their own', () => {
    expect(found('It is on 4821 S. Quillmore, next to the bakery.')).toEqual(['4821 S. Quillmore,']);
    expect(found('Street: 4821 S Quillmore Floor: ground')).toEqual(['4821 S Quillmore']);
    expect(found('it is on forty eight twenty one s quillmore great thanks')).toEqual([
      'forty eight twenty one s quillmore',
    ]);
  });
  it('keeps counts and brands that are no street', () => {
    expect(found('We scored 3 West Ham goals today.')).toEqual([]);
    expect(found('I bought 2 North Fennick jackets.')).toEqual([]);
  });
});

describe('town, state and ZIP (us-last-line, us-town-after)', () => {
  it('reads a last line alone, written and said', () => {
    expect(found('My postcode is Tarnby, OR 97999 if that helps.')).toEqual(['Tarnby, OR 97999']);
    expect(found('my postcode is tarnby o r nine seven nine nine nine if that helps')).toEqual([
      'tarnby o r nine seven nine nine nine',
    ]);
  });
  it('reads a lower-case town after a unit up to the ZIP', () => {
    expect(found('send it to 88 quill way s. # 21 palm fern gardens fl 33999 please')).toEqual([
      '88 quill way s. # 21 palm fern gardens fl 33999',
    ]);
  });
  it('needs the ZIP after the state', () => {
    expect(found('my sister moved to tarnby o r something like that')).toEqual([]);
  });
});

describe('designators before a box (box-lead)', () => {
  it('keeps the route or firm code with its box', () => {
    expect(found('Please post it to dept 4471 po box 9000 tarnby or 97999 thanks')).toEqual([
      'dept 4471 po box 9000 tarnby or 97999',
    ]);
    expect(found('Please post it to rr # 4 box 42 tarnby il 62999 thanks')).toEqual([
      'rr # 4 box 42 tarnby il 62999',
    ]);
  });
});

describe('a bare box before a town, state and ZIP (box-lead)', () => {
  it('joins the box said before the last line', () => {
    expect(found('yes box number two oh nine tarnby n m eight seven nine nine nine thank you')).toEqual([
      'box number two oh nine tarnby n m eight seven nine nine nine',
    ]);
  });
  it('not across a change of speaker', () => {
    expect(found('is it box number two oh nine | tarnby n m eight seven nine nine nine yes')).toEqual([
      'tarnby n m eight seven nine nine nine',
    ]);
  });
});

describe('a form label or closing after the last number (label-after)', () => {
  it('is no town', () => {
    expect(found('Delivery address: 14 Quill Lane, Tarnby, OR 97999 Preferred day: Friday')).toEqual([
      '14 Quill Lane, Tarnby, OR 97999',
    ]);
    expect(found('Write to us at: PO Box 48 Best wishes, the club')).toEqual(['PO Box 48']);
  });
  it('keeps a town after a postcode', () => {
    expect(found('Send it to Quillweg 7, 40123 Tannstadt please.')).toEqual(['Quillweg 7, 40123 Tannstadt']);
  });
});

describe('numbered roads (road-before)', () => {
  it('reads the designator and house number before the road number', () => {
    expect(found('Delivery address: 88 U.S. Highway No 9, Tarnby, NJ 07999 thanks')).toEqual([
      '88 U.S. Highway No 9, Tarnby, NJ 07999',
    ]);
    expect(found('Delivery address: Route 12 North, Tarnby, MS 39999 thanks')).toEqual([
      'Route 12 North, Tarnby, MS 39999',
    ]);
  });
  it('leaves a count before a town alone', () => {
    expect(found('We drove 40 miles to Tarnby, MS 39999 last week.')).toEqual(['Tarnby, MS 39999']);
  });
});

describe('raw ASR: a direction letter before an ordinal street (asr-direction-ordinal)', () => {
  it('starts the street at the letter, not inside the ordinal', () => {
    expect(found('my address is e fifty third street tarnby o r nine seven nine nine nine')).toEqual([
      'e fifty third street tarnby o r nine seven nine nine nine',
    ]);
  });
  it('keeps a house number said before it', () => {
    expect(found('the office is at five hundred e fifty third street okay')).toEqual([
      'five hundred e fifty third street',
    ]);
  });
});

describe('a US last line alone keeps its town from a name reading (resolve)', () => {
  const typed = (text: string): string[] => {
    const words = sayWords(text);
    return detectWords(words).map(
      (s) =>
        `${s.type}:${words
          .slice(s.start_word, s.end_word)
          .map((w) => w.text)
          .join(' ')}`,
    );
  };
  it('the town before a state and ZIP is the address', () => {
    expect(typed('Postcode and town: Grace Marlow, WV 26999 Country: see above')).toEqual([
      'ADDRESS:Grace Marlow, WV 26999',
    ]);
  });
  it('a recipient before a street line stays a person', () => {
    const spans = typed('Ship to: Grace Marlow, 14 Quill Lane, Fernvale, OR 97999 thanks');
    expect(spans).toContain('ADDRESS:14 Quill Lane, Fernvale, OR 97999');
    expect(spans).toContain('PERSON:Grace');
  });
});
