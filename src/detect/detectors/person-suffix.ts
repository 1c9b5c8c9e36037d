/**
 * Generational suffixes and degrees after a found full name belong to it: "kevin okoro i i" (raw
 * ASR says "II" as two letters), "Dana Ruiz Jr.", "maria lenz m d", "Tomas Berg IV".
 *
 * - only after a name of two words or more, by the same speaker, with no punctuation between;
 * - spelled roman numerals ("i i", "i i i", "i v") never before a verb: "... smith i i think" is a
 *   speaker repeating "I";
 * - a roman numeral written as one word only in capitals ("II", "IV", not "ii" or "v").
 */
import type { Candidate } from '../../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import type { ExtendView } from './person-extend.js';

/** Suffixes as token sequences; "roman" ones are a speaker's "I" too. */
const SPELLED: readonly { tokens: readonly string[]; roman: boolean }[] = [
  { tokens: ['i', 'i', 'i'], roman: true },
  { tokens: ['i', 'i'], roman: true },
  { tokens: ['i', 'v'], roman: true },
  { tokens: ['p', 'h', 'd'], roman: false },
  { tokens: ['d', 'd', 's'], roman: false },
  { tokens: ['m', 'd'], roman: false },
];
/** One-word suffixes in any case. */
const WORDS = new Set(['jr', 'sr', 'md', 'phd']);
/** Roman numerals written as one word, in capitals. */
const ROMAN = /^(?:II|III|IV|V|VI)[.,;:]?$/u;
const PHRASE_END = /[,.!?;:]["')\]]*$/u;
const VERB_TAGS = new Set([
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Modal',
  'Copula',
  'Auxiliary',
]);

/** End of the suffix after a name ending at `end`, or `end` when none follows. */
function suffixEnd(view: ExtendView, end: number, covered: Uint8Array): number {
  const { ctx } = view;
  if (PHRASE_END.test(ctx.words[end - 1]!.text)) return end;
  const free = (k: number): boolean =>
    k < ctx.words.length && !covered[k] && ctx.words[k]!.speaker === ctx.words[end - 1]!.speaker;
  if (!free(end)) return end;
  const text = ctx.words[end]!.text;
  if (WORDS.has(ctx.tokens[end]!.replace(/\./g, '')) || ROMAN.test(text)) return end + 1;
  for (const { tokens, roman } of SPELLED) {
    const stop = end + tokens.length;
    if (!tokens.every((t, n) => free(end + n) && ctx.tokens[end + n] === t)) continue;
    // letters inside the suffix carry no punctuation except on the last one
    if (tokens.slice(0, -1).some((_, n) => PHRASE_END.test(ctx.words[end + n]!.text))) continue;
    // "i i" is a stutter before a verb ("... i i think"), and a longer spelling goes on past it
    const next = ctx.tokens[stop] ?? '';
    // ("a" and "i" after it are words: "maria lenz m d a while ago")
    if (/^\p{L}$/u.test(next) && next !== 'a' && next !== 'i') continue;
    if (roman && hasLexiconTag(next, VERB_TAGS)) continue;
    return stop;
  }
  return end;
}

/** Grows every found name of two words or more over a generational suffix or degree after it. */
export function addNameSuffixes(view: ExtendView, out: Candidate[], covered: Uint8Array): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.type !== 'PERSON' || c.endWord - c.startWord < 2) continue;
    const end = suffixEnd(view, c.endWord, covered);
    if (end === c.endWord) continue;
    out[n] = { ...c, endWord: end, value: view.base.slice(c.startWord, end).join(' ') };
    covered.fill(1, c.endWord, end);
  }
}
