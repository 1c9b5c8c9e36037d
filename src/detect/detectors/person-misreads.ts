/**
 * Vetoes on PERSON candidates that the grammar around one word shows to be an ordinary word or a
 * place, whatever cue found them (analyze.ts applies them after vetoPersons):
 * - interjections, laughter and chat sign-offs ("okay heh heh", "Thanks xx",
 *   lexicons/names/context/interjections);
 * - an office addressed with an honorific ("Mr. President", "madam chair",
 *   lexicons/names/context/office-titles);
 * - a lower-case "-ing" form that no name list holds ("if you miss cooking Thai food");
 * - a lower-case English word after a modal and before its object ("the route would blaze a path"); "how
 *   would mark know" keeps the name, a verb follows it;
 * - a lower-case word after an article, maybe past one or two lower-case adjectives, that is an
 *   English word too: a noun or a modifier ("the roman candle stall", "the
 *   quiet tall guy here"); "the brandt family" and "unlike the okoro report" stay;
 * - a capitalised word after a town and "upon", "am", "sur", "sous" ("Kingsbury upon Avon",
 *   "Offen am Main"): the river or the rest of the town's name;
 * - a name right after "the town of", "the département of", "the western area of": a place;
 * - a capitalised name that a capitalised head of a law, works or mission ends or follows ("the
 *   Brennick Laws", "Harwell Locomotive Works", lexicons/names/context/named-thing-heads);
 * - a name before a noun of mathematics or physics named after a person, or ending in one ("Varnel
 *   algebra", "the Quosti boson", "Tremaine-Oskar manifolds", lexicons/names/context/eponym-heads);
 * - a lone word that no name list holds after an ordinal that is no date ("after the second tarnax",
 *   "fourth seventh tarnax"): an edition or a series; "march third zorvan called" stays;
 * - a lower-case English word that no name list holds after a lower-case adjective ("play classic
 *   skittle", "the hot kettle played"): a noun phrase, where the article may be left out.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { cityCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';
import { MONTHS } from '../../transcript/spoken-view.js';

const INTERJECTIONS = wordSet('names/context/interjections');
const OFFICES = wordSet('names/context/office-titles');
const HOUSEHOLD = wordSet('names/context/household-nouns');
const THING_HEADS = wordSet('names/context/named-thing-heads');
const EPONYM_HEADS = wordSet('names/context/eponym-heads');
/** Words that may stand between a name and the eponym noun: the second name of a pair ("Tremaine Oskar manifolds"). */
const MAX_BEFORE_EPONYM = 1;
const ORDINAL =
  /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:nd|rd|th))$/u;
