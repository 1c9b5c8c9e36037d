/**
 * Sentences written all in lower case inside a cased call ("... on monday. we need to add velkor
 * amundai as guardian."): there a name has no capital to give it away, just as in raw ASR, so the
 * raw-ASR passes (person-asr-*.ts: "add X as guardian", "says X.", "X had given ...", lists of
 * unknown words) read those sentences (lower-sentences.ts). Each pass reads a view of the call that
 * is uncased, with every word outside the lower-case sentences taken already; a name it finds
 * counts only when all its words lie inside them. Calls written in case throughout pay one scan.
 */
import type { Candidate } from '../../types.js';
import { lowerSentenceMask } from '../lower-sentences.js';
import type { ExtendView, Make } from './person-extend.js';
import { addAsrNames } from './person-asr-names.js';
import { addAsrPossessiveNames } from './person-asr-possessive.js';
import { addAsrUnknownNames } from './person-asr-unknown.js';
import { addAsrAddressedNames } from './person-asr-addressed.js';
import { addAsrAsRoleNames } from './person-asr-as-role.js';
import { addAsrUnknownListNames } from './person-asr-unknown-lists.js';
import { addAsrSlotNames } from './person-asr-slots.js';
import { addAsrAgreementNames } from './person-asr-agreement.js';
import { addAsrFrameNames } from './person-asr-frames.js';
import { addAsrPairNames } from './person-asr-pairs.js';
import { addAsrSubjectNames } from './person-asr-subjects.js';
import { WRITTEN_FRAME } from './person-written-frames.js';

type Pass = (view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make) => void;

/** The raw-ASR passes, in person.ts's order. */
const PASSES: readonly Pass[] = [
  addAsrNames,
  addAsrPossessiveNames,
  addAsrUnknownNames,
  addAsrAddressedNames,
  addAsrAsRoleNames,
  addAsrUnknownListNames,
  addAsrSlotNames,
  addAsrAgreementNames,
  addAsrFrameNames,
  addAsrPairNames,
  addAsrSubjectNames,
];

export function addLowerSentenceNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const mask = lowerSentenceMask(view.ctx);
  if (!mask.includes(1)) return;
  const lower: ExtendView = { ...view, uncased: true };
  // found names inside lower-case sentences are read again (the veto of lower-case words drops those
  // that a weak cue found); everything outside them is taken
  const inside = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (mask[k] !== 1) return false;
    return true;
  };
  const taken = new Uint8Array(mask.length);
  for (let i = 0; i < mask.length; i++) taken[i] = mask[i] ? 0 : covered[i]!;
  const local = out.filter((c) => !inside(c));
  const kept = new Set(local);
  // a name of a lower-case sentence stands by the frame's grammar alone: the written frame keeps it
  // from the veto of lower-case words (person-lower-veto.ts), as person-slots.ts does
  const framed: Make = (s, e) => make(s, e, WRITTEN_FRAME);
  for (const pass of PASSES) pass(lower, local, taken, framed);
  for (const c of local) {
    if (kept.has(c) || !inside(c)) continue;
    // the name replaces what was found on its words
    for (let n = out.length - 1; n >= 0; n--)
      if (out[n]!.startWord < c.endWord && out[n]!.endWord > c.startWord && inside(out[n]!)) out.splice(n, 1);
    out.push(c);
    covered.fill(1, c.startWord, c.endWord);
  }
}
