import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { VaultIntegrityError } from '../errors.js';
import { keyCheckMatches, keyCheckValue, newKey, seal, unseal, unwrapKey, wrapKey } from './crypto.js';

describe('vault crypto', () => {
  it('property: seal/unseal round-trips arbitrary unicode text', () => {
    const key = newKey();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (text, aad) => {
        const sealed = seal(key, Buffer.from(text, 'utf8'), aad);
        expect(unseal(key, sealed, aad).toString('utf8')).toBe(text);
      }),
    );
  });

  it('uses a fresh IV per encryption', () => {
    const key = newKey();
    const a = seal(key, Buffer.from('same'), 'ctx');
    const b = seal(key, Buffer.from('same'), 'ctx');
    expect(a.iv.equals(b.iv)).toBe(false);
    expect(a.data.equals(b.data)).toBe(false);
  });

  it('rejects a wrong key, wrong AAD, or any flipped bit', () => {
    const key = newKey();
    const sealed = seal(key, Buffer.from('4155550132'), 'acme|PHONE_NUMBER_X|1');
    expect(() => unseal(newKey(), sealed, 'acme|PHONE_NUMBER_X|1')).toThrow(VaultIntegrityError);
    expect(() => unseal(key, sealed, 'globex|PHONE_NUMBER_X|1')).toThrow(VaultIntegrityError);
    for (let i = 0; i < sealed.data.length; i++) {
      const data = Buffer.from(sealed.data);
      data[i]! ^= 0x80;
      expect(() => unseal(key, { iv: sealed.iv, data }, 'acme|PHONE_NUMBER_X|1')).toThrow(
        VaultIntegrityError,
      );
    }
    expect(() => unseal(key, { iv: sealed.iv, data: sealed.data.subarray(0, 8) }, 'x')).toThrow(
      VaultIntegrityError,
    );
  });

  it('wraps keys and checks master keys without revealing them', () => {
    const master = newKey();
    const dataKey = newKey();
    const wrapped = wrapKey(master, dataKey, 'acme|data|1|1');
    expect(unwrapKey(master, wrapped, 'acme|data|1|1').equals(dataKey)).toBe(true);
    expect(() => unwrapKey(master, wrapped, 'acme|token|1|1')).toThrow(VaultIntegrityError);
    const check = keyCheckValue(master);
    expect(check).not.toContain(master.toString('hex'));
    expect(keyCheckMatches(master, check)).toBe(true);
    expect(keyCheckMatches(newKey(), check)).toBe(false);
    expect(keyCheckMatches(master, 'abcd')).toBe(false);
  });
});
