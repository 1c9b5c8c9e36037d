/**
 * A name said once in a call or text is repeated where it recurs (person.ts, propagate.ts), but a
 * recurrence right after an article or possessive usually names a thing called after someone, or
 * a company, product or group: "the Brekke 10", "a Vanterpool license", "the KVXT", "the Tomas Brekke
 * Institute". The people themselves stay names: "the Okafor family", "the Brekke's".
 */
import type { DetectionContext } from '../types.js';
import { FILLERS } from '../../transcript/spoken-view.js';
import { wordSet } from '../gazetteer/name-data.js';

const DETERMINERS = wordSet('names/context/determiners');
const HOUSEHOLD = wordSet('names/context/household-nouns');
/** "that" is also a conjunction: "he learns that Brekke left" */
const AMBIGUOUS_DETERMINERS = new Set(['that']);
const POSSESSIVE_OR_PLURAL = /['’]s?\W*$/u;

/** Is the recurrence [start, end) of a name a thing's name, after an article or possessive? */
export function thingAfterDeterminer(ctx: DetectionContext, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && (ctx.tokens[k] === '' || FILLERS.has(ctx.tokens[k]!))) k--;
  if (k < 0) return false;
  const det = ctx.tokens[k]!;
  if (!DETERMINERS.has(det) || AMBIGUOUS_DETERMINERS.has(det)) return false;
  // "Rua José A Brekke": a capital A inside a sentence is an initial, not the article
  if (ctx.words[k]!.text === 'A' && k > 0 && !/[.!?:]["')\]]*$/u.test(ctx.words[k - 1]!.text)) return false;
  if (POSSESSIVE_OR_PLURAL.test(ctx.words[end - 1]!.text)) return false;
  return !HOUSEHOLD.has(ctx.tokens[end] ?? '');
}
