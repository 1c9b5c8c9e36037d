/**
 * Names that formatted text gives away by its capitals around a name already found, or after a
 * noun of a person's role (raw ASR has no capitals to read; this pass leaves it alone):
 *
 * - a found name that ends with a given name grows over the title-case word after it, the family
 *   name that no list holds or that is also a word ("Nadia Sterling", "Ilse Holder", "Ilse
 *   Varnhout"): English writes an ordinary word inside a sentence in lower case;
 * - a found name that opens with a family name grows over the title-case given name before it
 *   ("Bill Hagelmann", "Rosa Tessaro"), or a title-case word that no list and no English dictionary
 *   holds ("Tesfu Gebrekidan");
 * - after a noun of a person's role or office ("founder", "striker", "COO", "Treasury Secretary"),
 *   one to three title-case words are the person's name when they open with a listed given name or
 *   are no English words ("Brightlane founder Chip Harwick", "rebel leader Zakharko");
 * - two or three title-case words that no list and no English dictionary holds, in a person's place
 *   in the sentence ("Fadea Nedohoff approved ...", "approved by Vodaina Miraando", "Mepiina Niares
 *   from Brightwell Plumbing"): names of every origin that the lists lack.
 *
 * The words of a name run end at a closing mark or before a word in lower case: a run of title-case
 * words that goes on (a headline, a product, "Mia Names Son Tomas Aurelio") is left alone, and so
 * are function words, months, titles, roles, greetings, nationalities, countries and the heads of
 * names of places and things ("Street", "Park", "Motors").
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord, isNamingFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { GIVEN, hasFamilyNameEnding, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView } from './person-extend.js';
import { isPlaceName, isTownName } from './person-tags.js';
import { isBrand } from '../brands.js';
import { placeName } from './person-genres.js';
import type { Make } from './person-extend.js';
import { afterPersonPhrase, possessiveOfWork, unknownRunInPersonPlace } from './person-unknown-places.js';

/** A name word as written: "Grant", "O'Connor", "D'Angelo", "McGuinness", "Smith-Jones", one closing mark. */
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)*(?:['’]s?)?[,.;:!?)]?$/u;
/** A closing mark after a word. */
const CLOSES = /[,.;:!?)]$/u;
const POSSESSIVE = /['’]s?[,.;:!?)]?$/u;
/** Nouns of a person's role before the name, in news and reports ("founder", "striker", "COO"). */
const ROLES = new Set([
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/cues/role-nouns'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/office-titles'),
]);
/** Words that are never a word of a person's name when they stand next to one. */
const NOT_NAME = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/cues/rank'),
  ...wordSet('names/context/formal-titles'),
  ...wordSet('names/context/office-titles'),
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/greeting-words'),
  ...wordSet('names/context/endearments'),
  // a letter's salutation and sign-off before or after a name ("Dear Ada", "Ada Regards")
  'dear',
  'dearest',
  'regards',
  'sincerely',
  'cheers',
  ...wordSet('names/context/interjections'),
  ...wordSet('names/context/never-surnames'),
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/named-thing-heads'),
  ...wordSet('names/context/thing-heads'),
]);
const COUNTRY = new Set(['Country', 'Demonym']);
const DETERMINERS = wordSet('names/context/determiners');
/** Conjunctions that open a clause: its subject follows (lexicons/names/context/clause-openers). */
const CLAUSE_OPENERS = wordSet('names/context/clause-openers');
/** Closed-class words that never are a family name; a currency or a unit may be ("Sterling", "Pound"). */
const CALENDAR = new Set(['Month', 'WeekDay', 'Date', 'Duration', 'Expression']);
const closedWord = (base: string): boolean =>
  isFunctionWord(base) && !(isNamingFunctionWord(base) && !hasLexiconTag(base, CALENDAR));
/** Longest name taken after a role noun, in words. */
const MAX_AFTER_ROLE = 3;
/** Longest name a grown name may become, in words. */
const MAX_GROWN = 4;

