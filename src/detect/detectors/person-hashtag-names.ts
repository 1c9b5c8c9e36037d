/**
 * Hashtags that are a person's full name and nothing else, in formatted text: "#AlanVelkan",
 * "#tamsinorrelby". Social text tags a person by writing the name without its space, as handles do
 * (person-handles.ts); a hashtag is a topic as often, so the whole tag must split into exactly a
 * given name and a family name of the gazetteer: at the one capital inside it ("#ShaneVelkan"), or,
 * all in lower case, at the one place where a frequent given name ends and a listed name begins
 * (one capitalised word, "#Velkan", is a word or a name alone).
 * Tags with more words ("#IvoBrandtFacts", "#TeamIvo", "#MyNameIsIvo") name a topic, not the
 * person, and stay visible. Raw ASR says "hashtag" and is left alone.
 */
import type { DetectionContext } from '../types.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';
import { isFrequentName } from '../gazetteer/names.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isPlaceName } from './person-tags.js';

/** "#" and letters only, then punctuation at most. */
const HASHTAG = /^#(\p{L}{6,})[^\p{L}\p{N}_#]*$/u;
/** Shortest given or family name tried when a one-case tag is split. */
const MIN_PART = 3;

const givenName = (part: string): boolean =>
  (nameKinds(part) & GIVEN) !== 0 && (isFrequentName(part) || nameEvidence(part) === NameEvidence.Frequent);
const familyName = (part: string): boolean => nameEvidence(part) >= NameEvidence.Listed && !isPlaceName(part);

/** Does the tag body split into exactly a given name and a family name? */
export function tagIsFullName(body: string): boolean {
  if (!/^\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(body)) return false;
  const parts = body.split(/(?<=\p{Ll})(?=\p{Lu})/u).map((p) => p.toLowerCase());
  if (parts.length === 2)
    return parts[1]!.length >= MIN_PART && givenName(parts[0]!) && familyName(parts[1]!);
  // "#Velkanathan": one capitalised word is a word or a name alone, not two glued together
  if (!/^\p{Ll}+$/u.test(body)) return false;
  const word = body;
  // the tag as a whole is a word or a name of the lists ("#christmas", "#jackson"): no full name
  if (nameEvidence(word) !== NameEvidence.Unknown) return false;
  let splits = 0;
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++)
    if (givenName(word.slice(0, cut)) && familyName(word.slice(cut))) splits++;
  return splits === 1;
}

/** Words that are hashtags spelling a full name (formatted text only). */
export function nameHashtags(ctx: DetectionContext, uncased: boolean): number[] {
  if (uncased) return [];
  const out: number[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const m = HASHTAG.exec(ctx.words[i]!.text);
    if (m && tagIsFullName(m[1]!)) out.push(i);
  }
  return out;
}
