/**
 * A party's role run into a name in raw ASR. Without case a contract's bare role follows any word
 * the name lists hold ("we hereby grant lessor a right"), and the person detector reads
 * the pair as a full name; the role then spreads over the call. A contract names its sides by
 * role again and again, a person rarely by a bare surname: where the call says the role word at
 * least MIN_BARE more times outside every PERSON candidate, the role
 * (lexicons/names/context/contract-words/parties-en.txt) is trimmed off the edge of a candidate
 * of several words. Raw ASR only (written text keeps the capitals that person-contract-words.ts
 * and person-defined-terms.ts read); run before names spread (analyze.ts). A naming cue or a
 * title keeps the candidate whole.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordList } from '../lexicon-files.js';
import { nameBases } from '../name-bases.js';
import { isUncased } from '../call-words.js';
import { NAMING_CUE, titled } from './person-lower-veto.js';

const ROLES: ReadonlySet<string> = new Set(
  readWordList('names/context/contract-words/parties-en.txt').map((w) => w.toLowerCase()),
);
/** Bare uses of the role elsewhere in the call that mark it as the document's role word. */
const MIN_BARE = 2;

/** Trims parties' roles off the edges of raw ASR PERSON candidates (see the header). */
export function trimContractRoleEdges(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!isUncased(ctx.words)) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const inPerson = new Set<number>();
  for (const c of candidates)
    if (c.type === 'PERSON') for (let k = c.startWord; k < c.endWord; k++) inPerson.add(k);
  const bare = new Map<string, number>();
  bases.forEach((b, k) => {
    if (ROLES.has(b) && !inPerson.has(k)) bare.set(b, (bare.get(b) ?? 0) + 1);
  });
  if (bare.size === 0) return [...candidates];
  const role = (k: number): boolean => (bare.get(bases[k]!) ?? 0) >= MIN_BARE;
  return candidates.map((c) => {
    if (
      c.type !== 'PERSON' ||
      c.endWord - c.startWord < 2 ||
      NAMING_CUE.test(c.reason ?? '') ||
      titled(ctx, c)
    )
      return c;
    let start = c.startWord;
    let end = c.endWord;
    if (role(start)) start++;
    if (end - start > 1 && role(end - 1)) end--;
    if (start === c.startWord && end === c.endWord) return c;
    return { ...c, startWord: start, endWord: end, value: ctx.tokens.slice(start, end).join(' ') };
  });
}
