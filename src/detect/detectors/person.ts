/**
 * PERSON from gazetteers + context, without running a tagger over the whole call.
 *
 * Rules, per run ("chain") of up to five name-like words inside one speaker turn:
 * - a frequent first/last name that is not also an ordinary word, brand or place is a name alone
 *   (unless a travel verb or a state marks it as a city: "flying to austin", "austin texas");
 * - weaker evidence needs a cue before the chain (person-cues.ts: "my name is", titles, "this is",
 *   relatives and roles, greetings/thanks) or after it ("maria speaking"); unknown words after a
 *   greeting must close the turn or sentence ("thanks, obinna.");
 * - in formatted text a capitalised listed name inside a sentence is a name;
 * - a chain continues over listed or unknown words ("kevin okafor"), surname particles ("van der
 *   berg"), a filler before a listed name ("marisol um brekke"), and may end in an ordinary word that
 *   is a common surname ("kamran green");
 * - a name that is also a word ("will", "ivy", "ruby", "hunter") only in strong positions: a
 *   title or "my name is", a self-introduction or greeting it closes ("hi this is will", "thanks
 *   ivy", "Thanks for holding, Ruby."), "X speaking", a relative ("my wife joy");
 * - full names: a known first name followed by a listed surname that is also a word after a strong
 *   cue or in title case ("rosa lee porter", "Dana Porter"), capitalised unknown + listed words
 *   ("Chidinma Obi"), hyphenated parts ("Abu-Samra"), function-word surnames after an honorific ("Mr. He");
 * - not a name: words of brands, company names ending in an organisation word ("Harper Title &
 *   Escrow", "mercy general hospital"), possessive brands before a product ("Meyer's soap"),
 *   title-case product names ("the Jefferson Plan"), listed words after an article ("the Hilton");
 * - a second pass (person-extend.ts) grows found names over a given name that is a month or word,
 *   an initial and particles before them ("Tariq O. De Loon"), and adds possessives before relatives,
 *   speakers glued to a quote and the person object of "asked ... to";
 * - every later occurrence of a name found once in the call is a name too (propagation);
 * - a name that runs into a town followed by that town's country or region ends before the town
 *   (person-town-tail.ts).
 * Spelled names live in person-spelled.ts; brands that look like names in brands.ts.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { brandPhraseMask, isBrand, orgPhraseMask, possessiveProductMask } from '../brands.js';
import { FILLERS, isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence, isSurnameLike, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { AMBIGUOUS_NAMES, isFrequentName, isListedName } from '../gazetteer/names.js';
import { isUsState } from '../gazetteer/us-states.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { phraseList, wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { CUES_AFTER, CUES_BEFORE, SIGN_OFFS, type NameCue } from './person-cues.js';
import { introducedByName } from './person-intro.js';
import { namesPlace, repeatInPlaceName, type PlaceView } from './person-places.js';
import { nameHandles } from './person-handles.js';
import { nameHashtags } from './person-hashtag-names.js';
import { addPinyinNames } from './person-pinyin.js';
import { addNameSuffixes } from './person-suffix.js';
import { addStageNames } from './person-stage.js';
import { addNameRuns } from './person-runs.js';
import { addNamesInPersonPlaces } from './person-positions.js';
import { addNamesInPersonSlots } from './person-slots.js';
import { addShapedNeighbours } from './person-shaped.js';
import { addCasedNames } from './person-cased-grow.js';
import { addAsrNames } from './person-asr-names.js';
import { addAsrPossessiveNames } from './person-asr-possessive.js';
import { addAsrUnknownNames } from './person-asr-unknown.js';
import { addAsrAddressedNames } from './person-asr-addressed.js';
import { addAsrAsRoleNames } from './person-asr-as-role.js';
import { addAsrUnknownListNames } from './person-asr-unknown-lists.js';
import { addAsrSlotNames } from './person-asr-slots.js';
import { addAsrAgreementNames } from './person-asr-agreement.js';
import { addAsrFrameNames } from './person-asr-frames.js';
import { addAsrSubjectNames } from './person-asr-subjects.js';
import { addAsrPairNames } from './person-asr-pairs.js';
import { addAsrEnglishRunNames } from './person-asr-english-runs.js';
import { addUnknownListNames } from './person-unknown-lists.js';
import { addUnknownPairNames } from './person-unknown-pairs.js';
import { addGenreNames } from './person-genres.js';
import { familyNameRecurrences } from './person-coref.js';
import { isTownName, PLACE_ORG_TAGS } from './person-tags.js';
import { thingAfterDeterminer } from './person-things.js';
import { namesAThing } from './person-named.js';
import { aInitialAfterGiven, extendNames, growNames } from './person-extend.js';
import { addFramedNames } from './person-cue-frames.js';
import { addWrittenFrameNames } from './person-written-frames.js';
import { addCommaListNames, addCoordinatedNames } from './person-coordination.js';
import { addInitialledNames } from './person-initials.js';
import { addMiddleInitialNames, endsInitialledName } from './person-middle-initials.js';
import { addPluralPairNames } from './person-plural-pairs.js';
import { addAttributedNames } from './person-attribution.js';
import { addAdverbSubjects, englishCompound } from './person-adverb-subject.js';
import { addVerbFormSubjects } from './person-verb-subject.js';
import { addSharedSurnameNames } from './person-shared-surname.js';
import { addLowerSentenceNames } from './person-lower-sentence-names.js';
import { addCasedAddressedNames } from './person-cased-addressed.js';
import { addSalutationLineNames } from './person-salutation-lines.js';
import { trimTownTails } from './person-town-tail.js';
import { nameBases } from '../name-bases.js';
import { givenNameNoPlace, nicknameBeforeFamily } from './person-given-words.js';
import { addCitationNames } from './person-citations.js';
import { addOfficeHolderNames } from './person-office-holders.js';
import { addPossessiveEventNames } from './person-possessive-events.js';
import { addRoleAppositionNames } from './person-role-appositions.js';
import { addColonSpeakerNames } from './person-colon-speakers.js';
import { addSiblingNames } from './person-sibling-names.js';
import { readWordListsIn } from '../lexicon-files.js';
import { isUncased } from '../call-words.js';
import { answerLabelCue } from './person-answer-cue.js';

const NAME = 'person';

const MAX_CHAIN = 5;
const SENTENCE_END = /[.,!?;:]["')\]]*$/u;
const CAPITALISED = /^["'(]*\p{Lu}\p{Ll}/u;
/** Words that join clauses, never surnames even in title case ("Maria And I"). */
const GLUE_TAGS = new Set(['Conjunction', 'Determiner', 'Copula', 'Modal', 'Auxiliary']);
/** One capital then lower-case letters ("He.", not "I" or "OK"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+[^\p{L}]*$/u;
/** Words before a place name ("flying into austin", "san diego"): the next word is not a person. */
const LOCATIVE = wordSet('names/context/place-markers');

const skippable = (token: string): boolean => token === '' || FILLERS.has(token);

/** Verbs of travel: "flying to austin", "back from orlando" name a place, not a person. */
const TRAVEL = wordSet('names/context/travel-verbs');

function isLocative(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && skippable(tokens[k]!)) k--;
  const prev = tokens[k];
  if (prev === undefined) return false;
  if (LOCATIVE.has(prev)) return true;
  return (prev === 'to' || prev === 'from') && TRAVEL.has(tokens[k - 1] ?? '');
}

interface CallView {
  ctx: DetectionContext;
  base: readonly string[];
  evidence: (i: number) => NameEvidence;
  /** word i belongs to a brand, company or product name */
  masked: (i: number) => boolean;
  places: PlaceView;
  /** the call is written without capitals, as raw ASR writes it (lower-case rules only apply there) */
  uncased: boolean;
}

function callView(ctx: DetectionContext): CallView {
  const base = nameBases(ctx.tokens);
  const cache = new Map<string, NameEvidence>();
  const brandWords = brandPhraseMask(ctx.tokens);
  // raw ASR: a company name never reaches back across a change of speaker ("... many thanks
  // dorvak hallesti | sino global shipping ltd"); written text ends the turn with a full stop
  let rawAsr: boolean | undefined;
  const turnEnd = (k: number): boolean =>
    speakerOf(ctx, k) !== speakerOf(ctx, k + 1) && (rawAsr ??= isUncased(ctx.words));
  const orgWords = orgPhraseMask(
    ctx.tokens,
    ctx.words.map((w) => w.text),
    (t, k) =>
      skippable(t) ||
      isFunctionWord(t) ||
      endsFullName(ctx, k) ||
      endsInitialledName(ctx, k) ||
      senderName(ctx, k) ||
      turnEnd(k),
  );
  const productWords = possessiveProductMask(ctx.tokens);
  // the answer per word index, +1 (0: not asked yet): the passes ask evidence(i) many times per word
  const byWord = new Int8Array(ctx.tokens.length);
  const evidence = (i: number): NameEvidence => {
    const known = byWord[i];
    if (known !== undefined && known > 0) return known - 1;
    if (brandWords[i] || orgWords[i] || productWords[i]) return NameEvidence.None;
    const token = ctx.tokens[i]!;
    let e = cache.get(token);
    if (e === undefined) {
      // "wendy's" is a restaurant even though "wendy" is a name (a brand only lowers stronger
      // evidence: the brand lists are looked up for those words alone)
      e = nameEvidence(base[i]!);
      if (e > NameEvidence.CommonWord && isBrand(token)) e = NameEvidence.CommonWord;
      cache.set(token, e);
    }
    if (known !== undefined) byWord[i] = e + 1;
    return e;
  };
  const masked = (i: number): boolean => brandWords[i] === 1 || orgWords[i] === 1 || productWords[i] === 1;
  const places: PlaceView = { ctx, base, ordinaryCapitalised: () => false, nameWord: () => false };
  let uncased: boolean | undefined;
  const view: CallView = {
    ctx,
    base,
    evidence,
    masked,
    places,
    // computed once, when a rule first asks
    get uncased(): boolean {
      return (uncased ??= isUncased(ctx.words));
    },
  };
  places.ordinaryCapitalised = (k) => ordinaryCapitalised(view, k);
  places.nameWord = (k) => evidence(k) >= NameEvidence.Listed;
  return view;
}

const speakerOf = (ctx: DetectionContext, i: number): string | undefined => ctx.words[i]?.speaker;

/**
 * Does word k end a full name ("tomas brekke"): a frequent name that is only a given name right before it, no comma
 * between? A company name before an organisation head starts after it ("tomas brekke nordic freight").
 */
function endsFullName(ctx: DetectionContext, k: number): boolean {
  if (k < 1 || /,$/.test(ctx.words[k - 1]!.text)) return false;
  const given = nameBase(ctx.tokens[k - 1]!);
  // only given names ("Harlow" is a family name too: "Harlow, Bennett and Fairfax Orchestra")
  return (
    (nameKinds(given) & (GIVEN | FAMILY)) === GIVEN &&
    nameEvidence(given) === NameEvidence.Frequent &&
    nameEvidence(nameBase(ctx.tokens[k]!)) >= NameEvidence.Listed
  );
}

/**
 * Is word k the sender's name after a sign-off ("Many thanks, Marek Hrbek Mediaplex Inc.", "Love,
 * Arvid Sunfield Labs Ltd"): the first capitalised word after the sign-off's comma, or the second
 * when it is a listed name too? A company name before an organisation head starts after it.
 */