/** Words other than a month before an ordinal that make it a day of the month ("on the fourth", "the fifth of"). */
const DATE_OPENERS = new Set(['the', 'on', 'of']);
const ADJECTIVE = new Set(['Adjective', 'Comparative', 'Superlative']);
/** Capitalised words that may stand between a name and the head of its thing ("Harwell Locomotive Works"). */
const MAX_BEFORE_HEAD = 1;
const FORMAL_HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'madame']);
const MODALS = new Set(['would', 'will', 'could', 'can', 'should', 'might', 'must', 'shall']);
/** Words that open the object of a verb ("blaze a trail", "bill you"). */
const OBJECT_OPENERS = new Set([
  'a',
  'an',
  'the',
  'it',
  'them',
  'him',
  'her',
  'you',
  'us',
  'me',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'our',
  'their',
  'his',
  'its',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Lower-case words that may stand between an article and the noun ("the quiet tall guy"). */
const MAX_MODIFIERS = 2;
/** Words before "of" that name a settlement or an administrative area ("the town of ..."). */
const AREAS: ReadonlySet<string> = new Set([
  ...wordSet('names/context/settlements'),
  ...wordSet('names/context/areas'),
]);
/** Words joining a town and its river or second part ("upon Tyne", "am Main", "sur Mer"). */
const TOWN_LINKS = new Set(['upon', 'am', 'sur', 'sous']);
const LOWER = /^["'(]*\p{Ll}/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;

/** The token before word k in the same phrase and speaker turn, or ''. */
function before(ctx: DetectionContext, k: number): string {
  const p = k - 1;
  if (p < 0 || !sameSpeaker(ctx, p, k) || PHRASE_OR_BRACKET_END.test(ctx.words[p]!.text)) return '';
  return ctx.tokens[p]!;
}

/** The token after word k in the same phrase and speaker turn, or ''. */
function after(ctx: DetectionContext, k: number): string {
  const n = k + 1;
  if (n >= ctx.words.length || !sameSpeaker(ctx, k, n) || PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text))
    return '';
  return ctx.tokens[n]!;
}

const lower = (ctx: DetectionContext, k: number): boolean => LOWER.test(ctx.words[k]!.text);

/** Is every word of [start, end) an interjection? */
function interjection(ctx: DetectionContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++)
    if (!INTERJECTIONS.has(ctx.tokens[k]!.replace(/[.!?]+$/u, ''))) return false;
  return true;
}

/** "Mr. President", "madam chair": an office after an honorific. */
function officeAfterHonorific(ctx: DetectionContext, k: number): boolean {
  // the honorific keeps its abbreviation's full stop ("Mr. President")
  const p = k - 1;
  if (p < 0 || !sameSpeaker(ctx, p, k) || /[,;:!?]$/u.test(ctx.words[p]!.text)) return false;
  return OFFICES.has(nameBase(ctx.tokens[k]!)) && FORMAL_HONORIFICS.has(ctx.tokens[p]!);
}

/** "miss speaking French": a lower-case -ing word no name list holds. */
function gerund(ctx: DetectionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return lower(ctx, k) && t.length > 4 && t.endsWith('ing') && nameKinds(t) === 0 && isCommonWord(t);
}

/** "would blaze a trail": an English word between a modal and the verb's object. */
function verbAfterModal(ctx: DetectionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return (
    lower(ctx, k) &&
    MODALS.has(before(ctx, k)) &&
    englishLevel(t) !== undefined &&
    OBJECT_OPENERS.has(after(ctx, k))
  );
}

/**
 * "the roman candle stall", "the fisher pump": a lower-case word after an article (past at most two
 * lower-case adjectives) that is an English word too, unless the call names it by a cue elsewhere.
 */
function nounAfterArticle(ctx: DetectionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (!lower(ctx, k) || /['’]s$/u.test(t)) return false;
  // "unlike the okoro report": a name that is no English word stays a name
  if (englishLevel(t) === undefined && (nameKinds(t) !== 0 || !isCommonWord(t))) return false;
  if (HOUSEHOLD.has(after(ctx, k))) return false;
  for (let j = k - 1, n = 0; n <= MAX_MODIFIERS; j--, n++) {
    const prev = before(ctx, j + 1);
    if (prev === '') return false;
    if (ARTICLES.has(prev)) return true;
    // the words between are lower-case adjectives ("the quiet tall guy"), not a noun the name
    // stands beside ("the weaver elder tamsu")
    if (!lower(ctx, j) || isFunctionWord(prev) || !hasLexiconTag(prev, ADJECTIVE)) return false;
  }
  return false;
}

/** "Kingsbury upon Avon": a capitalised word after a listed town and "upon", "am", "sur", "sous". */
function afterTownLink(ctx: DetectionContext, start: number): boolean {
  const link = before(ctx, start);
  if (!TOWN_LINKS.has(link) || !CAPITALISED.test(ctx.words[start]!.text)) return false;
  const town = start - 2;
  return (
    town >= 0 &&
    CAPITALISED.test(ctx.words[town]!.text) &&
    before(ctx, town + 1) !== '' &&
    cityCountries(fold(ctx.tokens[town]!)).length > 0
  );
}

/** "the town of Harlow", "the département of Aube": a name after an area and "of". */
function afterAreaOf(ctx: DetectionContext, start: number): boolean {
  return before(ctx, start) === 'of' && AREAS.has(before(ctx, start - 1));
}

const givenAndFamily = (given: string, head: string): boolean =>
  (nameKinds(nameBase(given)) & GIVEN) !== 0 && (nameKinds(nameBase(head)) & (FAMILY | EITHER)) !== 0;

/** "the Brennick Laws", "Harwell Locomotive Works": a capitalised head of a thing ends or follows the name. */
function namesThing(ctx: DetectionContext, start: number, end: number): boolean {
  const head = (k: number): boolean =>
    CAPITALISED.test(ctx.words[k]!.text) && THING_HEADS.has(ctx.tokens[k]!.replace(/[.,;:!?)]+$/u, ''));
  if (!CAPITALISED.test(ctx.words[start]!.text)) return false;
  // "Kessler Laws" read as one name, or its last word alone ("Laws" is a family name too)
  const named =
    end - start >= 2 || (before(ctx, start) !== '' && CAPITALISED.test(ctx.words[start - 1]!.text));
  if (named && head(end - 1)) {
    // "Maria Laws": a given name alone before a head that is a family name too is a person
    const first = end - start >= 2 ? start : start - 1;
    return !(end - first === 2 && givenAndFamily(ctx.tokens[first]!, ctx.tokens[end - 1]!));
  }
  for (let k = end; k <= end + MAX_BEFORE_HEAD && k < ctx.words.length; k++) {
    if (!sameSpeaker(ctx, start, k) || PHRASE_OR_BRACKET_END.test(ctx.words[k - 1]!.text)) return false;
    if (head(k)) return true;
    if (!CAPITALISED.test(ctx.words[k]!.text)) return false;
  }
  return false;
}

const bare = (token: string): string => token.replace(/[.,;:!?)"']+$/u, '').toLowerCase();

/** "Varnel algebra", "the Quosti boson": the candidate ends in, or stands right before, an eponym noun. */
function namesEponym(ctx: DetectionContext, start: number, end: number): boolean {
  if (EPONYM_HEADS.has(bare(ctx.tokens[end - 1]!))) return true;
  for (let k = end; k <= end + MAX_BEFORE_EPONYM && k < ctx.words.length; k++) {
    if (!sameSpeaker(ctx, start, k) || PHRASE_OR_BRACKET_END.test(ctx.words[k - 1]!.text)) return false;
    if (EPONYM_HEADS.has(bare(ctx.tokens[k]!))) return true;
    // only a second name may stand between ("Tremaine Oskar manifolds"): a listed name or no English word
    const b = bare(ctx.tokens[k]!);
    if (isFunctionWord(b) || (nameKinds(b) === 0 && englishLevel(b) !== undefined)) return false;
  }
  return false;
}

/** "after the second tarnax", "fourth seventh tarnax": a word no name list holds after an ordinal of no date. */
function afterOrdinal(ctx: DetectionContext, k: number): boolean {
  const t = bare(ctx.tokens[k]!);
  if (nameKinds(t) !== 0 || !ORDINAL.test(before(ctx, k))) return false;
  const opener = before(ctx, k - 1);
  return !MONTHS.has(opener) && !DATE_OPENERS.has(opener);
}

/** "play classic skittle": a lower-case English word of no name list after a lower-case adjective. */
function nounAfterAdjective(ctx: DetectionContext, k: number): boolean {
  const t = bare(ctx.tokens[k]!);
  const prev = before(ctx, k);
  return (
    lower(ctx, k) &&
    englishLevel(t) !== undefined &&
    nameKinds(t) === 0 &&
    prev !== '' &&
    lower(ctx, k - 1) &&
    !isFunctionWord(prev) &&
    hasLexiconTag(prev, ADJECTIVE)
  );
}

/** Is the PERSON candidate an ordinary word or a place by the grammar around it? */
function misread(ctx: DetectionContext, c: Candidate, called: ReadonlyMap<string, number[]>): boolean {
  const { startWord: s, endWord: e } = c;
  if (
    interjection(ctx, s, e) ||
    afterAreaOf(ctx, s) ||
    afterTownLink(ctx, s) ||
    namesThing(ctx, s, e) ||
    namesEponym(ctx, s, e)
  )
    return true;
  if (e - s !== 1) return false;
  if (
    officeAfterHonorific(ctx, s) ||
    gerund(ctx, s) ||
    verbAfterModal(ctx, s) ||
    afterOrdinal(ctx, s) ||
    nounAfterAdjective(ctx, s)
  )
    return true;
  // "thanks hunter ... and the hunter said": a word the call uses as a name by a cue stays one
  const elsewhere = (called.get(nameBase(ctx.tokens[s]!)) ?? []).some((k) => k !== s);
  return !elsewhere && nounAfterArticle(ctx, s);
}

/** The candidates without the PERSON ones that are ordinary words or places (see above). */
export function vetoPersonMisreads(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const called = new Map<string, number[]>();
  for (const c of candidates)
    if (c.type === 'PERSON' && c.reason?.startsWith('cue:'))
      for (let k = c.startWord; k < c.endWord; k++) {
        const base = nameBase(ctx.tokens[k]!);
        called.set(base, [...(called.get(base) ?? []), k]);
      }
  return candidates.filter((c) => c.type !== 'PERSON' || !misread(ctx, c, called));
}
