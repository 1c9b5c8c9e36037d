/**
 * Word shapes that are no person's name in text written by others, whatever rule proposed them.
 * Run on the detectors' PERSON candidates before names spread over the call (analyze.ts), so a
 * dropped word is not found again elsewhere:
 * - an acronym: one word of two to five capitals in text written in case, its neighbours not
 *   written in capitals too ("according to KVRA", "the NDQ said"); a text in capitals ("WATCH
 *   ANDREW RUN") keeps its names, and so does a title or label before it ("Dr. ABEL", "Name: ABEL").
 * - a hashtag alone (or hashtags only) that is a topic, not a name: its body in lower case or
 *   capitals and no listed name ("#nosleep", "#FTW"), or written as words ("#SaveTheDunes") whose
 *   first is an everyday English word and no given name ("#IvoBrandt", "#KevTalks" stay), or a
 *   town or region that is no given name ("#Tamsby").
 * - one word that is a brand, a news agency or a wiki (lexicons/brands/words) and on no name list.
 * - in raw ASR (hashtags lose their "#"), one unlisted word that is two to four everyday English
 *   words run together, none of them a frequent name ("savethedunes", "voteon"; "markwood"
 *   stays): a topic tag. A word of three letters is too short to count ("far" + "age").
 * - a function word of another language that is no English word, particle or name ("como", "und"):
 *   the candidate is cut there and a piece stays only when capitalised or with a given or frequent
 *   name ("Dario Quesnel como" -> "Dario Quesnel"; "está vuestro tesoro" goes).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName } from '../gazetteer/names.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isBrand } from '../brands.js';
import { GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { isPlaceName } from './person-tags.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { readWordListsIn } from '../lexicon-files.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';

/** Titles and honorifics before a name: the word after them is a person's whatever its shape. */
const TITLES: ReadonlySet<string> = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/context/honorifics'),
]);
/** Reasons of cues after which any word is a name ("my name is", "Name:"). */
const STRONG_CUE = /^cue:(name|label)/u;

const ACRONYM = /^[("'“‘[]*(\p{Lu}{2,5})[)"'”’\],.!?;:]*$/u;
const CAPITALS_WORD = /^\P{L}*\p{Lu}{2,}\P{Ll}*$/u;
const HAS_LETTER = /\p{L}/u;
const HASHTAG = /^[("'“‘[]*#(\p{L}[\p{L}\p{N}_]*)\P{L}*$/u;

/** SCOWL level up to which a word is an everyday English word (as person-foreign.ts reads it). */
const EVERYDAY_ENGLISH = 35;
/** Short words a tag runs together ("voteon", "lovemyjob"). */
const SHORT_PARTS = new Set([
  ...['a', 'i', 'on', 'in', 'up', 'my', 'of', 'to', 'at', 'we', 'me', 'no', 'go', 'do', 'is', 'it', 'us'],
  ...['the', 'and', 'for', 'you', 'our', 'all', 'out', 'not', 'get'],
]);
const MIN_TAG = 6;
/** Shortest word of a tag other than SHORT_PARTS: "far" + "age" is a family name, not a tag. */
const MIN_PART = 4;

const lower = (s: string): string => s.toLowerCase();

/** Is the token a title or honorific, or the candidate found after a strong cue? */
function personCue(ctx: DetectionContext, c: Candidate): boolean {
  if (STRONG_CUE.test(c.reason ?? '')) return true;
  const p = c.startWord - 1;
  if (p < 0 || !sameSpeaker(ctx, p, c.startWord)) return false;
  return TITLES.has(ctx.tokens[p]!.replace(/\.$/u, ''));
}

/** The nearest word with letters before (step -1) or after (step 1) word k, said by the same speaker. */
function neighbour(ctx: DetectionContext, k: number, step: number): string {
  for (let j = k + step; j >= 0 && j < ctx.words.length && Math.abs(j - k) <= 3; j += step) {
    if (!sameSpeaker(ctx, j, k)) return '';
    const text = ctx.words[j]!.text;
    if (HAS_LETTER.test(text)) return text;
  }
  return '';
}

/** One word of capitals in text written in case, its neighbours not in capitals. */
function acronym(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord !== 1) return false;
  if (!ACRONYM.test(ctx.words[c.startWord]!.text)) return false;
  const before = neighbour(ctx, c.startWord, -1);
  const after = neighbour(ctx, c.startWord, 1);
  return !CAPITALS_WORD.test(before) && !CAPITALS_WORD.test(after);
}

/** Is the word an everyday English word that is no frequent name, or a short function word of tags? */
function tagPart(part: string): boolean {
  if (SHORT_PARTS.has(part)) return true;
  if (part.length < MIN_PART) return false;
  const level = englishLevel(part);
  return level !== undefined && level <= EVERYDAY_ENGLISH && !isFrequentName(part);
}

/** Can the letters be read as two to four tag parts run together ("savethedunes")? */
export function runTogether(word: string): boolean {
  // best[i]: fewest parts covering word[0, i)
  const best = new Array<number>(word.length + 1).fill(Infinity);
  best[0] = 0;
  for (let i = 1; i <= word.length; i++)
    for (let j = Math.max(0, i - 12); j < i; j++)
      if (best[j]! + 1 < best[i]! && tagPart(word.slice(j, i))) best[i] = best[j]! + 1;
  const parts = best[word.length]!;
  return parts >= 2 && parts <= 4;
}

/** Words of a tag written in capitals at each word ("SaveTheDunes" -> save, the, dunes). */
const camelParts = (body: string): string[] =>
  body.match(/\p{Lu}\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{Ll}+|\p{N}+/gu) ?? [];

/** Hashtags only, each a topic ("#indiedev #gamedev"). */
function topicHashtags(ctx: DetectionContext, c: Candidate): boolean {
  for (let k = c.startWord; k < c.endWord; k++) if (!topicHashtag(ctx, k)) return false;
  return true;
}

/** Is word k a hashtag that names a topic, not a person? */
function topicHashtag(ctx: DetectionContext, k: number): boolean {
  const m = HASHTAG.exec(ctx.words[k]!.text);
  if (!m) return false;
  const body = m[1]!;
  const folded = lower(body);
  const listed = nameKinds(folded) !== 0;
  if (body === folded || body === body.toUpperCase()) return !listed;
  const parts = camelParts(body);
  // the first word of a tag written in capitals must be no given name at all ("#BillClinton")
  const first = lower(parts[0]!);
  if (parts.length >= 2) return tagPart(first) && (nameKinds(first) & GIVEN) === 0;
  return isPlaceName(folded) && (nameKinds(folded) & GIVEN) === 0;
}

/** One word that is a brand, an agency or a wiki (lexicons/brands/words) and no listed name ("Wikinews"). */
function brandWord(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord !== 1) return false;
  const base = nameBase(ctx.tokens[c.startWord]!);
  return isBrand(base) && nameKinds(base) === 0;
}

/** Raw ASR: one unlisted lower-case word that is everyday English words run together. */
function asrTag(ctx: DetectionContext, c: Candidate): boolean {
  if (c.endWord - c.startWord !== 1) return false;
  const word = ctx.tokens[c.startWord]!;
  if (word.length < MIN_TAG || !/^\p{Ll}+$/u.test(word)) return false;
  if (nameKinds(word) !== 0 || englishLevel(word) !== undefined) return false;
  return runTogether(word);
}

/** Shortest function word that shows another language: one letter is an initial ("Ivo E. Brandt"). */
const MIN_ANCHOR = 3;
const DIACRITIC = /[^\p{ASCII}]/u;

/**
 * Function words of other languages (lexicons/names/function-words) that no English reader takes
 * for an everyday English word, a name particle or a name ("como", "tenemos", "und", "está"; not
 * "de", "die", "dan", "e", "su"). A word a given-name list holds stays out unless written with a
 * diacritic no name list means ("hasta", "kita", "thi" and "hai" are given names elsewhere).
 */
const FOREIGN_ANCHORS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const list of readWordListsIn('names/function-words').values())
    for (const raw of list) {
      const w = raw.toLowerCase();
      const level = englishLevel(w);
      if (w.length < MIN_ANCHOR || ((nameKinds(w) & GIVEN) !== 0 && !DIACRITIC.test(w))) continue;
      if (SURNAME_PARTICLES.has(w) || isFrequentName(w) || (level !== undefined && level <= EVERYDAY_ENGLISH))
        continue;
      out.add(w);
      out.add(w.normalize('NFD').replace(/\p{M}/gu, ''));
    }
  return out;
})();

