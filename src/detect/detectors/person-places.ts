/**
 * Name words that name a place, landmark or trophy rather than a person, from the structure
 * around them (person.ts asks this before accepting a chain that no cue introduced):
 * - a place head or a street type after the chain: "Whitlock Brook", "Neil Hoskins Park", "Smith
 *   Tower", "Stanley Cup", "Harrison Street" (lexicons/names/context/place-heads,
 *   lexicons/address/street-types and localities). A head that is also a family name after a given
 *   name alone stays a person's surname ("Kevin Park", "anna hall"); a lower-case head that is a
 *   verb too is the verb ("maria park the car");
 * - a place prefix before it: "Lake Chad", "St. Louis", "San Francisco", "São Paulo"
 *   (lexicons/names/context/place-prefixes);
 * - "of" after an organisation or place head, or after a capitalised ordinary word: "University
 *   of Dunmore", "City of Marlow", "Siege of Varrowgate";
 * - a list item joined to a place: "in Derby, Perth, Leeds and London";
 * - "the" before the chain and a place or organisation head after it, maybe past a modifier or
 *   two: "the ronald casino", "the marlow dunmore public library", "the florence bowling green"
 *   (an article makes no person of a given name, so the "Kevin Park" reading is out).
 * repeatInPlaceName() asks the same of a later occurrence of a name found elsewhere in the call:
 * "Harrison Street", "Neil Hoskins Park", "Hollins High School", "Calle García" are no repeats of
 * the person.
 */
import type { DetectionContext } from '../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { AMBIGUOUS_NAMES, isFrequentName } from '../gazetteer/names.js';
import { EITHER, FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUsState } from '../gazetteer/us-states.js';
import { addressVocab, fold } from '../address/vocab.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { kinNounAfterName } from '../brands.js';
import { sameSpeaker } from '../call-words.js';

const PLACE_HEADS = wordSet('names/context/place-heads');
const PLACE_PREFIXES = wordSet('names/context/place-prefixes');
const ORG_HEADS = wordSet('brands/org-heads');
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Verb']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const SENTENCE_END = /[.,!?;:]["')\]]*$/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;
const LIST_JOINERS = new Set(['and', 'or', '&']);

export interface PlaceView {
  ctx: DetectionContext;
  /** lower-case tokens without a possessive */
  base: readonly string[];
  /** a capitalised word that is no name, role or function word ("University", "Siege") */
  ordinaryCapitalised: (k: number) => boolean;
  /** a listed or frequent name word */
  nameWord: (k: number) => boolean;
}

const capitalised = (ctx: DetectionContext, k: number): boolean => CAPITALISED.test(ctx.words[k]?.text ?? '');

/**
 * Does word k head a place name after `names` name words, written as one: capitalised, or a word
 * that is no verb, or a verb after a full name ("neil hoskins park"; not "maria park the car")?
 */
