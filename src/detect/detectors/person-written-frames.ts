/**
 * Names that written English places by its grammar, in formatted text only (raw ASR has no capitals
 * or quotes to read; person-coref.ts and person-slots.ts cover it). Each frame holds one or two words
 * that only a person's name fills, so the word needs no list when it is written as a name, and a
 * name list when it is written in lower case (social text writes names in lower case):
 *
 * - the complement of a verb of naming after its object pronoun: "they named her Odile",
 *   "we called him tomas" (not "called him lazy": a lower-case word must be a listed given name);
 * - what only people have, then "of": "the gender of Vesna", "the widow of Halvard Ek";
 * - an artist's name for the artist's work: "early Velbrandt?", "late Orrin." (a name closing the
 *   phrase after "early"/"late", no month or weekday);
 * - the author before a literary work, the family name also a word or set with particles: "unlike
 *   the Frost novel", "the van Daalen memoir" (person-extend.ts takes names no list knows);
 * - a former member of a group, written in lower case: "by ex-wombat velbrandt";
 * - a speaker glued to quoted speech in lower case: 'odile:"hi there"' (person-extend.ts takes the
 *   capitalised form);
 * - the speaker after a quotation: '"Not now," says Rosalind Vey in ...': a listed given name and
 *   one title-case word after a verb of saying;
 * - the subject of a verb phrase said of people, a given name that is a word or a month: "Sue spent
 *   years at ...", "Jan is from ...", "Randy had given Ivo his keys";
 * - a given name before a possessive family name that heads places too: "Osric Dam's songs";
 * - one word no list knows after a phrase whose object is a person ("follow up with Zorvanek
 *   about it"), a name closing a question after "are you" ("who are you Tsevelma?");
 * - the items of a comma list closed by "and" whose other items are names found already, in the
 *   case the found items are written in ("ivo, lena, crystal and marco"), months and words that are
 *   given names too ("Jan, Ada, Rui and April.").
 *
 * Candidates carry the reason "frame:written": the frame itself is the evidence, so the veto on a
 * lower-case dictionary word (person-context-veto.ts) leaves them.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { phraseList, wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName } from './person-tags.js';

export const WRITTEN_FRAME = 'frame:written';

const TRAILING = /[,.!?;:"'’”)\]]+$/u;
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
const LOWER = /^\p{Ll}[\p{Ll}\p{M}]*$/u;
const LETTERS = /^\p{L}[\p{L}\p{M}'’-]*$/u;
const TIME_TAGS = new Set(['Month', 'WeekDay', 'Date']);
const PLACE_TAGS = new Set(['Place', 'City', 'Country', 'Region', 'Demonym', 'Organization']);

/** Verbs of naming, before their object pronoun and the name: "named her Odile". */
const NAMING = new Set(['named', 'called', 'nicknamed', 'christened', 'dubbed', 'renamed', 'name', 'call']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'me', 'us', 'them']);
/** What only a person has, before "of" and the person's name (kin words: lexicons/names/context/kin-nouns). */
const KIN = wordSet('names/context/kin-nouns');
const PERSONAL_OF = new Set([
  'gender',
  'birthday',
  'widow',
  'widower',
  'funeral',
  'grave',
  'biographer',
  'girlfriend',
  'boyfriend',
  'fiancé',
  'fiancée',
  'fiance',
  'fiancee',
  'spouse',
  'bodyguard',
]);
/** Literary and musical works named after their author: "the Frost novel". */
const WORKS = new Set([
  'novel',
  'novels',
  'novella',
  'memoir',
  'memoirs',
  'biography',
  'poem',
  'poems',
  'essay',
  'sonnet',
  'sonnets',
  'symphony',
  'concerto',
  'sonata',
  'opera',
]);
/** Verbs of saying after a quotation, before the speaker: '"...," says Rosalind Vey'. */
const SAYING = new Set([
  'says',
  'said',
  'writes',
  'wrote',
  'adds',
  'added',
  'asks',
  'asked',
  'sings',
  'sang',
]);
const LIST_JOINERS = new Set(['and', '&']);

