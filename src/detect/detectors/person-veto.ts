/**
 * Vetoes on PERSON candidates once every detector and the call-level propagation have run, from
 * what the whole call says about a name (analyze.ts applies them before overlaps are resolved):
 * - a name the call defines as a thing is no person wherever it recurs in the call: the subject of
 *   a definition whose head noun is a thing ("Korvath is a Danish maker of kettles", "Korvath, a
 *   glider maker,", lexicons/names/context/thing-heads), of "was founded" or
 *   "incorporated".
 *   A candidate is dropped only where all of its words fall inside such a name, so a full name
 *   around it stays ("Guido Korvath"). Names joined to a subject of "is a" by commas and "and"
 *   are one firm's ("Arlen, Dusk and Orvey is a design agency": people would take "are").
 * - a candidate that a place or organisation head closes or follows, whatever cue found it: "was
 *   named Ardley Park", "Tobin Reservoir Park", "Hester Boat Club", past at most two more
 *   capitalised words in formatted text ("Rolf Ansel Playfield"). A given name alone before a head
 *   that is also a family name stays a person ("Grace Park"); a lower-case head that is also a verb
 *   is the verb ("ask tom to park").
 * - a one-word candidate that is a town or region of the place lists, where the call uses that word
 *   as a place somewhere ("from Harlow to Ely", "in Harlow,", "the town of Harlow", "Harlow,
 *   Vermont", "returned to Harlow"): no lone mention of it in the call is a person.
 *   A town of several words is no person where such a frame or a dash to another town ("Harlow -
 *   Ely") surrounds it ("Nong Khai"); a country is none ("Germany", "Great Britain", "East Germany").
 * - a family name alone in the possessive that owns nothing after it names a shop or firm ("bought
 *   Rankin's and sold ...", "Milepost 3: Rankin's - spur", "the bar at Rankin's."); a given name so
 *   used ("at Mia's") stays.
 *   For both, a word that is also part of a full name in the call ("Ivo Harlow") is left to the
 *   name rules.
 * - a candidate inside a quoted title in formatted text: a short quotation whose words are all
 *   capitalised but for function words ("her novel \"Ingrid\"", "\"Songs for Mary\""). A nickname
 *   quoted between name words ("Dahlia \"Dee\" Rask") and a name called out ("\"Mia!\"") stay.
 * - the name of an organisation set in apposition ("the label Korvath", "the company Arlen, Dusk and
 *   Orvey"; person-appositions.ts).
 * - words of a phrase in another language ("nicht Zeit und Geld", "mi casa";
 *   person-foreign.ts).
 * - words after a model designation ("the XR-40 Kestrel", "XR-52 Super Kestrel"), after "in" in the
 *   same clause ("the bakery in Kestrava"; "in Ivo's house" stays), after a German article ("in die
 *   Stadt") and raw ASR's "the street" for "St." ("the street louis blues"); a listed given and
 *   family name ("in Ivo Brandt") stays a person there.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { AMBIGUOUS_NAMES } from '../gazetteer/names.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUsState } from '../gazetteer/us-states.js';
import { cityCountries, countryCode, regionCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { nameBases } from '../name-bases.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';
import { organisationAppositions } from './person-appositions.js';
import { contextVetoes, tradedFirms } from './person-context-veto.js';
import { inForeignPhrase } from './person-foreign.js';
import { givenNameNoPlace } from './person-given-words.js';
import { headedNameInPersonFrame } from './person-places.js';

const THING_HEADS = wordSet('names/context/thing-heads');
const PLACE_HEADS = wordSet('names/context/place-heads');
const ORG_HEADS = wordSet('brands/org-heads');
const LEGAL_FORMS = wordSet('brands/legal-forms');
/** Lower-case English words that may stand, in raw ASR, between a family name and a legal form. */
const MAX_BEFORE_LEGAL_FORM = 3;
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb']);
const CAPITALISED = /^["'(]*\p{Lu}/u;
/** Capitalised words that may stand between a name and the head of its place ("Rolf Ansel Playfield"). */
const MAX_BEFORE_HEAD = 2;
/** Verbs that link a subject to its definition ("is a", "became the"). */
const LINKS = new Set(['is', 'was', 'are', 'were', 'became', 'becomes', 'remains', 'remained']);
const ARTICLES = new Set(['a', 'an', 'the', 'another']);
/** Words that end the noun phrase of a definition: its head is the word before ("a maker of"). */
const HEAD_ENDERS = new Set([
  'of',
  'in',
  'that',
  'which',
  'from',
  'with',
  'by',
  'and',
  'founded',
  'based',
  'owned',
  'headquartered',
  'located',
  'since',
  'established',
  'created',
  'operated',
  'whose',
  'where',
]);
/** Participles of coming into being that only things take ("was founded in 1921"). */
const FOUNDED = new Set(['founded', 'incorporated', 'headquartered']);
const PARTICIPLE = new Set(['PastTense', 'Participle']);
/** Words between the article and the head of a definition ("a large Danish maker"). */
const MAX_MODIFIERS = 4;

/** Is word k the last of its phrase (punctuation, speaker change or end of call)? */
function endsPhrase(ctx: DetectionContext, k: number): boolean {
  return (
    k + 1 >= ctx.words.length || PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text) || !sameSpeaker(ctx, k, k + 1)
  );
}

