/**
 * An armed or political group known by one name (lexicons/names/context/non-person-proper/groups.txt:
 * acronyms said as words, "Isil", "Farc", and names such as "Hamas") is the subject and object of the
 * same verbs a person is: "X said", "at the hands of X", "deny X a safe haven". A weak context cue
 * (a verb of saying after it, a verb whose object is a person before it) is therefore no evidence of
 * a person when the word is a group's name, although some name lists hold it as a given name
 * (person-place-veto.ts already drops it when the name list alone found it).
 * A candidate whose words are exactly one group entry goes, whatever cue found it, unless:
 * - a naming cue, a label or a vocative placed it ("my name is Isil", "Name: Isil", "thanks Isil");
 * - a title or honorific stands right before it ("Ms Isil");
 * - the call writes it in a name of two words or more that no spreading copied ("Isil Tarvan").
 * A group's name closing a longer candidate whose other words no name list holds ("Tamsby
 * Isil's capital") makes no full name either: the candidate goes, with the spread copies of its other
 * words. Runs after the names spread over the call (analyze.ts), so the copies of a vetoed word go too.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordList } from '../lexicon-files.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { sameSpeaker } from '../call-words.js';
import { EITHER, FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';

const GROUPS: ReadonlySet<string> = new Set(
  readWordList('names/context/non-person-proper/groups.txt').map((e) => e.toLowerCase()),
);
const TITLES: ReadonlySet<string> = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/context/honorifics'),
]);
/** Cues that name a person whatever word follows: they keep a group's name as a person's. */
const NAMING_CUE = /^cue:(?:name|label|vocative|introduction)/u;

const baseOf = (ctx: DetectionContext, k: number): string => nameBase(ctx.tokens[k] ?? '').replace(/^#/u, '');

/** The candidate's words as one lower-case phrase, possessives and hashtag marks dropped. */
function phraseOf(ctx: DetectionContext, c: Candidate): string {
  const words: string[] = [];
  for (let k = c.startWord; k < c.endWord; k++) words.push(baseOf(ctx, k));
  return words.join(' ');
}

/** Is the candidate a group's name that nothing marks as a person's (see the header)? */
function groupName(ctx: DetectionContext, c: Candidate, inFullNames: ReadonlySet<string>): boolean {
  if (!GROUPS.has(phraseOf(ctx, c)) || NAMING_CUE.test(c.reason ?? '')) return false;
  const p = c.startWord - 1;
  if (p >= 0 && sameSpeaker(ctx, p, c.startWord) && TITLES.has(ctx.tokens[p]!.replace(/\.$/u, '')))
    return false;
  return !(c.endWord - c.startWord === 1 && inFullNames.has(baseOf(ctx, c.startWord)));
}

/** The bases of the candidate's words. */
function basesOf(ctx: DetectionContext, c: Candidate): string[] {
  const bases: string[] = [];
  for (let k = c.startWord; k < c.endWord; k++) bases.push(baseOf(ctx, k));
  return bases;
}

/** Does the base name a person in some name list? */
const listed = (b: string): boolean => (nameKinds(b) & (GIVEN | FAMILY | EITHER)) !== 0;

/**
 * A group's name closing a longer candidate whose other words no name list holds ("the liberation
 * of Tamsby Isil's capital"): the group's name made the pair, which names no person. Opening one,
 * it is a given name ("Isis Delacroix").
 */
function pairWithGroup(ctx: DetectionContext, c: Candidate, bases: readonly string[]): boolean {
  if (bases.length < 2 || NAMING_CUE.test(c.reason ?? '') || !GROUPS.has(bases[bases.length - 1]!))
    return false;
  return bases.slice(0, -1).every((b) => !GROUPS.has(b) && !listed(b));
}

const spread = (c: Candidate): boolean => c.reason === 'propagated' || c.detector === 'propagation';

/**
 * The candidates without the PERSON ones that name an armed or political group, nor a pair of a
 * group's name and unlisted words, nor the spread copies of such a pair's other words.
 */
export function vetoGroupNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  let any = false;
  for (const c of candidates)
    if (
      c.type === 'PERSON' &&
      (GROUPS.has(baseOf(ctx, c.startWord)) || GROUPS.has(baseOf(ctx, c.endWord - 1)))
    )
      any = true;
  if (!any) return [...candidates];
  // words of the call's names of two words or more that a detector found (not a spread copy), but
  // for a pair closed by a group's name ("Raqqah Isil's" is no full name)
  const inFullNames = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || c.detector === 'propagation' || c.endWord - c.startWord < 2) continue;
    const bases = basesOf(ctx, c);
    if (!pairWithGroup(ctx, c, bases)) for (const b of bases) inFullNames.add(b);
  }
  const pairWords = new Set<string>();
  const kept = candidates.filter((c) => {
    if (c.type !== 'PERSON') return true;
    if (groupName(ctx, c, inFullNames)) return false;
    const bases = basesOf(ctx, c);
    if (!pairWithGroup(ctx, c, bases)) return true;
    for (const b of bases) if (!GROUPS.has(b)) pairWords.add(b);
    return false;
  });
  if (pairWords.size === 0) return kept;
  // a pair's words a detector found elsewhere by other evidence stay, with their copies
  for (const c of kept)
    if (c.type === 'PERSON' && !spread(c)) for (const b of basesOf(ctx, c)) pairWords.delete(b);
  return kept.filter(
    (c) => c.type !== 'PERSON' || !spread(c) || !basesOf(ctx, c).every((b) => pairWords.has(b)),
  );
}
