/**
 * Self-repairs in spoken numbers: "four one five sorry four one five five five five oh one three
 * two". The caller abandons a start and says the whole number again; the number detectors find
 * the repeat, and the abandoned start (here the area code) is personal data too. A run of digits
 * by the same speaker that ends a few repair words or fillers before a number entity, and whose
 * digits (said one by one, or written) begin that entity's digits, joins the entity.
 */
import type { Candidate, EntityType } from '../types.js';
import type { DetectionContext } from './types.js';
import { FILLERS } from '../transcript/spoken-view.js';
import { readWordListsIn } from './lexicon-files.js';

const NUMBER_TYPES: ReadonlySet<EntityType> = new Set(['PHONE_NUMBER', 'ACCOUNT_NUMBER', 'US_SSN']);
const REPAIR_WORDS: ReadonlySet<string> = new Set([...readWordListsIn('repairs').values()].flat());
/** Words allowed between the abandoned start and the repeat ("sorry", "no wait i mean"). */
const MAX_REPAIR_WORDS = 4;
/** An abandoned start holds at least this many digits: one digit is too weak a match. */
const MIN_START = 2;

export function absorbRepairs(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const { spoken, tokens, words } = ctx;
  return candidates.map((c) => {
    if (!NUMBER_TYPES.has(c.type)) return c;
    const digits = c.value.replace(/\D/g, '');
    // walk back over repair words and fillers to the word before them
    let w = c.startWord - 1;
    let repair = 0;
    while (w >= 0 && repair <= MAX_REPAIR_WORDS) {
      const t = tokens[w]!;
      if (t === '' || FILLERS.has(t)) w--;
      else if (REPAIR_WORDS.has(t)) {
        repair++;
        w--;
      } else break;
    }
    if (repair === 0 || repair > MAX_REPAIR_WORDS || w < 0) return c;
    const r = spoken.wordRun[w]!;
    const run = r >= 0 ? spoken.runs[r] : undefined;
    if (!run || run.endWord !== w + 1 || run.digits !== run.text || run.digits.length < MIN_START) return c;
    // said digit by digit (or written): "forty one" is an amount or an age, not a start of a number
    if (!run.chunks.every((k) => k.kind === 'digit' || k.kind === 'literal')) return c;
    if (!digits.startsWith(run.digits) || run.digits.length >= digits.length) return c;
    if (words[run.startWord]?.speaker !== words[c.startWord]?.speaker) return c;
    return { ...c, startWord: run.startWord };
  });
}