function senderName(ctx: DetectionContext, k: number): boolean {
  if (!CAPITALISED.test(ctx.words[k]!.text)) return false;
  if (signOffBefore(ctx, k) !== null) return true;
  return (
    k >= 1 &&
    signOffBefore(ctx, k - 1) !== null &&
    !/[,.!?;:]["')\]]*$/u.test(ctx.words[k - 1]!.text) &&
    nameEvidence(nameBase(ctx.tokens[k]!)) >= NameEvidence.Listed
  );
}

/** Does word i close its speaker turn or sentence? */
function closesPhrase(ctx: DetectionContext, i: number): boolean {
  if (i + 1 >= ctx.words.length || speakerOf(ctx, i + 1) !== speakerOf(ctx, i)) return true;
  return SENTENCE_END.test(ctx.words[i]!.text);
}

/** Does word i end its speaker turn or a sentence ("." "?" "!", not a comma)? */
function closesTurn(ctx: DetectionContext, i: number): boolean {
  if (i + 1 >= ctx.words.length || speakerOf(ctx, i + 1) !== speakerOf(ctx, i)) return true;
  return /[.!?]["')\]]*$/u.test(ctx.words[i]!.text);
}

function isSentenceStart(ctx: DetectionContext, i: number): boolean {
  if (i === 0 || speakerOf(ctx, i - 1) !== speakerOf(ctx, i)) return true;
  return /[.!?]["')\]]*$/u.test(ctx.words[i - 1]!.text);
}

/** Longest cue phrase, in words: bounds the look-back of cueBeforeChain. */
const LONGEST_CUE = Math.max(...CUES_BEFORE.map((c) => c.phrase.length));
/** Cues indexed by their last word: one Map lookup per word. */
const CUES_BY_LAST = new Map<string, NameCue[]>();
for (const cue of CUES_BEFORE) {
  const last = cue.phrase[cue.phrase.length - 1]!;
  CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), cue]);
}
/** Words looked at for a cue, fillers and stutters included. */
const CUE_LOOKBACK = LONGEST_CUE * 3;

/**
 * The longest cue that ends right before word i; fillers, bare punctuation and stutters are ignored
 * ("this um is", "you've got got").
 */
function cueBeforeChain(tokens: readonly string[], i: number): NameCue | null {
  // the words before i, nearest first
  const recent: string[] = [];
  for (let j = i - 1; j >= Math.max(0, i - CUE_LOOKBACK) && recent.length < LONGEST_CUE; j--) {
    const t = tokens[j]!;
    if (!skippable(t) && t !== recent[recent.length - 1]) recent.push(t);
  }
  let best: NameCue | null = null;
  for (const cue of CUES_BY_LAST.get(recent[0] ?? '') ?? []) {
    const len = cue.phrase.length;
    if (len > recent.length || (best && best.phrase.length >= len)) continue;
    let ok = true;
    for (let k = 1; k < len && ok; k++) ok = recent[k] === cue.phrase[len - 1 - k];
    if (ok) best = cue;
  }
  return best;
}

function cueAfterChain(tokens: readonly string[], end: number): NameCue | null {
  let j = end;
  while (j < tokens.length && skippable(tokens[j]!)) j++;
  for (const cue of CUES_AFTER) {
    let ok = true;
    for (let k = 0; k < cue.phrase.length && ok; k++) ok = tokens[j + k] === cue.phrase[k];
    if (ok) return cue;
  }
  return null;
}

/**
 * Index after the chain of name-like words starting at word i. An ordinary word that is also a
 * common surname ("green", "park") may close the chain: "kamran green".
 */
