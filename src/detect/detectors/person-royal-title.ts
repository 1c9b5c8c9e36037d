/**
 * In formatted text, a royal title that is also borne as a given name ("Princess", "Duke", "Earl",
 * "King") opens a PERSON candidate of exactly two words whose second word is a given name and no
 * family name ("Princess Ingrid", "Duke Albrecht's"): royals are styled by title and one given name,
 * so the title says what the person is and leaves the candidate. Someone whose given name is
 * "Princess" writes a family name after it ("Princess Okafor", "Princess Ada Mensah") and keeps it; so
 * does a name given as one's own and any raw ASR (no capitals to tell a title from a name).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased } from '../call-words.js';

const ROYAL_TITLES = wordSet('names/context/royal-titles');
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;

/** A given name that no list holds as a family name ("Ingrid", not "Williams"). */
function givenOnly(word: string): boolean {
  const kinds = nameKinds(nameBase(word));
  return (kinds & GIVEN) !== 0 && (kinds & FAMILY) === 0;
}

/** Does c read title + royal given name? */
function royalStyled(ctx: DetectionContext, c: Candidate): boolean {
  if (c.type !== 'PERSON' || c.endWord - c.startWord !== 2) return false;
  if (c.reason === 'cue:name' || c.reason === 'cue:label') return false;
  const title = ctx.words[c.startWord]!.text;
  if (!TITLE_CASE.test(title) || !ROYAL_TITLES.has(title.toLowerCase())) return false;
  const name = ctx.words[c.startWord + 1]!.text;
  if (!/^\p{Lu}/u.test(name)) return false;
  // a further capitalised word right after would be a family name the candidate left out
  const next = ctx.words[c.endWord]?.text ?? '';
  if (/^\p{Lu}\p{Ll}/u.test(next) && !/([,.;:!?'’]|['’]s)$/u.test(name)) return false;
  return givenOnly(ctx.tokens[c.startWord + 1] ?? '');
}

/** The candidates with a royal title left out of "Princess Ingrid"-shaped names. */
export function trimRoyalTitles(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (isUncased(ctx.words)) return [...candidates];
  return candidates.map((c) =>
    royalStyled(ctx, c)
      ? { ...c, startWord: c.startWord + 1, value: nameBase(ctx.tokens[c.startWord + 1]!) }
      : c,
  );
}
