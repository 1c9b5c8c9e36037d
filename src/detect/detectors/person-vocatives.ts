/**
 * Formatted text: a name no list holds, set off by a comma as the one spoken to. English marks a
 * vocative by its commas and by the second person around it, so the word itself needs no list:
 * - closing a sentence that speaks to someone: "Don't go to town, Velkora!", "See you soon,
 *   Velkora Dunsimo." (a second-person word, "please", "let's" or a negated imperative in the
 *   sentence; "Greetings from Tamsby, Orvelia!" names a place and has none), not after a
 *   capitalised word ("write to Tamsby, Orvelia.": a town and its country);
 * - opening a question or request: "Velkora, can I speak to your boss?", "Velkora, please call".
 * One or two title-case words, each in no name, English, place or brand list and sayable as a
 * name. Raw ASR has no commas: its vocatives are person-asr-addressed.ts's.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { isBrand } from '../brands.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { isPlaceName } from './person-tags.js';
import { sayableName } from './person-asr-slots.js';

const ADDRESSING = wordSet('names/context/vocative-markers');
/** Auxiliaries that open a question or request after an opening vocative ("Velkora, can I ..."). */
const OPENING_AUX = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'are', 'have', 'may', 'shall']);
const ASKED = new Set(['i', 'you', 'we']);
const TITLE_WORD = /^["'(]*\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*/u;
const SENTENCE_END = /[.!?]["')\]]*$/u;
const SCORE = 0.8;
const MAX_WORDS = 2;

/** Is word k a title-case word that no list holds and that can be said as a name? */
function freeNameWord(ctx: DetectionContext, k: number): boolean {
  const text = ctx.words[k]?.text ?? '';
  if (!TITLE_WORD.test(text) || /\d/u.test(text)) return false;
  const base = nameBase(ctx.tokens[k] ?? '');
  if (base.length < 3 || !/^\p{L}+$/u.test(base)) return false;
  return (
    nameEvidence(base) === NameEvidence.Unknown && sayableName(base) && !isPlaceName(base) && !isBrand(base)
  );
}

/** First word of the sentence holding word k (after a sentence end or a change of speaker). */
function sentenceStart(ctx: DetectionContext, k: number): number {
  let s = k;
  while (s > 0 && sameSpeaker(ctx, s - 1, k) && !SENTENCE_END.test(ctx.words[s - 1]!.text)) s--;
  return s;
}

/** Does the sentence [s, e) speak to someone (a second-person word, "please", "let's", "don't")? */
function addressing(ctx: DetectionContext, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (ADDRESSING.has(nameBase(ctx.tokens[i] ?? ''))) return true;
  return false;
}

/** The vocative closing a sentence at word k's comma: its end, or -1 ("..., Velkora Dunsimo!"). */
function closingVocative(ctx: DetectionContext, k: number): number {
  if (!/,$/u.test(ctx.words[k - 1]?.text ?? '')) return -1;
  // "to Tamsby, Orvelia.": a capitalised word before the comma pairs two names (a town and its country)
  if (TITLE_WORD.test(ctx.words[k - 1]!.text) && sentenceStart(ctx, k - 1) !== k - 1) return -1;
  for (let e = k + 1; e <= k + MAX_WORDS && e <= ctx.words.length; e++) {
    if (!freeNameWord(ctx, e - 1) || !sameSpeaker(ctx, k, e - 1)) return -1;
    const text = ctx.words[e - 1]!.text;
    if (SENTENCE_END.test(text)) return addressing(ctx, sentenceStart(ctx, k - 1), k) ? e : -1;
    if (/[,;:]$/u.test(text)) return -1;
  }
  return -1;
}

/** Does a vocative open the sentence at word k ("Velkora, can I ...", "Velkora, please ...")? */
function openingVocative(ctx: DetectionContext, k: number): boolean {
  if (sentenceStart(ctx, k) !== k || !/^[^,]+,$/u.test(ctx.words[k]!.text) || !freeNameWord(ctx, k))
    return false;
  if (!sameSpeaker(ctx, k, k + 2)) return false;
  const next = ctx.tokens[k + 1] ?? '';
  return next === 'please' || (OPENING_AUX.has(next) && ASKED.has(ctx.tokens[k + 2] ?? ''));
}

export function addVocativeNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  if (isUncased(ctx.words)) return candidates;
  let covered: Uint8Array | null = null;
  const added: Candidate[] = [];
  for (let k = 0; k < ctx.words.length; k++) {
    const end = k > 0 ? closingVocative(ctx, k) : -1;
    const e = end > k ? end : openingVocative(ctx, k) ? k + 1 : -1;
    if (e < 0) continue;
    if (!covered) {
      covered = new Uint8Array(ctx.words.length);
      for (const c of candidates) covered.fill(1, c.startWord, c.endWord);
    }
    let free = true;
    for (let i = k; i < e; i++) if (covered[i]) free = false;
    if (!free) continue;
    const value = ctx.tokens.slice(k, e).map(nameBase).join(' ');
    added.push({
      type: 'PERSON',
      startWord: k,
      endWord: e,
      score: SCORE,
      detector: 'person',
      reason: 'cue:vocative',
      value,
    });
    k = e - 1;
  }
  return added.length === 0 ? candidates : [...candidates, ...added];
}
