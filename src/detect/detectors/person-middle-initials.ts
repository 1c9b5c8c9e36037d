/**
 * A full name with a middle initial, in both styles: "We hired Velkor B. Amundai last year",
 * "Tesmira J Obrani", "sincerely velkor b amundai". A lone letter between two words of a name's
 * shape is the commonest way of writing a middle name, and the pattern hardly occurs otherwise:
 * the words on both sides must be names a list holds (not ordinary English words) or words that
 * no list holds and that are said as names, so "Vitamin B Complex", "plan b now" and spelled codes
 * stay out. In raw ASR a vowel letter alone is also a word of some language ("a", "e", "i", "o",
 * "y": "pane e vino"), so one side must then be a listed name. A word before a determiner or a
 * possessive pronoun ("the Velkor B Amundai") is a thing's name, and is left.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { EITHER, englishLevel, FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { sayableName } from './person-asr-slots.js';
import { isPlaceName } from './person-tags.js';

/** A written name word: title case or all capitals, hyphens and apostrophes inside, a closing mark after. */
const WRITTEN_WORD = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{Lu}]+(?:-\p{Lu}?\p{Ll}+)*(?:['’]s?)?[,.;:!?)"”]*$/u;
/** A raw ASR name word: lower-case letters, an apostrophe inside ("o'taumauloma", "velkor's"). */
const SPOKEN_WORD = /^\p{Ll}+(?:['’]\p{Ll}+)*$/u;
/** Marks after the first word that close the phrase: "Amundai, B. Velkor" is a reference, not one name. */
const CLOSED = /[,.;:!?)"”]$/u;
const WRITTEN_INITIAL = /^\p{Lu}\.?$/u;
const SPOKEN_INITIAL = /^\p{Ll}$/u;
/** Letters that are words too: written without a stop they are "A" and "I"; said, vowels of many languages. */
const WRITTEN_WORD_LETTERS = new Set(['A', 'I']);
/**
 * Said letters that are words or pieces of words: vowels of many languages ("pane e vino"), "i", the
 * split contractions ("ain t", "arri s", "i d", "i m"), "n" for "and" ("kash n karry"), "q" for "que".
 */
const SPOKEN_WORD_LETTERS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 's', 't', 'd', 'm', 'n', 'q']);
/** Heads of places, firms and things: "Donald W Reynolds Stadium" names a stadium. */
const HEADS = new Set([
  ...wordSet('names/context/firm-suffixes'),
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/landmark-heads'),
  ...wordSet('names/context/site-heads'),
  ...wordSet('names/context/thing-heads'),
]);
/** Words before a thing's name ("the Velkor B Amundai"); "that" also opens a clause, so it is no such word. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'every',
  'each',
  'any',
  'some',
  'no',
  'its',
]);
/** Longest word read as a given or family name (longer runs are glued words or handles). */
const MAX_LETTERS = 20;

const bare = (text: string): string =>
  text
    .replace(/[,.;:!?)"”]+$/u, '')
    .replace(/['’]s?$/u, '')
    .toLowerCase();

/** Most common level of an English word that a frequent or listed name still outweighs ("maria", not "will"). */
const COMMON_ENGLISH = 20;

/** Is a listed name read as a name in raw ASR: frequent as a name, or no common English word? */
function listedOverWord(base: string, evidence: NameEvidence): boolean {
  const level = englishLevel(base);
  return evidence === NameEvidence.Frequent || level === undefined || level > COMMON_ENGLISH;
}

/**
 * How the side word k reads as a name: 2 a listed name (in raw ASR, of the `kind` its place wants) or
 * one found already, 1 a free unknown word or another listed name, 0 no name.
 */
function sideStrength(view: ExtendView, k: number, covered: Uint8Array, kind: number): number {
  const text = view.ctx.words[k]?.text;
  if (text === undefined || view.masked(k)) return 0;
  if (!(view.uncased ? SPOKEN_WORD : WRITTEN_WORD).test(text)) return 0;
  const base = bare(text);
  if (base.length < 2 || base.length > MAX_LETTERS || isFunctionWord(base)) return 0;
  if (covered[k]) return 2;
  const evidence = view.evidence(k);
  if (evidence >= NameEvidence.Listed) {
    if (!view.uncased) return 2;
    if (!listedOverWord(base, evidence)) return 0;
    // raw ASR: a listed name anchors only in its own place ("min" is a given name, so "uefa b min" stays)
    const kinds = nameKinds(base);
    const fits = (kinds & kind) !== 0 || ((kinds & EITHER) !== 0 && evidence === NameEvidence.Frequent);
    return fits ? 2 : 1;
  }
  // "Hidalgo": a family name that some list also holds as a word, but English does not use
  if (evidence === NameEvidence.CommonWord)
    return (nameKinds(base) & (GIVEN | FAMILY)) !== 0 && englishLevel(base) === undefined ? 2 : 0;
  if (evidence !== NameEvidence.Unknown) return 0;
  if (!sayableName(base) || isBrand(base) || isPlaceName(base) || englishLevel(base) !== undefined) return 0;
  return base.length >= 3 ? 1 : 0;
}

/** Is word k a middle initial of the call's style? */
function initialAt(view: ExtendView, k: number): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (view.uncased) return SPOKEN_INITIAL.test(text);
  return WRITTEN_INITIAL.test(text) && !(WRITTEN_WORD_LETTERS.has(text) && !text.endsWith('.'));
}

/** Removes the candidates inside [s, e) and adds one over it. */
function addSpan(out: Candidate[], covered: Uint8Array, make: Make, s: number, e: number): void {
  for (let c = out.length - 1; c >= 0; c--) {
    const found = out[c]!;
    if (found.type === 'PERSON' && found.startWord >= s && found.endWord <= e) out.splice(c, 1);
  }
  out.push(make(s, e, 'initial'));
  covered.fill(1, s, e);
}

export function addMiddleInitialNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  const { words, tokens } = view.ctx;
  for (let m = 1; m + 1 < words.length; m++) {
    if (!initialAt(view, m) || (covered[m - 1] && covered[m] && covered[m + 1])) continue;
    const a = m - 1;
    const b = m + 1;
    if (!sameSpeaker(view.ctx, a, b) || CLOSED.test(words[a]!.text)) continue;
    const first = sideStrength(view, a, covered, GIVEN);
    const last = sideStrength(view, b, covered, FAMILY);
    if (first === 0 || last === 0) continue;
    // raw ASR has no capitals to tell a name: one side must be a listed or found name
    if (view.uncased && (SPOKEN_WORD_LETTERS.has(words[m]!.text) || (first < 2 && last < 2))) continue;
    if (HEADS.has(bare(words[b + 1]?.text ?? ''))) continue;
    if (a > 0 && !covered[a] && DETERMINERS.has(tokens[a - 1]!) && sameSpeaker(view.ctx, a - 1, a)) continue;
    // a found name that ends at the first word grows over the initial and the family name
    let start = a;
    for (const c of out)
      if (c.type === 'PERSON' && c.endWord === a + 1 && c.startWord < start) start = c.startWord;
    let end = b + 1;
    for (const c of out) if (c.type === 'PERSON' && c.startWord === b && c.endWord > end) end = c.endWord;
    addSpan(out, covered, make, start, end);
    m = end - 1;
  }
}

/** A word of a name by the lists alone: listed, or unknown and sayable, and no English word. */
function listsNameWord(token: string): boolean {
  const base = nameBase(token);
  if (base.length < 2 || isFunctionWord(base)) return false;
  const evidence = nameEvidence(base);
  if (evidence >= NameEvidence.Listed) return listedOverWord(base, evidence);
  if (englishLevel(base) !== undefined) return false;
  if (evidence === NameEvidence.Unknown) return sayableName(base);
  return evidence === NameEvidence.CommonWord && (nameKinds(base) & (GIVEN | FAMILY)) !== 0;
}

/**
 * Does word k end a name with a middle initial ("velkor b amundai", "Velkor B. Amundai")? A firm's
 * name after it starts after it: "velkor b amundai cleantech corp" (brands.ts orgPhraseMask), unless
 * the head follows the name at once ("Velkor B Amundai Stadium").
 */
export function endsInitialledName(ctx: DetectionContext, k: number): boolean {
  if (k < 2) return false;
  const initial = ctx.words[k - 1]!.text;
  if (!/^\p{L}\.?$/u.test(initial) || /[,.;:!?]$/u.test(ctx.words[k - 2]!.text)) return false;
  // "Donald W Reynolds Stadium": a head right after the name makes the whole a place's name
  if (HEADS.has(bare(ctx.words[k + 1]?.text ?? ''))) return false;
  return listsNameWord(ctx.tokens[k]!) && listsNameWord(ctx.tokens[k - 2]!);
}
