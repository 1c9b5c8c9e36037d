/**
 * Name beginnings of languages whose names a list holds thinly: Yoruba "ade-"/"olu-", Igbo
 * "chukwu-", Amharic "gebre-"/"wolde-", Arabic "abdul-", and the Bantu onsets English never opens
 * a word with ("mb", "nd", "hl", "ngc"). Data: lexicons/names/name-prefixes/, one list per language
 * group. The caller checks first that the word is no English word, place or listed name, as for
 * family-name endings (name-lexicon.ts hasFamilyNameEnding).
 */
import { readWordListsIn } from '../lexicon-files.js';
import { foldName } from './name-lexicon.js';

let prefixes: RegExp | undefined;

/** At least this many letters after the prefix, and this many in all. */
const MIN_REST = 3;
const MIN_LENGTH = 6;

/** Does an unknown word begin like a name of some language ("adewunmi", "gebrehiwot", "ndlovu")? */
export function hasNamePrefix(word: string): boolean {
  if (!prefixes) {
    const all = new Set<string>();
    for (const list of readWordListsIn('names/name-prefixes').values())
      for (const p of list) all.add(foldName(p).replace(/[^\p{L}]/gu, ''));
    const sorted = [...all].filter(Boolean).sort((a, b) => b.length - a.length);
    prefixes = new RegExp(`^(?:${sorted.join('|')})\\p{L}{${MIN_REST},}$`, 'u');
  }
  const folded = foldName(word);
  return folded.length >= MIN_LENGTH && prefixes.test(folded);
}
