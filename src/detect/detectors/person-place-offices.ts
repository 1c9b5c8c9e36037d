/**
 * A town or region followed by the title of its office holder and a noun of that office ("the San
 * Antonio Sheriff's office", "the San Marlo Mayor's spokesman", raw ASR "the san antonio sheriff's
 * office") names the place's office, not a person, although a place word and a title word can both
 * be listed names ("Antonio", "Sheriff"). A PERSON candidate that ends in the title (cue ranks and
 * office titles), is followed by an office noun (lexicons/names/context/office-nouns) and whose
 * words before the title, with or without the word before it ("San" of "San Diego"), form a town or
 * region of the address data is dropped, with the other candidates of its words alone (propagation's
 * repeats, the detector's own recurrences: "the North San Antonio sheriff's station"). A candidate a
 * cue placed ("my name is") stays.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { cityCountries, regionCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';
import { sameSpeaker } from '../call-words.js';

const TITLES = new Set([...wordSet('names/cues/rank'), ...wordSet('names/context/office-titles')]);
const OFFICE_NOUNS = wordSet('names/context/office-nouns');
const LOWER = /^\p{Ll}/u;

const cuePlaced = (c: Candidate): boolean => (c.reason ?? '').startsWith('cue:');

/** The word k as the lists hold it: lower case, no possessive, no stop. */
function baseOf(ctx: DetectionContext, k: number): string {
  return nameBase(ctx.tokens[k] ?? '').replace(/[.]$/u, '');
}

/** Do words from..to (end exclusive) name a town or a region? */
function namesPlace(ctx: DetectionContext, from: number, to: number): boolean {
  const name = fold(
    ctx.words
      .slice(from, to)
      .map((w) => w.text.replace(/[^\p{L}\p{N}'’-]/gu, ''))
      .join(' '),
  );
  return name.length > 0 && (cityCountries(name).length > 0 || regionCountries(name).length > 0);
}

/** Is c "<place> <title>" before an office noun? */
function placeOffice(ctx: DetectionContext, c: Candidate): boolean {
  if (c.type !== 'PERSON' || cuePlaced(c) || c.endWord - c.startWord < 2) return false;
  const last = c.endWord - 1;
  if (!TITLES.has(baseOf(ctx, last))) return false;
  const next = c.endWord;
  if (next >= ctx.words.length || !sameSpeaker(ctx, last, next)) return false;
  if (!LOWER.test(ctx.words[next]!.text) || !OFFICE_NOUNS.has(baseOf(ctx, next))) return false;
  if (namesPlace(ctx, c.startWord, last)) return true;
  const before = c.startWord - 1;
  return before >= 0 && sameSpeaker(ctx, before, c.startWord) && namesPlace(ctx, before, last);
}

/** The candidates without the PERSON ones that name a place's office (see the header). */
export function vetoPlaceOffices(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const officeWords = new Set<string>();
  const kept = candidates.filter((c) => {
    if (!placeOffice(ctx, c)) return true;
    for (let k = c.startWord; k < c.endWord; k++) officeWords.add(nameBase(ctx.tokens[k]!));
    return false;
  });
  if (officeWords.size === 0) return kept;
  return kept.filter((c) => {
    if (c.type !== 'PERSON' || cuePlaced(c)) return true;
    for (let k = c.startWord; k < c.endWord; k++) if (!officeWords.has(nameBase(ctx.tokens[k]!))) return true;
    return false;
  });
}
