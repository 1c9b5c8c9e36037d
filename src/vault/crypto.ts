/**
 * AES-256-GCM primitives for envelope encryption. Every ciphertext is bound to its context via
 * additional authenticated data (AAD), so a ciphertext copied to another row, tenant or key
 * version fails authentication instead of decrypting to the wrong value.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { VaultIntegrityError } from '../errors.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export interface Sealed {
  iv: Buffer;
  /** ciphertext followed by the 16-byte GCM tag */
  data: Buffer;
}

export function seal(key: Buffer, plaintext: Buffer, aad: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const data = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return { iv, data };
}

export function unseal(key: Buffer, sealed: Sealed, aad: string): Buffer {
  if (sealed.iv.length !== IV_BYTES || sealed.data.length < TAG_BYTES) {
    throw new VaultIntegrityError('vault ciphertext is malformed');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.iv);
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.data.subarray(sealed.data.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(sealed.data.subarray(0, sealed.data.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch (err) {
    throw new VaultIntegrityError('vault ciphertext failed authentication', { cause: err });
  }
}

/** A key wrapped for storage: base64(iv | ciphertext | tag). */
export function wrapKey(masterKey: Buffer, key: Buffer, aad: string): string {
  const { iv, data } = seal(masterKey, key, aad);
  return Buffer.concat([iv, data]).toString('base64');
}

export function unwrapKey(masterKey: Buffer, wrapped: string, aad: string): Buffer {
  const raw = Buffer.from(wrapped, 'base64');
  return unseal(masterKey, { iv: raw.subarray(0, IV_BYTES), data: raw.subarray(IV_BYTES) }, aad);
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** A value that proves which master key a vault was set up with without revealing it. */
export function keyCheckValue(masterKey: Buffer): string {
  return createHmac('sha256', masterKey).update('callredact vault key check v1').digest('hex');
}

export function keyCheckMatches(masterKey: Buffer, stored: string): boolean {
  const expected = Buffer.from(keyCheckValue(masterKey), 'hex');
  const actual = Buffer.from(stored, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
