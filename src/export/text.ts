/**
 * How redactions appear in exported text. `placeholder`: the replacement becomes a tag of its type
 * (`<PHONE>`, `<PERSON>` ...), whatever operator the redaction used, so models learn one symbol per
 * type; `token`: the text exactly as the redacted transcript wrote it (vault tokens, masks or
 * placeholders, as the call's policy chose). Utterances holding any redaction can instead be
 * dropped altogether (`--drop-redacted`, decided in utterances.ts).
 */
import type { EntityType } from '../types.js';
import type { RedactedWord } from './redacted-call.js';

export const TEXT_MODES = ['placeholder', 'token'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

export const TAGS: Readonly<Record<EntityType, string>> = {
  PERSON: '<PERSON>',
  PHONE_NUMBER: '<PHONE>',
  ACCOUNT_NUMBER: '<ACCOUNT>',
  US_SSN: '<SSN>',
  ADDRESS: '<ADDRESS>',
  EMAIL: '<EMAIL>',
  DATE_OF_BIRTH: '<DOB>',
};

export function wordText(word: RedactedWord, mode: TextMode): string {
  if (!word.redaction || mode === 'token') return word.text;
  // keep punctuation the adapter attached to the replacement ("[PERSON]." -> "<PERSON>.")
  return word.text.replace(word.redaction.replacement, TAGS[word.redaction.type]);
}

/** Words joined by single spaces; whitespace inside a word (never expected) collapses too. */
export function renderText(words: readonly RedactedWord[], mode: TextMode): string {
  return words
    .map((w) => wordText(w, mode))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
