/**
 * A nickname or pet form before a family name in written text ("Buddy Kessler", "Dusty Okafor"): the
 * broad name list holds the first word (the per-country given-name lists often lack pet forms), it is
 * an ordinary English word too, and a listed family name follows. judgeChain asks this after its
 * title-case and place checks, so "Royal Hamilton Hotel" or "Golden Gate" never reach it.
 */
import type { DetectionContext } from '../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isFrequentName } from '../gazetteer/names.js';
import { isUsState } from '../gazetteer/us-states.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';
import { EITHER, FAMILY, GIVEN, englishLevel, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { isPlaceName, isTownName, PLACE_ORG_TAGS } from './person-tags.js';

export interface GivenWordView {
  ctx: DetectionContext;
  base: readonly string[];
  evidence: (i: number) => NameEvidence;
  masked: (i: number) => boolean;
  readonly uncased: boolean;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const FAMILY_WORD = /^\p{Lu}\p{Ll}+(?:['’]s)?[.,;:!?)]?$/u;
const OPENS_SENTENCE = /[.!?:]["')\]]*$/u;
/** Parts of speech and place kinds that make the first word a word here, not a nickname. */
const NOT_NICKNAME = new Set([
  'Adjective',
  'Comparative',
  'Superlative',
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Gerund',
  'Adverb',
  'Preposition',
  ...PLACE_ORG_TAGS,
  'Date',
  'Month',
  'WeekDay',
  'Honorific',
]);
/** The broad list holds the most frequent English words too ("man", "nice"): none of them. */
const MOST_FREQUENT_LEVEL = 20;
const DETERMINER = /^(?:a|an|the|this|that|these|those|my|your|our|their|his|her|its)$/;

export function nicknameBeforeFamily(view: GivenWordView, i: number): boolean {
  if (view.uncased) return false;
  const { ctx } = view;
  const k = i + 1;
  const first = ctx.words[i]!.text;
  const second = ctx.words[k]?.text ?? '';
  if (!TITLE_CASE.test(first) || !FAMILY_WORD.test(second)) return false;
  if (i === 0 || ctx.words[i - 1]!.speaker !== ctx.words[i]!.speaker) return false;
  if (OPENS_SENTENCE.test(ctx.words[i - 1]!.text) || DETERMINER.test(ctx.tokens[i - 1] ?? '')) return false;
  if (ctx.words[k]!.speaker !== ctx.words[i]!.speaker || view.masked(i) || view.masked(k)) return false;
  const nick = view.base[i]!;
  const kinds = nameKinds(nick);
  // the per-country given names are judgeChain's own rules; this is the broad list only
  if ((kinds & GIVEN) !== 0 || (kinds & EITHER) === 0) return false;
  if ((englishLevel(nick) ?? 99) <= MOST_FREQUENT_LEVEL) return false;
  if (isFunctionWord(nick) || isBrand(nick) || hasLexiconTag(nick, NOT_NICKNAME)) return false;
  if (isNationality(nick) || isTownName(nick)) return false;
  // the family name: a listed name that is no ordinary word and no brand
  const family = view.base[k]!;
  if (view.evidence(k) < NameEvidence.Listed || (nameKinds(family) & (FAMILY | EITHER)) === 0) return false;
  return !isBrand(family);
}

/** The place markers that are prepositions ("in", "near"), not the first words of place names ("San", "Fort"). */
const PREPOSITIONS = new Set(['in', 'into', 'near', 'around', 'outside', 'visiting']);
const NUMBER = /^\p{N}/u;

/**
 * Is the lone word at i, after a preposition that usually names a place ("the shift in Kevin while he",
 * "everyone near Tomasz"), a frequent given name that no town, country, region or brand shares, and
 * no chapter of a book named after a person ("in John 3:16")?
 */
export function givenNameNoPlace(ctx: DetectionContext, base: readonly string[], i: number): boolean {
  if (!PREPOSITIONS.has(ctx.tokens[i - 1] ?? '') || NUMBER.test(ctx.words[i + 1]?.text ?? '')) return false;
  const name = base[i]!;
  if ((nameKinds(name) & GIVEN) === 0 || !isFrequentName(name) || nameEvidence(name) < NameEvidence.Frequent)
    return false;
  if (isPlaceName(name) || isBrand(name) || hasLexiconTag(name, NOT_NICKNAME) || isUsState(name))
    return false;
  if (isNationality(name)) return false;
  // the clause goes on about the person ("in Kevin while he", "near Tomasz who"): a place closes
  // its phrase or is followed by another ("in Lorvania. The", "in lorvania the"); a name before a
  // noun is a title's or a thing's first word ("a part in Tommy cafe")
  const next = ctx.tokens[i + 1] ?? '';
  return CLAUSE_AFTER_PERSON.has(next) && !/[.,;:!?)]$/u.test(ctx.words[i]!.text);
}
/** Words that carry a clause on about the person before them. */
const CLAUSE_AFTER_PERSON = new Set([
  'when',
  'who',
  'whom',
  'whose',
  'because',
  'while',
  'since',
  'although',
]);