function placeHead(view: PlaceView, k: number, names: number): boolean {
  const base = view.base[k];
  if (base === undefined || !PLACE_HEADS.has(base)) return false;
  // "Johnson's house" is someone's; "Pellow's Mill" is a place's name
  if (/['’]s$/u.test(view.ctx.tokens[k - 1] ?? '') && !capitalised(view.ctx, k)) return false;
  return capitalised(view.ctx, k) || names >= 2 || !hasLexiconTag(base, VERB_TAGS);
}

/** "Kevin Park", "anna hall": a given name alone before a head that is a family name too. */
function givenNameAndSurname(view: PlaceView, k: number, head: string): boolean {
  const given = view.base[k - 1] ?? '';
  const surname = (nameKinds(head) & (FAMILY | EITHER)) !== 0 || AMBIGUOUS_NAMES.has(head);
  return surname && (nameKinds(given) & (GIVEN | FAMILY)) === GIVEN;
}

/** Nouns of a person's role before a name ("professor", "architect", "striker"). */
const ROLE_NOUNS = wordSet('names/context/news-roles');
/** Verbs of speech and of a person's life after a name ("commented", "resigned"). */
const AGENT_VERBS = new Set([
  ...wordSet('names/context/person-agent-verbs'),
  ...wordSet('names/context/reporting-verbs'),
]);

/**
 * Does the name [start, end), ending in a head that is also a family name, stand where a person
 * does: after a noun of a role ("professor Ivo Tamsby Hill") or before a verb of speech or of a
 * person's life ("Ivo Tamsby Hill commented")? A park or a hill named after a person does neither.
 * `base` holds the call's lower-case tokens without a possessive. Shared with person-veto.ts.
 */
export function headedNameInPersonFrame(
  ctx: DetectionContext,
  base: readonly string[],
  start: number,
  end: number,
): boolean {
  const head = base[end - 1] ?? '';
  if ((nameKinds(head) & (FAMILY | EITHER)) === 0 && !AMBIGUOUS_NAMES.has(head)) return false;
  const p = start - 1;
  if (
    p >= 0 &&
    sameSpeaker(ctx, p, start) &&
    !SENTENCE_END.test(ctx.words[p]!.text) &&
    ROLE_NOUNS.has(base[p]!)
  )
    return true;
  if (
    end >= ctx.words.length ||
    !sameSpeaker(ctx, end - 1, end) ||
    SENTENCE_END.test(ctx.words[end - 1]!.text)
  )
    return false;
  return AGENT_VERBS.has(ctx.tokens[end]!);
}

const personFrame = (view: PlaceView, i: number, end: number): boolean =>
  headedNameInPersonFrame(view.ctx, view.base, i, end);

/** Is the chain [i, end) followed by (or ending in) a place head? */
function headAfter(view: PlaceView, i: number, end: number): boolean {
  const { ctx } = view;
  // the chain may have taken the head as a surname ("neil hoskins park")
  if (
    end - i >= 2 &&
    placeHead(view, end - 1, end - 1 - i) &&
    !givenNameAndSurname(view, end - 1, view.base[end - 1]!) &&
    !personFrame(view, i, end)
  )
    return true;
  if (
    end >= ctx.words.length ||
    SENTENCE_END.test(ctx.words[end - 1]!.text) ||
    !sameSpeaker(ctx, end - 1, end)
  )
    return false;
  // "Harrison Street": a lone name word before a street type (a full name before one stays a name)
  if (end - i === 1 && streetTypeAt(view, end)) return true;
  return (
    placeHead(view, end, end - i) &&
    !givenNameAndSurname(view, end, view.base[end]!) &&
    !personFrame(view, i, end + 1)
  );
}

/** Is the chain [i, end) opened by a place prefix ("Lake Chad", "st louis")? */
function prefixBefore(view: PlaceView, i: number, end: number): boolean {
  const { ctx } = view;
  const isPrefix = (k: number): boolean =>
    PLACE_PREFIXES.has(view.base[k] ?? '') && (capitalised(ctx, k) || !capitalised(ctx, i));
  if (end - i >= 2 && isPrefix(i)) return true;
  // "St." keeps its abbreviation's full stop
  return i > 0 && sameSpeaker(ctx, i - 1, i) && !/[,;:!?]$/u.test(ctx.words[i - 1]!.text) && isPrefix(i - 1);
}

/** "University of Dunmore", "city of marlow", "Siege of Varrowgate". */
function ofPlace(view: PlaceView, i: number): boolean {
  const { ctx } = view;
  if (i < 2 || view.base[i - 1] !== 'of' || !sameSpeaker(ctx, i - 2, i)) return false;
  const owner = view.base[i - 2]!;
  if (PLACE_HEADS.has(owner) || ORG_HEADS.has(owner)) return true;
  // a capital that only opens the sentence makes no title ("Son of ...")
  const opensSentence =
    i === 2 || /[.!?]["')\]]*$/u.test(ctx.words[i - 3]!.text) || !sameSpeaker(ctx, i - 3, i);
  return !opensSentence && view.ordinaryCapitalised(i - 2);
}

/** A place word no frequent name shares ("london", "melbourne"; not "jordan", "georgia"). */
function placeWord(base: string | undefined): boolean {
  if (base === undefined || isFrequentName(base) || AMBIGUOUS_NAMES.has(base)) return false;
  return hasLexiconTag(base, PLACE_TAGS) || isUsState(base);
}

/**
 * Is the chain [i, end) an item of a list whose neighbouring item is a place of one word? A place
 * word that ends a name ("molly preston and barry") is a surname.
 */
function listedWithPlace(view: PlaceView, i: number, end: number): boolean {
  const { ctx, base } = view;
  const alone = (k: number, side: -1 | 1): boolean => {
    const n = k + side;
    if (n < 0 || n >= ctx.words.length || !sameSpeaker(ctx, n, k)) return true;
    const comma = /,$/.test(ctx.words[side < 0 ? n : k]!.text);
    return comma || !view.nameWord(n);
  };
  const placeItem = (k: number, side: -1 | 1): boolean =>
    k >= 0 && k < ctx.words.length && sameSpeaker(ctx, k, i) && placeWord(base[k]) && alone(k, side);
  if (i >= 1 && /,$/.test(ctx.words[i - 1]!.text) && placeItem(i - 1, -1)) return true;
  if (i >= 2 && LIST_JOINERS.has(base[i - 1]!) && placeItem(i - 2, -1)) return true;
  if (end >= ctx.words.length || !sameSpeaker(ctx, end - 1, end)) return false;
  if (/,$/.test(ctx.words[end - 1]!.text) && placeItem(end, 1)) return true;
  return LIST_JOINERS.has(base[end]!) && placeItem(end + 1, 1);
}

/** Ordinary words that may stand between a name and its head ("public", "skating", "high"). */
const HEAD_MODIFIERS = 2;

/**
 * "the ronald casino", "the marlow dunmore public library": the article before the chain and a
 * place or organisation head after it (past at most two ordinary words, same phrase). "the Castro
 * novel" has no head and stays as it is.
 */
function articleAndHead(view: PlaceView, i: number, end: number): boolean {
  const { ctx, base } = view;
  if (i < 1 || base[i - 1] !== 'the' || !sameSpeaker(ctx, i - 1, i)) return false;
  // the chain may have taken the head as a surname ("the Ronald Casino")
  // "the Brekke brothers": a kin noun in lower case after the name is the family, not a firm
  const head = (k: number): boolean =>
    PLACE_HEADS.has(base[k]!) ||
    (ORG_HEADS.has(base[k]!) &&
      !kinNounAfterName(ctx.tokens[k]!, ctx.words[k]!.text, ctx.words[k - 1]!.text));
  if (end - i >= 2 && head(end - 1)) return true;
  for (let k = end; k <= end + HEAD_MODIFIERS && k < ctx.words.length; k++) {
    if (!sameSpeaker(ctx, i, k) || SENTENCE_END.test(ctx.words[k - 1]!.text)) return false;
    const word = base[k]!;
    if (head(k)) return true;
    if (!isCommonWord(word) || isFunctionWord(word)) return false;
  }
  return false;
}

/** Does the structure around the chain [i, end) say it names a place, not a person? */
export function namesPlace(view: PlaceView, i: number, end: number): boolean {
  return (
    headAfter(view, i, end) ||
    prefixBefore(view, i, end) ||
    ofPlace(view, i) ||
    listedWithPlace(view, i, end) ||
    articleAndHead(view, i, end)
  );
}

/** Does word k read as a street or locality type after a name ("Street", "rd", "Boulevard", "City")? */
function streetTypeAt(view: PlaceView, k: number): boolean {
  const base = view.base[k];
  if (base === undefined || base.length < 2) return false;
  const { streets, localities } = addressVocab();
  const first = fold(base);
  // one Map lookup before anything else: most words start no street or locality type
  if (!streets.suffix.has(first) && !localities.suffix.has(first)) return false;
  // "de", "la": function words are street types only in some language's abbreviations
  if (isFunctionWord(first)) return false;
  const at = (j: number): string | undefined => {
    const t = view.base[k + j];
    return t === undefined ? undefined : fold(t);
  };
  if (streets.suffix.match(at) === 0 && localities.suffix.match(at) === 0) return false;
  // "?green", "?park": an everyday word is a street type only when written as one
  if (streets.weak.has(first) && !capitalised(view.ctx, k)) return false;
  // a lower-case verb after a name is the verb ("maria drives")
  return capitalised(view.ctx, k) || !hasLexiconTag(base, VERB_TAGS);
}

/** Is word k a street prefix type of one word before a name ("Calle García", "rue Dupont", "via Rossi")? */
function streetPrefixAt(view: PlaceView, k: number): boolean {
  const base = view.base[k];
  if (base === undefined) return false;
  const first = fold(base);
  const prefix = addressVocab().streets.prefix;
  return prefix.has(first) && prefix.match((j) => (j === 0 ? first : undefined)) === 1;
}

/** Is word k an organisation head, or an ordinary word before one ("Design", "High School")? */
function orgHeadAt(view: PlaceView, k: number): boolean {
  const base = view.base[k];
  if (base === undefined || !sameSpeaker(view.ctx, k - 1, k)) return false;
  if (ORG_HEADS.has(base))
    return !kinNounAfterName(view.ctx.tokens[k]!, view.ctx.words[k]!.text, view.ctx.words[k - 1]!.text);
  return (
    isCommonWord(base) &&
    !SENTENCE_END.test(view.ctx.words[k]!.text) &&
    sameSpeaker(view.ctx, k, k + 1) &&
    ORG_HEADS.has(view.base[k + 1] ?? '')
  );
}

/**
 * Is a recurrence [start, end) of a name part of a place, street or institution name: a place
 * head, a street type or an organisation head right after it ("Harrison Street", "Ferlini
 * Design", "Hollins High School"), a place or street prefix before it ("Lake Chad", "Calle García")?
 */
export function repeatInPlaceName(view: PlaceView, start: number, end: number): boolean {
  const { ctx } = view;
  if (prefixBefore(view, start, end)) return true;
  if (start > 0 && sameSpeaker(ctx, start - 1, start) && streetPrefixAt(view, start - 1)) return true;
  if (
    end >= ctx.words.length ||
    !sameSpeaker(ctx, end - 1, end) ||
    SENTENCE_END.test(ctx.words[end - 1]!.text)
  )
    return false;
  return placeHead(view, end, end - start) || streetTypeAt(view, end) || orgHeadAt(view, end);
}
