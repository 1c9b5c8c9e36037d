/**
 * Raw ASR (no capitals, no punctuation): words that no name, English or place list holds, where
 * a speaker addresses someone or a letter read aloud names its writer. Formatted text finds these
 * by their commas and sentence starts (person-slots.ts "addressed"); raw ASR has neither, so only
 * frames whose words leave no other reading are taken:
 * - a letter's salutation: "dear velkor amundai hope you are well" (not "oh dear");
 * - a letter's closing that only a name follows: "yours sincerely velkor amundai",
 *   "kind regards tesmira" (lexicons/names/cues/asr-sign-off/); "love tesmira" closing the turn,
 *   unless "love" is a verb or a noun ("i love", "making love", "my love");
 * - a vocative between an opener and the speaker's next clause: "sorry velkor i sent the wrong
 *   number", "thanks tesmira we'll call back" (a greeting or acknowledgement, one or two unknown
 *   words, then a subject pronoun).
 * One to three unknown words are taken (two in a vocative); after a salutation or a closing, a
 * spelled middle initial may stand between a given and a family name ("sincerely velkor t amundai").
 */
import type { Candidate } from '../../types.js';
import { phraseList, phrasesByLastWord } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged, runThroughFound, unknownAt } from './person-asr-unknown.js';

const SIGN_OFFS = phrasesByLastWord(phraseList('names/cues/asr-sign-off'));
/** Acknowledgements that open statements as often as words to someone (as in person-slots.ts). */
const STATEMENT_OPENERS = new Set([
  'great',
  'perfect',
  'pleasure',
  'patience',
  'today',
  'day',
  'care',
  'dear',
]);
/**
 * Openers of words to someone: greetings, thanks and "sorry". Bare acknowledgements ("okay",
 * "morning", "sure") open a remark as often, before slang or a misheard word ("okay gonna i ...").
 */
const OPENERS = phrasesByLastWord(
  [...phraseList('names/cues/greeting'), ['sorry']].filter((p) => !STATEMENT_OPENERS.has(p.join(' '))),
);
/** Subjects that open the clause after a vocative: "sorry velkor i sent ...". */
const SUBJECTS = new Set([
  'i',
  "i'm",
  "i've",
  "i'll",
  "i'd",
  'we',
  "we're",
  "we've",
  "we'll",
  "we'd",
  'you',
  "you're",
  "you've",
  "you'll",
  "you'd",
]);
/** Words before "love" that make it a verb or a noun, not a closing: "i love", "to love", "my love". */
const LOVE_AS_WORD = new Set([
  ...SUBJECTS,
  'they',
  'he',
  'she',
  'who',
  'people',
  'kids',
  'would',
  'will',
  'do',
  'does',
  'did',
  "don't",
  "didn't",
  'just',
  'really',
  'also',
  'absolutely',
  'totally',
  'still',
  'all',
  'to',
  'gonna',
  'wanna',
  "they'd",
  "they'll",
  'in',
  'of',
  'my',
  'your',
  'our',
  'his',
  'her',
  'their',
  'the',
  'a',
  'true',
  'first',
  'much',
  'with',
  'so',
  'make',
  'making',
  'made',
  'fall',
  'fell',
  'falling',
  'and',
  'or',
  'for',
  'no',
]);
const VOCATIVE_RUN = 2;

/** Does a phrase of `phrases` end at word k - 1, said by the speaker of word k? Its first word, or -1. */
function phraseEndingAt(
  view: ExtendView,
  k: number,
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>,
): number {
  const { tokens } = view.ctx;
  let best = -1;
  for (const p of phrases.get(tokens[k - 1] ?? '') ?? []) {
    const from = k - p.length;
    if (from < 0) continue;
    if (!sameSpeaker(view.ctx, from, k) || !p.every((w, n) => tokens[from + n] === w)) continue;
    if (best < 0 || from < best) best = from;
  }
  return best;
}

/** Is word k the start of a name a salutation or a closing marks? Returns the run's end, or k. */
function afterLetterWord(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens } = view.ctx;
  const before = tokens[k - 1];
  const prev = k >= 2 && sameSpeaker(view.ctx, k - 2, k - 1) ? tokens[k - 2] : undefined;
  let marked = false;
  if (before === 'dear') marked = prev !== 'oh';
  else if (before === 'love') {
    // "... write back soon love tesmira": the closing's name ends the turn; with more words after
    // it ("love tesmira i once lived there", "love velmira perfume") it is left to the name lists
    const end = runThroughFound(view, k, covered);
    const closes = end === tokens.length || !sameSpeaker(view.ctx, k, end);
    return end > k && closes && (prev === undefined || !LOVE_AS_WORD.has(prev)) ? end : k;
  } else {
    const from = phraseEndingAt(view, k, SIGN_OFFS);
    // "with regards to", "as regards": a preposition, not a closing
    marked = from >= 0 && !(from >= 1 && (tokens[from - 1] === 'with' || tokens[from - 1] === 'as'));
  }
  return marked ? throughInitial(view, k, runThroughFound(view, k, covered), covered) : k;
}

/**
 * "yours sincerely velkor t amundai": a given name, one spelled letter (the middle initial) and a
 * family name no list holds; the letter stopped the run. Returns the new end, or `end`.
 */
function throughInitial(view: ExtendView, k: number, end: number, covered: Uint8Array): number {
  if (end !== k + 1 || !/^\p{Ll}$/u.test(view.ctx.tokens[end] ?? '')) return end;
  if (!sameSpeaker(view.ctx, k, end + 1) || !unknownAt(view, end + 1, covered)) return end;
  return end + 2;
}

/** "sorry velkor i sent ...": the run's end when word k starts a vocative, else k. */
function vocativeAt(view: ExtendView, k: number, covered: Uint8Array): number {
  if (phraseEndingAt(view, k, OPENERS) < 0) return k;
  const end = runThroughFound(view, k, covered, VOCATIVE_RUN);
  if (end === k || end >= view.ctx.tokens.length || !sameSpeaker(view.ctx, k, end)) return k;
  return SUBJECTS.has(view.ctx.tokens[end]!) ? end : k;
}

export function addAsrAddressedNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let k = 1; k < tokens.length; k++) {
    if (covered[k] || !sameSpeaker(view.ctx, k - 1, k)) continue;
    let end = afterLetterWord(view, k, covered);
    if (end === k) end = vocativeAt(view, k, covered);
    if (end === k) continue;
    addMerged(out, covered, make, k, end);
    k = end - 1;
  }
}
