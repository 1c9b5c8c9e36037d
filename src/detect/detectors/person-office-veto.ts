/**
 * Offices addressed instead of a person. Notice clauses and letters name an office or department
 * where a name could stand ("Attention: General Counsel", "Attn: Loan Operations", raw ASR
 * "attention chief credit officer"), and a label lets any word through as a name. A PERSON
 * candidate made only of office words (lexicons/names/context/office-words, the offices of
 * signature blocks, office titles and occupations) is dropped when at least one of its words is
 * held by no name list or is a signatory's office ("President"): "General Counsel" and
 * "Attention: President" go, "Dean", "Mark Baker" or "Director Quist" stay. Ranks and titles
 * alone count too: "Maj." and "Gen." of "Brigade Chief, Maj. Gen. Ada Quist" are no names.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { readWordListsIn } from '../lexicon-files.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameKinds } from '../gazetteer/name-lexicon.js';

/** Offices of signature blocks ("President", "Treasurer"): no name, whatever a name list holds. */
const SIGNATORY_OFFICES: ReadonlySet<string> = new Set(
  (readWordListsIn('names/context/signature-fields').get('offices-en') ?? []).map((w) => w.toLowerCase()),
);
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  ...wordSet('names/context/office-words'),
  ...SIGNATORY_OFFICES,
  ...wordSet('names/context/office-titles'),
  ...wordSet('names/context/occupations'),
  // ranks and titles alone ("Brigade Chief, Maj. Gen. Ada Quist" read "Maj." and "Gen." as names)
  ...wordSet('names/cues/rank'),
  ...wordSet('names/titles'),
]);

/** The word as the lists hold it: lower case, no surrounding punctuation. */
const bare = (text: string): string => text.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Is the candidate an office ("General Counsel") rather than a name? */
function isOffice(ctx: DetectionContext, c: Candidate): boolean {
  let unnamed = false;
  for (let k = c.startWord; k < c.endWord; k++) {
    const word = bare(ctx.words[k]!.text);
    if (!OFFICE_WORDS.has(word)) return false;
    if (nameKinds(word) === 0 || SIGNATORY_OFFICES.has(word)) unnamed = true;
  }
  return unnamed;
}

/** Drops PERSON candidates that are offices (see the header). */
export function vetoOfficeNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  return candidates.filter((c) => c.type !== 'PERSON' || !isOffice(ctx, c));
}
