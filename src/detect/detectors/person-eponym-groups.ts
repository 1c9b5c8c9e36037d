/**
 * A name right after an article and right before a lower-case noun of a ruling or kin group ("the
 * Quist regime", "the Orvel administration", "the al bu tamsby tribe" in raw ASR,
 * lexicons/names/context/group-heads) names the group: the name modifies the noun as an adjective
 * would, and the article belongs to the noun, not to the name. A person's own possessive ("Quist's
 * regime") is left alone, and so is a name a cue placed (a name given as one's own, a label, a
 * vocative). The words between the article and the head may be particles of the name ("the Bani
 * Tamsby tribe"). The repeats of the name that propagation added stay: elsewhere the name may name
 * the person ("the regime of Quist").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const GROUP_HEADS = wordSet('names/context/group-heads');
const ARTICLES = new Set(['the', 'a', 'an']);
/** Most words between the article and the head: the whole name of the group ("Al Bu Tamsby"). */
const MAX_NAME_WORDS = 4;
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);
/** Lower-case words inside an Arabic group name: particles and "bu"/"abu" ("father of", in tribe names). */
const NAME_LINKS = new Set([...SURNAME_PARTICLES, 'bu', 'abu', 'bani', 'beni', 'banu']);

/** Is word k a lower-case group head joined to the word before it? */
function groupHead(ctx: DetectionContext, k: number): boolean {
  const word = ctx.words[k];
  if (word === undefined || !/^\p{Ll}/u.test(word.text) || !sameSpeaker(ctx, k - 1, k)) return false;
  return !PHRASE_OR_BRACKET_END.test(ctx.words[k - 1]!.text) && GROUP_HEADS.has(ctx.tokens[k]!);
}

/** Does the candidate stand between an article and a group head, with only name words between? */
function namesGroup(ctx: DetectionContext, persons: readonly Candidate[], c: Candidate): boolean {
  let end = c.endWord;
  // the name may run on past the candidate through other name candidates
  while (end < ctx.words.length && persons.some((o) => o.startWord === end)) {
    end = persons.find((o) => o.startWord === end)!.endWord;
  }
  if (/['’]s?$/u.test(ctx.words[end - 1]!.text) || !groupHead(ctx, end)) return false;
  // back to the article, over capitalised words and particles of the name ("the Al bu Tamsby")
  for (let a = c.startWord - 1; a >= 0 && end - a <= MAX_NAME_WORDS + 1; a--) {
    if (!sameSpeaker(ctx, a, c.startWord) || PHRASE_OR_BRACKET_END.test(ctx.words[a]!.text)) return false;
    const token = ctx.tokens[a]!;
    if (ARTICLES.has(token)) return true;
    if (!NAME_LINKS.has(token) && !/^\p{Lu}/u.test(ctx.words[a]!.text) && !inPerson(persons, a)) return false;
  }
  return false;
}

const inPerson = (persons: readonly Candidate[], k: number): boolean =>
  persons.some((o) => o.startWord <= k && k < o.endWord);

export function vetoEponymGroups(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  const persons = candidates.filter((c) => c.type === 'PERSON');
  if (persons.length === 0) return [...candidates];
  return candidates.filter(
    (c) => c.type !== 'PERSON' || KEPT_CUES.has(c.reason ?? '') || !namesGroup(ctx, persons, c),
  );
}
