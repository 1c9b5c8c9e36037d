/**
 * A person's name spread into a firm's name in raw ASR. Contracts name firms after their founders
 * and then have a founder sign ("ferris grant holdings l l c ... by s graham ferris"); once the
 * signatory is found, propagation copies "ferris" into every mention of the firm. Written text keeps
 * the firm apart by its capitals; raw ASR has only the words: a spread copy (detector
 * "propagation") lying in a company name that an organisation head closes ("ferris grant
 * holdings", "oakes lumber co", "harrow lindqvist partners"; brands.ts `orgPhraseMask`, back over at
 * most three words to a function word) is the firm's word, not the person. Only a one-word copy
 * that opens the company name right after a function word counts ("among ferris grant holdings",
 * "shares of oakes lumber co"): a copy after another word may end a contact's name written just
 * before the firm's ("ada quist velmont valley bank"). Copies found by a detector of their own are
 * left to the other rules.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { orgPhraseMask } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isUncased, sameSpeaker } from '../call-words.js';

/** Drops spread PERSON copies inside company names of raw ASR (see the header). */
export function dropFirmRepeats(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const copies = candidates.filter((c) => c.type === 'PERSON' && c.detector === 'propagation');
  if (copies.length === 0 || !isUncased(ctx.words)) return [...candidates];
  const texts = ctx.words.map((w) => w.text);
  const mask = orgPhraseMask(ctx.tokens, texts, (t) => isFunctionWord(t));
  const inFirm = (c: Candidate): boolean => {
    const s = c.startWord;
    if (c.endWord - s !== 1 || mask[s] !== 1) return false;
    return s > 0 && isFunctionWord(ctx.tokens[s - 1]!) && sameSpeaker(ctx, s - 1, s);
  };
  return candidates.filter((c) => !(c.type === 'PERSON' && c.detector === 'propagation' && inFirm(c)));
}
