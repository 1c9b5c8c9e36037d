/**
 * "<head> of <domain>": a public body, institution or state is named by its head noun and the field
 * or land it covers ("the Department of Defense announced", "the Kingdom of Tamsland", "ministry of
 * interior said"): the word after "of" is no person, although a verb of saying after it or a name
 * list makes it read as one. A PERSON candidate right after "of" and a head of
 * lexicons/names/context/body-heads (written with its capital in cased text) goes, unless a naming
 * cue, a label or a vocative placed it, or it opens with a given name and goes on ("the Institute of
 * Tova Renbeck" reads as a person's). Runs before the names spread over the call (analyze.ts).
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker, PHRASE_END } from '../call-words.js';

const HEADS = wordSet('names/context/body-heads');
/** Cues that name a person whatever word follows: they keep the candidate. */
const STRONG_CUE = /^cue:(?:name|label|vocative)/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;

/** Does "<head> of" stand right before word s, same speaker, the head capitalised in cased text? */
function afterBodyHead(ctx: DetectionContext, s: number, cased: () => boolean): boolean {
  const of = s - 1;
  const head = s - 2;
  if (head < 0 || ctx.tokens[of] !== 'of' || !HEADS.has(ctx.tokens[head]!)) return false;
  if (
    !sameSpeaker(ctx, head, s) ||
    PHRASE_END.test(ctx.words[head]!.text) ||
    PHRASE_END.test(ctx.words[of]!.text)
  )
    return false;
  return !cased() || CAPITALISED.test(ctx.words[head]!.text);
}

/** The candidates without the PERSON ones that name a body's field or land (see the header). */
export function dropBodyNames(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  // the call's case is read only when a head and "of" stand before a candidate
  let casedCall: boolean | undefined;
  const cased = (): boolean => (casedCall ??= !isUncased(ctx.words));
  return candidates.filter((c) => {
    if (c.type !== 'PERSON' || STRONG_CUE.test(c.reason ?? '') || !afterBodyHead(ctx, c.startWord, cased))
      return true;
    const first = nameBase(ctx.tokens[c.startWord]!);
    return c.endWord - c.startWord >= 2 && (nameKinds(first) & GIVEN) !== 0;
  });
}