/** The word at k without the punctuation written after it. */
/** The word at k without the punctuation written after it (shared by the written-text person rules). */
export const bare = (view: ExtendView, k: number): string => {
  const text = view.ctx.words[k]!.text;
  // most words end in an ASCII letter: nothing to take off, no regex run
  const last = text.charCodeAt(text.length - 1) | 32;
  return last >= 97 && last <= 122 ? text : text.replace(TRAILING, '');
};

/** The word at k is written with punctuation after it (a comma, a full stop, a closing quote). */
export const closes = (view: ExtendView, k: number): boolean => TRAILING.test(view.ctx.words[k]!.text);

/** Is word k free for a new name: not found, not a brand or firm, letters only, no function word? */
function open(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (k < 0 || k >= view.ctx.words.length || covered[k] || view.masked(k)) return false;
  const base = view.base[k]!;
  if (!LETTERS.test(bare(view, k)) || SURNAME_PARTICLES.has(base)) return false;
  // month names are function words in the tagger but given names too ("Jan", "April")
  return !isFunctionWord(base) || (TITLE_CASE.test(bare(view, k)) && (nameKinds(base) & GIVEN) !== 0);
}

/** Is word k written as a name: title case, and not a place, month or weekday unless a name list holds it? */
function writtenAsName(view: ExtendView, k: number): boolean {
  const text = bare(view, k);
  if (!TITLE_CASE.test(text)) return false;
  const base = view.base[k]!;
  if (nameKinds(base) !== 0) return true;
  return !hasLexiconTag(base, TIME_TAGS) && !hasLexiconTag(base, PLACE_TAGS);
}

/** A word in lower case that a name list holds as a given name: "tomas", "randy". */
function lowerGiven(view: ExtendView, k: number): boolean {
  return LOWER.test(bare(view, k)) && (nameKinds(view.base[k]!) & GIVEN) !== 0;
}

/** A word in lower case that no English dictionary holds and some name list does: "velbrandt". */
function lowerRareName(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (!LOWER.test(bare(view, k)) || englishLevel(base) !== undefined) return false;
  return nameKinds(base) !== 0 || view.evidence(k) >= NameEvidence.Unknown;
}

const same = (view: ExtendView, a: number, b: number): boolean =>
  a >= 0 && b < view.ctx.words.length && sameSpeaker(view.ctx, a, b);
const ends = (view: ExtendView, k: number): boolean => PHRASE_END.test(view.ctx.words[k]!.text);

/** End of the name opening at k: a second title-case word joins a title-case first one ("Halvard Ek"). */
function nameEnd(view: ExtendView, k: number, covered: Uint8Array): number {
  const next = k + 1;
  if (ends(view, k) || !TITLE_CASE.test(bare(view, k)) || !open(view, next, covered)) return k + 1;
  if (!same(view, k, next) || !writtenAsName(view, next)) return k + 1;
  return (nameKinds(view.base[k]!) & GIVEN) !== 0 ? next + 1 : k + 1;
}

/** "named her Odile", "called him tomas": the end of the name at k, or k when the frame does not hold. */
function namedAfterPronoun(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens } = view.ctx;
  if (k < 2 || !same(view, k - 2, k) || ends(view, k - 2) || ends(view, k - 1)) return k;
  if (!NAMING.has(tokens[k - 2]!) || !OBJECT_PRONOUNS.has(tokens[k - 1]!) || !open(view, k, covered))
    return k;
  // "call me Lady": a title-case everyday word is a form of address
  if (writtenAsName(view, k)) return (englishLevel(view.base[k]!) ?? 99) > 20 ? nameEnd(view, k, covered) : k;
  return lowerGiven(view, k) ? k + 1 : k;
}

/** "the gender of Vesna", "the widow of halvard": the end of the name at k, or k. */
function personalOf(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens } = view.ctx;
  if (k < 2 || tokens[k - 1] !== 'of' || !same(view, k - 2, k) || ends(view, k - 2)) return k;
  const head = tokens[k - 2]!;
  // a plural ("the children of Israel") names a people
  if (!PERSONAL_OF.has(head) && !(KIN.has(head) && !/s$|^children$/u.test(head))) return k;
  if (!open(view, k, covered)) return k;
  const base = view.base[k]!;
  // "the widow of Harlow" alone is as often a town's
  if (isPlaceName(base) && nameEnd(view, k, covered) === k + 1) return k;
  if (writtenAsName(view, k)) {
    // an everyday word in title case ("the mother of Invention") needs a name list
    const listed = nameKinds(base) !== 0 || englishLevel(base) === undefined;
    return listed ? nameEnd(view, k, covered) : k;
  }
  return lowerGiven(view, k) || lowerRareName(view, k) ? k + 1 : k;
}

