/**
 * A person's name written as a Lotus Notes mailbox. Mail forwarded from Notes systems heads each
 * quoted message with the sender's Notes name: the person's name glued to the mail domain, perhaps
 * with its organisational units, "Ada Quist@ZENTRO", "Ada Quist/HOU/ZEN@ZEN", "Bo K Lind@Zentro".
 * The "@" after a capitalised surname and before a domain without a dot (no internet address) is
 * the cue: the given name (and a middle initial) before it and the surname glued to the domain form
 * one PERSON candidate. The glued word is labelled whole (LABELING.md: a word holding the name).
 *
 * Formatted text only: raw ASR says "ada quist at zentro", which reads as a sentence.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { labelledName } from './person-label-candidate.js';

const SCORE = 0.9;
/** A surname glued to a Notes domain: "Quist@ZENTRO", "Quist/HOU/ZEN@ZEN" (no dot after "@"). */
const NOTES_NAME = /^\p{Lu}[\p{L}'’-]+(?:\/[\p{L}\p{N}&-]+)*@[\p{L}\p{N}&-]+$/u;
const GIVEN = /^\p{Lu}[\p{L}'’-]+$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/** The candidates with the names of Notes mailboxes added as PERSON. */
export function addNotesNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  if (isUncased(ctx.words)) return candidates;
  let out: Candidate[] | undefined;
  for (let k = 1; k < ctx.words.length; k++) {
    const text = ctx.words[k]!.text;
    if (!text.includes('@') || !NOTES_NAME.test(text)) continue;
    let start = k - 1;
    if (INITIAL.test(ctx.words[start]!.text) && start > 0 && sameSpeaker(ctx, start - 1, k)) start--;
    const given = ctx.words[start]!.text;
    if (!sameSpeaker(ctx, start, k) || !GIVEN.test(given) || isFunctionWord(given.toLowerCase())) continue;
    out ??= [...candidates];
    // the name replaces PERSON candidates inside it
    out = out.filter((c) => c.type !== 'PERSON' || c.endWord <= start || c.startWord > k);
    out.push(labelledName(ctx, start, k + 1, SCORE));
  }
  return out ?? candidates;
}
