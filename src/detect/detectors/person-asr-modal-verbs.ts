/**
 * Raw ASR (no case): a modal auxiliary after its subject is followed by a verb in its bare form
 * ("the borrower shall irrevocably grant the lender ...", "either party may bill ..."), never by a
 * name. Without capitals, a verb that the name lists also hold ("grant", "bill", "chase") reads as a
 * given name there, and with the role after it as a full name ("grant lender").
 * A PERSON candidate whose first word is an English word and that follows a modal
 * (lexicons/names/context/modal-auxiliaries), with at most a few adverbs between (words in "-ly" and
 * lexicons/names/context/modal-adverbs: "shall not", "may hereby"), loses that first word, and is
 * dropped when nothing is left, when:
 * - a word said by the same speaker stands before the modal (its subject), and that word opens no
 *   question or clause (lexicons/names/context/question-openers: "when can grant come", "and will
 *   rose be there" keep their names), nor is a form of "be" ("my name is may m a y");
 * - no naming cue, label or vocative placed the candidate, and it is no spelled run of letters.
 * Runs before the names spread over the call (analyze.ts), so the verb is not found again elsewhere.
 * Uncased calls only.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isUncased, sameSpeaker } from '../call-words.js';

const MODALS = wordSet('names/context/modal-auxiliaries');
const ADVERBS = wordSet('names/context/modal-adverbs');
const OPENERS = wordSet('names/context/question-openers');
/** Words between a modal and its verb looked through. */
const MAX_ADVERBS = 3;
/** An adverb in "-ly" ("irrevocably", "promptly"). */
const LY_ADVERB = /^\p{L}{3,}ly$/u;
/** Cues after which any word is a name: nothing here touches their candidates. */
const STRONG_CUE = /^cue:(?:name|label|vocative)/u;

/** Is word k a modal after its subject, so that the word after it and its adverbs is a verb? */
function modalAfterSubject(ctx: DetectionContext, k: number): boolean {
  if (!MODALS.has(ctx.tokens[k] ?? '')) return false;
  const s = k - 1;
  return s >= 0 && sameSpeaker(ctx, s, k) && !OPENERS.has(ctx.tokens[s]!) && !MODALS.has(ctx.tokens[s]!);
}

/** Does the word at `start` follow a modal after its subject, with at most a few adverbs between? */
function afterModal(ctx: DetectionContext, start: number): boolean {
  for (
    let k = start - 1, seen = 0;
    k >= 0 && seen <= MAX_ADVERBS && sameSpeaker(ctx, k, start);
    k--, seen++
  ) {
    const t = ctx.tokens[k]!;
    if (modalAfterSubject(ctx, k)) return true;
    if (!ADVERBS.has(t) && !(LY_ADVERB.test(t) && englishLevel(t) !== undefined)) return false;
  }
  return false;
}

/** The raw-ASR candidates without the verbs after modals (see the header). */
export function dropAsrModalVerbs(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || !isUncased(ctx.words)) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    const first = nameBase(ctx.tokens[c.startWord] ?? '');
    if (
      c.type !== 'PERSON' ||
      STRONG_CUE.test(c.reason ?? '') ||
      c.reason === 'spelled' ||
      englishLevel(first) === undefined ||
      !afterModal(ctx, c.startWord)
    ) {
      out.push(c);
      continue;
    }
    if (c.endWord - c.startWord === 1) continue;
    const start = c.startWord + 1;
    out.push({ ...c, startWord: start, value: ctx.tokens.slice(start, c.endWord).map(nameBase).join(' ') });
  }
  return out;
}
