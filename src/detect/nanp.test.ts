import { describe, expect, it } from 'vitest';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { nanp } from './nanp.js';

const SHAPE = /^[2-9]\d{2}[2-9]\d{6}$/;

/** What nanp() answered before digits opening with 0 or 1 were left unparsed. */
function byParsing(national: string): { national: string; valid: boolean } | null {
  const valid = parsePhoneNumberFromString(national, 'US')?.isValid() ?? false;
  return valid || SHAPE.test(national) ? { national, valid } : null;
}

describe('nanp', () => {
  it.each([
    ['4155550132', { national: '4155550132', valid: true }],
    ['14155550132', { national: '4155550132', valid: true }],
    ['0612345678', null],
    ['1234567890', null],
    ['9992345678', { national: '9992345678', valid: false }],
  ])('reads %s', (digits, expected) => {
    expect(nanp(digits)).toEqual(expected);
  });

  it('answers for digits opening with 0 or 1 as parsing them would (every 4-digit opening)', () => {
    for (let p = 0; p < 2000; p++) {
      const digits = (p < 1000 ? '0' : '1') + String(p % 1000).padStart(3, '0') + '555013';
      expect(nanp(digits), digits).toEqual(byParsing(digits));
    }
  });
});
