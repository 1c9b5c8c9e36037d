/**
 * Generational suffixes and degrees after a found full name belong to it: "kevin okoro i i" (raw
 * ASR says "II" as two letters), "Dana Ruiz Jr.", "maria lenz m d", "Tomas Berg IV".
 *
 * - only after a name of two words or more, by the same speaker, with no punctuation between;
 * - spelled roman numerals ("i i", "i i i", "i v") never before a verb: "... smith i i think" is a
 *   speaker repeating "I";
 * - a roman numeral written as one word only in capitals ("II", "IV", not "ii" or "v"); "I" only
 *   with a closing mark or before a word the pronoun never has after it ("Tamir I in 1600").
 *
 * An epithet after a found name of any length belongs to it in cased text: "the" and one
 * capitalised word that no capitalised word continues ("Konrad the Bold", "Mila the Explorer";
 * not "the Great Lakes Tour", not after a comma).
 */
import type { Candidate } from '../../types.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import type { ExtendView } from './person-extend.js';
import { PHRASE_END } from '../call-words.js';

/** Suffixes as token sequences; "roman" ones are a speaker's "I" too. */
const SPELLED: readonly { tokens: readonly string[]; roman: boolean }[] = [
  { tokens: ['i', 'i', 'i'], roman: true },
  { tokens: ['i', 'i'], roman: true },
  { tokens: ['i', 'v'], roman: true },
  { tokens: ['p', 'h', 'd'], roman: false },
  { tokens: ['d', 'd', 's'], roman: false },
  { tokens: ['m', 'd'], roman: false },
];
/** One-word suffixes in any case (degrees of medicine, dentistry and law too: "DDS", "DVM", "Esq."). */
const WORDS = new Set(['jr', 'sr', 'md', 'phd', 'dds', 'dmd', 'dvm', 'esq']);
/** Roman numerals written as one word, in capitals. */
const ROMAN = /^(?:II|III|IV|V|VI)[.,;:]?$/u;
const VERB_TAGS = new Set([
  'Verb',
  'Infinitive',
  'PresentTense',
  'PastTense',
  'Modal',
  'Copula',
  'Auxiliary',
]);

/** "I" written as a word: a numeral after a ruler's name ("Tamir I") or the speaker. */
const ROMAN_ONE = /^I[.,;:)]?$/u;
/** Words after a ruler's numeral "I" that never follow the pronoun "I" ("Tamir I of Orvel", "Tamir I in 1600"). */
const AFTER_ROMAN_ONE = new Set(['of', 'in', 'who', 'whose', 'between', 'from', 'until', 'during']);

/**
 * Is word k, after a found name of two words or more, the numeral "I" of a ruler or a ship ("Shah
 * Tamir I in the 1600s", "Orvald Berg I, the founder")? In cased text a capital "I" with a closing
 * mark, or before a word that the pronoun never has after it; "Ana Lenz I think" is the speaker.
 */
function firstOfTheName(ctx: ExtendView['ctx'], k: number): boolean {
  const text = ctx.words[k]!.text;
  if (!ROMAN_ONE.test(text)) return false;
  if (text !== 'I') return true;
  const next = ctx.words[k + 1];
  return next !== undefined && next.speaker === ctx.words[k]!.speaker && AFTER_ROMAN_ONE.has(next.text);
}

/** End of the suffix after a name ending at `end`, or `end` when none follows. */
function suffixEnd(view: ExtendView, end: number, covered: Uint8Array): number {
  const { ctx } = view;
  if (PHRASE_END.test(ctx.words[end - 1]!.text)) return end;
  const free = (k: number): boolean =>
    k < ctx.words.length && !covered[k] && ctx.words[k]!.speaker === ctx.words[end - 1]!.speaker;
  if (!free(end)) return end;
  const text = ctx.words[end]!.text;
  // a possessive after the suffix belongs to the name: "Ada Vey MD's office"
  if (WORDS.has(ctx.tokens[end]!.replace(/\./g, '').replace(/['’]s$/u, '')) || ROMAN.test(text))
    return end + 1;
  if (!view.uncased && firstOfTheName(ctx, end)) return end + 1;
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

/**
 * End of an epithet after a name ending at `end` in cased text ("Ivo the Bold", "Mila the Explorer"): "the"
 * and one capitalised word that no phrase mark separates and no capitalised word continues.
 */
function epithetEnd(view: ExtendView, end: number, covered: Uint8Array): number {
  const { ctx } = view;
  const k = end + 1;
  if (view.uncased || k >= ctx.words.length || PHRASE_END.test(ctx.words[end - 1]!.text)) return end;
  // "the" written in lower case: "The" opens a new phrase
  if (ctx.words[end]!.text !== 'the' || covered[end] || covered[k]) return end;
  const speaker = ctx.words[end - 1]!.speaker;
  if (ctx.words[end]!.speaker !== speaker || ctx.words[k]!.speaker !== speaker) return end;
  if (!/^\p{Lu}\p{Ll}+[.,!?;:]?$/u.test(ctx.words[k]!.text)) return end;
  if (!PHRASE_END.test(ctx.words[k]!.text) && /^\p{Lu}/u.test(ctx.words[k + 1]?.text ?? '')) return end;
  return k + 1;
}

/** Grows every found name of two words or more over a generational suffix or degree after it. */
export function addNameSuffixes(view: ExtendView, out: Candidate[], covered: Uint8Array): void {
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.type !== 'PERSON') continue;
    const epithet = epithetEnd(view, c.endWord, covered);
    if (epithet > c.endWord) {
      out[n] = { ...c, endWord: epithet, value: view.base.slice(c.startWord, epithet).join(' ') };
      covered.fill(1, c.endWord, epithet);
      continue;
    }
    if (c.endWord - c.startWord < 2) continue;
    const end = suffixEnd(view, c.endWord, covered);
    if (end === c.endWord) continue;
    out[n] = { ...c, endWord: end, value: view.base.slice(c.startWord, end).join(' ') };
    covered.fill(1, c.endWord, end);
  }
}
