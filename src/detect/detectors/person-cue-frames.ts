/**
 * Names the sentence itself says stand somewhere (run after person-extend.ts grew the found names):
 *
 * - the family name after a given name that a self-introduction or a name label opens, even when
 *   the family name is also a word ("My name is Ilse Dam", "Name: Tomasz Grant", raw ASR
 *   "my name is ilse dam who's"): the frame says a full name stands there;
 * - a family name after a lower-case particle in formatted text ("Joost ten Pas", "Amira bin
 *   Salleh"): a particle is never a name alone, the capitalised word after it belongs to the name;
 * - the items of a list whose other items are names: "Oskar, Lily, Femi, Ravi and June" (formatted:
 *   commas and a closing "and"), "oskar lily femi ravi and june" (raw ASR: a run of name words);
 * - formatted text: a given name that is also a word opening a sentence before a verb said of people
 *   ("Kelvin is from Northwind.", "Rose said ..."): the sentence says who.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import { phraseList } from '../gazetteer/name-data.js';
import type { ExtendView, Make } from './person-extend.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const LETTERS = /^\p{L}+$/u;
const TRAILING = /[,.!?;:]+$/u;
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb']);
const GOES_ON = new Set(['Gerund', 'Expression']);
/** Word sequences right before a name that say a full name follows. */
const FULL_NAME_CUES: readonly (readonly string[])[] = [
  ['my', 'name', 'is'],
  ['my', "name's"],
  ['full', 'name', 'is'],
  ['name', 'is'],
];
const OWNERS = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'a', 'what', "what's", 'whats']);
/** Particles of Dutch and Scandinavian family names the shared list leaves out ("ten" is a number word in raw ASR). */
const WRITTEN_PARTICLES = new Set([...SURNAME_PARTICLES, 'ten', 'af']);
/** Verbs said of a person right after their name: "is from", "said", "lives". */
const PERSON_VERBS = phraseList('names/cues/after-verb');
const LIST_JOINERS = new Set(['and', 'or', '&']);

/** Does a cue that announces a full name end right before word s? */
function fullNameCue(view: ExtendView, s: number): boolean {
  const { ctx } = view;
  if (s === 0 || !sameSpeaker(ctx, s - 1, s)) return false;
  const label = ctx.words[s - 1]!.text;
  // "Name: Tomasz Grant" (a form's label); raw ASR "... name tomasz grant phone ..."
  if (!view.uncased && /^name:$/iu.test(label)) return true;
  if (view.uncased && ctx.tokens[s - 1] === 'name' && !OWNERS.has(ctx.tokens[s - 2] ?? '')) return true;
  return FULL_NAME_CUES.some((cue) => cue.every((t, k) => ctx.tokens[s - cue.length + k] === t));
}

/** May word k be a family name that a full-name frame places after a given name? */
function familyInFrame(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  if (k >= ctx.words.length || covered[k] || view.masked(k)) return false;
  const base = view.base[k]!;
  if (!LETTERS.test(base) || isFunctionWord(base)) return false;
  const text = ctx.words[k]!.text;
  // a label ("Phone:") opens the next field
  if (/:$/u.test(text)) return false;
  if (!view.uncased && !TITLE_CASE.test(text.replace(TRAILING, ''))) return false;
  const e = view.evidence(k);
  if (e >= NameEvidence.Unknown) return true;
  const kinds = nameKinds(base) & (FAMILY | EITHER);
  // raw ASR: a verb goes on the sentence ("my name is ilse calling about"), a family name does not
  // (a rare word that is a verb too stays a name: "dam", "bravo")
  if (kinds === 0 || !view.uncased) return kinds !== 0;
  if (hasLexiconTag(base, GOES_ON)) return false;
  return !hasLexiconTag(base, VERB_TAGS) || (englishLevel(base) ?? 99) > 20;
}

/** "My name is Ilse Dam": end of the one-word name at [s, s+1) grown over its family name. */
function familyAfterCue(view: ExtendView, c: Candidate, covered: Uint8Array): number {
  const { ctx } = view;
  const s = c.startWord;
  if (c.endWord !== s + 1 || PHRASE_END.test(ctx.words[s]!.text)) return c.endWord;
  if ((nameKinds(view.base[s]!) & GIVEN) === 0 && view.evidence(s) < NameEvidence.Unknown) return c.endWord;
  if (!fullNameCue(view, s) || !sameSpeaker(ctx, s, s + 1)) return c.endWord;
  return familyInFrame(view, s + 1, covered) ? s + 2 : c.endWord;
}

/**
 * "Joost ten Pas": end of the name [.., end) grown over lower-case particles and a capitalised word;
 * the word may be a name found on its own already (`found`: the start words of the found names).
 */
