/**
 * Second pass of the person detector (person.ts): grows names already found over the words that
 * belong to them, and adds names that only their neighbours reveal.
 *
 * - a given name that is also a month or a word, before a found family name ("June Okafor",
 *   "April T. Lindqvist", "my name is june t kowalski"), with an optional middle initial between;
 * - surname particles before a found name ("Surname: DE HOLLEBEKE", "van Dijk"); a middle initial and
 *   particles after it up to the family name ("Tariq O. De Loon", "Marcus L. Fenwright");
 * - a possessive before a relative ("I'm Sunny's daughter", "i babysat sandy's kid");
 * - a speaker label glued to quoted speech ('Marisol:"I'm ...', as scripts and chats write it);
 * - the person object of a verb before "to" or a possessive ("asked Sunny to drive it", "had given
 *   Tsevelma her keys");
 * - a word a character trait is said of ("Sandy is very punctual"), an author before a work ("the
 *   Brugghen novel"), a former member of a group ("ex-Wombat Brugghen");
 * - a full name before a job title ("Qalani Brugghen Harbour crane operator"), a name between
 *   a verb of perceiving and a person's act ("have you heard Tavita Oyelaran speak?").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isBrand } from '../brands.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { readWordList } from '../lexicon-files.js';
import { initialAcrossTurn } from './person-turn-initial.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';

export interface ExtendView {
  ctx: DetectionContext;
  base: readonly string[];
  evidence: (i: number) => NameEvidence;
  masked: (i: number) => boolean;
  uncased: boolean;
}

/** Makes a PERSON candidate of words [start, end) with its reason (person.ts hands it to each pass). */
export type Make = (start: number, end: number, reason: string) => Candidate;

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;
/** punctuation that ends a phrase: a word carrying it is not inside the name after it */
const INITIAL = /^\p{L}\.?$/u;
const MONTH = new Set(['Month']);
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Verb']);
/** Words before a month: "in august novak ..." is a date, not a name. */
const BEFORE_DATE = new Set([
  'in',
  'on',
  'of',
  'since',
  'until',
  'till',
  'by',
  'from',
  'to',
  'last',
  'next',
  'this',
  'every',
]);
const DETERMINERS = wordSet('names/context/determiners');
/** Relatives after a possessive: "Rusty's daughter". */
const KIN = wordSet('names/context/kin-nouns');
/** A person's body, voice and life events after a possessive: "Zelvani's smile", "orvek s voice". */
const BODY = wordSet('names/context/body-nouns');
/** What a person owns and carries, after a possessive: "Zelvani's bike". */
const BELONGINGS = wordSet('names/context/belongings');
/** A person's records after a written possessive: "Zelvani's address", "zelvani's email" (shared with person-slots.ts). */
const RECORDS = wordSet('names/context/owned-records');
/** Verbs whose object is often a person named right after them: "asked Sunny to", "given Tsevelma her". */
const OBJECT_VERBS = wordSet('names/context/person-object-verbs');
const AFTER_OBJECT = new Set(['to', 'his', 'her', 'their']);

/** Raw ASR: "a" or "i" at k between a frequent given name and a name word that no English dictionary holds. */
export function aInitialAfterGiven(view: Pick<ExtendView, 'base' | 'evidence'>, k: number): boolean {
  const given = view.base[k - 1];
  const family = view.base[k + 1];
  if (given === undefined || family === undefined) return false;
  if (view.evidence(k - 1) !== NameEvidence.Frequent || (nameKinds(given) & GIVEN) === 0) return false;
  return (
    view.evidence(k + 1) >= NameEvidence.Unknown &&
    englishLevel(family) === undefined &&
    /^\p{L}{5,}$/u.test(family)
  );
}

/** Given names of India: a South Indian name is written initial first ("R. Priya", "S. Lakshman"). */
const INDIAN_GIVEN: ReadonlySet<string> = new Set(
  readWordList('names/given/en_IN.txt').map((w) => w.toLowerCase()),
);
/** Words after which a name phrase begins and no clitic ("it s", "that s") attaches. */
const PHRASE_OPENERS = new Set([
  'Copula',
  'Preposition',
  'Conjunction',
  'PastTense',
  'Infinitive',
  'PresentTense',
]);

