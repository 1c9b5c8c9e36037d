/**
 * A person's name written as a Lotus Notes mailbox. Mail forwarded from Notes systems heads each
 * quoted message with the sender's Notes name: the person's name glued to the mail domain, perhaps
 * with its organisational units, "Ada Quist@ZENTRO", "Ada Quist/HOU/ZEN@ZEN", "Bo K Lind@Zentro".
 * The "@" after a capitalised surname and before a domain without a dot (no internet address) is
 * the cue: the given name (and a middle initial) before it and the surname glued to the domain form
 * one PERSON candidate. The glued word is labelled whole (LABELING.md: a word holding the name).
 *
 * Raw ASR says "ada quist at zentro", which reads as a sentence; there a found name of two or more
 * words, "at" and one word are a mailbox only when the header's date follows ("ada quist at zentro
 * oh eight sixteen two thousand", "... at zentro communications on zero eight sixteen"), perhaps
 * after a filler: a meeting place ("maria lopez at home on monday") is said with no such date.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { labelledName } from './person-label-candidate.js';
import { wordSet } from '../gazetteer/name-data.js';

const SCORE = 0.9;
/** A surname glued to a Notes domain: "Quist@ZENTRO", "Quist/HOU/ZEN@ZEN" (no dot after "@"). */
const NOTES_NAME = /^\p{Lu}[\p{L}'’-]+(?:\/[\p{L}\p{N}&-]+)*@[\p{L}\p{N}&-]+$/u;
const GIVEN = /^\p{Lu}[\p{L}'’-]+$/u;
const INITIAL = /^\p{Lu}\.?$/u;

/** Words said before a date's first digit ("okay oh eight sixteen"). */
const FILLERS = new Set([...wordSet('names/fillers'), 'okay', 'so', 'yeah', 'well']);
/** The first digit of a header date said as a two-digit month: "oh eight", "zero eight". */
const MONTH_LEAD = new Set(['oh', 'zero']);
const DIGITS = new Set(['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
const ASR_DOMAIN = /^\p{Ll}{2,}$/u;

/** Raw ASR: does a header date open at word j (or the next turn), after fillers, perhaps after one word and "on"? */
function dateAfter(ctx: DetectionContext, j: number): boolean {
  const { tokens } = ctx;
  while (FILLERS.has(tokens[j] ?? '') && tokens[j] !== 'oh') j++;
  if (tokens[j] === 'on') j++;
  else if (tokens[j + 1] === 'on' && !DIGITS.has(tokens[j] ?? '')) j += 2;
  return MONTH_LEAD.has(tokens[j] ?? '') && DIGITS.has(tokens[j + 1] ?? '') && sameSpeaker(ctx, j, j + 1);
}

/**
 * Raw ASR: found names of two or more words grown over "at" and the mailbox's domain before a date.
 * Run after propagation, so that the domain ("zentro") is not spread as a word of the name.
 */
export function growSpokenNotesNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  if (!isUncased(ctx.words)) return candidates;
  let out: Candidate[] | undefined;
  for (const c of candidates) {
    const at = c.endWord;
    if (c.type !== 'PERSON' || at - c.startWord < 2 || ctx.tokens[at] !== 'at') continue;
    const domain = ctx.tokens[at + 1] ?? '';
    if (!ASR_DOMAIN.test(domain) || isFunctionWord(domain) || !sameSpeaker(ctx, c.startWord, at + 1))
      continue;
    if (!dateAfter(ctx, at + 2)) continue;
    out ??= [...candidates];
    out = out.filter(
      (o) => o !== c && (o.type !== 'PERSON' || o.endWord <= c.startWord || o.startWord > at + 1),
    );
    out.push(labelledName(ctx, c.startWord, at + 2, SCORE));
  }
  return out ?? candidates;
}

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