/** "early Velbrandt?", "late orrin.": a name that closes the phrase after "early" or "late". */
function artistPeriod(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens } = view.ctx;
  if (k < 1 || !same(view, k - 1, k) || !ends(view, k) || !open(view, k, covered)) return k;
  if (tokens[k - 1] !== 'early' && tokens[k - 1] !== 'late') return k;
  const base = view.base[k]!;
  if (hasLexiconTag(base, TIME_TAGS) || hasLexiconTag(base, PLACE_TAGS)) return k;
  const nameLike = englishLevel(base) === undefined && (nameKinds(base) & (FAMILY | EITHER | GIVEN)) !== 0;
  if (TITLE_CASE.test(bare(view, k))) return nameLike || view.evidence(k) >= NameEvidence.Unknown ? k + 1 : k;
  return lowerRareName(view, k) ? k + 1 : k;
}

/** "the Frost novel", "the van Daalen memoir": start..end of the author's name before a work, or null. */
function authorBeforeWork(view: ExtendView, k: number, covered: Uint8Array): [number, number] | null {
  const { tokens } = view.ctx;
  if (k + 1 >= tokens.length || !WORKS.has(tokens[k + 1]!) || !same(view, k, k + 1) || ends(view, k))
    return null;
  if (!open(view, k, covered) || !TITLE_CASE.test(bare(view, k))) return null;
  let s = k;
  while (s - 1 >= 0 && !covered[s - 1] && same(view, s - 1, k) && SURNAME_PARTICLES.has(view.base[s - 1]!))
    s--;
  const det = tokens[s - 1];
  if (det !== 'the' && det !== 'a' && det !== 'an') return null;
  const base = view.base[k]!;
  // "the Victorian novel", "the Romantic poem": an adjective of a period or style
  const family = (nameKinds(base) & (FAMILY | EITHER)) !== 0 && !/(?:ian|ean|esque|ic|ist)$/u.test(base);
  if (s < k || family) return hasLexiconTag(base, PLACE_TAGS) && s === k ? null : [s, k + 1];
  return null;
}

/** "by ex-wombat velbrandt": a former member of a group, in lower case. */
function formerMember(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (k < 1 || !same(view, k - 1, k) || !/^ex-\p{Ll}+$/u.test(view.ctx.words[k - 1]!.text)) return false;
  return open(view, k, covered) && lowerRareName(view, k);
}