/**
 * Raw ASR: a lone letter before a listed given name of India is its initial ("r priya", "k ravi").
 * "a", "i", "u" stay words ("i priya", "a rose", "u turn"), and "s" only after a word that opens a
 * phrase ("with s lakshman"), never as a clitic ("it s priya", "that s ravi").
 */
function initialBeforeIndianName(view: ExtendView, start: number, covered: Uint8Array): boolean {
  const k = start - 1;
  if (k < 1 || covered[k] || !sameSpeaker(view.ctx, k, start)) return false;
  return !INITIAL.test(view.ctx.words[k - 1]!.text) && indianInitial(view, k, start);
}

function indianInitial(view: ExtendView, k: number, start: number): boolean {
  const letter = view.ctx.tokens[k]!;
  const base = view.base[start]!;
  if (!/^[b-hj-tv-z]$/u.test(letter) || !INDIAN_GIVEN.has(base)) return false;
  if ((englishLevel(base) ?? 99) <= 20 || isFunctionWord(base) || view.masked(start)) return false;
  return letter !== 's' || hasLexiconTag(view.ctx.tokens[k - 1] ?? '', PHRASE_OPENERS);
}

/** A given name that may be a month or an everyday word: "Jan", "August", "Ivy" (not "will", "may"). */
function givenWord(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (!/^\p{L}+$/u.test(base) || (nameKinds(base) & GIVEN) === 0 || view.masked(k)) return false;
  // not an everyday word ("sister", "queen", "sky"), nor after a determiner ("the Princess Anna model")
  if ((englishLevel(base) ?? 99) <= 20 || DETERMINERS.has(view.ctx.tokens[k - 1] ?? '')) return false;
  const month = hasLexiconTag(base, MONTH);
  if (isFunctionWord(base) && !month) return false;
  const text = view.ctx.words[k]!.text;
  if (!view.uncased) return TITLE_CASE.test(text);
  return !month || !BEFORE_DATE.has(view.ctx.tokens[k - 1] ?? '');
}

/** Start of the name found at [start, ...) once the given name, initial and particles before it are added. */
function grownStart(view: ExtendView, start: number, covered: Uint8Array): number {
  const { ctx } = view;
  const free = (k: number): boolean =>
    k >= 0 && !covered[k] && sameSpeaker(ctx, k, start) && !PHRASE_END.test(ctx.words[k]!.text);
  const headCased = CAPITALISED.test(ctx.words[start]!.text);
  if (!view.uncased && !headCased) return start;
  let s = start;
  // particles: "Surname: DE HOLLEBEKE", "ask for van Dijk"
  while (free(s - 1) && s > start - 3 && SURNAME_PARTICLES.has(view.base[s - 1]!)) s--;
  // after a word that is capitalised (raw ASR: no list knows it) the particles join it to the name:
  // "Valverde del Camino", "Villanueva del Arzobispo" name a place; a person's given name before
  // them was taken by the chain already
  const joined =
    s < start &&
    free(s - 1) &&
    (view.uncased ? view.evidence(s - 1) >= NameEvidence.Unknown : CAPITALISED.test(ctx.words[s - 1]!.text));
  if (joined) return start;
  // an initial: "W.", "j" (raw ASR: not a word such as "a", "i", or a letter of a spelling)
  let k = s - 1;
  const text = ctx.words[k]?.text ?? '';
  const initial =
    k > 0 &&
    !covered[k] &&
    sameSpeaker(ctx, k, start) &&
    INITIAL.test(text) &&
    (view.uncased ? !/^[ainsuyr]$/u.test(ctx.tokens[k]!) : /^\p{Lu}/u.test(text)) &&
    !INITIAL.test(ctx.words[k - 1]!.text);
  if (initial) k--;
  // raw ASR has no capitals to tell "jan" the name from a word: only before an initial ("jan m novak")
  if (free(k) && givenWord(view, k) && (initial || !view.uncased)) return k;
  if (view.uncased && s === start && initialBeforeIndianName(view, start, covered)) return start - 1;
  return s;
}

/**
 * End of the name found at [..., end) once a middle initial and particles after it, and the family
 * name after those, are added ("marcus c fenwright", "Tariq O. De Loon"); `end` when none follow.
 */
