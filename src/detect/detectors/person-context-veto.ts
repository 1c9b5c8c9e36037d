/**
 * Vetoes on PERSON candidates from the words right around a name in text written by people
 * (articles, messages), run with the call-level vetoes (person-veto.ts):
 * - the name after a verb of trade in companies and "by" ("was acquired by Korvath", "bought by
 *   Tarnwick (Oldmere)", "owned by Velstra-Kobe"): a firm. A full name that opens with a given name
 *   ("acquired by Ivo Brandt") or a name that is only a given name ("owned by Ivo") stays a person.
 *   The firm's name is no person anywhere else in the call either, nor a name in brackets right after
 *   it (the firm's former or parent name).
 * - a town or region after "vs"/"versus"/"v" ("lost the game vs Harlow"): a club. A given or family
 *   name stays ("Ivo vs Jordan").
 * - a word written in lower case, in a call written in case, that no name list holds and that is an
 *   English word ("the garden temp was 21 C"), or one of the most common English words: social text
 *   writes names in lower case, but not dictionary words that are no names.
 * - a name with a possessive before capitalised words closed by the head of a business or place
 *   ("Ivo's Tyre Repair Garage", "Mia's Guest Lodge"): the business, in a call written in case.
 * - a name in a list of things: items of capitalised words separated by commas or slashes on both
 *   sides of it (or three on one side), none of them a PERSON candidate or a word of the name lists
 *   ("clients include Vexmoor, Otto Brandt, Quorbit and Tenzaro", "Vexmoor / Otto Brandt / Quorbit"),
 *   in a call written in case. A list of names keeps its names ("Ivo Brandt, Ana Lenz, Mia Rask").
 * - "gonna", "wanna", "gotta" split as the Penn Treebank tokeniser splits them ("gon na", "wan
 *   na", "got ta"): both halves are name words of some language, together a verb.
 */