const thingHead = (t: string): boolean =>
  THING_HEADS.has(t) || (t.endsWith('s') && THING_HEADS.has(t.slice(0, -1)));

/**
 * Does a definition whose head is a thing start at word k ("a large Danish maker of",
 * "one of the card games", "the most popular label of")? The head is the word that ends the noun phrase.
 */
function thingDefinitionAt(ctx: DetectionContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k] === 'one' && tokens[k + 1] === 'of') k += 2;
  if (!ARTICLES.has(tokens[k] ?? '')) return false;
  for (let n = 0, j = k + 1; n <= MAX_MODIFIERS && j < tokens.length; n++, j++) {
    if (!sameSpeaker(ctx, k, j)) return false;
    const t = tokens[j]!;
    if (t === '') return false;
    const next = tokens[j + 1] ?? '';
    // "one of the card games sold by ...": a participle after the head ends the phrase too
    if (endsPhrase(ctx, j) || HEAD_ENDERS.has(next) || (thingHead(t) && hasLexiconTag(next, PARTICIPLE)))
      return thingHead(t);
    if (isFunctionWord(t)) return false;
  }
  return false;
}

/** Is the candidate [start, end) the subject of a definition of a thing, or of "was founded"? */
function definedAsThing(ctx: DetectionContext, start: number, end: number): boolean {
  const { tokens } = ctx;
  if (end >= tokens.length || !sameSpeaker(ctx, end - 1, end)) return false;
  // "Korvath, a maker of kettles, ..." / "Korvath, founded in 1910, ..."
  if (/,$/u.test(ctx.words[end - 1]!.text)) return thingDefinitionAt(ctx, end) || FOUNDED.has(tokens[end]!);
  if (PHRASE_OR_BRACKET_END.test(ctx.words[end - 1]!.text) || !LINKS.has(tokens[end]!)) return false;
  return FOUNDED.has(tokens[end + 1] ?? '') || thingDefinitionAt(ctx, end + 1);
}

/** Marks every occurrence of each name (as base tokens) in the call. */
function markOccurrences(base: readonly string[], names: readonly string[][]): Uint8Array {
  const mask = new Uint8Array(base.length);
  for (const name of names) {
    for (let i = 0; i + name.length <= base.length; i++) {
      let ok = true;
      for (let k = 0; k < name.length && ok; k++) ok = base[i + k] === name[k];
      if (ok) mask.fill(1, i, i + name.length);
    }
  }
  return mask;
}

/**
 * Does the candidate [start, end) end a longer title after a function word ("Letters to Ingrid is a
 * episode")? Then the definition is the title's, and the name stays a name elsewhere.
 */
