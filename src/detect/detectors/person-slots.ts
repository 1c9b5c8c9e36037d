/**
 * Names no list holds, found by the slot they fill (a pass of the person detector, person.ts,
 * after person-positions.ts). A name of a rare origin ("Zorvan Quillet", "dovile abarauskaite")
 * is words that no English list, place list or name list knows; alone such words are as often a
 * firm, a town or an ASR slip, so the other rules want a cue. Here the sentence is the cue: two or
 * three such words (a surname particle may sit between them: "Ilse van Quellen") in a place of
 * the grammar that only a person fills:
 * - the object of a verb whose object is a person ("we refunded X", "I messaged X the quote":
 *   lexicons/names/cues/person-object/; raw ASR: with a listed name word);
 * - after a phrase whose object is a person ("on behalf of X", "a note from X", "spoke with X",
 *   "the report by X", "between X and Y": lexicons/names/cues/person-slot-before/);
 * - the subject of a verb of business or correspondence ("X approved the refund", "X has already
 *   paid", "X will handle it": lexicons/names/cues/person-slot-after/, an auxiliary may come
 *   first and then any verb);
 * - a possessive before a record or dealing ("X's account", "update X's address":
 *   lexicons/names/context/owned-records/);
 * - opening a sentence before "from"/"at"/"with" and a company, or before a comma and an office
 *   ("X from Northwind called", "X, CFO of ...");
 * - addressed: after thanks, a greeting or an acknowledgement that opens the sentence, closing its
 *   phrase ("Thanks X, that helps", "Sorry Zorvan, the line is bad"; one word only in formatted
 *   text, with its comma), or closing the turn after a letter's sign-off ("best zorvan quillet").
 * Every word: letters (an apostrophe or hyphen inside), no function word, brand, place,
 * nationality or English word (evidence Unknown or a listed name); formatted text: title case,
 * raw ASR and a sentence written all lower case in formatted text (lower-sentences.ts): lower case. A run of four such words is left alone (a title, a firm, a foreign phrase).
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { phraseList, wordSet } from '../gazetteer/name-data.js';
import { englishLevel, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { isUsState } from '../gazetteer/us-states.js';
import { isTownName, PLACE_ORG_MONTH_TAGS as NOT_NAME_TAGS } from './person-tags.js';
import { sameSpeaker, PHRASE_END } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { SIGN_OFFS } from './person-cues.js';
import { lowerSentenceMask } from '../lower-sentences.js';
import { WRITTEN_FRAME } from './person-written-frames.js';

const NAME_LETTERS = /^\p{L}[\p{L}'’-]*$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
const STARTS_LOWER = /^\p{Ll}/u;
const POSSESSIVE = /['’]s[,.!?;:]*$/u;
const SENTENCE_END = /[.!?]["')\]]*$/u;
const COMMA_END = /,["')\]]*$/u;
const VERB_TAGS = new Set(['Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Participle']);

const PERSON_OBJECT_VERBS = wordSet('names/cues/person-object');
const SLOT_BEFORE = phraseList('names/cues/person-slot-before');
/** Slots a firm, a band or a place fills as often: the name needs a listed name word. */
const OBJECT_VERBS_LISTED = wordSet('names/cues/person-object-listed');
/**
 * Person-object verbs that also name or bring in a thing ("a village called ...", "introduced
 * ... to the market", "helped ... grow"): with a listed name word only.
 */