import { WRITTEN_FRAME } from './person-written-frames.js';
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isCommonWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { EITHER, FAMILY, GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { isPlaceName } from './person-tags.js';
import { PHRASE_OR_BRACKET_END, isUncased, sameSpeaker } from '../call-words.js';

type Name = readonly [Candidate, number, number];

/** Verbs of trade in companies before "by": what follows is a firm ("acquired by"). */
const TRADE_VERBS = new Set([
  'acquired',
  'bought',
  'purchased',
  'owned',
  'manufactured',
  'distributed',
  'marketed',
]);
/** Words before a rival team ("the game vs Harlow"); "against" also takes people ("a case against Coles"). */
const VERSUS = new Set(['vs', 'versus', 'v']);
const ORG_HEADS = wordSet('brands/org-heads');
const PLACE_HEADS = wordSet('names/context/place-heads');
const POSSESSIVE_HEADS = wordSet('brands/possessive-heads');
const OPENING_BRACKET = /^\(/u;
/** Heads of the names of shops and workshops named after their owner ("Ivo's Tyre Repair Garage"). */
const BUSINESS_HEADS = new Set([
  'garage',
  'bakery',
  'diner',
  'deli',
  'cafe',
  'café',
  'bar',
  'pub',
  'tavern',
  'grill',
  'salon',
  'barbershop',
  'shop',
  'store',
  'market',
  'workshop',
]);
const CAPITALISED = /^\P{L}*\p{Lu}/u;
const LOWER = /^\P{L}*\p{Ll}/u;
const POSSESSIVE = /['’]s?$/u;
/** Capitalised words between a possessive and the head of the business ("Ivo's Tyre Repair Garage"). */
const MAX_BEFORE_HEAD = 3;

const anyName = (b: string): boolean => (nameKinds(b) & (GIVEN | FAMILY | EITHER)) !== 0;
const onlyGiven = (b: string): boolean => {
  const kinds = nameKinds(b);
  return (kinds & GIVEN) !== 0 && (kinds & (FAMILY | EITHER)) === 0;
};
/** A word any name list holds, without its possessive: an item of a list that may be a missed name. */
const nameWord = (t: string): boolean => nameKinds(t.replace(/['’]s$/u, '')) !== 0;

/** The token at k if word k is in the turn of word at and does not close a phrase, else ''. */
function openBefore(ctx: DetectionContext, k: number, at: number): string {
  if (k < 0 || !sameSpeaker(ctx, k, at) || PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text)) return '';
  return ctx.tokens[k]!;
}

/** Does a verb of trade in companies and "by" stand right before word start ("acquired by")? */
function afterTradeVerb(ctx: DetectionContext, start: number): boolean {
  return openBefore(ctx, start - 1, start) === 'by' && TRADE_VERBS.has(openBefore(ctx, start - 2, start));
}

/** Is the name [start, end) a person's name by its words: a given name and more, or a given name only? */
const personByWords = (base: readonly string[], start: number, end: number): boolean =>
  end - start >= 2 ? (nameKinds(base[start]!) & GIVEN) !== 0 : onlyGiven(base[start]!);

/**
 * The names of firms the call shows trading ("acquired by Korvath"), as base tokens, and the
 * candidates of those names and of a name in brackets right after one.
 */
export function tradedFirms(
  ctx: DetectionContext,
  base: readonly string[],
  names: readonly Name[],
): { firms: string[][]; local: Set<Candidate> } {
  const firms: string[][] = [];
  const local = new Set<Candidate>();
  const firmEnds = new Set<number>();
  for (const [c, start, whole] of names) {
    // "Tarnwick (Oldmere)": the firm's name ends before a bracket
    let end = start + 1;
    while (end < whole && !OPENING_BRACKET.test(ctx.words[end]!.text)) end++;
    if (c.startWord >= end || !afterTradeVerb(ctx, start) || personByWords(base, start, end)) continue;
    firms.push(base.slice(start, end));
    local.add(c);
    firmEnds.add(end);
  }
  // "bought by Tarnwick (Oldmere)": the bracketed name is the firm's too
  for (const [c] of names)
    if (firmEnds.has(c.startWord) && OPENING_BRACKET.test(ctx.words[c.startWord]!.text)) local.add(c);
  return { firms, local };
}

/**
 * Is the one-word name at start a town or region after "vs" ("the game vs Harlow"), and no given or
 * family name ("Ivo vs Jordan")?
 */
function rivalTown(ctx: DetectionContext, base: readonly string[], start: number): boolean {
  if (!VERSUS.has(openBefore(ctx, start - 1, start).replace(/\.$/u, ''))) return false;
  const b = base[start]!;
  return (nameKinds(b) & (GIVEN | FAMILY)) === 0 && isPlaceName(b);
}

/** Is the word at k, written in lower case in a cased call, an English word and no name? */
function lowerCaseWord(ctx: DetectionContext, base: readonly string[], k: number): boolean {
  if (!LOWER.test(ctx.words[k]!.text)) return false;
  const b = base[k]!;
  return isCommonWord(b) || (!anyName(b) && englishLevel(b) !== undefined);
}

/** Heads of sports clubs' names: after a possessive and a town they are someone's team. */
const TEAM_HEADS = new Set(['fc', 'afc', 'rovers', 'wanderers', 'albion', 'hotspur', 'united', 'athletic']);

/**
 * Does a possessive name at start head a business: the possessive ("Ivo's", "Ivo' s") and at most
 * three capitalised words closed by the head of a business or place ("Tyre Repair Garage")?
 */
function possessiveBusiness(ctx: DetectionContext, end: number): boolean {
  const { words, tokens } = ctx;
  let k = end;
  const last = words[end - 1]!.text;
  if (!POSSESSIVE.test(last.replace(/^\[/u, ''))) {
    return false;
  }
  // "Ivo' s": the tokenizer split the possessive's "s" off
  if (/['’]$/u.test(last) && tokens[k] === 's' && sameSpeaker(ctx, end - 1, k)) k++;
  for (let n = 0; n <= MAX_BEFORE_HEAD && k < tokens.length; n++, k++) {
    if (!sameSpeaker(ctx, end - 1, k) || !CAPITALISED.test(words[k]!.text)) return false;
    const t = tokens[k]!;
    // "Ivo's Tamsby Rovers bid": a person's team, the possessive is the person
    if (n > 0 && TEAM_HEADS.has(t)) return false;
    if (ORG_HEADS.has(t) || PLACE_HEADS.has(t) || POSSESSIVE_HEADS.has(t) || BUSINESS_HEADS.has(t))
      return true;
    if (PHRASE_OR_BRACKET_END.test(words[k]!.text)) return false;
  }
  return false;
}

/** Words of an item of a list, at most ("Copper Lantern", "Tyre Repair Garage"). */
const MAX_ITEM_WORDS = 3;
/** Items of a list read on each side of a name. */
const MAX_ITEMS_EACH_SIDE = 3;
/** Items on one side of a name that are no person's, from which the list is one of things. */
const MIN_ONE_SIDE = 3;
const SLASH = /^[/|]$/u;
const COMMA_END = /,$/u;
const STRIP = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The items of the list of capitalised words around [start, end), one side at a time: separated by
 * commas or slashes ("Arlen, Dusk / Orvey"), of at most three capitalised words each. Each item is
 * reported as a person's (a PERSON candidate covers a word of it) or not; the walk stops at anything
 * else ("and many more", a full stop). A word of the name lists counts as a person's: it may be a
 * name the detectors missed.
 */
function listItems(
  ctx: DetectionContext,
  person: Uint8Array,
  start: number,
  end: number,
): { left: number; right: number; persons: boolean } {
  const { words } = ctx;
  let left = 0;
  let right = 0;
  let persons = false;
  const capital = (k: number): boolean => CAPITALISED.test(words[k]!.text.replace(STRIP, ''));
  const same = (k: number): boolean => k >= 0 && k < words.length && sameSpeaker(ctx, k, start);
  // to the left: "Dusk / [name]" or "Dusk, [name]"
  let k = start - 1;
  for (let n = 0; n < MAX_ITEMS_EACH_SIDE; n++) {
    if (same(k) && SLASH.test(words[k]!.text)) k--;
    else if (!(same(k) && COMMA_END.test(words[k]!.text))) break;
    let w = 0;
    let isPerson = false;
    while (w < MAX_ITEM_WORDS && same(k) && capital(k) && !SLASH.test(words[k]!.text)) {
      if (w > 0 && PHRASE_OR_BRACKET_END.test(words[k]!.text)) break;
      isPerson ||= person[k] === 1 || nameWord(ctx.tokens[k]!);
      w++;
      k--;
    }
    if (w === 0) break;
    left++;
    persons ||= isPerson;
  }
  // to the right: "[name] / Dusk" or "[name], Dusk"
  k = end;
  let closedBy = words[end - 1]!.text;
  for (let n = 0; n < MAX_ITEMS_EACH_SIDE; n++) {
    if (same(k) && SLASH.test(words[k]!.text)) k++;
    else if (!COMMA_END.test(closedBy)) break;
    let w = 0;
    let isPerson = false;
    while (w < MAX_ITEM_WORDS && same(k) && capital(k) && !SLASH.test(words[k]!.text)) {
      isPerson ||= person[k] === 1 || nameWord(ctx.tokens[k]!);
      closedBy = words[k]!.text;
      w++;
      k++;
      if (PHRASE_OR_BRACKET_END.test(closedBy)) break;
    }
    if (w === 0) break;
    right++;
    persons ||= isPerson;
    if (!COMMA_END.test(closedBy) && !(same(k) && SLASH.test(words[k]!.text))) break;
  }
  return { left, right, persons };
}

/**
 * Is the name [start, end) an item of a list of things: items of capitalised words that no PERSON
 * candidate covers on both sides of it, or three on one side, and none that one covers ("clients
 * include Velstra-Kobe, Arlen Dusk, Orvey / Tarnwick")? A list of names ("Ivo Brandt, Ana Lenz, Mia
 * Rask") has persons around each; a place and a country before a name ("from Harlow, Kentia, Ivo
 * was born") or the parts of a citation after it ("Ivo Brandt, Collected Letters, Vol. 2") are no
 * list around it.
 */
function inListOfThings(ctx: DetectionContext, person: Uint8Array, start: number, end: number): boolean {
  const { left, right, persons } = listItems(ctx, person, start, end);
  if (persons) return false;
  return (left >= 1 && right >= 1) || left >= MIN_ONE_SIDE || right >= MIN_ONE_SIDE;
}

/** First halves of "gonna", "wanna", "gotta" split as tokenisers split them, with their second half. */
const SPLIT_CONTRACTIONS = new Map([
  ['gon', 'na'],
  ['wan', 'na'],
  ['got', 'ta'],
]);
/** Is word k a half of a split "gonna", "wanna", "gotta"? */
const contractionHalf = (ctx: DetectionContext, k: number): boolean => {
  const second = (j: number): string | undefined =>
    j >= 0 ? SPLIT_CONTRACTIONS.get(ctx.tokens[j]!) : undefined;
  const next = second(k);
  const before = second(k - 1);
  return (
    (next !== undefined && next === ctx.tokens[k + 1]) || (before !== undefined && before === ctx.tokens[k])
  );
};
/** A candidate of halves of split contractions only ("gon na", "gon"). */
const splitContraction = (ctx: DetectionContext, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (!contractionHalf(ctx, k)) return false;
  return true;
};

/** The PERSON candidates that the words right around their name show to be no person. */
export function contextVetoes(
  ctx: DetectionContext,
  base: readonly string[],
  names: readonly Name[],
): Set<Candidate> {
  const out = new Set<Candidate>();
  const cased = !isUncased(ctx.words);
  const person = new Uint8Array(ctx.words.length);
  for (const [c] of names) person.fill(1, c.startWord, c.endWord);
  for (const [c, start, end] of names) if (cased && inListOfThings(ctx, person, start, end)) out.add(c);
  for (const [c, start, end] of names) {
    if (splitContraction(ctx, c.startWord, c.endWord)) out.add(c);
    else if (end - start === 1 && rivalTown(ctx, base, start)) out.add(c);
    // a name that a frame of written grammar placed ("named him randy") is no stray word
    else if (cased && end - start === 1 && c.reason !== WRITTEN_FRAME && lowerCaseWord(ctx, base, start))
      out.add(c);
    else if (cased && c.endWord === end && possessiveBusiness(ctx, end)) out.add(c);
  }
  return out;
}