function endsLongerSubject(ctx: DetectionContext, start: number): boolean {
  const p = start - 1;
  return (
    p >= 0 &&
    sameSpeaker(ctx, p, start) &&
    !PHRASE_OR_BRACKET_END.test(ctx.words[p]!.text) &&
    isFunctionWord(ctx.tokens[p]!)
  );
}

/** The names of things this call defines, as base tokens; subjects that are only part of one in `local`. */
function thingNames(
  ctx: DetectionContext,
  persons: readonly Candidate[],
  base: readonly string[],
  local: Set<Candidate>,
): string[][] {
  const names: string[][] = [];
  const covered = new Uint8Array(ctx.words.length);
  for (const c of persons) covered.fill(1, c.startWord, c.endWord);
  for (const c of persons) {
    const { startWord: s, endWord: e } = c;
    // the last part of a longer name ("Faber" of "Ivo Faber is ...") is no subject of its own
    if (s > 0 && covered[s - 1] && !PHRASE_OR_BRACKET_END.test(ctx.words[s - 1]!.text)) continue;
    if (!definedAsThing(ctx, s, e)) continue;
    if (endsLongerSubject(ctx, s)) local.add(c);
    else names.push(base.slice(s, e));
    if (singularDefinition(ctx, e)) for (const n of coordinatedBefore(ctx, persons, s)) local.add(n);
  }
  return names;
}

/** Links and articles of a definition of one thing ("... is a", "..., a"): its subject is one name. */
/** "and", "&": "Ivo or Ana is a good choice" may well be about people. */
const AND = new Set(['and', '&']);
const SINGULAR_LINKS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);

/** Is the definition after the subject ending at word end about one thing ("Orvey is a", "Orvey, an")? */
function singularDefinition(ctx: DetectionContext, end: number): boolean {
  const next = ctx.tokens[end] ?? '';
  if (/,$/u.test(ctx.words[end - 1]!.text)) return next === 'a' || next === 'an';
  return SINGULAR_LINKS.has(next);
}

/**
 * "Arlen, Dusk and Orvey is a design agency": the candidates joined to the subject starting at
 * word start by commas, "and" or "&" before it. A singular verb makes them one name, a firm's;
 * people would take "are".
 */