function grownEnd(view: ExtendView, end: number, covered: Uint8Array): number {
  const { ctx } = view;
  const last = ctx.words[end - 1]!.text;
  if (PHRASE_END.test(last)) return end;
  const free = (k: number): boolean => k < ctx.words.length && !covered[k] && sameSpeaker(ctx, k, end - 1);
  let k = end;
  const text = ctx.words[k]?.text ?? '';
  const initial =
    free(k) &&
    INITIAL.test(text) &&
    (view.uncased
      ? !/^[ainsuyr]$/u.test(ctx.tokens[k]!) ||
        (/^[ai]$/u.test(ctx.tokens[k]!) && aInitialAfterGiven(view, k))
      : /^\p{Lu}/u.test(text)) &&
    !INITIAL.test(ctx.words[k + 1]?.text ?? '');
  if (initial) k++;
  let particles = 0;
  while (
    free(k) &&
    particles < 3 &&
    SURNAME_PARTICLES.has(view.base[k]!) &&
    !PHRASE_END.test(ctx.words[k]!.text)
  ) {
    k++;
    particles++;
  }
  if ((!initial && particles === 0) || !free(k) || view.masked(k)) return end;
  // after a particle, or a capital initial in formatted text, a family name that is also a word:
  // "De Loon", "van Dam", "Marcus L. Fenwright"
  const e = view.evidence(k);
  const familyWord =
    (particles > 0 || (initial && !view.uncased)) &&
    e === NameEvidence.CommonWord &&
    !isFunctionWord(view.base[k]!) &&
    (nameKinds(view.base[k]!) & (FAMILY | EITHER)) !== 0;
  if (e < NameEvidence.Unknown && !familyWord) return end;
  if (!view.uncased && !CAPITALISED.test(ctx.words[k]!.text)) return end;
  return k + 1;
}

/**
 * "Rusty's daughter", "sandy's kid", "Zelvani's smile": a name-like possessive before a relative or
 * a part of a person's body. Raw ASR drops the apostrophe and leaves the "s" alone ("orvek s
 * voice"); a lone "s" after a name word is read the same way.
 */
