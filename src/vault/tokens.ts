/**
 * Token format: `PERSON_7F3K9QX2` (the operator wraps it in brackets). The 8 characters are the
 * first 40 bits of HMAC-SHA256(tenant token key, type + "\0" + value) in Crockford base32, which
 * has no I, L, O or U, so tokens read back from a screen or a phone call unambiguously.
 */
import { createHmac } from 'node:crypto';
import { InputError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TOKEN_CHARS = 8;

export function crockford40(bytes: Buffer): string {
  // 5 bytes = 40 bits = 8 base32 digits
  let n = 0n;
  for (let i = 0; i < 5; i++) n = (n << 8n) | BigInt(bytes[i]!);
  let out = '';
  for (let i = 0; i < TOKEN_CHARS; i++) {
    out = CROCKFORD[Number(n & 31n)]! + out;
    n >>= 5n;
  }
  return out;
}

/** Full keyed hash of a normalised value: the vault's lookup key (never reversible). */
export function valueHash(tokenKey: Buffer, type: EntityType, normalisedValue: string): Buffer {
  return createHmac('sha256', tokenKey).update(`${type}\0${normalisedValue}`, 'utf8').digest();
}

/**
 * Token for a value. `attempt` > 0 only after a 40-bit collision with a different value of the same
 * tenant and type: the next candidate is derived from the full hash, so it is still deterministic.
 */
export function tokenFor(type: EntityType, hash: Buffer, attempt = 0): string {
  const bytes = attempt === 0 ? hash : createHmac('sha256', hash).update(`collision:${attempt}`).digest();
  return `${type}_${crockford40(bytes)}`;
}

const TOKEN_RE = new RegExp(`^\\[?(${ENTITY_TYPES.join('|')})_([${CROCKFORD}]{${TOKEN_CHARS}})\\]?$`);

/** Accepts `PERSON_7F3K9QX2` or `[PERSON_7F3K9QX2]`; returns the stored form. */
export function parseToken(input: string): { token: string; type: EntityType } {
  const m = TOKEN_RE.exec(input.trim().toUpperCase());
  if (!m) throw new InputError('not a vault token (expected TYPE_XXXXXXXX)');
  return { token: `${m[1]}_${m[2]}`, type: m[1] as EntityType };
}