function coordinatedBefore(ctx: DetectionContext, persons: readonly Candidate[], start: number): Candidate[] {
  const out: Candidate[] = [];
  let at = start;
  for (let guard = 0; guard < 8; guard++) {
    let p = at - 1;
    if (p < 0 || !sameSpeaker(ctx, p, start)) break;
    if (AND.has(ctx.tokens[p]!) && !PHRASE_OR_BRACKET_END.test(ctx.words[p]!.text)) p--;
    else if (!/,$/u.test(ctx.words[p]!.text)) break;
    if (p < 0 || !sameSpeaker(ctx, p, start) || /[.!?;:]["')\]]*$/u.test(ctx.words[p]!.text)) break;
    const ending = persons.filter((c) => c.endWord === p + 1);
    if (ending.length === 0) break;
    at = Math.min(...ending.map((c) => c.startWord));
    // with the call's repeats of its parts ("whitaker" of "whitaker brennan")
    out.push(...persons.filter((c) => c.startWord >= at && c.endWord <= p + 1));
  }
  return out;
}

const HONORIFICS = wordSet('names/context/honorifics');
/** Words after a name that make it a person's or a family's ("the Korvath family", "Ivo Korvath Jr."). */
const PERSON_AFTER = new Set(['family', 'families', 'dynasty', 'clan', 'jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/** Does a person's title before or a family word after the candidate [start, end) say it is a person? */
function personMarked(ctx: DetectionContext, start: number, end: number): boolean {
  const before = start > 0 && sameSpeaker(ctx, start - 1, start) ? ctx.tokens[start - 1]! : '';
  const after =
    end < ctx.tokens.length && !PHRASE_OR_BRACKET_END.test(ctx.words[end - 1]!.text) ? ctx.tokens[end]! : '';
  return HONORIFICS.has(before) || PERSON_AFTER.has(after);
}

const capitalised = (ctx: DetectionContext, k: number): boolean => CAPITALISED.test(ctx.words[k]?.text ?? '');

/** Is word k the head of a place or organisation name, written as one (capitalised, or no verb)? */
function headAt(ctx: DetectionContext, base: readonly string[], k: number): boolean {
  const b = base[k];
  if (b === undefined || !(PLACE_HEADS.has(b) || ORG_HEADS.has(b))) return false;
  // "Johnson's house" is someone's; "Rankin's Mill" a place's name
  if (/['’]s$/u.test(ctx.tokens[k - 1] ?? '') && !capitalised(ctx, k)) return false;
  return capitalised(ctx, k) || !hasLexiconTag(b, VERB_TAGS);
}

/** "Grace Park", "anna hall": a given name (maybe a family name too) alone before a head that is a family name too. */
function givenNameAndSurname(base: readonly string[], given: number, head: number): boolean {
  const h = base[head]!;
  const surname = (nameKinds(h) & (FAMILY | EITHER)) !== 0 || AMBIGUOUS_NAMES.has(h);
  return surname && (nameKinds(base[given]!) & GIVEN) !== 0;
}

/** Does a place or organisation head close the candidate [start, end) or follow it? */
function namesPlaceOrOrg(
  ctx: DetectionContext,
  base: readonly string[],
  start: number,
  end: number,
): boolean {
  const last = end - 1;
  // "professor Ivo Tamsby Hill", "Ivo Tamsby Hill said": a person's place in the sentence
  if (end - start >= 2 && headAt(ctx, base, last) && capitalised(ctx, start) === capitalised(ctx, last))
    return (
      !(end - start === 2 && givenNameAndSurname(base, start, last)) &&
      !headedNameInPersonFrame(ctx, base, start, end)
    );
  // a full name before a head is a person before an organisation ("Ivo Rask Harbour Tools Ltd")
  if (end - start >= 2) return false;
  for (let k = end; k <= end + MAX_BEFORE_HEAD && k < ctx.words.length; k++) {
    if (!sameSpeaker(ctx, start, k) || PHRASE_OR_BRACKET_END.test(ctx.words[k - 1]!.text)) return false;
    if (headAt(ctx, base, k) && capitalised(ctx, k) === capitalised(ctx, start))
      return !(k === end && givenNameAndSurname(base, start, k));
    // only capitalised words of formatted text stand between the name and its head; a possessive
    // name owns what follows ("Ivo's Tamsby Rovers bid")
    if (!capitalised(ctx, k) || !capitalised(ctx, start) || /['’]s$/u.test(ctx.tokens[k - 1]!)) return false;
  }
  return false;
}

/**
 * Raw ASR "tarnwick's freight services pty ltd": a lone lower-case word that is no given name (or is
 * a possessive), then English words that are no given names, then a legal form: the word opens the
 * company's name.
 */
function opensCompanyName(
  ctx: DetectionContext,
  base: readonly string[],
  start: number,
  end: number,
): boolean {
  if (end - start !== 1 || capitalised(ctx, start)) return false;
  // "dawson's freight services ltd": a possessive names the firm even when it is a given name too
  if (!/['’]s$/u.test(ctx.tokens[start]!) && (nameKinds(base[start]!) & GIVEN) !== 0) return false;
  for (let k = end; k <= end + MAX_BEFORE_LEGAL_FORM && k < ctx.words.length; k++) {
    if (!sameSpeaker(ctx, start, k) || PHRASE_OR_BRACKET_END.test(ctx.words[k - 1]!.text)) return false;
    const b = base[k]!;
    if (LEGAL_FORMS.has(b)) return k > end;
    if (englishLevel(b) === undefined || (nameKinds(b) & GIVEN) !== 0 || isFunctionWord(b)) return false;
  }
  return false;
}

/** Each candidate with the extent of the full name it is part of (adjacent candidates joined). */
function fullNames(ctx: DetectionContext, persons: readonly Candidate[]): [Candidate, number, number][] {
  const sorted = [...persons].sort((a, b) => a.startWord - b.startWord || b.endWord - a.endWord);
  const out: [Candidate, number, number][] = [];
  for (let i = 0; i < sorted.length;) {
    let end = sorted[i]!.endWord;
    let j = i + 1;
    // "Ivo Rask, Lena Moor": a comma ends the full name
    const joined = (c: Candidate): boolean =>
      c.startWord < end || (c.startWord === end && !PHRASE_OR_BRACKET_END.test(ctx.words[end - 1]!.text));
    while (j < sorted.length && joined(sorted[j]!)) end = Math.max(end, sorted[j++]!.endWord);
    for (let k = i; k < j; k++) out.push([sorted[k]!, sorted[i]!.startWord, end]);
    i = j;
  }
  return out;
}

const LOCATIVE = wordSet('names/context/place-markers');
const TRAVEL = wordSet('names/context/travel-verbs');
/** Words for settlements before "of" ("the town of Harlow"). */
const SETTLEMENTS = wordSet('names/context/settlements');

const isPlaceName = (b: string): boolean => {
  const f = fold(b);
  return cityCountries(f).length > 0 || regionCountries(f).length > 0;
};

/** A region, state or country word: "Harlow, Vermont", "paxton illinois". */
const isRegionWord = (t: string): boolean =>
  t !== '' &&
  (isUsState(t) ||
    // "Oona, Mary, Ariana": a given name after a comma is the next item of a list of names
    ((nameKinds(t) & GIVEN) === 0 &&
      (regionCountries(fold(t)).length > 0 || countryCode(fold(t)) !== undefined)));

/** Does the structure around the single word k say it is a place? */
function placeFrame(ctx: DetectionContext, start: number, end = start + 1): boolean {
  const { tokens } = ctx;
  const k = end - 1;
  const same = (j: number): boolean => j >= 0 && j < tokens.length && sameSpeaker(ctx, j, start);
  const prev =
    same(start - 1) && !PHRASE_OR_BRACKET_END.test(ctx.words[start - 1]!.text) ? tokens[start - 1]! : '';
  const prev2 = prev !== '' && same(start - 2) ? tokens[start - 2]! : '';
  const closed = PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text);
  const next = same(k + 1) && !/[.!?;:]["')\]]*$/u.test(ctx.words[k]!.text) ? tokens[k + 1]! : '';
  if (LOCATIVE.has(prev) || ((prev === 'to' || prev === 'from') && TRAVEL.has(prev2))) return true;
  if ((prev === 'from' && next === 'to' && !closed) || (prev === 'between' && next === 'and' && !closed))
    return true;
  if (prev === 'of' && SETTLEMENTS.has(prev2)) return true;
  // "from Harlow to Ely": the second place of a route
  if (
    prev === 'to' &&
    same(start - 3) &&
    tokens[start - 3] === 'from' &&
    !PHRASE_OR_BRACKET_END.test(ctx.words[start - 2]!.text)
  )
    return true;
  // "Nong Khai - Ely", "Ely - Nong Khai": a route written with a dash between two towns (for a town
  // of several words; "- (Maria" in a message is no route)
  const dash = (j: number): boolean => same(j) && /^[-–—]$/u.test(ctx.words[j]!.text);
  const town = (j: number): boolean =>
    same(j) &&
    /^\p{L}+[.,)]?$/u.test(ctx.words[j]!.text) &&
    capitalised(ctx, j) === capitalised(ctx, start) &&
    isPlaceName(tokens[j]!);
  if (end - start >= 2 && ((dash(start - 1) && town(start - 2)) || (dash(end) && town(end + 1)))) return true;
  // "Harlow, Vermont": a comma in formatted text; raw ASR writes none
  if ((closed ? /,$/u.test(ctx.words[k]!.text) : !capitalised(ctx, k)) && isRegionWord(next)) return true;
  return end - start === 1 && coordinatedWithPlace(ctx, start);
}

const JOINERS = new Set(['and', 'or', '&']);

/**
 * "Hamilton and Ipswich", "Swindon, Hamilton": a town word joined by "and", "or", "&" or a comma
 * to a place of the lists that no name list or English dictionary holds (so "Chelsea and Florence"
 * stay two people), written alike.
 */
function coordinatedWithPlace(ctx: DetectionContext, k: number): boolean {
  const { tokens, words } = ctx;
  const place = (j: number): boolean => {
    if (j < 0 || j >= tokens.length || !sameSpeaker(ctx, j, k) || capitalised(ctx, j) !== capitalised(ctx, k))
      return false;
    const b = nameBase(tokens[j]!);
    // "the Union, Ana": a place that is also an English word ("union", "reading") is the word
    return (
      /^\p{L}+[.,;)]?$/u.test(words[j]!.text) &&
      nameKinds(b) === 0 &&
      englishLevel(b) === undefined &&
      !isCommonWord(b) &&
      isPlaceName(b)
    );
  };
  const comma = (j: number): boolean => j >= 0 && /,$/u.test(words[j]!.text);
  const joiner = (j: number): boolean =>
    JOINERS.has(tokens[j] ?? '') && !PHRASE_OR_BRACKET_END.test(words[j - 1]?.text ?? '');
  if (sameSpeaker(ctx, k - 1, k) && ((comma(k - 1) && place(k - 1)) || (joiner(k - 1) && place(k - 2))))
    return true;
  if (PHRASE_OR_BRACKET_END.test(words[k]!.text) && !comma(k)) return false;
  return (comma(k) && place(k + 1)) || (!comma(k) && joiner(k + 1) && place(k + 2));
}

/** A country word that no given- or family-name list holds ("germany"; not "jordan", "chad"). */
const countryWord = (b: string): boolean =>
  countryCode(fold(b)) !== undefined && (nameKinds(b) & (GIVEN | FAMILY)) === 0;

/**
 * Does the candidate [start, end) name a country: a country word alone, the end of a country's name
 * with the word before ("Great Britain"), a country after a word that is no given name ("Nazi
 * Germany", "East Germany"), or a country's name of several words whole ("Sri Lanka", "Costa Rica")?
 */
function namesCountry(ctx: DetectionContext, base: readonly string[], start: number, end: number): boolean {
  const last = base[end - 1]!;
  if (end - start === 1) {
    if (countryWord(last)) return true;
    const p = start - 1;
    return p >= 0 && sameSpeaker(ctx, p, start) && countryCode(fold(`${base[p]!} ${last}`)) !== undefined;
  }
  if (countryCode(fold(base.slice(start, end).join(' '))) !== undefined) return true;
  return end - start === 2 && countryWord(last) && (nameKinds(base[start]!) & GIVEN) === 0;
}

/** Town and region words the call uses as places, among its one-word candidates. */
function placesOfCall(
  ctx: DetectionContext,
  base: readonly string[],
  lone: readonly Candidate[],
): Set<string> {
  const words = new Set<string>();
  for (const c of lone) if (isPlaceName(base[c.startWord]!)) words.add(base[c.startWord]!);
  const places = new Set<string>();
  if (words.size === 0) return places;
  for (let k = 0; k < base.length; k++) if (words.has(base[k]!) && placeFrame(ctx, k)) places.add(base[k]!);
  return places;
}

const OPENING_QUOTE = /^[([]?["“„«'‘]/u;
/** First characters OPENING_QUOTE can match: a cheap test before the expression on every word. */
const OPENING_CHARS = new Set([...'(["“„«\'‘'].map((ch) => ch.charCodeAt(0)));
const CLOSING_QUOTE = /["”»'’][.,;:)\]]*$/u;
const NAMING = new Set(['name', 'named', 'called', 'nicknamed']);
/** Longest quotation read as a title, in words. */
const MAX_TITLE_WORDS = 6;

/** Is the quotation [start, end) a title: every word capitalised but for function words, no call-out? */
function titleLike(ctx: DetectionContext, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const text = ctx.words[k]!.text;
    if (/[!?]/u.test(text)) return false;
    if (!capitalised(ctx, k) && !/^["“„«'‘]?\p{N}/u.test(text) && !isFunctionWord(ctx.tokens[k]!))
      return false;
  }
  // "took the name \"Ingrid\"": a given name the words before call a name
  if (
    end - start === 1 &&
    NAMING.has(ctx.tokens[start - 1] ?? '') &&
    (nameKinds(nameBase(ctx.tokens[start]!)) & GIVEN) !== 0
  )
    return false;
  // "Dahlia \"Dee\" Rask": a nickname between name words
  return !(
    capitalised(ctx, start - 1) &&
    !PHRASE_OR_BRACKET_END.test(ctx.words[start - 1]!.text) &&
    capitalised(ctx, end)
  );
}

/** Marks the words of short quoted titles of formatted text. */
function quotedTitles(ctx: DetectionContext): Uint8Array {
  const mask = new Uint8Array(ctx.words.length);
  for (let s = 0; s < ctx.words.length; s++) {
    const text = ctx.words[s]!.text;
    if (!OPENING_CHARS.has(text.charCodeAt(0)) || !OPENING_QUOTE.test(text)) continue;
    for (let e = s; e < ctx.words.length && e - s < MAX_TITLE_WORDS && sameSpeaker(ctx, s, e); e++) {
      const text = ctx.words[e]!.text;
      // a quote mark that closes the quotation (an apostrophe of "Ann's" does not)
      if (CLOSING_QUOTE.test(text) && (e > s || text.length > 2) && !/['’]s$/u.test(text)) {
        if (titleLike(ctx, s, e + 1)) mask.fill(1, s, e + 1);
        s = e;
        break;
      }
      if (e > s && OPENING_QUOTE.test(text)) break;
    }
  }
  return mask;
}

/** Is the one-word candidate k a family name in the possessive with nothing after it that it owns? */
function standalonePossessive(ctx: DetectionContext, base: readonly string[], k: number): boolean {
  const token = ctx.tokens[k]!;
  if (!/['’]s$/u.test(token) || (nameKinds(base[k]!) & GIVEN) !== 0) return false;
  // "the Rankin's were granted ...": the family
  if (ctx.tokens[k - 1] === 'the') return false;
  if (
    PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text) ||
    k + 1 >= ctx.words.length ||
    !sameSpeaker(ctx, k, k + 1)
  )
    return true;
  const next = ctx.tokens[k + 1]!;
  // "Rankin's - spur", "Rankin's and ...", "Rankin's in Leeds": no noun owned
  return next === '' || (isFunctionWord(next) && !ARTICLES.has(next) && !POSSESSED_DETERMINERS.has(next));
}
/** Words that open what a possessive owns ("Ivo's own car", "Ivo's other son", "Ivo's two"). */
const POSSESSED_DETERMINERS = new Set([
  'own',
  'other',
  'first',
  'last',
  'next',
  'new',
  'old',
  'best',
  'many',
  'few',
]);

/** A model designation of letters, a hyphen and digits ("XR-40", "B-7A"): the words after it name the model. */
const MODEL_CODE = /^\p{Lu}{1,3}-\d{1,4}\p{Lu}?[,;]?$/u;
/** Capitalised words that may stand between a model designation and the candidate ("XR-40 Super Hawk"). */
const MAX_AFTER_CODE = 2;

/** Does a model designation open the phrase the candidate [start, ...) ends ("the XR-40 Kestrel")? */
function afterModelCode(ctx: DetectionContext, start: number): boolean {
  for (let j = start - 1; j >= 0 && start - j <= MAX_AFTER_CODE + 1 && sameSpeaker(ctx, j, start); j--) {
    const text = ctx.words[j]!.text;
    if (MODEL_CODE.test(text)) return !/[,;]$/u.test(text);
    if (PHRASE_OR_BRACKET_END.test(text) || !capitalised(ctx, j)) return false;
  }
  return false;
}

/** Is [start, end) a listed given name and a listed family name ("Ivo Brandt"), a person whatever precedes? */
function listedFullName(base: readonly string[], start: number, end: number): boolean {
  return (
    end - start >= 2 &&
    (nameKinds(base[start]!) & GIVEN) !== 0 &&
    (nameKinds(base[end - 1]!) & (FAMILY | EITHER)) !== 0
  );
}

/** German articles a capitalised noun follows ("in die Stadt"); "der", "den" and "das" are name particles too. */
const GERMAN_ARTICLES = new Set(['die', 'dem', 'eine', 'einen', 'einem', 'einer', 'eines']);

/** Does the word before the candidate [start, end) make it a place or a noun: "in Ardley", "die Stadt", "the street Luc"? */
function placeOrNounBefore(ctx: DetectionContext, start: number, end: number): boolean {
  const p = start - 1;
  if (p < 0 || !sameSpeaker(ctx, p, start) || PHRASE_OR_BRACKET_END.test(ctx.words[p]!.text)) return false;
  const prev = ctx.tokens[p]!;
  // after "in" a name in the same clause is a place ("grew up in Ardley"); "in Ivo's book" is the person's
  if (prev === 'in')
    return (
      !/['’]s$/u.test(ctx.tokens[end - 1]!) &&
      !(end - start === 1 && givenNameNoPlace(ctx, nameBases(ctx.tokens), start))
    );
  if (GERMAN_ARTICLES.has(prev)) return true;
  // raw ASR of "St. Luc" written out as "the street luc"
  return end - start === 1 && prev === 'street' && ctx.tokens[p - 1] === 'the' && !capitalised(ctx, start);
}

/** The candidates without the PERSON ones the call itself shows to be no person. */
export function vetoPersons(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  const base = nameBases(ctx.tokens);
  const local = new Set<Candidate>();
  const names = fullNames(ctx, persons);
  for (const [c, start, end] of names)
    if (namesPlaceOrOrg(ctx, base, start, end) || opensCompanyName(ctx, base, start, end)) local.add(c);
  for (const c of organisationAppositions(ctx, base, names)) local.add(c);
  for (const c of contextVetoes(ctx, base, names)) local.add(c);
  const traded = tradedFirms(ctx, base, names);
  for (const c of traded.local) local.add(c);
  // town words the call uses as places; a word also inside a full name stays with the name rules
  const lone = names.filter(([, start, end]) => end - start === 1).map(([c]) => c);
  const inFullName = new Set<string>();
  for (const [c, start, end] of names)
    if (end - start >= 2) for (let k = c.startWord; k < c.endWord; k++) inFullName.add(base[k]!);
  const places = placesOfCall(ctx, base, lone);
  for (const c of lone) {
    const b = base[c.startWord]!;
    if (!inFullName.has(b) && (places.has(b) || standalonePossessive(ctx, base, c.startWord))) local.add(c);
  }
  for (const [c, start, end] of names) {
    const town =
      end - start >= 2 && isPlaceName(base.slice(start, end).join(' ')) && placeFrame(ctx, start, end);
    if (town || namesCountry(ctx, base, start, end)) local.add(c);
  }
  for (const [c, start, end] of names)
    if (
      !listedFullName(base, start, end) &&
      (afterModelCode(ctx, start) || placeOrNounBefore(ctx, start, end))
    )
      local.add(c);
  for (const c of persons) if (inForeignPhrase(ctx, c)) local.add(c);
  const titles = quotedTitles(ctx);
  for (const c of persons) {
    let inside = true;
    for (let k = c.startWord; k < c.endWord && inside; k++) inside = titles[k] === 1;
    if (inside) local.add(c);
  }
  const things = [...thingNames(ctx, persons, base, local), ...traded.firms];
  if (things.length === 0 && local.size === 0) return [...candidates];
  const mask = markOccurrences(base, things);
  const inThing = (c: Candidate): boolean => {
    if (personMarked(ctx, c.startWord, c.endWord)) return false;
    if (local.has(c)) return true;
    for (let k = c.startWord; k < c.endWord; k++) if (!mask[k]) return false;
    return true;
  };
  return candidates.filter((c) => c.type !== 'PERSON' || !inThing(c));
}