function possessiveBeforeKin(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  const token = ctx.tokens[i]!;
  const written = /['’]s$/u.test(token);
  // raw ASR: "orvek s voice" (formatted text that splits the clitic keeps its apostrophe)
  const loose = !written && view.uncased && ctx.tokens[i + 1] === 's' && ctx.words[i + 1]!.text === 's';
  // the split clitic's "s" (emptied by joinSplitPossessives, or raw ASR's lone "s") stands between
  const gap = loose || (written && ctx.tokens[i + 1] === '') ? 2 : 1;
  const noun = ctx.tokens[i + gap] ?? '';
  const kin = KIN.has(noun);
  // records only after a written possessive: a lone "s" after a letter run is an abbreviation's plural ("dslr s number")
  const record = written && RECORDS.has(noun);
  if ((!written && !loose) || !(kin || BODY.has(noun) || BELONGINGS.has(noun) || record)) return false;
  if (!sameSpeaker(ctx, i, i + gap) || view.masked(i)) return false;
  const base = view.base[i]!;
  if (!/^\p{L}+$/u.test(base) || isFunctionWord(base)) return false;
  // "Zelvani's", or "Zelvani'" where the text splits the clitic off
  if (!view.uncased && !TITLE_CASE.test(ctx.words[i]!.text.replace(/['’]s?\W*$/u, ''))) return false;
  // a firm has a voice and a hand too ("Apple's voice assistant"): body words only after a name
  // that is no brand, and an everyday word only when it is a given name
  if (!kin && isBrand(base)) return false;
  const e = view.evidence(i);
  if (e >= NameEvidence.Unknown) return true;
  const kinds = nameKinds(base) & (kin ? GIVEN | FAMILY | EITHER : GIVEN);
  return e === NameEvidence.CommonWord && kinds !== 0;
}

/** 'Marisol:"I'm': a name glued to a colon and an opening quote is the speaker of the quote. */
function speakerLabelToken(view: ExtendView, i: number): boolean {
  if (view.uncased) return false;
  const m = /^(\p{Lu}\p{Ll}+):["“]/u.exec(view.ctx.words[i]!.text);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  const e = nameEvidence(name);
  return e >= NameEvidence.Unknown || (e === NameEvidence.CommonWord && (nameKinds(name) & GIVEN) !== 0);
}

/** "asked Sunny to drive it", "had given tsevelma her keys": the person a verb acts on. */
function objectOfVerb(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  if (i === 0 || !OBJECT_VERBS.has(ctx.tokens[i - 1]!) || !AFTER_OBJECT.has(ctx.tokens[i + 1] ?? ''))
    return false;
  if (!sameSpeaker(ctx, i - 1, i + 1) || view.masked(i) || /[,.!?;:]/u.test(ctx.words[i]!.text)) return false;
  const base = view.base[i]!;
  if (!/^\p{L}+$/u.test(base) || isFunctionWord(base)) return false;
  if (!view.uncased && !TITLE_CASE.test(ctx.words[i]!.text)) return false;
  const e = view.evidence(i);
  if (e >= NameEvidence.Unknown) return true;
  return (
    e === NameEvidence.CommonWord &&
    (nameKinds(base) & GIVEN) !== 0 &&
    (englishLevel(base) ?? 99) > 10 &&
    !hasLexiconTag(base, VERB_TAGS)
  );
}

/**
 * Formatted text: two title-case words no list knows (a given and a family name the lists lack) in
 * a place only a person fills: the object of "ask", "tell" ... before "to" ("asked Somchai
 * Srisuwanwong to call"), or set off by commas after an occupation ("Our engineer, Niran
 * Chaiyaporn, will"). End of the name, or i when there is none.
 */
function unlistedPairByCue(view: ExtendView, i: number, covered: Uint8Array): number {
  const { ctx } = view;
  if (view.uncased || i === 0 || covered[i + 1] || i + 2 >= ctx.words.length) return i;
  if (!sameSpeaker(ctx, i - 1, i + 2)) return i;
  const object = OBJECT_VERBS.has(ctx.tokens[i - 1]!) && AFTER_OBJECT.has(ctx.tokens[i + 2]!);
  const apposition =
    OCCUPATIONS.has(ctx.tokens[i - 1]!) &&
    /,$/u.test(ctx.words[i - 1]!.text) &&
    /,$/u.test(ctx.words[i + 1]!.text);
  if (!object && !apposition) return i;
  for (const k of [i, i + 1]) {
    const text = ctx.words[k]!.text.replace(/,$/u, '');
    if (!TITLE_CASE.test(text) || view.masked(k) || view.evidence(k) < NameEvidence.Unknown) return i;
    if (isFunctionWord(view.base[k]!)) return i;
  }
  if (object && /[,.!?;:]/u.test(ctx.words[i]!.text + ctx.words[i + 1]!.text)) return i;
  if (apposition && /[,.!?;:]/u.test(ctx.words[i]!.text)) return i;
  return i + 2;
}

const TRAITS = wordSet('names/context/person-traits');
const WORKS = wordSet('names/context/authored-works');
const LINKING = new Set(['is', 'was', 'seems', 'seemed', 'became', 'looks', 'looked', 'remains', 'remained']);
const DEGREE = new Set([
  'very',
  'so',
  'really',
  'quite',
  'extremely',
  'too',
  'always',
  'never',
  'not',
  'incredibly',
  'pretty',
]);
const ARTICLE = new Set(['the', 'a', 'an']);
/** "why is Brugghen so stubborn?" */
const QUESTION = new Set(['why', 'how']);

/** Is word i a lone name-like word: no list calls it an ordinary word, or a given name that is also a word ("Ivy"). */
function loneName(view: ExtendView, i: number, kinds: number): boolean {
  const { ctx } = view;
  const base = view.base[i]!;
  if (!/^\p{L}+$/u.test(base) || isFunctionWord(base) || view.masked(i)) return false;
  if (!view.uncased && !TITLE_CASE.test(ctx.words[i]!.text.replace(/[,.!?;:]+$/u, ''))) return false;
  const e = view.evidence(i);
  return e >= NameEvidence.Unknown || (e === NameEvidence.CommonWord && (nameKinds(base) & kinds) !== 0);
}

/** Does a trait adjective follow at k, after at most two degree words ("very", "so")? */
function traitAt(tokens: readonly string[], k: number): boolean {
  let j = k;
  while (j < k + 2 && DEGREE.has(tokens[j] ?? '')) j++;
  return TRAITS.has(tokens[j] ?? '');
}

/**
 * "Sandy is very punctual", "why is Brugghen so stubborn?", "Hazel was punctual and calm": a word
 * a character trait is said of is a person.
 */
function traitSubject(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  const t = ctx.tokens;
  if (DETERMINERS.has(t[i - 1] ?? '') || !sameSpeaker(ctx, i, i + 1)) return false;
  const said =
    (LINKING.has(t[i + 1] ?? '') && traitAt(t, i + 2)) ||
    (LINKING.has(t[i - 1] ?? '') && QUESTION.has(t[i - 2] ?? '') && traitAt(t, i + 1));
  return said && !/[,.!?;:]/u.test(ctx.words[i]!.text) && loneName(view, i, GIVEN | FAMILY | EITHER);
}

/** "Compared with the Brugghen novel": an author's name between an article and a work. */
function authorOfWork(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  if (!ARTICLE.has(ctx.tokens[i - 1] ?? '') || !WORKS.has(ctx.tokens[i + 1] ?? '')) return false;
  const e = view.evidence(i);
  // "the Gothic novel", "a Victorian poem": an adjective of style or period no list holds
  if (e < NameEvidence.Frequent && STYLE_ADJECTIVE.test(view.base[i]!)) return false;
  return sameSpeaker(ctx, i - 1, i + 1) && e >= NameEvidence.Unknown && loneName(view, i, 0);
}
const STYLE_ADJECTIVE = /(?:ic|ian|ean|esque|ish|ist)$/u;

/** "by ex-Wombat Brugghen", "ex-Beatle Kowalczyk": a former member of a group, by name. */
function formerMember(view: ExtendView, i: number): boolean {
  const { ctx } = view;
  const prev = ctx.words[i - 1]?.text ?? '';
  const written = !view.uncased && /^ex-\p{Lu}\p{Ll}+$/u.test(prev);
  const spoken = view.uncased && ctx.tokens[i - 2] === 'ex' && view.evidence(i - 1) === NameEvidence.None;
  if (!(written || spoken) || !sameSpeaker(ctx, i - 1, i)) return false;
  return view.evidence(i) >= NameEvidence.Unknown && loneName(view, i, 0);
}

const OCCUPATIONS = wordSet('names/context/occupations');
/** Words of a job title before its head ("Harbour crane", "Night shift"). */
const MAX_TITLE_WORDS = 5;

/**
 * "Qalani Brugghen Harbour crane operator", "tavita j oyelaran night shift nurse": a
 * full name right before a job title, as lists of staff and signatures write it. The name is a run
 * of two or more words of names no list calls ordinary (initials and particles between), the title
 * a few ordinary words ending in the head noun of a job. Returns the name's [start, end) or null.
 */
function nameBeforeJobTitle(view: ExtendView, head: number): [number, number] | null {
  const { ctx } = view;
  // the word lists' evidence, not the company masks: "Szabova Harbour crane operator" is a
  // name and a title, not the company "Szabova Harbour"
  const evidence = (k: number): NameEvidence => nameEvidence(view.base[k]!);
  // content words ("Harbour crane"): "born in morlaix to a pharmacist" is no title
  const titleWord = (k: number): boolean => {
    const base = view.base[k]!;
    if (evidence(k) > NameEvidence.CommonWord || INITIAL.test(ctx.words[k]!.text)) return false;
    if (!/^\p{L}+$/u.test(base) || PHRASE_END.test(ctx.words[k]!.text)) return false;
    return !isFunctionWord(base) || (base === 'and' && k + 1 < head);
  };
  let j = head;
  while (j > 0 && head - j < MAX_TITLE_WORDS && titleWord(j - 1)) j--;
  // at least one word before the head: "fatima yusuf ruby farmer group" is no "farmer"
  if (j === head || ctx.tokens[j] === 'and') return null;
  // in formatted text the title is written apart from the name: capitalised ("Harbour crane operator")
  if (!view.uncased && !CAPITALISED.test(ctx.words[j]!.text)) return null;
  const end = j;
  let start = end;
  let names = 0;
  while (start > 0 && end - start < 5 && sameSpeaker(ctx, start - 1, end)) {
    const k = start - 1;
    const text = ctx.words[k]!.text;
    if (k < end - 1 && PHRASE_END.test(text) && !/^\p{Lu}\.$/u.test(text)) break;
    const particle = SURNAME_PARTICLES.has(view.base[k]!);
    const initial =
      INITIAL.test(text) && (view.uncased ? !/^[ai]$/u.test(ctx.tokens[k]!) : /^\p{Lu}/u.test(text));
    const name = evidence(k) >= NameEvidence.Unknown && (view.uncased || CAPITALISED.test(text));
    if (!particle && !initial && !name) break;
    if (name) names++;
    start = k;
  }
  // the run opens with a name word, not a particle or letter
  while (start < end && evidence(start) < NameEvidence.Unknown) start++;
  if (names < 2 || start >= end || PHRASE_END.test(ctx.words[end - 1]!.text)) return null;
  return [start, end];
}

/**
 * Grows the candidates out[from..] in place over the given name, initials and particles around
 * them; `covered` is kept in step.
 */
export function growNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
  from: number,
): void {
  for (let n = from; n < out.length; n++) {
    const c = out[n]!;
    const start = grownStart(view, c.startWord, covered);
    const grown = grownEnd(view, c.endWord, covered);
    let end = grown === c.endWord ? initialAcrossTurn(view, grown, covered) : grown;
    // the family name after the initial was found on its own: one name
    const tail = end > grown ? out.findIndex((t) => t.startWord === end) : -1;
    if (tail >= 0) {
      end = out[tail]!.endWord;
      out.splice(tail, 1);
      if (tail < n) n--;
    }
    if (start === c.startWord && end === c.endWord) continue;
    out[n] = make(start, end, c.reason ?? 'gazetteer');
    covered.fill(1, start, end);
  }
}

const PERCEIVING = new Set([
  'hear',
  'heard',
  'hearing',
  'see',
  'seen',
  'saw',
  'watch',
  'watched',
  'watching',
]);
/** Acts only a person does: "hear Qalani Brugghen sing", not "watched Chelsea play". */
const SPEAKING = new Set(['speak', 'sing', 'talk', 'lecture', 'preach']);

/** "did you ever hear Qalani Brugghen sing?": up to three name words between a verb of perceiving and a person's act. */
function heardSpeaking(view: ExtendView, i: number, covered: Uint8Array): number {
  const { ctx } = view;
  if (!PERCEIVING.has(ctx.tokens[i - 1] ?? '')) return i;
  // the construction says enough: a word no list knows may be written in lower case too
  const nameWord = (k: number): boolean =>
    loneName(view, k, GIVEN | FAMILY | EITHER) ||
    (view.evidence(k) >= NameEvidence.Unknown && !view.masked(k) && /^\p{L}+$/u.test(view.base[k]!));
  let k = i;
  while (k < i + 3 && k < ctx.words.length && !covered[k] && sameSpeaker(ctx, k, i - 1) && nameWord(k)) k++;
  return k > i && SPEAKING.has(ctx.tokens[k] ?? '') && sameSpeaker(ctx, k, i) ? k : i;
}

/** Grows the candidates of `out` in place and appends new ones; `covered` is kept in step. */
export function extendNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  growNames(view, out, covered, make, 0);
  for (let k = 1; k < view.ctx.words.length; k++) {
    if (!OCCUPATIONS.has(view.ctx.tokens[k]!)) continue;
    const span = nameBeforeJobTitle(view, k);
    if (span === null) continue;
    const [s, e] = span;
    // the full name replaces the parts of it found before ("Dorotka" of "Dorotka M. Szabova")
    if (out.some((c) => (c.startWord < s ? c.endWord > s : c.startWord < e && c.endWord > e))) continue;
    for (let n = out.length - 1; n >= 0; n--)
      if (out[n]!.startWord >= s && out[n]!.endWord <= e) out.splice(n, 1);
    out.push(make(s, e, 'cue:context'));
    covered.fill(1, s, e);
  }
  for (let i = 0; i < view.ctx.words.length; i++) {
    if (covered[i]) continue;
    // a name known only by the words around it: "heard X speak", "ask X Y to"
    const contextEnd = Math.max(heardSpeaking(view, i, covered), unlistedPairByCue(view, i, covered));
    if (contextEnd > i) {
      out.push(make(i, contextEnd, 'cue:context'));
      covered.fill(1, i, contextEnd);
      i = contextEnd - 1;
      continue;
    }
    const reason = possessiveBeforeKin(view, i)
      ? 'cue:relative'
      : speakerLabelToken(view, i)
        ? 'cue:label'
        : objectOfVerb(view, i) || authorOfWork(view, i) || formerMember(view, i)
          ? 'cue:context'
          : traitSubject(view, i)
            ? 'subject'
            : null;
    if (reason === null) continue;
    out.push(make(i, i + 1, reason));
    covered[i] = 1;
  }
}