function chainEnd(view: CallView, i: number, strongCue: boolean): number {
  const { ctx } = view;
  const headCapitalised = CAPITALISED.test(ctx.words[i]!.text);
  const head = view.evidence(i);
  // a frequent name that is also a word can still start a full name: "chase long"
  let canTakeSurname =
    head >= NameEvidence.Unknown || isFrequentName(view.base[i]!) || SURNAME_PARTICLES.has(view.base[i]!);
  let end = i + 1;
  // name words (listed or frequent) in the chain so far
  let names = head >= NameEvidence.Listed ? 1 : 0;
  while (
    end < ctx.words.length &&
    end - i < MAX_CHAIN &&
    !SENTENCE_END.test(ctx.words[end - 1]!.text) &&
    speakerOf(ctx, end) === speakerOf(ctx, i)
  ) {
    // a possessive ends the name: "Johnson's house"
    if (/['’]s$/u.test(ctx.tokens[end - 1]!)) break;
    // a bracket opens an aside: "Tobin Varlow (Russian: ...)"
    if (/^[([{]/u.test(ctx.words[end]!.text)) break;
    // a hesitation inside a full name: "marisol um brekke"
    const next = FILLERS.has(ctx.tokens[end]!) && end + 1 < ctx.words.length ? end + 1 : end;
    if (next !== end && speakerOf(ctx, next) !== speakerOf(ctx, i)) break;
    const e = view.evidence(next);
    // a middle initial: "Raisa D. Varnavina", "j q smith"
    // a capitalised word that is also an ordinary word may open one too: "Aura K. Rintamäki"
    const canOpen =
      head >= NameEvidence.Unknown ||
      (head === NameEvidence.CommonWord && headCapitalised && !isFunctionWord(view.base[i]!));
    if (next === end && canOpen && initialBeforeName(view, end, headCapitalised)) {
      if (view.evidence(end + 1) >= NameEvidence.Listed) names++;
      end += 2;
      continue;
    }
    // "ronnie painter", "Ivo West's": a given name, then a family name that is also a word
    if (next === end && end === i + 1 && surnameWordAfterGiven(view, i, end)) {
      end++;
      break;
    }
    // "Marcus Plover,", "Oliver Kettle": in text written in case, a given name, then a capitalised
    // word closing the phrase
    if (next === end && end === i + 1 && capitalisedWordAfterGiven(view, i, end)) {
      end++;
      break;
    }
    if (next === end && SURNAME_PARTICLES.has(view.base[end]!) && end + 1 < ctx.words.length) {
      // "van der berg", "de la cruz", "Oskar De Hollebeke": particles carry the chain to the surname
      // (before the title-case function-word rule below, which would end the chain at "De")
      canTakeSurname = true;
      end++;
      continue;
    }
    // "Mei He.": in formatted text a capitalised function word inside a sentence is a surname
    if (
      next === end &&
      headCapitalised &&
      names < 2 &&
      e === NameEvidence.None &&
      TITLE_CASE.test(ctx.words[end]!.text)
    ) {
      const base = view.base[end]!;
      // a preposition heads a phrase ("Mei For reference", "Ines In the meantime"): a surname
      // only where nothing follows it in the clause ("Kim By.")
      const opensPhrase =
        hasLexiconTag(base, PREPOSITION) &&
        end + 1 < ctx.words.length &&
        !/[.,;:!?]$/u.test(ctx.words[end]!.text);
      if (isFunctionWord(base) && !FILLERS.has(base) && !hasLexiconTag(base, GLUE_TAGS) && !opensPhrase)
        end++;
      break;
    }
    if (e >= NameEvidence.Unknown && (next === end || e >= NameEvidence.Listed)) {
      // a full name is complete: an unknown word after it is the next thing said ("Dana Ruiz Zorvexa")
      // ("Hamad bin Nasser Al-Zahrani": a family name with a name prefix still belongs to it)
      if (e === NameEvidence.Unknown && names >= 2 && !prefixedFamilyName(view.base[next]!)) break;
      if (e >= NameEvidence.Listed) names++;
      end = next + 1;
      continue;
    }
    const afterParticle = SURNAME_PARTICLES.has(view.base[end - 1]!);
    // "rosa lee porter" after "my name is", "Dana Porter" in formatted text: a listed surname that
    // is also a word closes a full name
    const capitalisedPair = headCapitalised && CAPITALISED.test(ctx.words[end]!.text);
    const listedSurname =
      isListedName(view.base[end]!) &&
      !isFunctionWord(view.base[end]!) &&
      !adjectiveWord(view.base[end]!) &&
      !hasLexiconTag(view.base[end]!, VERB_TAGS) &&
      (capitalisedPair || strongCue);
    if (
      next === end &&
      e === NameEvidence.CommonWord &&
      canTakeSurname &&
      !isFunctionWord(view.base[end]!) &&
      // "Tobin Varlow (Russian: ...)", "tobin varlow russian": a nationality says who he is
      !isNationality(view.base[end]!) &&
      (afterParticle || isSurnameLike(view.base[end]!) || (end > i && listedSurname))
    ) {
      end++;
    }
    break;
  }
  // "ruth kowalczyk dermot fallon nigel baker": in a run of full names the last given name takes a family name
  // that is also a word, as a given name opening the chain does
  if (
    names >= 3 &&
    end < ctx.words.length &&
    !SENTENCE_END.test(ctx.words[end - 1]!.text) &&
    surnameWordAfterGiven(view, end - 1, end)
  )
    end++;
  return end;
}

const HYPHEN_PREFIXES = wordSet('names/context/hyphen-prefixes');
/** "al-zahrani", "abu-samra", "el-sayed": a name prefix joined by a hyphen to a family name. */
function prefixedFamilyName(base: string): boolean {
  const cut = base.indexOf('-');
  return cut > 0 && HYPHEN_PREFIXES.has(base.slice(0, cut)) && base.length - cut > 3;
}

/** Tags of words that follow a name in a sentence without being its surname ("john went", "mary today"). */
const NOT_SURNAME_TAGS = new Set([
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Participle',
  'PhrasalVerb',
  'Imperative',
  'Adverb',
  'Preposition',
  'Date',
  'Month',
  'WeekDay',
  'Duration',
  'Currency',
  'Unit',
  'Country',
  'Region',
  'Demonym',
  'Expression',
]);

const PERSON_NOUN = new Set(['Actor']);

/**
 * Is word k, right after the given name at i, a family name that is also an ordinary word ("ronnie
 * painter", "harvey burns", "Ivo West's")? The family-name lists hold it, it is no verb, adverb,
 * preposition, date or place word, and it is written as the given name is (both capitalised, or both
 * lower case as raw ASR writes them). An everyday word ("west", "young") only when a per-country
 * family-name list holds it, not only the broad people-name list.
 */
function surnameWordAfterGiven(view: CallView, i: number, k: number): boolean {
  const { ctx } = view;
  // cached evidence first: most chains end in a name word or in no word of a list at all
  const e = view.evidence(k);
  if (e > NameEvidence.CommonWord || view.evidence(i) < NameEvidence.Listed) return false;
  const given = view.base[i]!;
  const headCapitalised = CAPITALISED.test(ctx.words[i]!.text);
  // a given name of the per-country lists; written with a capital, any listed name no list calls a
  // family name ("Ivo West's")
  const givenKinds = nameKinds(given);
  const givenName = (givenKinds & GIVEN) !== 0 || (headCapitalised && givenKinds === 0);
  if (!givenName || speakerOf(ctx, k) !== speakerOf(ctx, i) || view.masked(k)) return false;
  const text = ctx.words[k]!.text;
  if (headCapitalised ? !TITLE_CASE.test(text.replace(/['’]s\W*$/u, '')) : !/^\p{Ll}/u.test(text))
    return false;
  const base = view.base[k]!;
  const kinds = nameKinds(base);
  // the broad people-name list also holds the most frequent English words ("man", "nice", "win")
  const familyList = (kinds & FAMILY) !== 0;
  const level = englishLevel(base) ?? 99;
  if (!familyList && ((kinds & EITHER) === 0 || e === NameEvidence.None || level <= 10)) return false;
  // "great video daniel man": a most frequent word for a person is said to someone, not their name
  if (level <= 10 && hasLexiconTag(base, PERSON_NOUN)) return false;
  // "at the Ronald casino": a name after an article is a thing's name
  if (afterDeterminer(ctx.tokens, i)) return false;
  // "maria van der berg": a particle carries the chain on (chainEnd)
  if (SURNAME_PARTICLES.has(base)) return false;
  return !isFunctionWord(base) && !FILLERS.has(base) && !hasLexiconTag(base, NOT_SURNAME_TAGS);
}

/** Heads of place and organisation names ("Street", "Hall", "Records"): no surname after a given name. */
const PLACE_OR_ORG_HEAD = new Set([...wordSet('names/context/place-heads'), ...wordSet('brands/org-heads')]);

/**
 * Is word k, right after the given name at i, a family name because of its capital ("Marcus Plover,",
 * "Oliver Kettle", "Dale Near's")? In a call written in case: a frequent given name that is not
 * also a family name, not after an article, then a title-case word that is an English word or none
 * the lists know as a name (a listed one is the chain's business), neither function word, place,
 * country, demonym, calendar word, nor head of a place or organisation, and no capitalised
 * ordinary word right after it ("Oliver Kettle Fan Club" is a title).
 */
function capitalisedWordAfterGiven(view: CallView, i: number, k: number): boolean {
  if (view.uncased || k + 1 > view.ctx.words.length) return false;
  const { ctx } = view;
  const given = view.base[i]!;
  if (view.evidence(i) < NameEvidence.Listed || !isFrequentName(given)) return false;
  if ((nameKinds(given) & GIVEN) === 0 || !TITLE_CASE.test(ctx.words[i]!.text)) return false;
  if (afterDeterminer(ctx.tokens, i) || speakerOf(ctx, k) !== speakerOf(ctx, i) || view.masked(k))
    return false;
  if (view.evidence(k) > NameEvidence.CommonWord) return false;
  const text = ctx.words[k]!.text;
  if (!/^\p{Lu}\p{Ll}{2,}(?:['’]s)?[.,;:!?]?$/u.test(text)) return false;
  const base = view.base[k]!;
  if (!/^\p{Ll}+$/u.test(base) || isFunctionWord(base) || FILLERS.has(base)) return false;
  if (hasLexiconTag(base, NOT_NAME_TAGS) || isNationality(base) || isTownName(base)) return false;
  if (PLACE_OR_ORG_HEAD.has(base) || CALENDAR_NAMES.has(base) || isTitle(base)) return false;
  // a title-case phrase goes on after it: "Oliver Kettle Fan Club"
  if (!SENTENCE_END.test(text) && !/['’]s$/u.test(ctx.tokens[k]!) && ordinaryCapitalised(view, k + 1))
    return false;
  // nor does one lead into the given name: "Royal Marcus Plover Award"
  const p = i - 1;
  return !(
    p >= 0 &&
    speakerOf(ctx, p) === speakerOf(ctx, i) &&
    !SENTENCE_END.test(ctx.words[p]!.text) &&
    !isSentenceStart(ctx, p) &&
    ordinaryCapitalised(view, p)
  );
}

/**
 * Is word k a middle initial ("D.", "q") before a name word of the same speaker? A lower-case "a"
 * or "i" (also an article or a pronoun in raw ASR) or "s" only before a listed name; in
 * formatted text the initial is a capital.
 */
function initialBeforeName(view: CallView, k: number, formatted: boolean): boolean {
  const { ctx } = view;
  const text = ctx.words[k]!.text;
  if (!/^\p{L}\.?$/u.test(text) || k + 1 >= ctx.words.length) return false;
  if (speakerOf(ctx, k + 1) !== speakerOf(ctx, k)) return false;
  // an initial is written in the name's script: "ג" after a Latin word is left of a garbled dash ("ג€“")
  if (!LATIN_LETTER.test(text) && LATIN_WORD.test(ctx.tokens[k - 1] ?? '')) return false;
  const capital = /^\p{Lu}/u.test(text);
  if (formatted && !capital) return false;
  // a lower-case "s" is also what is left of a possessive or "it's" ("rose s hair", "it s")
  const min = !capital && /^[ais]$/.test(ctx.tokens[k]!) ? NameEvidence.Listed : NameEvidence.Unknown;
  // "richard a dorvelski": after a frequent given name, "a" or "i" before a name word that no
  // English dictionary holds is an initial (an article or pronoun there has an English word after it)
  if (!capital && /^[ai]$/.test(ctx.tokens[k]!) && aInitialAfterGiven(view, k)) return true;
  if (formatted && !CAPITALISED.test(ctx.words[k + 1]!.text)) return false;
  // "harold t baker", "Marcus L. Bishop": a family name that is also a word is one after an initial
  const base = view.base[k + 1]!;
  const wordSurname =
    min === NameEvidence.Unknown &&
    view.evidence(k + 1) === NameEvidence.CommonWord &&
    ((nameKinds(base) & (FAMILY | EITHER)) !== 0 || isSurnameLike(base)) &&
    !isFunctionWord(base);
  return view.evidence(k + 1) >= min || wordSurname;
}

const SINGLE_LETTER = /^\p{L}\.?$/u;
const LATIN_LETTER = /^\p{Script=Latin}\.?$/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;
const COUNTRY_TAG = new Set(['Country']);

/**
 * Is the chain [i, end) a given name, a middle initial and a family name: capitalised words around
 * a capital initial in formatted text ("Zsofka T Merével"), or in raw ASR two words no list
 * knows around a letter that is no word ("zsofka t merevel"). A letter
 * beside other letters is spelling, not an initial.
 */
function withMiddleInitial(view: CallView, i: number, end: number): boolean {
  const { ctx } = view;
  if (end - i !== 3 || !SINGLE_LETTER.test(ctx.words[i + 1]!.text)) return false;
  if (afterDeterminer(ctx.tokens, i)) return false;
  // a spelling's letters are Latin: a stray "ג" of a garbled dash ("ג€“") spells nothing
  const letter = (k: number): boolean => LATIN_LETTER.test(ctx.words[k]?.text ?? '');
  if (letter(i - 1) || letter(end)) return false;
  const first = view.evidence(i);
  const last = view.evidence(i + 2);
  if (CAPITALISED.test(ctx.words[i]!.text)) {
    return (
      /^\p{Lu}/u.test(ctx.words[i + 1]!.text) &&
      CAPITALISED.test(ctx.words[i + 2]!.text) &&
      first >= NameEvidence.CommonWord &&
      last >= NameEvidence.Unknown
    );
  }
  // "a", "i" are words; "n", "u", "r", "y" stand for words in messages ("dah n dis")
  return (
    !/^[ainury]$/.test(ctx.tokens[i + 1]!) && first >= NameEvidence.Unknown && last >= NameEvidence.Unknown
  );
}

const FINITE_VERB = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal']);

/**
 * Is the single word i the subject of the verb right after it ("Bobick won", "okonjo was")? Not
 * after an article or possessive ("the bishop said"), and not a verb itself.
 */
function subjectOfVerb(view: CallView, i: number): boolean {
  const { ctx } = view;
  const next = ctx.tokens[i + 1];
  if (next === undefined || speakerOf(ctx, i + 1) !== speakerOf(ctx, i)) return false;
  if (SENTENCE_END.test(ctx.words[i]!.text) || afterDeterminer(ctx.tokens, i)) return false;
  if (hasLexiconTag(view.base[i]!, VERB_TAGS) || SURNAME_PARTICLES.has(view.base[i]!)) return false;
  // "(or Cagots) is", "what happened to Brel is": a word closing an aside, or the object of "to",
  // is not the subject of the verb after it
  if (/\)$/u.test(ctx.words[i]!.text) || ctx.tokens[i - 1] === 'to') return false;
  return hasLexiconTag(next, FINITE_VERB) && !hasLexiconTag(next, NOUN_TAGS);
}
const COPULA = new Set(['Copula']);
const PAST_TENSE = new Set(['PastTense']);

/**
 * Is the unknown word i, in raw ASR, the subject of a verb in the past tense ("hitzig noticed")?
 * Five letters or more, no English plural or coinage of two English words, not after a
 * preposition ("by hitzig"), and the verb no copula.
 */
function pastSubject(view: CallView, i: number): boolean {
  const base = view.base[i]!;
  // "punchers went": a plural of an English agent noun
  if (base.length < 5 || /(?:ers|ings)$/u.test(base) || englishCompound(base)) return false;
  if (!subjectOfVerb(view, i) || hasLexiconTag(view.ctx.tokens[i - 1] ?? '', PREPOSITION)) return false;
  // "borewell was producing": a copula says what a thing is or does as often as a person
  const verb = view.ctx.tokens[i + 1]!;
  return hasLexiconTag(verb, PAST_TENSE) && !hasLexiconTag(verb, COPULA);
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);

interface Verdict {
  start: number;
  reason: string;
}

/** Months and seasons that are names too: after "this is" only with a cue after them ("june speaking"). */
const CALENDAR_NAMES = wordSet('names/context/calendar-names');
/** Names that are also terms of endearment: "thanks honey", "cheers love" address no one by name. */
const ENDEARMENTS = wordSet('names/context/endearments');
/** Names that are verbs too: after a greeting only when they close the turn ("thanks, will."). */
const VERB_NAMES = wordSet('names/context/verb-names');
/** Words that open a new clause after a name addressed in a greeting ("thanks ivy have a good one"). */
const CLAUSE_START = wordSet('names/context/vocative-clause-openers');
const VERB_FOLLOWS = new Set([
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Copula',
  'Auxiliary',
  'Adverb',
  'Negative',
  'PhrasalVerb',
  'Verb',
  'Pronoun',
]);
const DETERMINERS = wordSet('names/context/determiners');

/** Is word i a modal use of "will"/"may" ("the doctor will call", "may i")? */
function modalUse(view: CallView, i: number, end: number): boolean {
  if (!isFunctionWord(view.base[i]!)) return false;
  let j = end;
  while (j < view.ctx.tokens.length && skippable(view.ctx.tokens[j]!)) j++;
  const next = view.ctx.tokens[j] ?? '';
  return next === 'be' || next === 'have' || next === 'not' || hasLexiconTag(next, VERB_FOLLOWS);
}

/**
 * A name that is also an ordinary word ("will", "ivy", "ruby", "hunter") after a strong cue: a
 * self-introduction ("hi this is will", "you're speaking with ivy") when it closes the phrase, is
 * followed by an after-cue or a surname; a greeting ("thanks ivy") when it closes the turn or a
 * new clause starts after it.
 */
function wordNameAfterStrongCue(
  view: CallView,
  i: number,
  end: number,
  before: NameCue,
  after: NameCue | null,
): boolean {
  const base = view.base[i]!;
  if (!AMBIGUOUS_NAMES.has(base) || isBrand(base) || modalUse(view, i, end)) return false;
  const { ctx } = view;
  if (before.reason === 'cue:vocative') {
    if (ENDEARMENTS.has(base)) return false;
    // after "okay", "sure", "great" only names that are neither verbs nor months: "okay ruby can you"
    if (!before.strong && (VERB_NAMES.has(base) || CALENDAR_NAMES.has(base))) return false;
    // "hi there, ruby with larkspur", "thanks will." (not "thanks, will do")
    if (closesTurn(ctx, end - 1) || (after !== null && !VERB_NAMES.has(base))) return true;
    return !VERB_NAMES.has(base) && end - i === 1 && CLAUSE_START.has(ctx.tokens[end] ?? '');
  }
  if (after !== null) return true;
  if (CALENDAR_NAMES.has(base) || hasLexiconTag(base, ADJECTIVE)) return false;
  return end - i >= 2 || closesPhrase(ctx, end - 1);
}
const ADJECTIVE = new Set(['Adjective', 'Comparative', 'Superlative']);
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Verb']);

/** An adjective that is not a common surname ("late", "last"; not "young", "brown"). */
const adjectiveWord = (base: string): boolean => !AMBIGUOUS_NAMES.has(base) && hasLexiconTag(base, ADJECTIVE);

const GREETING_WORDS = wordSet('names/context/greeting-words');
const GREETING_WINDOW = 6;
const NOT_BEFORE_VOCATIVE = wordSet('names/context/not-before-vocative');

/**
 * A name that is also a word, closing a turn that opened with thanks or a greeting: "Thanks for
 * holding, Ruby." / "thanks for your patience ivy".
 */
function addressedAtTurnEnd(view: CallView, i: number): boolean {
  const { ctx } = view;
  const base = view.base[i]!;
  if (!AMBIGUOUS_NAMES.has(base) || ENDEARMENTS.has(base) || isBrand(base) || CALENDAR_NAMES.has(base))
    return false;
  if (!closesTurn(ctx, i)) return false;
  const prevText = ctx.words[i - 1]?.text ?? '';
  const prev = ctx.tokens[i - 1] ?? '';
  const comma = prevText.endsWith(',');
  if (!comma && (VERB_NAMES.has(base) || DETERMINERS.has(prev) || NOT_BEFORE_VOCATIVE.has(prev)))
    return false;
  for (let k = i - 1; k >= Math.max(0, i - GREETING_WINDOW) && speakerOf(ctx, k) === speakerOf(ctx, i); k--) {
    if (k < i - 1 && /[.!?]["')\]]*$/u.test(ctx.words[k]!.text)) return false;
    if (GREETING_WORDS.has(ctx.tokens[k]!)) return true;
  }
  return false;
}

/** Is word i a capitalised name and colon opening a sentence, right before an opening quote mark? */
function speakerBeforeQuote(view: CallView, i: number): boolean {
  const { ctx } = view;
  const next = ctx.words[i + 1];
  if (!next || speakerOf(ctx, i + 1) !== speakerOf(ctx, i) || !/^["“„«]/u.test(next.text)) return false;
  return /^\p{Lu}\p{Ll}+:$/u.test(ctx.words[i]!.text) && isSentenceStart(ctx, i) && !view.masked(i);
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** Does word i end its noun phrase: punctuation after it, or a function word or number next? */
function headsPhrase(view: CallView, i: number): boolean {
  const { ctx } = view;
  const next = ctx.tokens[i + 1];
  if (next === undefined || speakerOf(ctx, i + 1) !== speakerOf(ctx, i)) return true;
  if (/[.,;:!?)\]"'”’-]$/u.test(ctx.words[i]!.text)) return true;
  // "the Ivo B. Brandt Chair": a single letter next is a middle initial, not an article
  return next.length > 1 && (isFunctionWord(next) || /^\d/u.test(next));
}

/** The word before i (fillers skipped) is an article: "a Beretta", "the Franklin". */
function afterArticle(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && skippable(tokens[k]!)) k--;
  // "t k j w a brennan": an "a" after a spelled letter is a letter too
  return (
    k >= 0 && ARTICLES.has(tokens[k]!) && !(k > 0 && tokens[k]!.length === 1 && tokens[k - 1]!.length === 1)
  );
}

/** The word before i (fillers skipped) is an article or possessive: "the Hilton", "my Nest". */
function afterDeterminer(tokens: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && skippable(tokens[k]!)) k--;
  return k >= 0 && DETERMINERS.has(tokens[k]!);
}

const WRITTEN_ORDINAL = /^\d+(?:st|nd|rd|th)(?:[-–]\d+(?:st|nd|rd|th))?$/iu;
const MONTH_TAGS = new Set(['Month']);
/** Words before a day's ordinal in a date ("March 2nd", "on the 3rd"). */
const DATE_LEADS = new Set(['the', 'on', 'march', 'may']);

/**
 * "Kx7R 2nd RemiX", "discs of 3rd-5th RemiX": a written ordinal right before a word numbers an
 * edition, model or volume, as an article would introduce it; an ordinal that is a date's day
 * ("March 2nd", "on the 3rd") stays out.
 */
function afterWrittenOrdinal(ctx: DetectionContext, i: number): boolean {
  const k = i - 1;
  if (k < 0 || ctx.words[k]!.speaker !== ctx.words[i]!.speaker) return false;
  if (!WRITTEN_ORDINAL.test(ctx.words[k]!.text)) return false;
  const lead = ctx.tokens[k - 1] ?? '';
  return !DATE_LEADS.has(lead) && !hasLexiconTag(lead, MONTH_TAGS);
}

/** "this is joy are you calling ...": a word name in an agent's self-introduction (person-intro.ts). */
function selfIntroduced(view: CallView, i: number): boolean {
  const base = view.base[i]!;
  if (!AMBIGUOUS_NAMES.has(base) || isBrand(base) || CALENDAR_NAMES.has(base) || ENDEARMENTS.has(base))
    return false;
  return !hasLexiconTag(base, ADJECTIVE) && !view.masked(i) && introducedByName(view.ctx, i);
}

/** Why the chain [i, end) (or its tail) is a name, or null when it is not. */
function judgeChain(view: CallView, i: number, end: number, before: NameCue | null): Verdict | null {
  const verdict = (reason: string): Verdict => ({ start: i, reason });
  const { ctx } = view;
  const head = view.evidence(i);
  let best = head;
  for (let k = i + 1; k < end; k++) best = Math.max(best, view.evidence(k));
  const after = cueAfterChain(ctx.tokens, end);
  const closes = closesPhrase(ctx, end - 1) || after !== null;
  if (end - i === 1 && head === NameEvidence.CommonWord && selfIntroduced(view, i))
    return verdict('cue:context');
  // a frequent name that is also a word ("mark", "chase") after a cue, in a full name or closing the phrase
  const ambiguousName =
    head === NameEvidence.CommonWord &&
    isFrequentName(view.base[i]!) &&
    (end - i >= 2 || closes) &&
    (before === null || before.reason !== 'cue:vocative' || before.strong === true);
  const surnameLike = head === NameEvidence.CommonWord && isSurnameLike(view.base[i]!);
  const modal = modalUse(view, i, end) || (isFunctionWord(view.base[i]!) && !closes && end - i < 2);
  // "the driver was late": an adjective after a cue other than "my name is" / a title
  const adjective =
    head === NameEvidence.CommonWord && adjectiveWord(view.base[i]!) && before?.reason !== 'cue:name';
  if (before && !modal && !adjective) {
    if (head >= before.min || ambiguousName) return verdict(before.reason);
    const wordCue = before.strong === true || before.reason === 'cue:vocative';
    if (wordCue && head === NameEvidence.CommonWord && wordNameAfterStrongCue(view, i, end, before, after))
      return verdict(before.reason);
    // "thanks, ruby." — a name that is also a word, closing the sentence after a greeting
    if (
      surnameLike &&
      before.reason === 'cue:vocative' &&
      before.strong &&
      !ENDEARMENTS.has(view.base[i]!) &&
      closesTurn(ctx, end - 1)
    )
      return verdict(before.reason);
    // an unknown word after a greeting only when it closes the turn or sentence ("thanks, obinna."),
    // so "good evening, larkspur energy, douglas speaking" keeps the company visible
    // a letter's salutation ends at its comma: "Dear Dmytro,"
    const salutation =
      before.phrase.length === 1 && before.phrase[0] === 'dear' && closesPhrase(ctx, end - 1);
    const vocativeOk = before.reason !== 'cue:vocative' || closesTurn(ctx, end - 1) || salutation;
    if (head === NameEvidence.Unknown && vocativeOk && (best >= NameEvidence.Listed || closes)) {
      return verdict(before.reason);
    }
  }
  // 'Qalani: "Who is it?"': a speaker's name before quoted speech, as a script writes it
  if (end - i === 1 && head >= NameEvidence.Unknown && speakerBeforeQuote(view, i))
    return verdict('cue:label');
  if (end - i === 1 && head === NameEvidence.CommonWord && addressedAtTurnEnd(view, i))
    return verdict('cue:vocative');
  if (after) {
    // anchored at its end only: keep the last word and the listed names before it, so
    // "good evening larkspur energy marisol speaking" yields "marisol"
    let start = end - 1;
    while (start > i && view.evidence(start - 1) >= NameEvidence.Listed) start--;
    const first = view.evidence(start);
    const acceptable =
      (first >= after.min &&
        (after.min <= NameEvidence.Unknown || before !== null || first === NameEvidence.Frequent)) ||
      // after an introduction: "hi there ruby with larkspur", "you've got hana who am i speaking to"
      (before !== null && first >= NameEvidence.Unknown) ||
      // "marisol speaking", "brekke, first name tomas"
      (after.min <= NameEvidence.Unknown &&
        first === NameEvidence.CommonWord &&
        isSurnameLike(view.base[start]!));
    if (acceptable) return { start, reason: after.reason };
  }
  // "went to Tomasz Wieczorek": a given name and a frequent name after a travel verb are a person
  const givenAndFamily =
    end - i >= 2 && best === NameEvidence.Frequent && (nameKinds(view.base[i]!) & GIVEN) !== 0;
  const locative =
    (isLocative(ctx.tokens, i) &&
      !givenAndFamily &&
      !(end - i === 1 && !view.masked(i) && givenNameNoPlace(ctx, view.base, i))) ||
    isUsState(view.base[end] ?? '') ||
    isUsState(view.base[end - 1]!);
  if (locative) return null;
  // "Zsofka T Merével", "Aura K. Rintamäki": a word, a middle initial and a word in name shape
  // (after a cue too, "written by tomila k varsenko", but not a greeting's: "thanks j k")
  const initialOk = before === null || before.reason !== 'cue:vocative';
  if (initialOk && withMiddleInitial(view, i, end)) return verdict('initial');
  // "Ace Hardware", "the Jefferson Plan", "Grand Marquis": part of a title-case product or company name
  // (a full name with a frequent name in it stays a name before a form's next label: "Marta
  // Vasileva Billing postcode: ..."), unless an article makes it a title ("The Ivo Brandt House")
  const beforeLabel = /:$/.test(ctx.words[end]?.text ?? '') || /:$/.test(ctx.words[end + 1]?.text ?? '');
  const fullName =
    end - i >= 2 && best === NameEvidence.Frequent && (beforeLabel || !afterDeterminer(ctx.tokens, i));
  if (before === null && !fullName && inTitleCasePhrase(view, i, end)) return null;
  // "Reston", "Welland", "Petersburg": a lone word that only the broad census list (humannames)
  // holds as a name and that is a town somewhere is not taken without a cue
  if (
    end - i === 1 &&
    nameKinds(view.base[i]!) === 0 &&
    !isFrequentName(view.base[i]!) &&
    isTownName(view.base[i]!)
  )
    return null;
  // "she bought a Martinez.", "the Harlow and Varrow Railway", "the Dravnik is": a lone name
  // word after an article that heads its noun phrase (the phrase ends at it) names a thing; a
  // person's name takes an article only as a modifier ("the Johnson novel", "the Kowalski twins")
  if (end - i === 1 && head === NameEvidence.Frequent && afterArticle(ctx.tokens, i) && headsPhrase(view, i))
    return null;
  if (head === NameEvidence.Frequent) return verdict('gazetteer');
  // "zulay magomedov", "zelmira hannah otto": words no list knows beside a frequent name
  if (
    end - i >= 2 &&
    best === NameEvidence.Frequent &&
    head >= NameEvidence.Unknown &&
    !afterDeterminer(ctx.tokens, i)
  )
    return verdict('gazetteer');
  // "the Hilton", "my Nest thermostat": an article before a word that is not a frequent name
  if (afterDeterminer(ctx.tokens, i) || afterWrittenOrdinal(ctx, i)) return null;
  const capitalised = CAPITALISED.test(ctx.words[i]!.text);
  if (capitalised && head >= NameEvidence.Listed && !isSentenceStart(ctx, i)) return verdict('capitalised');
  // "whenever Grant says", "the change in Rose": inside a formatted sentence, a lone word that the
  // per-country lists hold as a name and English writes in lower case, written with a capital
  if (end - i === 1 && head === NameEvidence.CommonWord && capitalised && capitalisedWordName(view, i))
    return verdict('capitalised');
  if (end - i >= 2 && head >= NameEvidence.Listed && view.evidence(i + 1) === NameEvidence.Frequent)
    return verdict('gazetteer');
  // "minoru deegan", "tanawut mckinnie": in raw ASR, two or more different words of four letters or
  // more that the name lists hold and English lacks ("ding ding" repeats a sound, "ka na" and "hur
  // dur" are short words of other languages and sounds; "chiang mai" is a town)
  if (
    view.uncased &&
    end - i >= 2 &&
    head >= NameEvidence.Listed &&
    allNameWords(view, i, end, NameEvidence.Listed) &&
    view.base.slice(i, end).every((w) => w.length >= 4) &&
    new Set(view.base.slice(i, end)).size === end - i &&
    !isTownName(view.base.slice(i, end).join(' '))
  )
    return verdict('gazetteer');
  // "Chidinma Obi": capitalised words, one of them a listed name, none an ordinary word
  if (end - i >= 2 && capitalised && best >= NameEvidence.Listed && allCapitalisedNames(view, i, end))
    return verdict('capitalised');
  // "Varnholt took her first title": a listed name alone as the subject of a verb
  if (end - i === 1 && head === NameEvidence.Listed && subjectOfVerb(view, i)) return verdict('subject');
  // "Brunnquell noticed", "Vandekamps took a job": in formatted text a capitalised word no list knows,
  // written in title case (not an acronym), as the subject of a verb
  // ("Kestrava is a village", "Brightmoor are an English band" define a thing, not a person)
  if (end - i === 1 && head === NameEvidence.Unknown && capitalised && TITLE_CASE.test(ctx.words[i]!.text)) {
    const defines =
      hasLexiconTag(ctx.tokens[i + 1] ?? '', COPULA) && DETERMINERS.has(ctx.tokens[i + 2] ?? '');
    if (!defines && !englishCompound(view.base[i]!) && subjectOfVerb(view, i)) return verdict('subject');
  }
  // "Niran Chaiyaporn called", "Tigist Haile said": inside a formatted sentence, two title-case
  // words of name shape that are no English words, as the subject of a verb (a given name and a
  // family name that the lists lack: Thai, Ethiopian and many more)
  if (
    end - i === 2 &&
    head >= NameEvidence.Unknown &&
    view.evidence(i + 1) >= NameEvidence.Unknown &&
    best < NameEvidence.Frequent &&
    !isSentenceStart(ctx, i) &&
    TITLE_CASE.test(ctx.words[i]!.text) &&
    TITLE_CASE.test(ctx.words[i + 1]!.text) &&
    !englishCompound(view.base[i]!) &&
    !englishCompound(view.base[i + 1]!) &&
    subjectOfVerb(view, i + 1)
  )
    return verdict('subject');
  // "lim jae-sung", "Cho Min-ji": a listed family name, then a hyphenated given name whose parts are
  // names (Korean and other two-syllable given names); the short family name fails length rules
  if (
    end - i === 2 &&
    head >= NameEvidence.Listed &&
    view.base[i + 1]!.includes('-') &&
    view.evidence(i + 1) >= NameEvidence.Listed &&
    !afterDeterminer(ctx.tokens, i)
  )
    return verdict('gazetteer');
  // "yeah brugghens noticed", "vandekamps took a job": in raw ASR, a word no list knows as the subject
  // of a verb in the past tense
  if (end - i === 1 && head === NameEvidence.Unknown && view.uncased && pastSubject(view, i))
    return verdict('subject');
  // "ivy haddad", "ruby tanaka": a first name that is also a word, then a listed surname
  if (
    end - i === 2 &&
    head === NameEvidence.CommonWord &&
    AMBIGUOUS_NAMES.has(view.base[i]!) &&
    // "love, stanley": a letter's sign-off, not a first name
    !ENDEARMENTS.has(view.base[i]!) &&
    !isFunctionWord(view.base[i]!) &&
    !hasLexiconTag(view.base[i]!, ADJECTIVE) &&
    view.evidence(i + 1) >= NameEvidence.Listed
  )
    return verdict('gazetteer');
  // "Gene Harlow", "Randy Kessler": inside a formatted sentence, a capitalised given name that is
  // also a word, then a capitalised listed name
  if (
    end - i === 2 &&
    head === NameEvidence.CommonWord &&
    capitalised &&
    CAPITALISED.test(ctx.words[i + 1]!.text) &&
    !isSentenceStart(ctx, i) &&
    (nameKinds(view.base[i]!) & GIVEN) !== 0 &&
    !isFunctionWord(view.base[i]!) &&
    view.evidence(i + 1) >= NameEvidence.Listed
  )
    return verdict('capitalised');
  // "Buddy Kessler", "Dusty Okafor": the same with a pet form or nickname only the broad name list
  // holds (person-given-words.ts)
  if (end - i === 2 && head === NameEvidence.CommonWord && nicknameBeforeFamily(view, i))
    return verdict('capitalised');
  // "Wang Zhenbo", "Park Jiwoo": inside a formatted sentence, a capitalised given or family name
  // of the per-country lists that is also a word, then a capitalised word no list knows
  if (
    end - i === 2 &&
    head === NameEvidence.CommonWord &&
    capitalised &&
    TITLE_CASE.test(ctx.words[i + 1]!.text) &&
    !isSentenceStart(ctx, i) &&
    (nameKinds(view.base[i]!) & (GIVEN | FAMILY)) !== 0 &&
    !isFunctionWord(view.base[i]!) &&
    !hasLexiconTag(view.base[i]!, ADJECTIVE) &&
    view.evidence(i + 1) === NameEvidence.Unknown
  )
    return verdict('capitalised');
  // "Leo Jensen", "Alma Mejia": a given name that is also a word, then a frequent family name
  if (
    end - i === 2 &&
    head === NameEvidence.CommonWord &&
    (nameKinds(view.base[i]!) & GIVEN) !== 0 &&
    !isFunctionWord(view.base[i]!) &&
    !hasLexiconTag(view.base[i]!, ADJECTIVE) &&
    !hasLexiconTag(view.base[i]!, VERB_TAGS) &&
    view.evidence(i + 1) === NameEvidence.Frequent &&
    !afterDeterminer(ctx.tokens, i)
  )
    return verdict('gazetteer');
  // "frank varsenko", "Randy Kessler", "rose mcallister": a word that the name lists hold as a given
  // name, then a family name English lacks, both written alike (lower case in raw ASR, capitalised)
  if (end - i >= 2 && head === NameEvidence.CommonWord && wordGivenName(view, i)) return verdict('gazetteer');
  return null;
}

/**
 * Is the ordinary word i a given name before the name word after it ("frank varsenko", "Randy
 * Kessler")? A per-country list holds it as a given name, it is no verb, function, place or most
 * frequent English word, not after an article or a cue, and both words are written alike: lower
 * case in a call written without capitals, capitalised otherwise.
 */
function wordGivenName(view: CallView, i: number): boolean {
  const { ctx } = view;
  const base = view.base[i]!;
  // a per-country given-name list, not only the broad list that also holds "tell" and "wait"; none
  // of the most frequent English words ("general", "bill", "post")
  if ((nameKinds(base) & GIVEN) === 0 || (englishLevel(base) ?? 99) <= 10) return false;
  // the family name: a frequent one, or a listed one of four letters or more ("hip hop dis")
  const family = view.evidence(i + 1);
  if (family < NameEvidence.Listed || (family === NameEvidence.Listed && view.base[i + 1]!.length < 4))
    return false;
  if (view.masked(i) || view.masked(i + 1)) return false;
  if (isFunctionWord(base) || hasLexiconTag(base, NOT_SURNAME_TAGS) || hasLexiconTag(base, NOT_NAME_TAGS))
    return false;
  // "when he beat ivo brandt": after a subject pronoun the word is a verb
  if (SUBJECTS.has(ctx.tokens[i - 1] ?? '')) return false;
  // "colonel", "brigadier": a rank or role before the name is its cue, not its first word
  if (afterDeterminer(ctx.tokens, i) || cueBeforeChain(ctx.tokens, i + 1) !== null) return false;
  const head = ctx.words[i]!.text;
  const next = ctx.words[i + 1]!.text;
  return view.uncased
    ? /^\p{Ll}/u.test(head) && /^\p{Ll}/u.test(next)
    : TITLE_CASE.test(head) && CAPITALISED.test(next);
}

/**
 * "the young puncher Tomas Kowalczyk": in a call written in case, lower-case words before
 * the capitalised words of a name are not part of it (particles are: "de la Cruz").
 */
function casedStart(view: CallView, start: number, end: number): number {
  if (view.uncased) return start;
  const { ctx } = view;
  let s = start;
  while (s + 1 < end && /^\p{Ll}/u.test(ctx.words[s]!.text) && !SURNAME_PARTICLES.has(view.base[s]!)) s++;
  return s > start && CAPITALISED.test(ctx.words[s]!.text) ? s : start;
}

/**
 * "R. J. Kowalczyk", "M. Brugghen": up to two capital initials with a period right before a capitalised
 * name start the name.
 */
function leadingInitials(view: CallView, start: number): number {
  const { ctx } = view;
  if (!CAPITALISED.test(ctx.words[start]!.text)) return start;
  let s = start;
  while (
    s > 0 &&
    s > start - 3 &&
    /^\p{Lu}\.$/u.test(ctx.words[s - 1]!.text) &&
    speakerOf(ctx, s - 1) === speakerOf(ctx, start)
  )
    s--;
  // "Route A. Kowalczyk said": a letter after a capitalised word names a thing and ends the sentence
  return s > 0 && ordinaryCapitalised(view, s - 1) ? start : s;
}

/**
 * "ivo brandt mila varenko tobin kessler dana orlov": a run of names said without a pause is
 * cut into chains of MAX_CHAIN words; a chain right after a full-length one, in the same sentence,
 * continues it when it opens with a listed name word.
 */
function continuedChain(view: CallView, i: number, previous: Candidate | undefined): Verdict | null {
  if (!previous || previous.endWord !== i || previous.endWord - previous.startWord < MAX_CHAIN) return null;
  const { ctx } = view;
  if (speakerOf(ctx, i) !== speakerOf(ctx, i - 1) || SENTENCE_END.test(ctx.words[i - 1]!.text)) return null;
  return view.evidence(i) >= NameEvidence.Listed ? { start: i, reason: 'gazetteer' } : null;
}

/**
 * "my name is sung okonkwo": after "my name is", an ordinary word followed by a name is a first
 * name. Returns the end of the full name, or -1.
 */
function wordFirstNameEnd(view: CallView, i: number): number {
  const { ctx } = view;
  if (i + 1 >= ctx.words.length || view.evidence(i + 1) < NameEvidence.Unknown) return -1;
  const base = view.base[i]!;
  if (!/^\p{L}+$/u.test(base) || isFunctionWord(base) || view.masked(i)) return -1;
  // "and the full name, sure, ilsabet marchetti": an answer word before the name is no part of it
  if (ANSWER_WORDS.has(base) || hasLexiconTag(base, EXPRESSION)) return -1;
  if (speakerOf(ctx, i + 1) !== speakerOf(ctx, i) || SENTENCE_END.test(ctx.words[i]!.text)) return -1;
  const cue = cueBeforeChain(ctx.tokens, i);
  if (!cue || !(cue.phrase.includes('name') || cue.phrase.includes("name's"))) return -1;
  return chainEnd(view, i + 1, true);
}

/** Acknowledgements said before an answer ("okay", "sure", "alright"). */
const ANSWER_WORDS = new Set(
  phraseList('names/cues/acknowledgement').flatMap((p) => (p.length === 1 ? p : [])),
);
const EXPRESSION = new Set(['Expression']);

const HONORIFICS = wordSet('names/context/honorifics');
/** "miss" is a verb too: an honorific only after an introduction or a greeting ("this is miss he"). */
const BEFORE_MISS = wordSet('names/context/before-miss');
const NEVER_SURNAME = wordSet('names/context/never-surnames');

const ALL_LETTERS = /^\p{L}+$/u;
const ALL_CAPITALS = /^\p{Lu}+\W*$/u;
const DR = /^Dr\.?$/;

/**
 * A surname that is also a function word, right after an honorific: "Mr. He", "mister yu",
 * "Dr. Ma" (a doctor's title counts only written with capitals: "the doctor he saw" is not one).
 */
function surnameAfterHonorific(view: CallView, i: number): boolean {
  const { ctx } = view;
  if (i === 0) return false;
  const prev = ctx.tokens[i - 1]!;
  // only after one of these words (most words are after none: no test below is asked for them)
  if (!HONORIFICS.has(prev) && prev !== 'miss' && prev !== 'dr') return false;
  const base = view.base[i]!;
  if (!ALL_LETTERS.test(base) || FILLERS.has(base) || NEVER_SURNAME.has(base)) return false;
  if (speakerOf(ctx, i - 1) !== speakerOf(ctx, i) || view.masked(i)) return false;
  const capitalised = CAPITALISED.test(ctx.words[i]!.text) || ALL_CAPITALS.test(ctx.words[i]!.text);
  if (HONORIFICS.has(prev)) return true;
  if (prev === 'miss' && BEFORE_MISS.has(ctx.tokens[i - 2] ?? '')) return true;
  return prev === 'dr' && DR.test(ctx.words[i - 1]!.text) && capitalised;
}

/** Possessives that make a title a religious name ("Nuestra Señora", "Notre Dame"). */
const TITLE_POSSESSIVES = wordSet('names/context/title-possessives');
/** Titles and ranks said before a surname, English and other ("Madame", "Herr", "Colonel"). */
const TITLE_WORDS = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/cues/rank'),
  ...(readWordListsIn('names/cues/name').get('titles-other') ?? []),
]);
/** Longest run of particles before a surname after a title ("van der", "de la"). */
const MAX_PARTICLES = 3;

/**
 * End of a surname that opens with particles right after a title or rank ("Madame de Staël",
 * "Dr. van der Berg"), or i when there is none: particles written in lower case, then a capitalised
 * word of name evidence, in a call written in case. The particles are no name words on their own,
 * so the chain rules never start there.
 */
function particleSurnameEnd(view: CallView, i: number): number {
  const { ctx } = view;
  if (!SURNAME_PARTICLES.has(view.base[i]!) || i === 0) return i;
  const cue = cueBeforeChain(ctx.tokens, i);
  if (cue === null || cue.phrase.length !== 1 || !TITLE_WORDS.has(cue.phrase[0]!)) return i;
  // "Nuestra Señora de Valdoria", "Notre Dame": a church, school or street, not a person
  if (TITLE_POSSESSIVES.has(ctx.tokens[i - 2] ?? '')) return i;
  let k = i;
  while (k < ctx.words.length && k - i < MAX_PARTICLES && SURNAME_PARTICLES.has(view.base[k]!)) {
    if (speakerOf(ctx, k) !== speakerOf(ctx, i) || SENTENCE_END.test(ctx.words[k]!.text)) return i;
    k++;
  }
  if (k >= ctx.words.length || speakerOf(ctx, k) !== speakerOf(ctx, i) || view.masked(k)) return i;
  // raw ASR shows neither the particle's nor the surname's case: left to the chain rules there
  if (view.evidence(k) < NameEvidence.Unknown || view.uncased) return i;
  // a capitalised particle may be the surname itself ("Ms. Le", "Mr. Das")
  if (!/^\p{Ll}/u.test(ctx.words[i]!.text) || !CAPITALISED.test(ctx.words[k]!.text)) return i;
  // a street named after a titled person: "Rua Dr. de Varela", "Avenida General de Marvaux Street"
  return repeatInPlaceName(view.places, i - 1, k + 1) ? i : k + 1;
}

/** Roles and generational suffixes that sit next to a name in title case ("Officer Diaz", "Lee Jr."). */
const NAME_NEIGHBOURS = wordSet('names/context/name-neighbours');

/** A capitalised ordinary word (not a name, role, title or function word) at word k. */
function ordinaryCapitalised(view: CallView, k: number): boolean {
  const word = view.ctx.words[k];
  if (!word || !CAPITALISED.test(word.text)) return false;
  const base = view.base[k]!;
  if (NAME_NEIGHBOURS.has(base) || isFunctionWord(base) || AMBIGUOUS_NAMES.has(base)) return false;
  return view.evidence(k) <= NameEvidence.CommonWord && !isTitle(base);
}

/** Place, organisation and calendar words that title case makes look like names ("Court", "June"). */
const NOT_NAME_TAGS = new Set([...PLACE_ORG_TAGS, 'Date', 'Month', 'WeekDay']);

/**
 * Is the capitalised ordinary word i a name because of its capital: written in title case inside a
 * sentence (not at its start, not in a run of title-case words, not after an article), a given or
 * family name of the per-country lists, and none of adjective, verb, function word, place, brand?
 */
function capitalisedWordName(view: CallView, i: number): boolean {
  const { ctx } = view;
  const base = view.base[i]!;
  if (!TITLE_CASE.test(ctx.words[i]!.text.replace(/['’]s?\W*$/u, '')) || isSentenceStart(ctx, i))
    return false;
  if ((nameKinds(base) & GIVEN) === 0 || isFunctionWord(base) || isBrand(base) || isBrand(ctx.tokens[i]!))
    return false;
  if (hasLexiconTag(base, ADJECTIVE) || hasLexiconTag(base, VERB_TAGS) || hasLexiconTag(base, NOT_NAME_TAGS))
    return false;
  if (CALENDAR_NAMES.has(base) || ENDEARMENTS.has(base) || VERB_NAMES.has(base)) return false;
  // "Miles", "Mills": an English plural
  if (/[^s]s$/u.test(base) && isCommonWord(base.slice(0, -1))) return false;
  // "Max:" is a label; "Don't" a contraction
  if (/:$/u.test(ctx.words[i]!.text) || /['’](?!s\b)/u.test(ctx.words[i]!.text)) return false;
  if (isTownName(base) || isNationality(base)) return false;
  // "the old Liberty crest", "Fortune 500": a modifier of the noun or number after it
  const next = ctx.words[i + 1]?.text ?? '';
  const modifies =
    !/[,.;:!?)]$/u.test(ctx.words[i]!.text) &&
    (/^\p{N}/u.test(next) ||
      (/^\p{Ll}/u.test(next) &&
        hasLexiconTag(ctx.tokens[i + 1]!, NOUN_TAGS) &&
        !hasLexiconTag(ctx.tokens[i + 1]!, VERB_TAGS) &&
        !isFunctionWord(ctx.tokens[i + 1]!)));
  if (modifies) return false;
  // "offer it with Max included": after a preposition and before a participle, a thing
  if (hasLexiconTag(ctx.tokens[i - 1] ?? '', PREPOSITION) && hasLexiconTag(ctx.tokens[i + 1] ?? '', PAST))
    return false;
  if (afterDeterminer(ctx.tokens, i) || inTitleCasePhrase(view, i, i + 1)) return false;
  // a capital after a colon or an opening quote starts a phrase ("Q:", "\"Rose\"")
  const prev = ctx.words[i - 1]?.text ?? '';
  if (/[:"“(]$/u.test(prev) || /^["“(]/u.test(ctx.words[i]!.text)) return false;
  return !view.masked(i);
}
const PREPOSITION = new Set(['Preposition']);
const PAST = new Set(['PastTense', 'Participle']);

const isTitle = (base: string): boolean => /^(?:mr|mrs|ms|mx|dr|prof|sir|madam|miss|mister)$/.test(base);

/** Is the chain [i, end) inside a run of title-case words that are not names? */
function inTitleCasePhrase(view: CallView, i: number, end: number): boolean {
  const { ctx } = view;
  // a full name's possessive or an opening quote ends the name: "Ivo Brandt's \"Summer\""
  if (
    end < ctx.words.length &&
    !SENTENCE_END.test(ctx.words[end - 1]!.text) &&
    !(end - i >= 2 && /['’]s$/u.test(ctx.tokens[end - 1]!)) &&
    !/^["“„«]/u.test(ctx.words[end]!.text) &&
    speakerOf(ctx, end) === speakerOf(ctx, i) &&
    ordinaryCapitalised(view, end)
  )
    return true;
  const p = i - 1;
  return (
    p >= 0 &&
    speakerOf(ctx, p) === speakerOf(ctx, i) &&
    /[\p{L}\p{N}]$/u.test(ctx.words[p]!.text) &&
    // a capital that only opens the sentence ("Ask Papadopoulos ...") makes no title
    !isSentenceStart(ctx, p) &&
    ordinaryCapitalised(view, p)
  );
}

/** Is every word of [i, end) at least this much name evidence? */
function allNameWords(view: CallView, i: number, end: number, min: NameEvidence): boolean {
  for (let k = i; k < end; k++) if (view.evidence(k) < min) return false;
  return true;
}

function allCapitalisedNames(view: CallView, i: number, end: number): boolean {
  for (let k = i; k < end; k++) {
    if (!CAPITALISED.test(view.ctx.words[k]!.text) || view.evidence(k) < NameEvidence.Unknown) return false;
  }
  return true;
}

function candidate(view: CallView, start: number, end: number, score: number, reason: string): Candidate {
  return {
    type: 'PERSON',
    startWord: start,
    endWord: end,
    score,
    detector: NAME,
    reason,
    value: view.base.slice(start, end).join(' '),
  };
}

/**
 * A sign-off written with a comma at the start of a sentence or line ("Kind regards, Ilsa Marchetti",
 * "Love, Ilsabet"): the capitalised word after it is the sender's name, any word no list knows too,
 * and a name that is also an everyday word ("Cheers, Will", "Love, Rusty").
 */
function signOffBefore(ctx: DetectionContext, i: number): NameCue | null {
  if (i === 0 || !/,$/.test(ctx.words[i - 1]!.text) || !CAPITALISED.test(ctx.words[i]!.text)) return null;
  if (speakerOf(ctx, i - 1) !== speakerOf(ctx, i)) return null;
  for (const phrase of SIGN_OFFS) {
    const from = i - phrase.length;
    if (from < 0 || speakerOf(ctx, from) !== speakerOf(ctx, i)) continue;
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = ctx.tokens[from + k] === phrase[k];
    // the sign-off opens its sentence: "Many thanks, ..." and not "I would love, ..."
    if (ok && isSentenceStart(ctx, from)) return SIGN_OFF_CUE;
  }
  return null;
}
const SIGN_OFF_CUE: NameCue = { phrase: ['sign-off'], min: NameEvidence.CommonWord, reason: 'cue:context' };

/** A form label written with a colon ("Name: Frank Miles") takes any word, as "my name is" does. */
function labelWithColon(ctx: DetectionContext, i: number, cue: NameCue | null): NameCue | null {
  if (cue === null || cue.reason === 'cue:vocative') return signOffBefore(ctx, i) ?? cue;
  if (cue.reason !== 'cue:label') return cue;
  let k = i - 1;
  while (k >= 0 && skippable(ctx.tokens[k]!)) k--;
  return k >= 0 && /:$/.test(ctx.words[k]!.text)
    ? { ...cue, min: NameEvidence.CommonWord, reason: 'cue:name' }
    : cue;
}

const LIST_JOINERS = new Set(['and', 'or', '&']);
/** How far a list may reach from an item to the names that make it a list of names. */
const LIST_REACH = 6;

/**
 * Words no list knows that stand in a list of names ("They had four: Zelmira, Hannah, Otto and
 * Derek", "nina and baatar"): joined by a comma, "and" or "or" to a name, with at least two names
 * within reach on that side. In formatted text the item is capitalised.
 */
function listedAmongNames(view: CallView, found: readonly Candidate[], covered: Uint8Array): number[] {
  const { ctx } = view;
  const out: number[] = [];
  const nameAt = (k: number): boolean => k >= 0 && k < covered.length && covered[k] === 1;
  const namesIn = (from: number, to: number, speaker: string | undefined): number => {
    let n = 0;
    for (const c of found)
      if (c.startWord >= from && c.endWord <= to && speakerOf(ctx, c.startWord) === speaker) n++;
    return n;
  };
  for (let k = 0; k < ctx.words.length; k++) {
    if (covered[k] || view.evidence(k) < NameEvidence.Unknown || view.masked(k)) continue;
    const text = ctx.words[k]!.text;
    const formatted = /\p{Lu}/u.test(text) || /[,.]/.test(ctx.words[k - 1]?.text ?? '');
    if (formatted && !CAPITALISED.test(text)) continue;
    const speaker = speakerOf(ctx, k);
    const joinedLeft =
      (/,$/.test(ctx.words[k - 1]?.text ?? '') && nameAt(k - 1)) ||
      (LIST_JOINERS.has(ctx.tokens[k - 1] ?? '') && nameAt(k - 2));
    const joinedRight =
      (/,$/.test(text) && nameAt(k + 1)) || (LIST_JOINERS.has(ctx.tokens[k + 1] ?? '') && nameAt(k + 2));
    const listed =
      (joinedLeft && namesIn(k - LIST_REACH, k, speaker) >= 2) ||
      (joinedRight && namesIn(k + 1, k + 1 + LIST_REACH, speaker) >= 2);
    // an item is written as the names beside it: "the parents' defense, Ivo Rask, Ana Lenz" lists no
    // "defense" (a lower-case list of names, "ivo, lena, omar and ruth", keeps its items)
    const capitalNeighbour = [k - 2, k - 1, k + 1, k + 2].some(
      (j) => nameAt(j) && CAPITALISED.test(ctx.words[j]!.text),
    );
    if (listed && !view.uncased && !CAPITALISED.test(text) && capitalNeighbour) continue;
    if (listed) out.push(k);
  }
  return out;
}

const SCORES: Record<string, number> = {
  subject: 0.7,
  list: 0.7,
  'cue:label': 0.85,
  'cue:name': 0.9,
  'cue:context': 0.85,
  'cue:relative': 0.85,
  'cue:vocative': 0.8,
  'cue:after': 0.85,
  gazetteer: 0.75,
  capitalised: 0.7,
  initial: 0.75,
  handle: 0.7,
  pinyin: 0.75,
  propagated: 0.8,
  'frame:written': 0.8,
};

/**
 * "Plover' s bike": text split before a clitic writes the possessive as two words. The person rules
 * read it as one possessive word ("jessie's") and the lone "s" as punctuation; words and indices
 * stay as they are.
 */
export function joinSplitPossessives(ctx: DetectionContext): DetectionContext {
  let tokens: string[] | undefined;
  for (let i = 0; i + 1 < ctx.words.length; i++) {
    if (ctx.tokens[i + 1] !== 's' || ctx.words[i + 1]!.text !== 's') continue;
    const text = ctx.words[i]!.text;
    const last = text.charCodeAt(text.length - 1);
    if ((last !== 0x27 && last !== 0x2019) || !/\p{L}/u.test(ctx.tokens[i]!)) continue;
    if (ctx.words[i + 1]!.speaker !== ctx.words[i]!.speaker) continue;
    tokens ??= [...ctx.tokens];
    tokens[i] = `${ctx.tokens[i]!}'s`;
    tokens[i + 1] = '';
  }
  return tokens ? { ...ctx, tokens } : ctx;
}

export function detectPersons(callCtx: DetectionContext): Candidate[] {
  const ctx = joinSplitPossessives(callCtx);
  const view = callView(ctx);
  const out: Candidate[] = [];
  const covered = new Uint8Array(ctx.words.length);
  const found = new Set<string>();
  /** words named explicitly although they are no name words ("my name is sung ..."): recur freely */
  const named = new Set<string>();
  /** function words named after a title ("Mr. He"): recur only in a title's or an after-cue's place */
  const titled = new Set<string>();
  // particles ("van", "der") belong to a full name, never stand for one
  // nationality and country words ("Russian", "Germany") inside a chain are never repeated alone
  const foundPart = (base: string): void => {
    if (!SURNAME_PARTICLES.has(base) && !isNationality(base) && !hasLexiconTag(base, COUNTRY_TAG))
      found.add(base);
  };
  for (let i = 0; i < ctx.words.length; i++) {
    if (view.evidence(i) === NameEvidence.None) {
      const end = surnameAfterHonorific(view, i) ? i + 1 : wordFirstNameEnd(view, i);
      if (end > i) {
        out.push(candidate(view, i, end, SCORES['cue:name']!, 'cue:name'));
        covered.fill(1, i, end);
        for (let k = i; k < end; k++) {
          const base = view.base[k]!;
          if (SURNAME_PARTICLES.has(base)) continue;
          (isFunctionWord(base) ? titled : named).add(base);
        }
        i = end - 1;
        continue;
      }
      // "Madame de Vireval": the surname is a name word, so it recurs as found names do
      const surnameEnd = particleSurnameEnd(view, i);
      if (surnameEnd > i) {
        out.push(candidate(view, i, surnameEnd, SCORES['cue:name']!, 'cue:name'));
        covered.fill(1, i, surnameEnd);
        for (let k = i; k < surnameEnd; k++)
          if (view.evidence(k) >= NameEvidence.CommonWord) foundPart(view.base[k]!);
        i = surnameEnd - 1;
      }
      continue;
    }
    // "the name on that account?" / "yeah, Ada Quist" (person-answer-cue.ts)
    const cue = cueBeforeChain(ctx.tokens, i) ?? answerLabelCue(ctx, i, cueBeforeChain);
    // "a folk band named Velmora": a thing's name, no cue for a person
    const before = labelWithColon(ctx, i, namesAThing(ctx, i, cue) ? null : cue);
    const strongCue = before !== null && (before.strong === true || before.min === NameEvidence.CommonWord);
    const end = chainEnd(view, i, strongCue && before.reason !== 'cue:vocative');
    // "Whitlock Brook", "Lake Chad", "University of Dunmore", "Leeds and London": the whole
    // chain names a place, so no word of it is tried again as a name on its own
    if (before === null && namesPlace(view.places, i, end)) {
      i = end - 1;
      continue;
    }
    const verdict = judgeChain(view, i, end, before) ?? continuedChain(view, i, out[out.length - 1]);
    if (!verdict) continue;
    const { reason } = verdict;
    const start = leadingInitials(view, casedStart(view, verdict.start, end));
    out.push(candidate(view, start, end, SCORES[reason]!, reason));
    covered.fill(1, start, end);
    for (let k = start; k < end; k++)
      if (view.evidence(k) >= NameEvidence.CommonWord) foundPart(view.base[k]!);
    i = end - 1;
  }
  // "Aarav, Luna, Nina and Baatar": an unknown word listed among names is one too
  for (const k of listedAmongNames(view, out, covered)) {
    out.push(candidate(view, k, k + 1, SCORES.list!, 'list'));
    covered[k] = 1;
    foundPart(view.base[k]!);
  }
  // "wang zhenhao", "Dou Mingxuan": a Chinese family name and a given name of pinyin syllables
  const make = (s: number, e: number, reason: string): Candidate =>
    candidate(view, s, e, SCORES[reason]!, reason);
  for (const c of addPinyinNames(view, out, covered, make))
    for (let k = c.startWord; k < c.endWord; k++) foundPart(view.base[k]!);
  // "@NicholasPegg", "at jaketapper": a handle that spells a full name
  // "#AlanVelkan": a hashtag that is a full name and nothing else (person-hashtag-names.ts)
  for (const k of [...nameHandles(ctx), ...nameHashtags(ctx, view.uncased)]) {
    if (covered[k]) continue;
    out.push(candidate(view, k, k + 1, SCORES.handle!, 'handle'));
    covered[k] = 1;
  }
  // given names, initials and particles before a found name; possessives before relatives, quote
  // speakers, objects of "asked ... to" (person-extend.ts)
  const earlier = new Set(out);
  extendNames(view, out, covered, make);
  // a family name a full-name cue or a particle places, items of a list of names (person-cue-frames.ts)
  addFramedNames(view, out, covered, make);
  // "Varnholt, K. (1991)": an author of a reference list with initials (person-citations.ts)
  addCitationNames(view, out, covered, make);
  // "kevin okoro i i", "maria lenz m d": a generational suffix or degree after a full name
  addNameSuffixes(view, out, covered);
  // "DJ Varko", "lil dorva": a performer's prefix opens a stage name (person-stage.ts)
  addStageNames(view, out, covered, make);
  // a word between two names, an initial after a given name, "love" closing a message (person-runs.ts)
  addNameRuns(view, out, covered, make);
  // a rare listed given name paired with a found name or after "tell", "invited" (person-positions.ts)
  addNamesInPersonPlaces(view, out, covered, make);
  // words no list knows in a slot only a person fills: "we invoiced X", "X's account" (person-slots.ts)
  addNamesInPersonSlots(view, out, covered, make);
  // a given name before a name found by its shape, a word before "and her family" (person-shaped.ts)
  addShapedNeighbours(view, out, covered, make);
  // "Secretary of State Orvel Tamsby", "Special Envoy de Varnholt": an office's holder (person-office-holders.ts)
  addOfficeHolderNames(view, out, covered, make);
  // "After Orvelan's death", "Orvelan's second husband": a possessive only a person fills (person-possessive-events.ts)
  addPossessiveEventNames(view, out, covered, make);
  // a full name after a formal title, an item of a comma list of full names (person-genres.ts)
  addGenreNames(view, out, covered, make);
  // a family name after a found given name, a given name before a found family name, a name after
  // a role noun ("founder Ada Quist"), in formatted text (person-cased-grow.ts)
  addCasedNames(view, out, covered, make);
  // "named her Odile", "the gender of Vesna", "early Velbrandt?", '"...," says Rosalind Vey', a
  // lower-case item of a list of names, in formatted text (person-written-frames.ts)
  addWrittenFrameNames(view, out, covered, make);
  // "by A. Velkhaus", "R Velkanathan", "Sean O' Velkan": initials and a split particle (person-initials.ts)
  addInitialledNames(view, out, covered, make);
  // "Velkor B. Amundai", "velkor b amundai": two name words around a middle initial (person-middle-initials.ts)
  addMiddleInitialNames(view, out, covered, make);
  // '"..." - Mark Baker', "Photo credit: Sue Steward": an author after a dash, a credit line (person-attribution.ts)
  addAttributedNames(view, out, covered, make);
  // "Orrelby also asked", "Velkan himself wrote": a lone name, an adverb, a verb (person-adverb-subject.ts)
  addAdverbSubjects(view, out, covered, make);
  // "Quarrison requested", "Orrelby has": a lone name before a verb form the lexicon lacks (person-verb-subject.ts)
  addVerbFormSubjects(view, out, covered, make);
  // "Tamsin Orrelby and Velkhaus": an unlisted item of a list that holds a found name (person-coordination.ts)
  addCoordinatedNames(view, out, covered, make);
  // "They had six: Velkor, Amundai, Tesmira and Obrani": a list of words no list holds (person-unknown-lists.ts)
  addUnknownListNames(view, out, covered, make);
  // "then he met Velkor Amundai in 1977": two or three title-case words no list holds inside a sentence (person-unknown-pairs.ts)
  addUnknownPairNames(view, out, covered, make);
  // "XI: Hart, Osei, Brandvik, Sterling, Moravec": items of a comma list of mostly found names (person-coordination.ts)
  addCommaListNames(view, out, covered, make);
  // "Orvel Tamsbury, chair of the gallery", "Orvelan Quist, 34, a teacher": a described name (person-role-appositions.ts)
  addRoleAppositionNames(view, out, covered, make);
  // 'Latest: Orvel Tamsbury: "Under ...', "Velkor Amundai: I did not": a statement's speaker (person-colon-speakers.ts)
  addColonSpeakerNames(view, out, covered, make);
  // "the Orvelan brothers", "the Quistrem twins": a family name before a plural of siblings (person-sibling-names.ts)
  addSiblingNames(view, out, covered, make);
  // "Thank you Velkor for the tip", "you left me Velkor,": the person spoken to, in formatted text (person-cased-addressed.ts)
  addCasedAddressedNames(view, out, covered, make);
  // "Ingrid, Here is the draft.": a mail's salutation line opening a turn (person-salutation-lines.ts)
  addSalutationLineNames(view, out, covered, make);
  // raw ASR: a family name of name shape after a found given name, a name field, "call me ilse" (person-asr-names.ts)
  addAsrNames(view, out, covered, make);
  // raw ASR: "velmira's sister", a name's possessive before a person's noun (person-asr-possessive.ts)
  addAsrPossessiveNames(view, out, covered, make);
  // raw ASR: unknown words after "named after", "assistant to", before "who" (person-asr-unknown.ts)
  addAsrUnknownNames(view, out, covered, make);
  // raw ASR: "dear velkor", "yours sincerely velkor amundai", "sorry velkor i ..." (person-asr-addressed.ts)
  addAsrAddressedNames(view, out, covered, make);
  // raw ASR: "add velkor amundai as guardian" (person-asr-as-role.ts)
  addAsrAsRoleNames(view, out, covered, make);
  // raw ASR: "they had six velkor amundai tesmira and obrani" (person-asr-unknown-lists.ts)
  addAsrUnknownListNames(view, out, covered, make);
  // raw ASR: "change it to velkor", "i'm velkor amundai originally from", "nurse velkor" (person-asr-slots.ts)
  addAsrSlotNames(view, out, covered, make);
  // raw ASR: "velkor amundai's tales", "velkor amundai listed his" (person-asr-agreement.ts)
  addAsrAgreementNames(view, out, covered, make);
  // raw ASR: "dorvak hallesti and pramlo vinkert", "produced by pramlo vinkert" (person-asr-frames.ts)
  addAsrFrameNames(view, out, covered, make);
  // raw ASR: "dorvak hallesti has signed", "pramlo vinkert said": the subject of a clause (person-asr-subjects.ts)
  // raw ASR: "dorvak hallesti and pramlo vinkert", two unknown full names joined (person-asr-pairs.ts)
  addAsrPairNames(view, out, covered, make);
  addAsrSubjectNames(view, out, covered, make);
  // raw ASR: "i love dorvak hallesti but", two unknown words inside plain English (person-asr-english-runs.ts)
  addAsrEnglishRunNames(view, out, covered, make);
  // the raw-ASR passes over sentences written all in lower case in a cased call (person-lower-sentence-names.ts)
  addLowerSentenceNames(view, out, covered, make);
  // "Rusty and Dora were great": a listed name paired with a found one before a plural verb (person-plural-pairs.ts)
  addPluralPairNames(view, out, covered, make);
  for (const c of out) {
    if (earlier.has(c)) continue;
    for (let k = c.startWord; k < c.endWord; k++)
      if (view.evidence(k) >= NameEvidence.CommonWord) foundPart(view.base[k]!);
  }
  const firstRecurrence = out.length;
  // call-level propagation: a name said once is redacted wherever it recurs
  for (let i = 0; i < ctx.words.length; i++) {
    if (covered[i]) continue;
    const base = view.base[i]!;
    if (!named.has(base) && !found.has(base) && !titled.has(base)) continue;
    // "Harrison Street", "Bishop Varenko High School": the name of a place, not the person again
    if (repeatInPlaceName(view.places, i, i + 1)) continue;
    if (thingAfterDeterminer(ctx, i, i + 1)) continue;
    const recurs =
      (named.has(base) && !view.masked(i)) ||
      (found.has(base) && recursAsName(view, i)) ||
      (titled.has(base) && titledRecurrence(view, i));
    if (recurs) out.push(candidate(view, i, i + 1, SCORES.propagated!, 'propagated'));
  }
  // a recurrence grows as a first mention does: "Colonel Marcus L. Fenwright" after "Marcus Fenwright"
  for (let n = firstRecurrence; n < out.length; n++) covered.fill(1, out[n]!.startWord, out[n]!.endWord);
  // raw ASR: "helga burns ... later burns retired": a found family name that is also a word, as a subject
  for (const i of familyNameRecurrences(view, out, covered)) {
    out.push(candidate(view, i, i + 1, SCORES.propagated!, 'propagated'));
    covered[i] = 1;
  }
  growNames(view, out, covered, make, firstRecurrence);
  // "Bram and Odile Orrelby": a given name sharing the family name of the found name after it (person-shared-surname.ts)
  addSharedSurnameNames(view, out, covered, make);
  // "Tavita Oyelaran Alcalá de Henares Spain": the town of the country after it is no name
  trimTownTails(ctx, out, make);
  return out;
}

/** "okay miss he", "He, first name ...": a surname that is a function word, where a title or an after-cue marks it. */
function titledRecurrence(view: CallView, i: number): boolean {
  const { ctx } = view;
  const prev = ctx.tokens[i - 1] ?? '';
  if (HONORIFICS.has(prev) || prev === 'miss' || prev === 'dr') return true;
  const after = cueAfterChain(ctx.tokens, i + 1);
  return after !== null && after.min <= NameEvidence.Unknown && after.verb !== true;
}

/**
 * A recurrence of a name that is also a word is a name only in a name position, not where it is
 * used as the word ("i will send it", "i hope so", "the holly bush", "grace period", "Ace
 * Hardware"): after a greeting ("hi will", "thanks, joy"), closing the phrase, before an after-cue
 * ("joy speaking") or a verb of saying ("grace said"), or a noun opening a sentence before a new
 * clause ("joy can you hold").
 */
function recursAsName(view: CallView, i: number): boolean {
  if (view.evidence(i) >= NameEvidence.Unknown) return true;
  const { ctx } = view;
  if (view.masked(i) || afterDeterminer(ctx.tokens, i)) return false;
  // "Brandt Music ... loves all music": in a call written in case, a found name that is also
  // a word recurs in lower case as the word
  if (!view.uncased && /^\p{Ll}/u.test(ctx.words[i]!.text)) return false;
  if (cueBeforeChain(ctx.tokens, i)?.strong) return true;
  const base = view.base[i]!;
  // "yes i will.", "we may": a modal after its subject
  if (modalUse(view, i, i + 1) || (isFunctionWord(base) && SUBJECTS.has(ctx.tokens[i - 1] ?? '')))
    return false;
  const after = cueAfterChain(ctx.tokens, i + 1);
  if (closesPhrase(ctx, i) || (after !== null && after.verb !== true)) return true;
  // "the referee warned Banks twice": in text written in case, a found name that is also a word
  // recurs with its capital inside a sentence (not in a title-case phrase: "West Bank Branch")
  if (
    !view.uncased &&
    TITLE_CASE.test(ctx.words[i]!.text) &&
    !isFunctionWord(base) &&
    !isSentenceStart(ctx, i) &&
    !inTitleCasePhrase(view, i, i + 1)
  )
    return true;
  // "Bush appointed ...", "Rusty drove over": opening a sentence before a verb of a person's doing
  if (
    !view.uncased &&
    TITLE_CASE.test(ctx.words[i]!.text) &&
    !isFunctionWord(base) &&
    agentVerbAfter(view, i)
  )
    return true;
  const verb = VERB_NAMES.has(base) || isFunctionWord(base) || hasLexiconTag(base, VERB_TAGS);
  if (verb) return false;
  // "and grace said", "hunter told me"
  return (
    REPORTING.has(ctx.tokens[i + 1] ?? '') ||
    (isSentenceStart(ctx, i) && CLAUSE_START.has(ctx.tokens[i + 1] ?? ''))
  );
}
const SUBJECTS = wordSet('names/context/subjects');
/** Verbs of saying after a name: "grace said", "hunter told me". */
const REPORTING = wordSet('names/context/reporting-verbs');
/** Verbs whose subject is a person ("nominated", "came"), with the verbs of saying. */
const AGENT_VERBS = new Set([...wordSet('names/context/agent-verbs'), ...REPORTING]);
/** Adverbs between a subject and its verb: "Bush then appointed". */
const SUBJECT_ADVERBS = new Set([
  'also',
  'then',
  'later',
  'never',
  'just',
  'once',
  'again',
  'himself',
  'herself',
]);

/**
 * Formatted text: does the word after i (one adverb may come between) take a person as subject,
 * written in lower case, in the same sentence? The word at i is a found name that is also a word,
 * written with its capital; only a sentence's opening word needs this test.
 */
function agentVerbAfter(view: CallView, i: number): boolean {
  const { ctx } = view;
  if (!isSentenceStart(ctx, i) || /[^\p{L}]$/u.test(ctx.words[i]!.text)) return false;
  let k = i + 1;
  if (SUBJECT_ADVERBS.has(ctx.tokens[k] ?? '') && /^\p{Ll}+$/u.test(ctx.words[k]!.text)) k++;
  const text = ctx.words[k]?.text ?? '';
  return (
    k < ctx.words.length &&
    speakerOf(ctx, i) === speakerOf(ctx, k) &&
    /^\p{Ll}/u.test(text) &&
    AGENT_VERBS.has(ctx.tokens[k]!)
  );
}

export const personDetector: Detector = {
  name: NAME,
  entityTypes: ['PERSON'],
  detect: detectPersons,
};
