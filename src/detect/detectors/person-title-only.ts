/**
 * A PERSON candidate made only of title words (ranks, offices, formal titles and titles of birth or
 * faith: lexicons/names/cues/rank, names/context/formal-titles, office-titles, name-titles) names
 * no one where grammar shows it is the title, not a surname:
 * - in formatted text, right before a capitalised word of the same phrase: a rank or office opening
 *   a name, written with its abbreviation's full stop ("Lt. Gen. Ada Quist", where the stop cut the
 *   chain); titles of birth or faith ("King Olaf") are left to person-title-trim.ts;
 * - after an article and at most two modifiers ("an Orvelian General.", "the tribal sheikh of"): a
 *   role noun;
 * - written in lower case in a call written in case ("a local sheikh"): a common noun.
 * A title given as one's own name ("my name is Major", a form's label) or addressed to someone
 * stays.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isUncased, sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const INHERITED = wordSet('names/context/name-titles');
const TITLES = new Set([
  ...wordSet('names/cues/rank'),
  ...wordSet('names/context/formal-titles'),
  ...wordSet('names/context/office-titles'),
  ...INHERITED,
]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Most modifiers between the article and the title ("an Orvelian tribal sheikh"). */
const MAX_MODIFIERS = 2;
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
const CAPITALISED = /^["'(]*\p{Lu}/u;

const baseOf = (ctx: DetectionContext, k: number): string =>
  nameBase(ctx.tokens[k] ?? '').replace(/\.$/u, '');

/** Does a capitalised word follow word k in the same phrase (the name the title opens)? */
function nameAfter(ctx: DetectionContext, k: number): boolean {
  const text = ctx.words[k]!.text;
  if (/[,;:!?)]$/u.test(text) || !/^[\p{L}.]+$/u.test(text)) return false;
  return k + 1 < ctx.words.length && sameSpeaker(ctx, k, k + 1) && CAPITALISED.test(ctx.words[k + 1]!.text);
}

/** Is word k preceded by an article, past at most two modifiers, in the same phrase? */
function afterArticle(ctx: DetectionContext, k: number): boolean {
  for (let a = k - 1; a >= 0 && k - a <= MAX_MODIFIERS + 1; a--) {
    if (!sameSpeaker(ctx, a, k) || PHRASE_OR_BRACKET_END.test(ctx.words[a]!.text)) return false;
    if (ARTICLES.has(ctx.tokens[a]!)) return true;
    if (!/^[\p{L}-]+$/u.test(ctx.words[a]!.text)) return false;
  }
  return false;
}

function titleOnly(ctx: DetectionContext, c: Candidate, uncased: boolean): boolean {
  for (let k = c.startWord; k < c.endWord; k++) if (!TITLES.has(baseOf(ctx, k))) return false;
  const last = c.endWord - 1;
  const inherited = INHERITED.has(baseOf(ctx, last));
  if (!uncased && !inherited && CAPITALISED.test(ctx.words[c.startWord]!.text) && nameAfter(ctx, last))
    return true;
  if (!uncased && /^\p{Ll}/u.test(ctx.words[c.startWord]!.text)) return true;
  return afterArticle(ctx, c.startWord);
}

export function dropTitleOnlyNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  return candidates.filter(
    (c) => c.type !== 'PERSON' || KEPT_CUES.has(c.reason ?? '') || !titleOnly(ctx, c, uncased),
  );
}
