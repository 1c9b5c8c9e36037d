/**
 * Raw ASR (no capitals, no punctuation): a full name that no list holds, placed by the grammar
 * around it. English marks a person's name two ways that need no cue word before it:
 * - a possessive of the full name: "the verses from velkor amundai's tales" (a person owns the
 *   work; person-asr-possessive.ts reads one listed word before a person's noun);
 * - a pronoun that agrees with it, right after its verb: "velkor amundai listed his top songs",
 *   "velkor amundai told her" ("his", "her" refer to people; a firm or a thing takes "its").
 * Two or three words that no name, English, place or brand list holds are needed (one word alone
 * is as often slang or a firm's short name); a longer run of such words is a stretch of another
 * language. Words glued from English words (firms), plurals and words no one says as a name are
 * left.
 */
import type { Candidate } from '../../types.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { addMerged } from './person-asr-unknown.js';
import { firmWord } from './person-unknown-lists.js';
import { unlistedSayable } from './person-asr-unknown-lists.js';
import { sayableName } from './person-asr-slots.js';

const MIN_RUN = 2;
const MAX_RUN = 3;
const NAME_SHAPE = /^\p{Script=Latin}{3,}$/u;
const POSSESSIVE = /^(\p{Script=Latin}{3,})['’]s$/u;
/** Pronouns that refer to a person only. */
const PERSON_PRONOUNS = new Set(['his', 'her', 'himself', 'herself']);
const DETERMINERS = wordSet('names/context/determiners');

/** Is `base` (word k, or its owner before "'s") a word no list holds that is said as a name? */
function nameWord(view: ExtendView, k: number, base: string, covered: Uint8Array): boolean {
  if (view.masked(k)) return false;
  if (covered[k]) return sayableName(base);
  return (
    unlistedSayable(view, k, base) &&
    englishLevel(base) === undefined &&
    !firmWord(base) &&
    !/[^'s]s$/u.test(base)
  );
}

/**
 * Start of the run of two or three unknown words ending at word `last` (inclusive), with at least
 * one not found yet; -1 when the run is shorter, longer (another language) or follows an article.
 */
function runStart(view: ExtendView, last: number, covered: Uint8Array, lastBase: string): number {
  if (!nameWord(view, last, lastBase, covered)) return -1;
  let s = last;
  while (s > 0 && last - s < MAX_RUN) {
    const w = view.ctx.words[s - 1]?.text ?? '';
    if (!NAME_SHAPE.test(w) || !nameWord(view, s - 1, view.base[s - 1]!, covered)) break;
    if (!sameSpeaker(view.ctx, s - 1, last)) break;
    s--;
  }
  const n = last - s + 1;
  if (n < MIN_RUN || n > MAX_RUN) return -1;
  const before = s - 1;
  if (before >= 0 && NAME_SHAPE.test(view.ctx.words[before]?.text ?? '')) {
    // a fourth unknown word: the run is longer than a name
    if (nameWord(view, before, view.base[before]!, covered) && !covered[before]) return -1;
  }
  if (DETERMINERS.has(view.ctx.tokens[before] ?? '')) return -1;
  for (let i = s; i <= last; i++) if (!covered[i]) return s;
  return -1;
}

export function addAsrAgreementNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (!view.uncased) return;
  const { tokens } = view.ctx;
  for (let k = MIN_RUN - 1; k + 1 < tokens.length; k++) {
    let last = -1;
    let owner = '';
    const poss = POSSESSIVE.exec(tokens[k]!)?.[1];
    if (poss !== undefined && /^\p{L}+$/u.test(tokens[k + 1]!) && sameSpeaker(view.ctx, k, k + 1)) {
      last = k;
      owner = poss;
    } else if (
      k + 2 < tokens.length &&
      PERSON_PRONOUNS.has(tokens[k + 2]!) &&
      englishLevel(tokens[k + 1]!) !== undefined &&
      NAME_SHAPE.test(view.ctx.words[k]?.text ?? '') &&
      sameSpeaker(view.ctx, k, k + 2)
    ) {
      last = k;
      owner = view.base[k]!;
    }
    if (last < 0) continue;
    const s = runStart(view, last, covered, owner);
    if (s < 0) continue;
    addMerged(out, covered, make, s, last + 1);
  }
}
