/**
 * Names in a place only a person fills (a pass of the person detector, person.ts).
 *
 * Before an apposition of an article, a few modifiers and a role noun ("Zorvan Quillet, a teacher
 * from ...", raw ASR without the comma): one to three such words, the last may be a family name
 * that is a word ("Odalric Brand, a retired engineer").
 *
 * Right after a role noun that a determiner, possessive, "fellow" or nationality opens ("the
 * plumber Zorvan Quillet", "our neighbour zorvan quillet", "fellow countryman velkaro"): one to
 * three words no list calls ordinary (formatted: title case) are the person's name. Jobs, kin and
 * other roles: lexicons/names/context/occupations, kin-nouns and lexicons/names/cues/role-nouns.
 *
 * A given name the lists hold but rarely ("marlinde", "jaeyoung", "yiding": a world list's rare
 * name) is not enough alone, and the chain rules want a cue before or after it. Two places are
 * cue enough, in both styles:
 * - the partner of a found given or full name in a pair or list ("we invited Maria and Jaeyoung",
 *   "jaeyoung or maria", "Maria, Jaeyoung"): coordination joins words of one kind (a found family
 *   name alone may be one of a firm's: "Brackett, Duvall and Oquist");
 * - the object of a verb whose object is a person ("tell marlinde the car is ready", "we
 *   congratulated Nunzia"): lexicons/names/cues/person-object/;
 * - the word closing a turn or sentence that opened with thanks or a greeting ("thanks again for
 *   everything enoks"): the one addressed.
 * The word must be no English word at all (no SCOWL level, no common word) and no place or
 * nationality: "demo", "rover", "virginia" are listed names too. A given name that is also a
 * less frequent English noun ("olive", "lily") is taken in the pair alone ("olive and marta").
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import {
  EITHER,
  FAMILY,
  GIVEN,
  WORLD_RARE,
  englishLevel,
  isNationality,
  nameKinds,
} from '../gazetteer/name-lexicon.js';
import { isUsState } from '../gazetteer/us-states.js';
import { isTownName, PLACE_ORG_MONTH_TAGS as NOT_NAME_TAGS } from './person-tags.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';

// made once: a regular-expression literal in a function is a new RegExp object per evaluation
const THREE_LETTERS_OR_MORE = /^\p{L}{3,}$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const COMMA_END = /,$/u;
const SENTENCE_END = /[.!?]["')\]]*$/u;
const NAME_LETTERS = /^\p{L}[\p{L}'’-]*$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const ALL_LETTERS = /^\p{L}+$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:[,.!?;:])?$/u;
const NAME_THEN_COMMA = /^[^,]*\p{L}(?:['’]s)?,$/u;

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** punctuation that ends a phrase: a word carrying it is not inside the name after it */
const JOINERS = new Set(['and', 'or', '&']);
/** Verbs whose object is a person: "tell", "congratulated", "interviewed" (one word each). */
const PERSON_OBJECT_VERBS = wordSet('names/cues/person-object');
const GREETING_WORDS = wordSet('names/context/greeting-words');
/** Nouns for a person by role: jobs, kin and others ("plumber", "sister", "neighbour", "composer"). */
const ROLE_NOUNS = new Set([
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/kin-nouns'),
  ...wordSet('names/cues/role-nouns'),
]);
const DETERMINERS = wordSet('names/context/determiners');
/** Most words of a name after a role noun ("the plumber Zorvan Quillet"). */
const MAX_ROLE_NAME = 3;
/** How far back a greeting may open the phrase a name closes ("thanks again for everything X"). */
const GREETING_WINDOW = 6;