/** 'odile:"hi there"': a lower-case speaker name glued to the quotation it says. */
function lowerSpeaker(view: ExtendView, k: number, covered: Uint8Array): boolean {
  if (covered[k] || view.masked(k)) return false;
  const m = /^(\p{Ll}+):["“]/u.exec(view.ctx.words[k]!.text);
  if (m === null) return false;
  return (nameKinds(m[1]!) & GIVEN) !== 0 && !isFunctionWord(m[1]!);
}

/** '"Not now," says Rosalind Vey': the end of the speaker's name at k, or k. */
function speakerAfterQuote(view: ExtendView, k: number, covered: Uint8Array): number {
  const { tokens, words } = view.ctx;
  if (k < 2 || !SAYING.has(tokens[k - 1]!) || !same(view, k - 2, k)) return k;
  if (!/[,!?]["”]$/u.test(words[k - 2]!.text) || !open(view, k, covered)) return k;
  if (!TITLE_CASE.test(bare(view, k)) || (nameKinds(view.base[k]!) & GIVEN) === 0) return k;
  const next = k + 1;
  // a second title-case word closes the name even when it is a word or a place ("Rosalind Vey")
  if (ends(view, k) || !open(view, next, covered) || !same(view, k, next)) return k + 1;
  return TITLE_CASE.test(bare(view, next)) ? next + 1 : k + 1;
}

/** Items of "A, B, C and D" around the joiner at j, last first, or null when it is no such list. */
function listItems(view: ExtendView, j: number): number[] | null {
  const { words } = view.ctx;
  const last = j + 1;
  if (last >= words.length || !same(view, j - 1, last) || ends(view, j - 1)) return null;
  const items = [last, j - 1];
  for (let k = j - 2; k >= 0 && same(view, k, j) && items.length < 12; k--) {
    if (!/^[^,]+,$/u.test(words[k]!.text)) break;
    items.push(k);
  }
  return items;
}

/** One-word items of lists most of whose items are found names, in the case the found ones are written in. */
function listedNames(view: ExtendView, covered: Uint8Array): number[] {
  const { tokens } = view.ctx;
  const out: number[] = [];
  for (let j = 1; j < tokens.length - 1; j++) {
    if (!LIST_JOINERS.has(tokens[j]!)) continue;
    const items = listItems(view, j);
    if (items === null || items.length < 4) continue;
    const found = items.filter((k) => covered[k] === 1);
    if (found.length < 3 || found.length * 2 < items.length) continue;
    const lower = found.every((k) => LOWER.test(bare(view, k)));
    const title = found.every((k) => TITLE_CASE.test(bare(view, k)));
    const rest = items.filter((k) => covered[k] !== 1);
    const fits = (k: number): boolean =>
      open(view, k, covered) &&
      (nameKinds(view.base[k]!) & GIVEN) !== 0 &&
      ((lower && LOWER.test(bare(view, k))) || (title && TITLE_CASE.test(bare(view, k))));
    if (rest.every(fits)) out.push(...rest);
  }
  return out;
}

/** Verb phrases after a subject that only a person is the subject of, as token sequences. */
const PERSONAL_ACTS: readonly (readonly string[])[] = [
  ['had', 'given'],
  ['has', 'given'],
  ['spent', 'a', 'year'],
  ['spent', 'a', 'month'],
  ['spent', 'a', 'week'],
  ['spent', 'years'],
  ['spent', 'months'],
  ['is', 'from'],
];
/** What "had given X" gives: a possessive after the object ("had given Ivo his keys"). */
const POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
const DETERMINERS = wordSet('names/context/determiners');

/**
 * "Osric had given Ivo his keys", "Sue spent years at Orvex", "Jan is from Tamsby": a
 * title-case given name, even one that is a word or a month, as the subject of a verb phrase said of
 * people; the verb of giving needs its person object and a possessive, "is from" a capitalised place.
 */
function personalSubject(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { tokens, words } = view.ctx;
  if (!open(view, k, covered) || !TITLE_CASE.test(words[k]!.text)) return false;
  if ((nameKinds(view.base[k]!) & GIVEN) === 0 || DETERMINERS.has(tokens[k - 1] ?? '')) return false;
  for (const act of PERSONAL_ACTS) {
    const after = k + 1 + act.length;
    if (!act.every((t, j) => tokens[k + 1 + j] === t) || !same(view, k, after - 1)) continue;
    if (act.slice(0, -1).some((_, j) => ends(view, k + 1 + j))) continue;
    if (act[1] === 'given') {
      const object = words[after]?.text ?? '';
      if (!/^\p{Lu}\p{Ll}+$/u.test(object) || !POSSESSIVES.has(tokens[after + 1] ?? '')) continue;
    }
    if (act[1] === 'from' && !/^\p{Lu}/u.test(words[after]?.text ?? '')) continue;
    return true;
  }
  return false;
}

/**
 * "Osric Dam's Winter Songs": a listed given name that is no everyday word, then a title-case
 * family name with a possessive, even one that heads places ("Dam", "Field"): a place's name takes
 * no given name before it. The end of the name, or k.
 */
function givenAndPossessive(view: ExtendView, k: number, covered: Uint8Array): number {
  const next = k + 1;
  const { words } = view.ctx;
  if (!open(view, k, covered) || !TITLE_CASE.test(words[k]!.text) || !same(view, k, next)) return k;
  const given = view.base[k]!;
  if ((nameKinds(given) & GIVEN) === 0 || (englishLevel(given) ?? 99) <= 20) return k;
  // "Leeds Queen's Park": a town opens a place's name
  if (isPlaceName(given) || hasLexiconTag(given, PLACE_TAGS)) return k;
  if (covered[next] || !/^\p{Lu}\p{Ll}+['’]s$/u.test(words[next]!.text)) return k;
  return (nameKinds(view.base[next]!) & (FAMILY | EITHER)) !== 0 ? next + 1 : k;
}

/** Phrases whose object is a person: "follow up with", "on behalf of" (shared with person-slots.ts). */
const SLOT_BEFORE = phraseList('names/cues/person-slot-before');

/**
 * "please follow up with Zorvanek about it": one title-case word that no English dictionary, place
 * list or organisation list holds, after a phrase whose object is a person, and no capitalised word
 * after it (person-slots.ts takes two or three such words).
 */
function loneNameInSlot(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { tokens, words } = view.ctx;
  if (!open(view, k, covered) || !TITLE_CASE.test(bare(view, k))) return false;
  const base = view.base[k]!;
  if (englishLevel(base) !== undefined || isPlaceName(base) || hasLexiconTag(base, PLACE_TAGS)) return false;
  // a capitalised word after it continues a firm's name, or the word is a title ("Dr. Farouk")
  if (!/[,!?;:]$/u.test(words[k]!.text) && /^\p{Lu}/u.test(words[k + 1]?.text ?? '')) return false;
  if (base.length < 3) return false;
  return SLOT_BEFORE.some(
    (p) =>
      k >= p.length &&
      same(view, k - p.length, k) &&
      p.every(
        (t, j) => tokens[k - p.length + j] === t && (j === p.length - 1 || !ends(view, k - p.length + j)),
      ) &&
      !ends(view, k - 1),
  );
}

/** "who are you Tsevelma?": a name addressed right after "are you" that closes the question. */
function addressedAfterQuestion(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { tokens, words } = view.ctx;
  if (k < 2 || tokens[k - 1] !== 'you' || (tokens[k - 2] !== 'are' && tokens[k - 2] !== 'were')) return false;
  if (!same(view, k - 2, k) || ends(view, k - 1) || !/[?!]["')\]]*$/u.test(words[k]!.text)) return false;
  if (!open(view, k, covered)) return false;
  const base = view.base[k]!;
  if (TITLE_CASE.test(bare(view, k)))
    return englishLevel(base) === undefined
      ? !isPlaceName(base)
      : (nameKinds(base) & GIVEN) !== 0 && (englishLevel(base) ?? 0) > 20;
  return lowerGiven(view, k) && (englishLevel(base) ?? 99) > 20;
}

/** End of the name that a one-word-opening frame places at k, or k. */
function frameEnd(view: ExtendView, k: number, covered: Uint8Array): number {
  let e = namedAfterPronoun(view, k, covered);
  if (e === k) e = personalOf(view, k, covered);
  if (e === k) e = artistPeriod(view, k, covered);
  if (e === k) e = speakerAfterQuote(view, k, covered);
  if (e === k && (formerMember(view, k, covered) || lowerSpeaker(view, k, covered))) e = k + 1;
  if (e === k && personalSubject(view, k, covered)) e = k + 1;
  if (e === k) e = givenAndPossessive(view, k, covered);
  if (e === k && (loneNameInSlot(view, k, covered) || addressedAfterQuestion(view, k, covered))) e = k + 1;
  return e;
}

/** Adds the names the frames above place (formatted text only); `covered` is kept in step. */
export function addWrittenFrameNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const add = (s: number, e: number): void => {
    out.push(make(s, e, WRITTEN_FRAME));
    covered.fill(1, s, e);
  };
  const n = view.ctx.words.length;
  // a lower-case name found already in such a frame carries the frame's reason, past the veto on
  // lower-case dictionary words ("she named him randy")
  for (let m = 0; m < out.length; m++) {
    const c = out[m]!;
    const k = c.startWord;
    if (c.type !== 'PERSON' || c.endWord !== k + 1 || !LOWER.test(bare(view, k))) continue;
    covered[k] = 0;
    if (frameEnd(view, k, covered) > k) out[m] = { ...c, reason: WRITTEN_FRAME };
    covered[k] = 1;
  }
  for (let k = 0; k < n; k++) {
    if (covered[k]) continue;
    const span = authorBeforeWork(view, k, covered);
    if (span !== null) {
      add(span[0], span[1]);
      continue;
    }
    const e = frameEnd(view, k, covered);
    if (e > k) {
      add(k, e);
      k = e - 1;
    }
  }
  for (const k of listedNames(view, covered)) if (!covered[k]) add(k, k + 1);
}
