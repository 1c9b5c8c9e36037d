import { describe, expect, it } from 'vitest';
import { compactPattern, countryRegexes, patternCountries, shapeOf } from './postcode.js';
import { seededUnit } from '../../../test/helpers/seeded.js';

const EVERY = countryRegexes().map(([country, re]) => ({
  country,
  compact: new RegExp(compactPattern(re.source), 'i'),
}));

/** Every country pattern tested on the key, as postcodeCountries() did before the shape index. */
const naive = (key: string): string[] => EVERY.filter((p) => p.compact.test(key)).map((p) => p.country);

describe('postcode patterns read over key shapes', () => {
  it.each([
    ['^\\d{5}$', '^(?:0{5})$', true],
    ['^(?!0)\\d{4}$', '^(?:0{4})$', false],
    ['^[A-HJ-NP-Z]\\d{4}$', '^(?:a0{4})$', false],
    ['^(SE)?\\d{3}\\d{2}$', '^(?:(?:aa)?0{3}0{2})$', false],
    ['^[A-Z0-9]{2}\\d$', '^(?:[0a]{2}0)$', true],
  ])('shapeOf(%s) reads like %s (exact: %s)', (source, like, exact) => {
    const { shape, exact: isExact } = shapeOf(source);
    expect(isExact).toBe(exact);
    const likeRe = new RegExp(like);
    for (const s of ['0000', '00000', 'a0000', 'aa00000', '00000a', '000', 'aa0', '0a0'])
      expect([s, shape!.test(s)]).toEqual([s, likeRe.test(s)]);
  });

  it('gives up on what is not one character per atom', () => {
    expect(shapeOf('^(\\d)\\1$').shape).toBeNull();
    expect(shapeOf('^\\bA1$').shape).toBeNull();
    expect(shapeOf('^(?<=A)1$').shape).toBeNull();
  });

  it('answers as testing every country pattern does, on 40,000 keys of every shape', () => {
    const next = seededUnit(12);
    const pick = (chars: string): string => chars[Math.floor(next() * chars.length)]!;
    const keys = ['SW1A1AA', 'K1A0B1', 'D02X285', '1012AB', 'JE24WD', 'BBND1ZZ', 'AD500', '01310100'];
    for (let i = 0; i < 40_000; i++) {
      const length = 1 + Math.floor(next() * 11);
      // mostly digits, as spoken postcodes are; letters from all of A-Z, and a few other characters
      const alphabet =
        next() < 0.5 ? '0123456789' : next() < 0.9 ? '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ' : '09AZ-Ü ';
      let key = '';
      for (let k = 0; k < length; k++) key += pick(alphabet);
      keys.push(key);
    }
    const wrong = keys.filter((k) => patternCountries(k).join(',') !== naive(k).join(','));
    expect(wrong).toEqual([]);
    // the keys reach the patterns with letters too, not only the digit ones
    const lettered = keys.filter((k) => /[A-Z]/.test(k) && naive(k).length > 0);
    expect(lettered.length).toBeGreaterThan(500);
  });
});
