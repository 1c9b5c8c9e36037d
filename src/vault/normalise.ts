/**
 * Canonical form of a value before it is tokenised, so that the same person, number or address
 * gets the same token however a transcript spelled it. Detectors already emit normalised values;
 * this runs again because tokens must not depend on which detector found the value.
 */
import type { EntityType } from '../types.js';

const digitsOnly = (s: string): string => s.replace(/\D/g, '');

/** lower-case, punctuation gone ("o'brien" -> "obrien", "st." -> "st", "a-b" -> "a b"), one space */
function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/['\u2019.]/g, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function normaliseForType(type: EntityType, value: string): string {
  switch (type) {
    case 'PHONE_NUMBER': {
      const d = digitsOnly(value);
      // +1 415 555 0132 and 415 555 0132 are the same North American number
      return d.length === 11 && d.startsWith('1') ? d.slice(1) : d;
    }
    case 'ACCOUNT_NUMBER':
      // digits only; IBAN-like values keep their letters (upper-cased) so different IBANs with the
      // same digits stay different
      return /\p{L}/u.test(value) ? value.toUpperCase().replace(/[^0-9A-Z]/g, '') : digitsOnly(value);
    case 'US_SSN':
    case 'DATE_OF_BIRTH':
      return digitsOnly(value);
    case 'PERSON':
    case 'ADDRESS':
      return words(value);
    case 'EMAIL':
      return value.trim().toLowerCase();
  }
}

export function normaliseValue(type: EntityType, value: string): string {
  const nfkc = value.normalize('NFKC');
  const normalised = normaliseForType(type, nfkc);
  // a value that normalises to nothing (all punctuation, no digits) must not share one token with
  // every other such value
  return normalised.length > 0 ? normalised : nfkc.trim();
}
