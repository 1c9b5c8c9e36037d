/**
 * A lone family name as the subject of a verb with an adverb between them, in formatted text only:
 * "Orrelby also asked the ministers ...", "Velkanathan later told reporters ...", "Quarrison
 * himself wrote ...". person.ts reads a title-case word no list knows as a name when a finite verb
 * follows it ("Orrelby asked"); English puts a sentence adverb or a reflexive pronoun between a
 * subject and its verb, and the word is the same subject there. The adverbs are a closed set of
 * time, focus and report adverbs that stand before a verb; the reflexives "himself"/"herself" are
 * said of people only.
 *
 * The word is written in title case (no acronym), no list holds it as an ordinary word, place, firm
 * or date, it is no verb nor a coinage of two English words ("Autopay also ..."), and it follows no article or possessive determiner ("the Orrelby also
 * won" names a thing).
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { PLACE_ORG_DATE_TAGS, isPlaceName } from './person-tags.js';
import { closes } from './person-written-frames.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]*\p{Ll}$/u;
const DETERMINERS = wordSet('names/context/determiners');
const FINITE_VERB = new Set(['PastTense', 'PresentTense']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable']);
const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Verb']);
/** Adverbs that stand between a subject and its finite verb: "X also asked", "X later said". */
const MID_ADVERBS = new Set([
  'also',
  'later',
  'then',
  'still',
  'never',
  'once',
  'recently',
  'previously',
  'reportedly',
  'allegedly',
  'already',
  'often',
  'finally',
  'subsequently',
  'initially',
  'eventually',
  'originally',
  'repeatedly',
  'publicly',
  'personally',
  'himself',
  'herself',
]);

/** Everyday English words of SCOWL's most frequent levels. */
const everydayEnglish = (w: string): boolean => isCommonWord(w) || (englishLevel(w) ?? 99) <= 35;
/** "Autopay", "Crazyhead": a word no list knows made of two everyday English words is a coinage (shared with person.ts). */
export function englishCompound(base: string): boolean {
  for (let cut = 3; cut <= base.length - 3; cut++)
    if (everydayEnglish(base.slice(0, cut)) && everydayEnglish(base.slice(cut))) return true;
  return false;
}

/** Is word k a lone unlisted title-case word that opens "adverb + finite verb"? */
function subjectBeforeAdverb(view: ExtendView, k: number, covered: Uint8Array): boolean {
  const { ctx } = view;
  const { tokens, words } = ctx;
  if (k + 2 >= words.length || covered[k] || view.masked(k)) return false;
  if (!sameSpeaker(ctx, k, k + 2) || closes(view, k) || closes(view, k + 1)) return false;
  if (!MID_ADVERBS.has(tokens[k + 1]!) || !/^\p{Ll}+$/u.test(words[k + 1]!.text)) return false;
  const verb = tokens[k + 2]!;
  if (!hasLexiconTag(verb, FINITE_VERB) || hasLexiconTag(verb, NOUN_TAGS)) return false;
  return loneSubjectName(view, k);
}

/**
 * Can word k be a lone name as a verb's subject (shared with person-verb-subject.ts)? Title case,
 * no list or a broad list only, no short, function, verb, place, firm, date or brand word, no
 * coinage of two English words, no determiner before it and no capitalised word running into it.
 */
export function loneSubjectName(view: ExtendView, k: number): boolean {
  const { ctx } = view;
  const { tokens, words } = ctx;
  if (!TITLE_CASE.test(words[k]!.text)) return false;
  const evidence = view.evidence(k);
  if (evidence !== NameEvidence.Unknown && evidence !== NameEvidence.Listed) return false;
  const base = view.base[k]!;
  if (base.length < 3 || isFunctionWord(base) || hasLexiconTag(base, VERB_TAGS) || englishCompound(base))
    return false;
  if (hasLexiconTag(base, PLACE_ORG_DATE_TAGS) || isPlaceName(base) || isBrand(base)) return false;
  // "the Orrelby also won", "his Velkan later ...": a word after a determiner names a thing
  if (k > 0 && sameSpeaker(ctx, k - 1, k) && DETERMINERS.has(tokens[k - 1]!) && !closes(view, k - 1))
    return false;
  // "Velkhaus Orrelby also ...": a capitalised word runs into it ("Then" opening the sentence does not)
  if (k === 0 || !sameSpeaker(ctx, k - 1, k) || closes(view, k - 1)) return true;
  return !/^\p{Lu}/u.test(words[k - 1]!.text) || isFunctionWord(view.base[k - 1]!);
}

/** Adds the names above (formatted text only); `covered` is kept in step. */
export function addAdverbSubjects(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  if (view.uncased) return;
  for (let k = 0; k + 2 < view.ctx.words.length; k++) {
    if (!subjectBeforeAdverb(view, k, covered)) continue;
    out.push(make(k, k + 1, 'subject'));
    covered[k] = 1;
  }
}
