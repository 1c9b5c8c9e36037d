/**
 * A generated table: an IBAN of every country ibantools knows, built from the country's BBAN
 * format (fictional digits and letters, valid check digits), written whole, in groups of four and
 * spelled character by character as raw ASR says it. Each must be one ACCOUNT_NUMBER span, with or
 * without a cue. Countries whose BBAN carries a national check digit in the middle (FR, ES, PL ...)
 * are left out when the fictional BBAN does not pass it.
 */
import { describe, expect, it } from 'vitest';
import { composeIBAN, countrySpecs, friendlyFormatIBAN, isValidIBAN } from 'ibantools';
import { analyze } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A fictional BBAN of a format like "^[A-Z]{4}[0-9]{14}$", its last digits varied until valid. */
function fictionalIban(country: string, format: string): string | undefined {
  let seed = 7;
  let bban = '';
  for (const [, cls, n] of format.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    for (let i = 0; i < Number(n); i++) {
      seed = (seed * 31 + 11) % 97;
      if (cls === 'A-Z') bban += String.fromCharCode(65 + (seed % 26));
      else if (cls === '0-9' || seed % 3 !== 0) bban += String(seed % 10);
      else bban += String.fromCharCode(65 + (seed % 26));
    }
  }
  for (let k = 0; k < 1000; k++) {
    const tail = String(k).padStart(3, '0');
    const candidate = /\d{3}$/.test(bban) ? bban.slice(0, -3) + tail : bban;
    const iban = composeIBAN({ countryCode: country, bban: candidate });
    if (iban && isValidIBAN(iban)) return iban;
    if (candidate === bban) return undefined;
  }
  return undefined;
}

const spelled = (iban: string): string =>
  [...iban.toLowerCase()].map((ch) => (/\d/.test(ch) ? DIGIT_WORDS[Number(ch)]! : ch)).join(' ');

const cases: [string, string, string][] = [];
for (const [country, spec] of Object.entries(countrySpecs)) {
  if (!spec.chars || !spec.bban_regexp) continue;
  const iban = fictionalIban(country, spec.bban_regexp);
  if (!iban) continue;
  cases.push([country, 'whole', `My IBAN is ${iban} thanks.`]);
  cases.push([country, 'grouped', `Please send it to ${friendlyFormatIBAN(iban)!} thanks.`]);
  cases.push([country, 'spelled', `my iban is ${spelled(iban)} thanks`]);
  cases.push([country, 'spelled, no cue', `please send it to ${spelled(iban)} thanks`]);
}

/** Is the span between the cue and "thanks" one ACCOUNT_NUMBER, exactly? */
function oneAccount(line: string): boolean {
  const words = line.split(' ');
  const start = words.findIndex((w, k) => k > 0 && (words[k - 1] === 'is' || words[k - 1] === 'to'));
  const end = words.findIndex((w) => w.startsWith('thanks'));
  const spans = analyze(sayWords(line)).filter((c) => c.startWord < end && c.endWord > start);
  return (
    spans.length === 1 &&
    spans[0]!.type === 'ACCOUNT_NUMBER' &&
    spans[0]!.startWord === start &&
    spans[0]!.endWord === end
  );
}

describe('IBANs of every country, written, grouped and spelled', () => {
  it('covers most countries', () => {
    expect(new Set(cases.map((c) => c[0])).size).toBeGreaterThan(100);
  });

  it.each(cases)('%s %s: %s', (_country, _how, line) => {
    expect(oneAccount(line)).toBe(true);
  });

  it.each([
    // letters a country code could start with, but no valid IBAN after them
    ['my iban is n l three six one two three four five six seven eight thanks'],
    ['perhaps the code was l i eight oh but i lost the paper thanks'],
  ])('finds no IBAN in %s', (line) => {
    expect(analyze(sayWords(line)).filter((c) => c.reason === 'iban')).toEqual([]);
  });
});
