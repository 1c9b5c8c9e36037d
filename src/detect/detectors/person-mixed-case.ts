/**
 * PERSON candidates of text written in case that mix a capitalised name with lower-case words.
 * Cased text writes a name's words in capitals; the lower-case words such a text puts inside a
 * name are surname particles ("van", "de", "bin"), a lower-cased surname of a tweet ("Tomas
 * velandro") or a connective of a byname ("Ivar the Bold"). Run on the detectors' PERSON
 * candidates before names spread over the call (analyze.ts), next to person-lower-veto.ts:
 * - a lower-case word at an edge of a candidate that also holds a capitalised word, when it is an
 *   everyday English word and no frequent name ("house", "guy") or a function word of another
 *   language that is no English word ("si", "sem"), is no word of the name: the candidate loses
 *   it, word by word from both edges ("Ivo Brandt house prices" -> "Ivo Brandt"). A lower-case
 *   word that is neither stays ("Tomas velandro": a tweet's lower-cased surname);
 * Raw ASR (no case at all) is left alone; handles and hashtags are person-shapes-veto.ts's.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName } from '../gazetteer/names.js';
import { englishLevel, foldName } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { nameBases } from '../name-bases.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { isUncased } from '../call-words.js';

/** Function words of other languages (lexicons/names/function-words), folded too. */
const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  [...wordSet('names/function-words')].flatMap((w) => [w, foldName(w)]),
);

/** Letters in lower case only, and no letter of a caseless script. */
const LOWER = /^[^\p{Lu}\p{Lo}]*\p{Ll}[^\p{Lu}\p{Lo}]*$/u;
/** A first letter that is a capital (after quotes or brackets). */
const CAPITALISED = /^[^\p{L}]*\p{Lu}/u;

/** A word in lower case that is no handle or hashtag. */
const isLower = (text: string): boolean => LOWER.test(text) && !/^\W*[@#]/u.test(text);

/** Trims the mixed-case PERSON candidates of cased text (see the header). */
export function trimMixedCaseNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON' && c.endWord - c.startWord > 1)) return [...candidates];
  if (isUncased(ctx.words)) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const lower = (k: number): boolean => isLower(ctx.words[k]!.text) && !SURNAME_PARTICLES.has(bases[k]!);
  // a function word of another language that is no English word ("si", "sem"; not "the")
  const foreign = (k: number): boolean =>
    FOREIGN_FUNCTION_WORDS.has(bases[k]!) && englishLevel(bases[k]!) === undefined;
  // a lower-case everyday English word that is no frequent name, or a foreign function word
  const stray = (k: number): boolean =>
    lower(k) && (foreign(k) || (isCommonWord(bases[k]!) && !isFrequentName(bases[k]!)));
  const out: Candidate[] = [];
  for (const c of candidates) {
    let capitals = false;
    if (c.type === 'PERSON' && c.endWord - c.startWord > 1)
      for (let k = c.startWord; k < c.endWord; k++) if (CAPITALISED.test(ctx.words[k]!.text)) capitals = true;
    if (!capitals) {
      out.push(c);
      continue;
    }
    let start = c.startWord;
    let end = c.endWord;
    while (start < end && stray(start)) start++;
    while (end > start && stray(end - 1)) end--;
    if (start === end) continue;
    if (start === c.startWord && end === c.endWord) out.push(c);
    else out.push({ ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') });
  }
  return out;
}