const bareWord = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[,.;:!?)]+$/u, '')
    .replace(/['’]s?$/u, '');

/** Is word k written as a word of a name, free and no word that never is one? */
function nameWordAt(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[k]?.text;
  if (text === undefined || covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  const base = bareWord(text);
  return !(
    closedWord(base) ||
    NOT_NAME.has(base) ||
    isNationality(base) ||
    hasLexiconTag(base, COUNTRY) ||
    /\d/u.test(base)
  );
}

/** Does word k start with a capital (a title-case run goes on at k)? */
const capitalAt = (view: ExtendView, k: number): boolean =>
  /^["'(]*\p{Lu}/u.test(view.ctx.words[k]?.text ?? '');

/** Does the name run [.., end) stop at end: a closing mark, another speaker, the end, a lower-case word? */
function runEndsAt(view: ExtendView, end: number): boolean {
  const { words } = view.ctx;
  if (end >= words.length || CLOSES.test(words[end - 1]!.text) || POSSESSIVE.test(words[end - 1]!.text))
    return true;
  if (!sameSpeaker(view.ctx, end - 1, end)) return true;
  return !capitalAt(view, end);
}

/** Is word k a word that no list and no English dictionary holds ("Gebrekidan", "Zakharko")? */
const unknownWord = (view: ExtendView, k: number): boolean => view.evidence(k) === NameEvidence.Unknown;

/** Is the word at k a given name of the lists ("Bill", "Rosa", "Mark")? */
const givenAt = (view: ExtendView, k: number): boolean =>
  (nameKinds(bareWord(view.ctx.words[k]!.text)) & GIVEN) !== 0;

/** End of the name found at [start, end) grown over the family name after its given name, or end. */
function grownRight(view: ExtendView, start: number, end: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  const last = words[end - 1]!.text;
  if (end - start >= MAX_GROWN || CLOSES.test(last) || POSSESSIVE.test(last) || !NAME_TEXT.test(last))
    return end;
  // only given names so far ("Nadia", "Ana Lucia"): "Ilse Varnhout Catering assistant" is a job title
  for (let k = start; k < end; k++)
    if (!givenAt(view, k) || closedWord(view.base[k]!) || !NAME_TEXT.test(words[k]!.text)) return end;
  if (!sameSpeaker(view.ctx, end - 1, end)) return end;
  if (!nameWordAt(view, end, covered) || !runEndsAt(view, end + 1) || beforeLabel(view, end)) return end;
  return end + 1;
}

/** Is word k (or a word right after it) a form's label: "Phone:", "Postal address:", "Date of birth:"? */
function beforeLabel(view: ExtendView, k: number): boolean {
  for (let j = k; j <= k + 2; j++) if (/:$/u.test(view.ctx.words[j]?.text ?? '')) return true;
  return false;
}

/** Is word k at the start of a sentence? */
function sentenceStart(view: ExtendView, k: number): boolean {
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k)) return true;
  return /[.!?]["')\]]*$/u.test(view.ctx.words[k - 1]!.text);
}

/** Start of the name found at [start, end) grown over the given name before its family name, or start. */
function grownLeft(view: ExtendView, start: number, end: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  const k = start - 1;
  // a found name that opens with a given name has its start ("Ada Quist" after "Engineer")
  if (k < 0 || end - start >= MAX_GROWN || !NAME_TEXT.test(words[start]!.text) || givenAt(view, start))
    return start;
  if (!sameSpeaker(view.ctx, k, start) || CLOSES.test(words[k]!.text) || POSSESSIVE.test(words[k]!.text))
    return start;
  // a word no list holds joins only a family name of the lists ("Tesfu Gebrekidan", not "Morvo Pallenberg")
  const listedStart = view.evidence(start) >= NameEvidence.Listed;
  if (!nameWordAt(view, k, covered) || !(givenAt(view, k) || (unknownWord(view, k) && listedStart)))
    return start;
  // the run of capitals opens at k: after a lower-case word, at a sentence's start or after a role
  // ("Treasury Secretary Bill Hagelmann"); not inside a longer run of title-case words
  const p = k - 1;
  // "your Morvo Pallenberg", "went to Kolvadi Tersaan", "a host on Sky Torvik Bingo": after a
  // determiner or a preposition a run of capitals names a thing or a place as often as a person
  // ("said that Bill Hagelmann was", "when Bill Hagelmann left": a conjunction opens a clause whose
  // subject is the name, when a listed given name opens it)
  if (
    p >= 0 &&
    !sentenceStart(view, k) &&
    (DETERMINERS.has(view.ctx.tokens[p]!) || isFunctionWord(view.ctx.tokens[p]!)) &&
    !(CLAUSE_OPENERS.has(view.ctx.tokens[p]!) && givenAt(view, k))
  )
    return start;
  const opens = sentenceStart(view, k) || !capitalAt(view, p) || ROLES.has(bareWord(words[p]!.text));
  return opens ? k : start;
}

/** Offices written as a title before a name ("President", "Senator", "Mayor"), not jobs ("Driver"). */
const OFFICES = new Set([...wordSet('names/context/news-roles'), ...wordSet('names/context/office-titles')]);

/** Is word k a family name of the lists, even one English also uses as a word ("Hollow", "Darling")? */
const listedFamily = (view: ExtendView, k: number): boolean =>
  view.evidence(k) >= NameEvidence.CommonWord &&
  (nameKinds(bareWord(view.ctx.words[k]!.text)) & ~GIVEN) !== 0;

/** End of a person's name after the role noun at r ("founder Chip Harwick"), or r when none. */
function nameAfterRole(view: ExtendView, r: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  const role = words[r]!.text;
  if (CLOSES.test(role) || !ROLES.has(role.toLowerCase().replace(/['’]s$/u, ''))) return r;
  const first = r + 1;
  if (first >= words.length || !sameSpeaker(view.ctx, r, first)) return r;
  let end = first;
  while (end - first < MAX_AFTER_ROLE && nameWordAt(view, end, covered) && sameSpeaker(view.ctx, r, end)) {
    end++;
    if (CLOSES.test(words[end - 1]!.text) || POSSESSIVE.test(words[end - 1]!.text)) break;
  }
  if (end === first || !runEndsAt(view, end)) return r;
  // one word: a name of the lists or a word no English dictionary holds ("Wierzbowski", "Zakharko");
  // more: opening with a given name ("Chip Harwick") or made of such words
  const named = (k: number): boolean => view.evidence(k) >= NameEvidence.Unknown;
  // "Mayor Hollow vowed", "Senator Darling spoke": an office written as a title before one family
  // name of the lists that English also uses as a word
  const titled = /^\p{Lu}\p{Ll}+$/u.test(role) && OFFICES.has(role.toLowerCase());
  if (end - first === 1) return named(first) || (titled && listedFamily(view, first)) ? end : r;
  // "Chip Harwick": a given name that no list holds before a family name that one does
  if (givenAt(view, first) || view.evidence(end - 1) >= NameEvidence.Listed) return end;
  for (let k = first; k < end; k++) if (!named(k)) return r;
  return end;
}

/** Prepositions of place and motion: a run of capitals after them names a place as often as a person. */
const LOCATIVE = wordSet('names/context/motion-prepositions');

const NO_COVER = new Uint8Array(0);
/** Words before a person's name rather than a place's or a title's: "approved by", "a gift for". */
const PERSON_BEFORE = new Set([
  'by',
  'for',
  'with',
  'between',
  'and',
  'about',
  'dear',
  ...wordSet('names/cues/person-object'),
]);
/** Words after a person's name before the firm the person works for: "Ada Quist from Acme". */
const FIRM_AFTER = new Set(['from', 'at', 'with']);
/** Tags of a finite verb after its subject: "approved", "will", "has", "says". */
const SUBJECT_VERBS = new Set(['PastTense', 'PresentTense', 'Modal', 'Auxiliary']);
/** Verbs whose subject is a person, that the lexicon tags as plural nouns or not at all ("wins", "didn't"). */
const ANIMATE_VERBS = wordSet('names/context/animate-verbs');

/**
 * End of a run of two or three title-case words at k that no list and no English dictionary holds
 * ("Tubaferik Gydehoff", "Rukesoan Vokiak"), bounded by words in lower case, in a person's place:
 * before a finite verb or "from/at/with" and a firm, after a verb of contact or "by/for/with", or
 * ending like a family name; or k when none. Foreign titles, parties and palaces ("Oude Venen")
 * stand in none of these places; towns, places and brands of the lists are left out.
 */
function unknownRunEnd(view: ExtendView, k: number): number {
  const { words, tokens } = view.ctx;
  let locative = false;
  if (k > 0 && sameSpeaker(view.ctx, k - 1, k) && !sentenceStart(view, k)) {
    if (capitalAt(view, k - 1) && !CLOSES.test(words[k - 1]!.text)) return k;
    const p = tokens[k - 1]!;
    if (DETERMINERS.has(p)) return k;
    locative = LOCATIVE.has(p) && !afterPersonPhrase(view, k);
  }
  let end = k;
  const word = (j: number): boolean =>
    j < words.length &&
    sameSpeaker(view.ctx, k, j) &&
    // a word found alone already joins the run ("Fadea [Nedohoff] approved")
    nameWordAt(view, j, NO_COVER) &&
    view.evidence(j) >= NameEvidence.Unknown &&
    !isBrand(view.base[j]!) &&
    !isTownName(view.base[j]!);
  while (end - k < 3 && word(end)) {
    end++;
    if (CLOSES.test(words[end - 1]!.text) || POSSESSIVE.test(words[end - 1]!.text)) break;
  }
  if (end - k < 2 || !runEndsAt(view, end)) return k;
  // "from Velkor Amundai's Collected Tales": a place has no author's works
  if (locative && !possessiveOfWork(view, end)) return k;
  if (isPlaceName(view.base.slice(k, end).join(' '))) return k;
  // a person's place in the sentence or the shape of a family name: foreign titles, parties and
  // palaces ("Oude Venen", "Kuhe Sabzan") stand in none of them
  const prev = k > 0 && !sentenceStart(view, k) ? tokens[k - 1]! : '';
  const closed = CLOSES.test(words[end - 1]!.text) || POSSESSIVE.test(words[end - 1]!.text);
  const next = closed || !sameSpeaker(view.ctx, end - 1, end) ? '' : (words[end]?.text ?? '');
  const verbAfter =
    (/^\p{Ll}+$/u.test(next) && (hasLexiconTag(next, SUBJECT_VERBS) || /^\p{Ll}{3,}ed$/u.test(next))) ||
    ANIMATE_VERBS.has(next.replace(/’/gu, "'"));
  const firmAfter = FIRM_AFTER.has(next) && capitalAt(view, end + 1);
  const person =
    verbAfter ||
    firmAfter ||
    PERSON_BEFORE.has(prev) ||
    hasFamilyNameEnding(view.base[end - 1]!) ||
    unknownRunInPersonPlace(view, k, end);
  return person ? end : k;
}

export function addCasedNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let r = 0; r + 1 < words.length; r++) {
    if (covered[r]) continue;
    const end = nameAfterRole(view, r, covered);
    if (end > r) {
      placeName(out, covered, r + 1, end, make, 'cue:context');
      r = end - 1;
    }
  }
  // a run may open at a word found alone ("[Nedohoff] approved" after "Fadea" is taken whole)
  const lone = new Set(out.filter((c) => c.endWord - c.startWord === 1).map((c) => c.startWord));
  for (let k = 0; k + 1 < words.length; k++) {
    if (covered[k] && !lone.has(k)) continue;
    const end = unknownRunEnd(view, k);
    if (end > k) {
      placeName(out, covered, k, end, make, 'capitalised');
      k = end - 1;
    }
  }
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    const end = grownRight(view, c.startWord, c.endWord, covered);
    const start = grownLeft(view, c.startWord, end, covered);
    if (start === c.startWord && end === c.endWord) continue;
    out[n] = make(start, end, c.reason ?? 'capitalised');
    covered.fill(1, start, end);
  }
}
