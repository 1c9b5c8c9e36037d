import { describe, expect, it } from 'vitest';
import { abaRoutingValid, luhnValid, ssnShapeValid } from './checksums.js';

describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['5500005555555559', true],
    ['378282246310005', true],
    ['79927398713', true],
    ['79927398710', false],
    ['', false],
    ['41a1', false],
  ])('luhn %s', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it.each([
    ['011000015', true],
    ['021000021', true],
    ['021000022', false],
    ['991000021', false],
    ['12345678', false],
  ])('ABA routing %s', (digits, ok) => expect(abaRoutingValid(digits)).toBe(ok));

  it.each([
    ['219099999', true],
    ['000120142', false],
    ['666120142', false],
    ['912120142', false],
    ['219000142', false],
    ['219090000', false],
  ])('SSN shape %s', (digits, ok) => expect(ssnShapeValid(digits)).toBe(ok));
});
