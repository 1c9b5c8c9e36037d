/**
 * Words of contracts read as names. A loan, lease or licence agreement names its sides by role
 * and writes the role capitalised and bare ("Notices to Lender", "Pledgor shall deliver"), and
 * its terms of art ("Lenders' Lien", "pro rata", "any bailee") are words some name list holds
 * or no English word list knows, so the person detector reads them as names. Run on the
 * detectors' PERSON candidates before names spread over the call (analyze.ts): a candidate all of
 * whose words are contract words (lexicons/names/context/contract-words) goes, so it is not found
 * again elsewhere. A naming cue ("Name:", "my name is"), a title ("Ms. Lender") or a PERSON
 * candidate beside it (a given name before a surname of the list; not another role: "notice to
 * Lender. Lender may") keeps it.
 *
 * Adverbs by which the document points into itself (lexicons/names/context/document-pointers:
 * "the persons named below", "the party named herein") go even after a naming cue.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBases } from '../name-bases.js';
import { besideAnotherPerson, NAMING_CUE, titled } from './person-lower-veto.js';

const CONTRACT_WORDS = wordSet('names/context/contract-words');
const POINTERS = wordSet('names/context/document-pointers');

/** Drops the PERSON candidates made only of contract words (see the header). */
export function dropContractWords(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const onlyContractWords = (c: Candidate): boolean => {
    for (let k = c.startWord; k < c.endWord; k++) if (!CONTRACT_WORDS.has(bases[k]!)) return false;
    return true;
  };
  // a role beside another role is no name beside a name ("notice to Lender. Lender may ...")
  const beside = besideAnotherPerson(
    ctx,
    candidates.filter((c) => c.type === 'PERSON' && !onlyContractWords(c)),
  );
  const pointer = (c: Candidate): boolean =>
    c.endWord - c.startWord === 1 && POINTERS.has(bases[c.startWord]!);
  const drop = (c: Candidate): boolean =>
    c.type === 'PERSON' &&
    !titled(ctx, c) &&
    (pointer(c) || (onlyContractWords(c) && !NAMING_CUE.test(c.reason ?? '') && !beside(c)));
  return candidates.filter((c) => !drop(c));
}