function familyAfterParticle(
  view: ExtendView,
  end: number,
  covered: Uint8Array,
  found: ReadonlySet<number>,
): number {
  const { ctx } = view;
  if (view.uncased || PHRASE_END.test(ctx.words[end - 1]!.text)) return end;
  let k = end;
  while (
    k < end + 2 &&
    k < ctx.words.length &&
    !covered[k] &&
    sameSpeaker(ctx, end - 1, k) &&
    /^\p{Ll}+$/u.test(ctx.words[k]!.text) &&
    WRITTEN_PARTICLES.has(view.base[k]!)
  )
    k++;
  if (k === end || k >= ctx.words.length) return end;
  if (covered[k]) return found.has(k) ? k + 1 : end;
  if (view.masked(k)) return end;
  if (!sameSpeaker(ctx, end - 1, k)) return end;
  const text = ctx.words[k]!.text.replace(TRAILING, '');
  const base = view.base[k]!;
  return TITLE_CASE.test(text) && LETTERS.test(base) && !isFunctionWord(base) ? k + 1 : end;
}

/** May word k be an item of a list of names: a one-word name or a given name that is also a word? */
function nameItem(view: ExtendView, k: number): boolean {
  const base = view.base[k] ?? '';
  if (!LETTERS.test(base) || isFunctionWord(base) || view.masked(k)) return false;
  const text = view.ctx.words[k]!.text.replace(TRAILING, '');
  if (!view.uncased && !TITLE_CASE.test(text)) return false;
  const e = view.evidence(k);
  if (e >= NameEvidence.Unknown) return true;
  return e === NameEvidence.CommonWord && (nameKinds(base) & GIVEN) !== 0;
}

/** The items [k...] of the list that closes with "and"/"or" at `joiner`, or null. */
function listItems(view: ExtendView, joiner: number): number[] | null {
  const { ctx } = view;
  const last = joiner + 1;
  if (last >= ctx.words.length || !sameSpeaker(ctx, joiner - 1, last)) return null;
  const items = [last];
  let k = joiner - 1;
  // formatted: "A, B, C and D" (the item before "and" has no comma); raw ASR: "a b c and d"
  if (!view.uncased && PHRASE_END.test(ctx.words[k]!.text)) return null;
  items.push(k);
  k--;
  while (k >= 0 && sameSpeaker(ctx, k, joiner) && items.length < 12) {
    const text = ctx.words[k]!.text;
    if (!view.uncased && !/^[^,]+,$/u.test(text)) break;
    if (view.uncased && !nameItem(view, k)) break;
    items.push(k);
    k--;
  }
  return items;
}

/** Items of lists most of whose items are found names: "Oskar, Lily, Femi, Ravi and June". */
function listedNames(view: ExtendView, covered: Uint8Array): number[] {
  const { ctx } = view;
  const out: number[] = [];
  for (let j = 1; j < ctx.words.length - 1; j++) {
    if (!LIST_JOINERS.has(ctx.tokens[j]!)) continue;
    const items = listItems(view, j);
    if (items === null || items.length < 4) continue;
    // every item one word: a full name in the list is another kind of list (person-genres.ts)
    const found = items.filter((k) => covered[k] === 1).length;
    if (found < 3 || found * 2 < items.length) continue;
    const open = items.filter((k) => covered[k] !== 1);
    if (open.every((k) => nameItem(view, k))) out.push(...open);
  }
  return out;
}

/** Formatted text: "Kelvin is from Northwind.": a given name that is also a word, opening a sentence before a person's verb. */
function sentenceSubject(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  if (view.uncased || covered[k] || view.masked(k) || k + 1 >= ctx.words.length) return false;
  const opens = k === 0 || !sameSpeaker(ctx, k - 1, k) || /[.!?]["')\]]*$/u.test(ctx.words[k - 1]!.text);
  const text = ctx.words[k]!.text;
  if (!opens || !TITLE_CASE.test(text) || !sameSpeaker(ctx, k, k + 1)) return false;
  const base = view.base[k]!;
  if (!LETTERS.test(base) || isFunctionWord(base) || view.evidence(k) !== NameEvidence.CommonWord)
    return false;
  // an everyday noun opens sentences too ("Summer is from June", "Hope is from the heart")
  if ((nameKinds(base) & GIVEN) === 0 || (englishLevel(base) ?? 99) <= 20) return false;
  return PERSON_VERBS.some((p) => p.every((t, j) => ctx.tokens[k + 1 + j] === t));
}

/** Grows the candidates of `out` in place by the frames above and appends list items; `covered` is kept in step. */
export function addFramedNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  const found = new Set(out.filter((o) => o.endWord === o.startWord + 1).map((o) => o.startWord));
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    let end = familyAfterCue(view, c, covered);
    end = familyAfterParticle(view, end, covered, found);
    if (end === c.endWord) continue;
    // a one-word name found after the particle joins this one ("Maartje ten Hoven")
    const tail = out.findIndex((o) => o !== c && o.startWord === end - 1 && o.endWord === end);
    if (tail >= 0) {
      out.splice(tail, 1);
      if (tail < n) n--;
    }
    out[n] = make(c.startWord, end, c.reason ?? 'gazetteer');
    covered.fill(1, c.startWord, end);
  }
  for (let k = 0; k < view.ctx.words.length; k++) {
    if (!sentenceSubject(view, k, covered)) continue;
    out.push(make(k, k + 1, 'subject'));
    covered[k] = 1;
  }
  for (const k of listedNames(view, covered)) {
    if (covered[k]) continue;
    out.push(make(k, k + 1, 'list'));
    covered[k] = 1;
  }
}