/** Word k is a listed given name that no English list holds, written as a name is in this call. */
function rareGivenName(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (!THREE_LETTERS_OR_MORE.test(base) || isFunctionWord(base) || view.masked(k)) return false;
  if (view.evidence(k) < NameEvidence.Listed || englishLevel(base) !== undefined) return false;
  if ((nameKinds(base) & (GIVEN | WORLD_RARE | EITHER)) === 0) return false;
  if (hasLexiconTag(base, NOT_NAME_TAGS) || isNationality(base) || isUsState(base)) return false;
  if (isTownName(base)) return false;
  const text = view.ctx.words[k]!.text.replace(/(?:['’]s)?[,.!?;:]*$/u, '');
  return view.uncased ? STARTS_LOWER.test(text) : TITLE_CASE.test(text);
}

/** English words for things and states no pair of names holds ("bread and rose", "grace and mercy"). */
const VERB_OR_QUALITY = new Set([
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Adjective',
  'Modal',
]);

/**
 * Word k is a given name that is also an English noun ("olive", "lily"), written as a name is
 * in this call: the pair rule alone takes it, since coordination joins words of one kind ("olive
 * and marta", "Lily and Tomas Okafor"). Not among the most frequent English words, no verb,
 * adjective, place or nationality.
 */
function givenNameWord(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (!THREE_LETTERS_OR_MORE.test(base) || isFunctionWord(base) || view.masked(k)) return false;
  if (view.evidence(k) !== NameEvidence.CommonWord || (nameKinds(base) & GIVEN) === 0) return false;
  if ((englishLevel(base) ?? 99) <= 20) return false;
  if (hasLexiconTag(base, VERB_OR_QUALITY) || hasLexiconTag(base, NOT_NAME_TAGS)) return false;
  if (isNationality(base) || isUsState(base) || isTownName(base)) return false;
  const text = view.ctx.words[k]!.text.replace(/(?:['’]s)?[,.!?;:]*$/u, '');
  return view.uncased ? STARTS_LOWER.test(text) : TITLE_CASE.test(text);
}

/** Is word k joined by a comma, "and", "or" or "&" to a found name right beside it? */
function pairedWithName(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  const t = ctx.tokens;
  const text = (j: number): string => ctx.words[j]?.text ?? '';
  // beside a given name, or a full name beside a full name: "brackett duvall and oquist" lists the
  // family names of a firm
  // (k may be the call's last word: nothing after it)
  const fullNameAfter =
    k + 1 < ctx.words.length &&
    !PHRASE_END.test(text(k)) &&
    sameSpeaker(ctx, k, k + 1) &&
    view.evidence(k + 1) >= NameEvidence.Unknown;
  const name = (j: number): boolean =>
    j >= 0 &&
    j < covered.length &&
    covered[j] === 1 &&
    sameSpeaker(ctx, j, k) &&
    ((nameKinds(view.base[j]!) & GIVEN) !== 0 || (covered[j < k ? j - 1 : j + 1] === 1 && fullNameAfter));
  const left =
    (JOINERS.has(t[k - 1] ?? '') && !PHRASE_END.test(text(k - 2)) && name(k - 2)) ||
    (COMMA_END.test(text(k - 1)) && name(k - 1));
  const right =
    (JOINERS.has(t[k + 1] ?? '') && !PHRASE_END.test(text(k)) && name(k + 2)) ||
    (COMMA_END.test(text(k)) && name(k + 1));
  return left || right;
}

/** Is word k right after a verb whose object is a person, in the same phrase? */
function objectOfPersonVerb(view: ExtendView, k: number): boolean {
  const { ctx } = view;
  if (k === 0 || !PERSON_OBJECT_VERBS.has(ctx.tokens[k - 1]!)) return false;
  return sameSpeaker(ctx, k - 1, k) && !PHRASE_END.test(ctx.words[k - 1]!.text);
}

/** Does word k close its turn or sentence, in a phrase that a greeting or thanks opened? */
function addressedAtPhraseEnd(view: ExtendView, k: number): boolean {
  const { ctx } = view;
  const closes =
    k + 1 === ctx.words.length || !sameSpeaker(ctx, k, k + 1) || SENTENCE_END.test(ctx.words[k]!.text);
  if (!closes) return false;
  for (let j = k - 1; j >= Math.max(0, k - GREETING_WINDOW) && sameSpeaker(ctx, j, k); j--) {
    if (PHRASE_END.test(ctx.words[j]!.text) && !COMMA_END.test(ctx.words[j]!.text)) return false;
    if (GREETING_WORDS.has(ctx.tokens[j]!)) return true;
  }
  return false;
}

/**
 * "the plumber Zorvan Quillet", "our neighbour zorvan quillet", "fellow countryman Velkaro": the
 * words of names (no list calls them ordinary; formatted: title case) right after a role noun that
 * a determiner, a possessive, "fellow" or a nationality opens. End of the name, or k when none.
 */
function nameAfterRoleNoun(view: ExtendView, k: number, covered: Uint8Array): number {
  const { ctx } = view;
  const t = ctx.tokens;
  if (k < 2 || !ROLE_NOUNS.has(t[k - 1]!) || PHRASE_END.test(ctx.words[k - 1]!.text)) return k;
  const opener = (j: number): boolean =>
    j >= 0 && (DETERMINERS.has(t[j]!) || t[j] === 'fellow' || isNationality(t[j]!)) && sameSpeaker(ctx, j, k);
  if (!opener(k - 2) && !(opener(k - 3) && !PHRASE_END.test(ctx.words[k - 2]!.text))) return k;
  let end = k;
  while (end < k + MAX_ROLE_NAME && end < ctx.words.length && !covered[end] && sameSpeaker(ctx, end, k)) {
    const base = view.base[end]!;
    if (!NAME_LETTERS.test(base) || isFunctionWord(base) || view.masked(end)) break;
    // "the lawyer Dayaamay Butt": a family name that is a word closes the name
    if (end > k && familyWordAt(view, end)) {
      end++;
      break;
    }
    if (view.evidence(end) < NameEvidence.Unknown) break;
    const text = ctx.words[end]!.text.replace(/(?:['’]s)?[,.!?;:]*$/u, '');
    if (!view.uncased && !CAPITAL_THEN_LOWER.test(text)) break;
    end++;
    if (PHRASE_END.test(ctx.words[end - 1]!.text)) break;
  }
  return end;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund']);
const NOT_SURNAME_TAGS = new Set(['Adverb', 'Preposition', 'Conjunction', 'Determiner']);

/**
 * An ordinary word that family-name lists hold ("Dam", "Butt", "Brand"), as a name's last word:
 * formatted, in title case; raw ASR, no verb ("the lawyer anna said").
 */
function familyWordAt(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (view.evidence(k) !== NameEvidence.CommonWord || (nameKinds(base) & FAMILY) === 0) return false;
  if (
    !ALL_LETTERS.test(base) ||
    isFunctionWord(base) ||
    view.masked(k) ||
    hasLexiconTag(base, NOT_SURNAME_TAGS)
  )
    return false;
  if (view.uncased) return !hasLexiconTag(base, VERB_TAGS);
  return TITLE_WORD.test(view.ctx.words[k]!.text);
}
/** Words between the article and the role noun of an apposition ("a retired civil engineer"). */
const MAX_ROLE_MODIFIERS = 3;

/**
 * "Zorvan Quillet, a teacher from the north, won", "zorvan quillet a retired civil engineer": one
 * to three words no list calls ordinary (formatted: title case) right before an apposition of an
 * article, a few modifiers and a role noun. Returns [start, end) of the name, or null.
 */
function nameBeforeApposition(view: ExtendView, r: number, covered: Uint8Array): [number, number] | null {
  const { ctx } = view;
  const t = ctx.tokens;
  if (!ROLE_NOUNS.has(t[r]!)) return null;
  let q = r - 1;
  while (q > r - 1 - MAX_ROLE_MODIFIERS && q > 0 && !ARTICLES.has(t[q]!)) {
    if (
      isFunctionWord(t[q]!) ||
      PHRASE_END.test(ctx.words[q]!.text) ||
      view.evidence(q) >= NameEvidence.Unknown
    )
      return null;
    q--;
  }
  if (q < 1 || !ARTICLES.has(t[q]!) || !sameSpeaker(ctx, q - 1, r)) return null;
  const end = q;
  const lastText = ctx.words[end - 1]!.text;
  // formatted text sets the apposition off by a comma
  if (!view.uncased && !NAME_THEN_COMMA.test(lastText)) return null;
  let start = end;
  // "Matthijs Dam, a retired engineer": a family name that is a word, after a name word
  if (!covered[end - 1] && familyWordAt(view, end - 1) && view.evidence(end - 2) >= NameEvidence.Unknown)
    start--;
  while (start > end - 3 && start > 0 && !covered[start - 1] && sameSpeaker(ctx, start - 1, end - 1)) {
    const k = start - 1;
    const text = ctx.words[k]!.text;
    if (k < end - 1 && PHRASE_END.test(text)) break;
    const base = view.base[k]!;
    if (!NAME_LETTERS.test(base) || isFunctionWord(base) || view.masked(k)) break;
    if (view.evidence(k) < NameEvidence.Unknown) break;
    if (!view.uncased && !CAPITAL_THEN_LOWER.test(text)) break;
    start = k;
  }
  return start < end ? [start, end] : null;
}

/** Adds the rare given names that stand in a person's place; `covered` is kept in step. */
export function addNamesInPersonPlaces(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  for (let r = 2; r < view.ctx.words.length; r++) {
    const span = nameBeforeApposition(view, r, covered);
    if (span === null) continue;
    out.push(make(span[0], span[1], 'cue:context'));
    covered.fill(1, span[0], span[1]);
  }
  for (let k = 0; k < view.ctx.words.length; k++) {
    if (covered[k]) continue;
    const roleEnd = nameAfterRoleNoun(view, k, covered);
    if (roleEnd > k) {
      // "The composer Zorvan Quillet wrote": the family name found by the verb after it joins
      const tail = covered[roleEnd] === 1 ? out.findIndex((c) => c.startWord === roleEnd) : -1;
      let end = roleEnd;
      if (tail >= 0 && !PHRASE_END.test(view.ctx.words[roleEnd - 1]!.text)) {
        end = out[tail]!.endWord;
        out.splice(tail, 1);
      }
      out.push(make(k, end, 'cue:relative'));
      covered.fill(1, k, end);
      k = end - 1;
      continue;
    }
    const placed = rareGivenName(view, k)
      ? pairedWithName(view, k, covered) || objectOfPersonVerb(view, k) || addressedAtPhraseEnd(view, k)
      : givenNameWord(view, k) && pairedWithName(view, k, covered);
    if (!placed) continue;
    out.push(make(k, k + 1, 'cue:context'));
    covered[k] = 1;
  }
}
