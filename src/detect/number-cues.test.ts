import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from './analyze.js';
import {
  cuesBefore,
  firstCueWord,
  isCompanyReference,
  modifiesBareCue,
  nearestCue,
  unitAfter,
} from './number-cues.js';
import { sayWords } from '../../test/helpers/words.js';

const cueBeforeLast = (line: string) => {
  const words = sayWords(line);
  return nearestCue(buildDetectionContext(words), words.length - 1)?.cue;
};

describe('number cues', () => {
  it.each([
    ['what is your account um number | sure 9', 'account'],
    ['the phone number on the account is 9', 'phone'],
    ["my number's 9", 'phone'],
    ['your case id is 9', 'company'],
    ['your claim number is 9', 'company'],
    ['what is the zip | 9', 'other'],
    ['the card number is | 9', 'card'],
    ['what is your date of birth | oh it is 9', 'dob'],
    ['thanks for calling 9', undefined],
    ['a phone number in case the courier needs you 9', 'phone'],
    ['just in case | 9', undefined],
    ['what is the dispute id | 9', 'company'],
    ['the ticket no is 9', 'company'],
    ['and the loan number | 9', 'account'],
    ['your mortgage id is 9', 'account'],
    ['do you have a frequent flyer number? yes it is 9', 'member'],
    ['the local number is 9', 'phone'],
    ["and what is your husband's number | 9", 'phone'],
    ['the invoice number is 9', 'company'],
    ['the unit number | 9', 'other'],
    // "<field> on the <record>": the field decides, the record is where it is stored
    ["what's the phone number on the order 9", 'phone'],
    ['what cell number is on the reservation | 9', 'phone'],
    ['the contact number tied to the case is 9', 'phone'],
    ['the phone number on my policy is 9', 'phone'],
    ['the cell listed on the reservation | 9', 'phone'],
    ["what's the phone number that's on the claim | 9", 'phone'],
    ['the best callback number for this ticket | 9', 'phone'],
    ["what's the number on the order | 9", 'company'],
    ['the order number on the invoice is 9', 'company'],
    ['what is on the order | 9', 'company'],
    ['the email for the order number | 9', 'company'],
    // cue words of other languages, one file per language under lexicons/number-cues/phone/
    ['Telefon: 9', 'phone'],
    ['Tél. : 9', 'phone'],
    ['teléfono 9', 'phone'],
    ['Puh. 9', 'phone'],
    ['тел. 9', 'phone'],
  ])('%s -> %s', (line, cue) => {
    expect(cueBeforeLast(line)).toBe(cue);
  });

  it('lists cues nearest first and stops at an earlier value', () => {
    const ctx = buildDetectionContext(
      sayWords('last four of your social | six one nine two | and the card 9'),
    );
    expect(cuesBefore(ctx, 12).map((h) => h.cue)).toEqual(['card']);
    expect(cuesBefore(ctx, 5).map((h) => h.cue)).toEqual(['ssn', 'last4']);
  });

  it('knows quantities and repeated company references', () => {
    const ctx = buildDetectionContext(
      sayWords(
        'your order number is five two one three four one | so five two one three four one | twenty dollars',
      ),
    );
    expect(unitAfter(ctx, 17)).toBe(false);
    expect(unitAfter(ctx, 18)).toBe(true);
    expect(unitAfter(buildDetectionContext(sayWords('up to forty nine ninety nine a day')), 6)).toBe(true);
    const [first, second] = ctx.spoken.runs;
    expect(isCompanyReference(ctx, first!)).toBe(true);
    expect(isCompanyReference(ctx, second!)).toBe(true);
  });

  it('takes a record word far before a number for no company reference', () => {
    const far = buildDetectionContext(
      sayWords('i placed an online order but never got a text on my registered 9 2 1 2 6 4 1 2'),
    );
    expect(isCompanyReference(far, far.spoken.runs[0]!)).toBe(false);
    const near = buildDetectionContext(sayWords('your order 9 2 1 2 6 4 1 2 shipped'));
    expect(isCompanyReference(near, near.spoken.runs[0]!)).toBe(true);
  });
});

describe('firstCueWord', () => {
  it.each([
    ['i was born in nineteen ninety', 6],
    ['my social is two one nine', 1],
    ["my social's two one nine", 1],
    ['and my s s n is eight three', 2],
    ['the last four of my social security number', 5],
  ])('%s -> %i', (line, expected) => {
    expect(firstCueWord(buildDetectionContext(sayWords(line)), 'ssn')).toBe(expected);
  });
});

describe('cues that name the record, not its number', () => {
  it.each([
    ['where can i use my credit card 9', true],
    ['is it the debit card 9', true],
    ['what is your card number 9', false],
    ['what is your member id 9', false],
    ['what is your account id 9', false],
    ['what is the account 9', false],
  ])('%s -> %s', (line, expected) => {
    const words = sayWords(line);
    const cue = nearestCue(buildDetectionContext(words), words.length - 1)!;
    expect(modifiesBareCue(cue)).toBe(expected);
  });
});