const NAMING_VERBS = new Set([
  'call',
  'called',
  'calls',
  'introduce',
  'introduced',
  'help',
  'helped',
  'welcome',
  'welcomed',
]);
const SLOT_BEFORE_LISTED = phraseList('names/cues/person-slot-before-listed');
const LONGEST_BEFORE = Math.max(
  ...SLOT_BEFORE.map((p) => p.length),
  ...SLOT_BEFORE_LISTED.map((p) => p.length),
);
const SLOT_AFTER = wordSet('names/cues/person-slot-after');
const OWNED_RECORDS = wordSet('names/context/owned-records');
const OFFICES = new Set([
  ...wordSet('names/context/office-titles'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/cues/role-nouns'),
]);
/** Phrases that open a sentence addressed to someone: thanks, greetings, acknowledgements. */
/**
 * Acknowledgements that open statements as often as words to someone ("Great Yarmouth", "Today
 * Northwind ..."): not an opener of an address here.
 */
const STATEMENT_OPENERS = new Set(['great', 'perfect', 'pleasure', 'patience', 'today', 'day', 'care']);
const ADDRESS_OPENERS = [
  ...phraseList('names/cues/greeting'),
  ...phraseList('names/cues/acknowledgement').filter((p) => !STATEMENT_OPENERS.has(p.join(' '))),
  ['welcome', 'back'],
];
const AUXILIARIES = new Set([
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
]);
const AUX_ADVERBS = new Set([
  'already',
  'also',
  'just',
  'not',
  'never',
  'then',
  'now',
  'still',
  'personally',
]);
const COMPANY_LINKS = new Set(['from', 'at', 'with', 'of']);
/** Most name words of a run (particles aside). */
const MAX_NAME_WORDS = 3;
/** Fewest letters of a whole run: shorter ones ("Li", "Bo") are left to the lists. */
const MIN_RUN_LETTERS = 4;

const bare = (text: string): string => text.replace(/(?:['’]s)?[,.!?;:"')\]]*$/u, '').replace(/^["'(]+/u, '');

/** Is word k a word of a name no English list knows, written as names are in this call? */
function nameWord(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (base.length < 2 || !NAME_LETTERS.test(base) || isFunctionWord(base) || view.masked(k)) return false;
  if (view.evidence(k) < NameEvidence.Unknown || englishLevel(base) !== undefined) return false;
  if (hasLexiconTag(base, NOT_NAME_TAGS) || isNationality(base) || isUsState(base)) return false;
  if (nameKinds(base) === 0 && isTownName(base)) return false;
  const text = bare(view.ctx.words[k]!.text);
  if (view.uncased || lowerSentenceMask(view.ctx)[k] === 1) return STARTS_LOWER.test(text);
  return CAPITAL_THEN_LOWER.test(text);
}

interface Run {
  end: number;
  names: number;
  /** a word of the run is in a given- or family-name list */
  listed: boolean;
}

/**
 * The run of name words from k: up to three, particles between them; ends after a word that ends
 * a phrase or is a possessive. Null when k starts none, or when a fourth name word follows.
 */
function nameRun(view: ExtendView, k: number, covered: Uint8Array): Run | null {
  const { ctx } = view;
  let end = k;
  let names = 0;
  while (end < ctx.words.length && sameSpeaker(ctx, k, end)) {
    const text = ctx.words[end]!.text;
    // a word found as a name already joins the run ("Hi Tagarea Weike": "Weike" was found alone)
    if (covered[end] === 1 ? NAME_LETTERS.test(view.base[end]!) : nameWord(view, end)) {
      if (names === MAX_NAME_WORDS) return null;
      names++;
      end++;
      if (PHRASE_END.test(text) || POSSESSIVE.test(text)) break;
      continue;
    }
    // "Ilse van Quellen", "Tariq bin Zayed": a particle between name words
    if (
      names > 0 &&
      SURNAME_PARTICLES.has(ctx.tokens[end]!) &&
      !PHRASE_END.test(text) &&
      end + 1 < ctx.words.length
    ) {
      if (!nameWord(view, end + 1) && covered[end + 1] !== 1) break;
      end++;
      continue;
    }
    break;
  }
  if (names === 0) return null;
  let listed = false;
  for (let j = k; j < end && !listed; j++) listed = nameKinds(view.base[j]!) !== 0;
  const letters = view.base.slice(k, end).join('').length;
  if (letters < MIN_RUN_LETTERS || isTownName(view.base.slice(k, end).join(' '))) return null;
  return { end, names, listed };
}

/** Does a phrase of `phrases` end at word k - 1, within one speaker's words and no phrase end inside? */
function phraseBefore(
  view: ExtendView,
  k: number,
  phrases: readonly (readonly string[])[],
  longest: number,
): number {
  const { ctx } = view;
  for (let len = Math.min(longest, k); len >= 1; len--) {
    const from = k - len;
    if (!sameSpeaker(ctx, from, k)) continue;
    let ok = true;
    for (let j = from; j < k - 1 && ok; j++) if (PHRASE_END.test(ctx.words[j]!.text)) ok = false;
    if (!ok) continue;
    if (phrases.some((p) => p.length === len && p.every((w, i) => ctx.tokens[from + i] === w))) return from;
  }
  return -1;
}

const sentenceStart = (view: ExtendView, i: number): boolean =>
  i === 0 || !sameSpeaker(view.ctx, i - 1, i) || SENTENCE_END.test(view.ctx.words[i - 1]!.text);

const closesTurn = (view: ExtendView, end: number): boolean =>
  end === view.ctx.words.length || !sameSpeaker(view.ctx, end - 1, end);

/**
 * A slot before word k that a person fills (object of a verb, a phrase's object); with `listed`
 * also those a firm or a place fills as often.
 */
function personSlotBefore(view: ExtendView, k: number, listed: boolean): boolean {
  const { ctx } = view;
  if (k === 0 || PHRASE_END.test(ctx.words[k - 1]!.text) || !sameSpeaker(ctx, k - 1, k)) return false;
  const verb = ctx.tokens[k - 1]!;
  // raw ASR: two words no list knows after a verb are as often a misheard phrase ("please ask
  // zorvan quillet to ..." is left, person-extend.test.ts); a listed name word is needed there
  if (PERSON_OBJECT_VERBS.has(verb) && (listed || (!view.uncased && !NAMING_VERBS.has(verb)))) return true;
  if (listed && OBJECT_VERBS_LISTED.has(verb)) return true;
  if (phraseBefore(view, k, SLOT_BEFORE, LONGEST_BEFORE) >= 0) return true;
  return listed && phraseBefore(view, k, SLOT_BEFORE_LISTED, LONGEST_BEFORE) >= 0;
}

/**
 * A slot after the run [k, end) that a person fills: possessor of a record; with a listed name
 * word in the run, the subject of a verb of business, a name before a company or an office.
 */
function personSlotAfter(view: ExtendView, k: number, run: Run): boolean {
  const { end } = run;
  const { ctx } = view;
  const t = ctx.tokens;
  if (end >= ctx.words.length || !sameSpeaker(ctx, end - 1, end)) return false;
  const last = ctx.words[end - 1]!.text;
  // "X's account is overdue", "update X's address"
  if (POSSESSIVE.test(last)) return OWNED_RECORDS.has(t[end]!);
  // the subject of a verb, a name before a company or office: a firm's as often as a person's
  if (!run.listed) return false;
  if (COMMA_END.test(last)) {
    // "X, CFO of Northwind," "X, head of sales": an office after a sentence's opening name
    return (
      sentenceStart(view, k) && (OFFICES.has(t[end]!) || t[end] === 'head' || /^c[a-z]o$/u.test(t[end]!))
    );
  }
  if (PHRASE_END.test(last)) return false;
  if (SLOT_AFTER.has(t[end]!)) return true;
  // "X will handle the claim", "X has already paid"
  if (AUXILIARIES.has(t[end]!) && end + 1 < ctx.words.length && !PHRASE_END.test(ctx.words[end]!.text)) {
    let v = end + 1;
    if (AUX_ADVERBS.has(t[v]!) && v + 1 < ctx.words.length) v++;
    return sameSpeaker(ctx, end, v) && hasLexiconTag(t[v]!, VERB_TAGS) && !isFunctionWord(t[v]!);
  }
  // "X from Northwind called", "X at Harbourside Insurance": opening a sentence before a company
  // (formatted: a capitalised name; raw ASR has no sentences, only turns, and no "of")
  if (!COMPANY_LINKS.has(t[end]!) || !sentenceStart(view, k) || end + 1 >= ctx.words.length) return false;
  return view.uncased ? t[end] !== 'of' : CAPITAL_THEN_LOWER.test(ctx.words[end + 1]!.text);
}

/**
 * Addressed: after thanks, a greeting or an acknowledgement that opens its sentence, closing the
 * phrase ("Thanks X, that helps"; in raw ASR two name words or more), or closing the turn after
 * a letter's sign-off ("best zorvan quillet").
 */
function addressed(view: ExtendView, k: number, run: Run): boolean {
  const { ctx } = view;
  const from = phraseBefore(view, k, ADDRESS_OPENERS, 3);
  const opens = from >= 0 && sentenceStart(view, from);
  const closesPhrase = PHRASE_END.test(ctx.words[run.end - 1]!.text) || closesTurn(view, run.end);
  if (opens && (view.uncased ? run.names >= 2 : closesPhrase)) return true;
  const signOff = phraseBefore(view, k, SIGN_OFFS, 4);
  return signOff >= 0 && sentenceStart(view, signOff) && closesTurn(view, run.end);
}

/** Adds the names that stand in a person's slot; `covered` is kept in step. */
export function addNamesInPersonSlots(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  for (let k = 0; k < view.ctx.words.length; k++) {
    if (covered[k] || (k > 0 && !covered[k - 1] && nameWord(view, k - 1))) continue;
    const run = nameRun(view, k, covered);
    if (run === null) continue;
    const placed =
      addressed(view, k, run) ||
      (run.names >= 2 && (personSlotBefore(view, k, run.listed) || personSlotAfter(view, k, run)));
    if (!placed) continue;
    // the names found inside or across the run's end merge with it
    let end = run.end;
    for (let c = out.length - 1; c >= 0; c--) {
      const found = out[c]!;
      if (found.startWord >= k && found.startWord < run.end) {
        end = Math.max(end, found.endWord);
        out.splice(c, 1);
      }
    }
    // a lower-case name of a lower-case sentence in a cased call stands by the slot's grammar
    // alone: the written frame keeps it from the veto of lower-case words (person-lower-veto.ts)
    const lowerInCased = !view.uncased && lowerSentenceMask(view.ctx)[k] === 1;
    out.push(make(k, end, lowerInCased ? WRITTEN_FRAME : 'cue:context'));
    covered.fill(1, k, end);
    k = end - 1;
  }
}
