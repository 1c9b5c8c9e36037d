import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { crockford40, parseToken, tokenFor, valueHash } from './tokens.js';

describe('tokens', () => {
  it('encodes 40 bits as 8 Crockford base32 digits, most significant first', () => {
    expect(crockford40(Buffer.from([0, 0, 0, 0, 0]))).toBe('00000000');
    expect(crockford40(Buffer.from([0, 0, 0, 0, 31]))).toBe('0000000Z');
    expect(crockford40(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]))).toBe('ZZZZZZZZ');
    // 0b10000 followed by 35 zero bits: first digit 16 = 'G'
    expect(crockford40(Buffer.from([0x80, 0, 0, 0, 0]))).toBe('G0000000');
  });

  it('derives a keyed, type-bound token', () => {
    const k1 = Buffer.alloc(32, 1);
    const k2 = Buffer.alloc(32, 2);
    const t = tokenFor('PERSON', valueHash(k1, 'PERSON', 'jane doe'));
    expect(t).toMatch(/^PERSON_[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(tokenFor('PERSON', valueHash(k1, 'PERSON', 'jane doe'))).toBe(t);
    expect(tokenFor('PERSON', valueHash(k2, 'PERSON', 'jane doe'))).not.toBe(t);
    expect(tokenFor('PERSON', valueHash(k1, 'EMAIL', 'jane doe'))).not.toBe(t);
    expect(tokenFor('PERSON', valueHash(k1, 'PERSON', 'jane doe'), 1)).not.toBe(t);
  });

  it('parses tokens with or without brackets and rejects anything else', () => {
    expect(parseToken('[PHONE_NUMBER_7F3K9QX2]')).toEqual({
      token: 'PHONE_NUMBER_7F3K9QX2',
      type: 'PHONE_NUMBER',
    });
    expect(parseToken(' person_7f3k9qx2 ')).toEqual({ token: 'PERSON_7F3K9QX2', type: 'PERSON' });
    for (const bad of ['PERSON_7F3K9QX', 'PERSON_7F3K9QXU', 'CAR_7F3K9QX2', "PERSON_7F3K9QX2' OR 1=1", '']) {
      expect(() => parseToken(bad), bad).toThrow(InputError);
    }
  });

  it('property: every issued token parses back to itself', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string(), (key, value) => {
        const token = tokenFor('EMAIL', valueHash(Buffer.from(key), 'EMAIL', value));
        expect(parseToken(`[${token}]`).token).toBe(token);
      }),
    );
  });
});
