/**
 * Veto on PERSON candidates that the call itself defines as a place (analyze.ts applies it after
 * the other place vetoes): guides and encyclopaedic text open with "Tamsby is a small town in ...",
 * "Orvel is the capital of ...", "Tamsby is in the <area> of ...". A candidate followed by
 * "is"/"was", an article, at most three lower-case words and a noun of a kind of place (a
 * settlement, an area, an island, a capital ...: lexicons/names/context/settlements, areas,
 * place-kinds) that ends there or goes on with "in", "of", "on" ..., or by "is in the <area> of",
 * names a place; so does every other candidate of the call with the same words ("the population
 * of Tamsby"). Both styles: the frame is read in lower-case words. A candidate a naming cue, a
 * label or a vocative placed stays, and so does a longer candidate holding the place's words
 * ("Paris Hilton" in a call that defines Paris).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';

const KINDS = new Set([
  ...wordSet('names/context/settlements'),
  ...wordSet('names/context/areas'),
  ...wordSet('names/context/place-kinds'),
]);
const COPULAS = new Set(['is', 'was']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that go on from the place's kind to where it lies ("a town in", "the capital of"). */
const AFTER_KIND = new Set(['in', 'of', 'on', 'near', 'located', 'situated', 'between', 'within']);
const LOCATIVES = new Set(['in', 'on']);
/**
 * Words that end the modifiers: the kind must be the head of the article's own phrase ("a
 * resident of the city", "a friend from the town" describe a person).
 */
const NOT_MODIFIERS = new Set([
  ...ARTICLES,
  ...AFTER_KIND,
  'at',
  'for',
  'from',
  'with',
  'to',
  'and',
  'or',
  'who',
  'that',
  'which',
  'by',
]);
/** Most lower-case words (adjectives: "small coastal", "largest") between the article and the kind. */
const MAX_MODIFIERS = 3;
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
const LOWER = /^\p{Ll}/u;

/** Is word k of the same phrase as word `from`, written in lower case (a word of the frame)? */
function frameWord(ctx: DetectionContext, k: number, from: number): boolean {
  const w = ctx.words[k];
  return w !== undefined && LOWER.test(w.text) && sameSpeaker(ctx, k, from);
}

/** Does a definition of a place start at word k, right after a candidate? */
function definesPlace(ctx: DetectionContext, k: number): boolean {
  const t = ctx.tokens;
  if (!frameWord(ctx, k, k) || !COPULAS.has(t[k]!) || PHRASE_END.test(ctx.words[k]!.text)) return false;
  let j = k + 1;
  // "X is in the <area> of Y"
  if (LOCATIVES.has(t[j] ?? '') && frameWord(ctx, j, k) && t[j + 1] === 'the' && frameWord(ctx, j + 1, k))
    return KINDS.has(t[j + 2] ?? '') && frameWord(ctx, j + 2, k) && t[j + 3] === 'of';
  if (!ARTICLES.has(t[j] ?? '') || !frameWord(ctx, j, k)) return false;
  j++;
  for (let m = 0; m <= MAX_MODIFIERS; m++, j++) {
    if (!frameWord(ctx, j, k)) return false;
    if (KINDS.has(t[j]!)) {
      if (PHRASE_END.test(ctx.words[j]!.text) || j + 1 >= ctx.words.length) return true;
      return AFTER_KIND.has(t[j + 1] ?? '') && sameSpeaker(ctx, j + 1, k);
    }
    if (PHRASE_END.test(ctx.words[j]!.text) || NOT_MODIFIERS.has(t[j]!)) return false;
  }
  return false;
}

/** The words of a candidate as compared across the call: lower case, no possessive. */
function key(ctx: DetectionContext, c: Candidate): string {
  const words: string[] = [];
  for (let k = c.startWord; k < c.endWord; k++) words.push(nameBase(ctx.tokens[k] ?? ''));
  return words.join(' ');
}

/** The candidates without the PERSON ones whose words the call defines as a place. */
export function vetoDefinedPlaces(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const defined = new Set<string>();
  for (const c of candidates)
    if (
      c.type === 'PERSON' &&
      !PHRASE_END.test(ctx.words[c.endWord - 1]!.text) &&
      definesPlace(ctx, c.endWord)
    )
      defined.add(key(ctx, c));
  if (defined.size === 0) return [...candidates];
  return candidates.filter(
    (c) => c.type !== 'PERSON' || KEPT_CUES.has(c.reason ?? '') || !defined.has(key(ctx, c)),
  );
}
