/**
 * Raw ASR: a US unit written with its USPS abbreviation ("STE B", "APT 4C", "BLDG 2") is spelled
 * letter by letter ("s t e b", "a p t four c"), and the spoken view reads the abbreviation and the
 * unit's value as one run. A run at word i that opens with the letters of a unit designator
 * (lexicons/address/asr-spelled-units.txt) and goes on with the value alone (one to four digits,
 * perhaps a letter, or one letter) is a unit line; its end, else -1.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { readWordList } from '../lexicon-files.js';
import type { AddressView } from './view.js';

let designators: ReadonlySet<string> | undefined;
const spelledUnits = (): ReadonlySet<string> =>
  (designators ??= new Set(readWordList('address/asr-spelled-units.txt')));

/** A unit's value after its designator: "4", "12b", "b". */
const VALUE = /^(?:\d{1,4}[a-z]?|[a-z])$/;

export function asrSpelledUnitAt(v: AddressView, i: number): number {
  if (v.formatted) return -1;
  const run = runAt(v.ctx.spoken, i);
  if (!run || run.startWord !== i) return -1;
  let letters = '';
  for (let c = 0; c < run.chunks.length - 1; c++) {
    const chunk = run.chunks[c]!;
    if (chunk.kind !== 'letter' || chunk.text.length !== 1) return -1;
    letters += chunk.text;
    if (!spelledUnits().has(letters)) continue;
    const value = run.chunks
      .slice(c + 1)
      .map((k) => k.text)
      .join('');
    // the value is said alone: no letters of a second word run on ("s t e b c a" is no unit)
    const valueLetters = run.chunks.slice(c + 1).filter((k) => k.kind === 'letter').length;
    if (VALUE.test(value) && valueLetters <= 1) return run.endWord;
  }
  return -1;
}
