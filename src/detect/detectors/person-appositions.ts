/**
 * Names of organisations set in apposition after a noun that says what they are ("the label
 * Korvath", "a metal band Tarnwick", "the financial services company Arlen, Dusk and Orvey",
 * lexicons/names/context/apposition-heads): the name right after such a noun is the
 * organisation's, and so is every name joined to it by a comma, "and" or "&". The noun is written
 * lower case after an article or an English word; a name that is only a given name ("the company
 * Ivo founded") or starts with a given name ("the firm Ivo Brandt runs") stays a person.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const HEADS = wordSet('names/context/apposition-heads');
const JOINERS = new Set(['and', '&']);
const LOWER = /^["'(]*\p{Ll}/u;

/** A word that name lists hold as a given name and never as a family name ("ivo", not "coleman"). */
const onlyGiven = (base: string): boolean => {
  const kinds = nameKinds(base);
  return (kinds & GIVEN) !== 0 && (kinds & (FAMILY | EITHER)) === 0;
};

/** Does a person's name start at word start: a given name before more words ("Ivo Brandt"), or only a given name? */
const personName = (base: readonly string[], start: number, end: number): boolean =>
  end - start >= 2 ? (nameKinds(base[start]!) & GIVEN) !== 0 : onlyGiven(base[start]!);

/**
 * Does an organisation noun, written lower case, stand right before word start in the same phrase,
 * after an article or an English word ("the label", "electrical company")? After a name ("Arlen
 * Corporation Ivo Rask", "arlen corporation ivo rask" in a contact block) it closes that name.
 */
function headBefore(ctx: DetectionContext, start: number): boolean {
  const p = start - 1;
  if (p < 1 || !sameSpeaker(ctx, p - 1, start) || PHRASE_OR_BRACKET_END.test(ctx.words[p]!.text))
    return false;
  if (!HEADS.has(ctx.tokens[p]!) || !LOWER.test(ctx.words[p]!.text)) return false;
  const q = ctx.tokens[p - 1]!;
  if (PHRASE_OR_BRACKET_END.test(ctx.words[p - 1]!.text)) return false;
  // "The label", "the electrical company"
  return (
    isFunctionWord(q) ||
    (LOWER.test(ctx.words[p - 1]!.text) && (englishLevel(q) !== undefined || isCommonWord(q)))
  );
}

/**
 * The start of the next name of a coordination after word end - 1 ("Arlen, Dusk and Orvey"): the
 * word after a comma, or after "and"/"&" (maybe after a comma), in the same speaker's turn.
 */
function nextConjunct(ctx: DetectionContext, end: number): number {
  const { words, tokens } = ctx;
  let k = end;
  const comma = /,$/u.test(words[end - 1]!.text);
  if (!comma && PHRASE_OR_BRACKET_END.test(words[end - 1]!.text)) return -1;
  if (k < tokens.length && JOINERS.has(tokens[k]!) && !PHRASE_OR_BRACKET_END.test(words[k]!.text)) k++;
  else if (!comma) return -1;
  return k < tokens.length && sameSpeaker(ctx, end - 1, k) ? k : -1;
}

/**
 * The PERSON candidates that name an organisation set in apposition. `names` holds each candidate
 * with the extent of the full name it is part of; `base` the calls' tokens without a possessive.
 */
export function organisationAppositions(
  ctx: DetectionContext,
  base: readonly string[],
  names: readonly (readonly [Candidate, number, number])[],
): Set<Candidate> {
  const out = new Set<Candidate>();
  const byStart = new Map<number, [Candidate, number, number][]>();
  for (const n of names) {
    const list = byStart.get(n[1]) ?? [];
    list.push([...n]);
    byStart.set(n[1], list);
  }
  for (const start of byStart.keys()) {
    if (!headBefore(ctx, start)) continue;
    let at = start;
    for (let guard = 0; guard < 8; guard++) {
      const here = byStart.get(at);
      if (!here) break;
      const end = here[0]![2];
      // "the company Ivo founded", "the firm Ivo Brandt runs": a person
      if (personName(base, at, end)) break;
      for (const [c] of here) out.add(c);
      at = nextConjunct(ctx, end);
      if (at < 0) break;
    }
  }
  return out;
}