const anchorAt = (ctx: DetectionContext, k: number): boolean => FOREIGN_ANCHORS.has(ctx.tokens[k]!);

/**
 * A candidate that holds a function word of another language ("Dario Quesnel como", "está vuestro
 * tesoro", "Jan en Piet"): it is cut at those words, each piece loses the name particles at its
 * edges, and a piece stays only when its words are capitalised in text written in case or it holds
 * a given or frequent name. Undefined when the
 * candidate holds no such word.
 */
function withoutForeignWords(ctx: DetectionContext, c: Candidate, cased: boolean): Candidate[] | undefined {
  let any = false;
  for (let k = c.startWord; k < c.endWord && !any; k++) any = anchorAt(ctx, k);
  if (!any) return undefined;
  const out: Candidate[] = [];
  const particle = (k: number): boolean => SURNAME_PARTICLES.has(ctx.tokens[k]!);
  let from = c.startWord;
  for (let k = c.startWord; k <= c.endWord; k++) {
    if (k < c.endWord && !anchorAt(ctx, k)) continue;
    let start = from;
    let end = k;
    from = k + 1;
    while (start < end && particle(start)) start++;
    while (end > start && particle(end - 1)) end--;
    // capitalised words of text written in case stay a name ("Ivo Brandt en"); else a listed one
    let named = cased && start < end;
    for (let j = start; j < end && named; j++) named = /^\P{L}*\p{Lu}/u.test(ctx.words[j]!.text);
    for (let j = start; j < end && !named; j++) {
      const b = nameBase(ctx.tokens[j]!);
      named = (nameKinds(b) & GIVEN) !== 0 || isFrequentName(b);
    }
    if (named)
      out.push({ ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') });
  }
  return out;
}

/** The candidates without the PERSON ones whose shape is no person's name. */
export function dropNonPersonShapes(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (c.type !== 'PERSON' || personCue(ctx, c)) {
      out.push(c);
      continue;
    }
    if (brandWord(ctx, c) || (uncased ? asrTag(ctx, c) : acronym(ctx, c) || topicHashtags(ctx, c))) continue;
    out.push(...(withoutForeignWords(ctx, c, !uncased) ?? [c]));
  }
  return out;
}
