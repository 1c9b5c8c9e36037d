/**
 * Stage names: a performer's prefix ("DJ", "MC", "Lil") is part of the name it opens ("DJ Varko",
 * "MC Renzo Tal", "lil dorva"), and opens one even where the word after it is no listed name.
 *
 * - in text written in case the prefix is written in capitals or title case and one capitalised
 *   word follows, or two where the second is no ordinary word ("DJ KORVA", "Lil Tamsin Vard"); a
 *   phrase mark or a glued dash ends the name;
 * - in raw ASR ("dj varko", "d j varko", "lil dorva") the word after the prefix must be a listed
 *   name or a word no list knows: "a lil bit", "the dj said", "d j am" are words;
 * - a name already found right after the prefix grows over it.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import type { ExtendView, Make } from './person-extend.js';
import { PHRASE_END } from '../call-words.js';

/** Prefixes of stage names, as tokens. */
const PREFIXES = new Set(['dj', 'mc', 'lil']);
/** The prefix as written in cased text: capitals or title case ("DJ", "Dj", "Lil", "Lil'"). */
const CASED_PREFIX = /^(?:DJ|Dj|MC|Lil)['’]?$/u;
const CAPITALISED = /^["'(]*\p{Lu}/u;
/** A phrase mark or a dash glued to the word ends the name ("Lil Dorva- Song Title"). */
const NAME_END = /[-–—,.!?;:]["')\]]*$/u;
/** Capitalised words a cased stage name may hold after its prefix. */
const MAX_WORDS = 2;

/** Words of the prefix starting at k (1, or 2 for a spelled "d j"), or 0. */
function prefixAt(view: ExtendView, k: number): number {
  const { ctx } = view;
  const token = ctx.tokens[k]!;
  if (PREFIXES.has(token)) return view.uncased || CASED_PREFIX.test(ctx.words[k]!.text) ? 1 : 0;
  return view.uncased && token === 'd' && ctx.tokens[k + 1] === 'j' ? 2 : 0;
}

/** End of the stage name whose prefix [k, k + n) is, or k when no name follows. */
function stageNameEnd(view: ExtendView, k: number, n: number): number {
  const { ctx } = view;
  const speaker = ctx.words[k]!.speaker;
  const same = (j: number): boolean => j < ctx.words.length && ctx.words[j]!.speaker === speaker;
  if (PHRASE_END.test(ctx.words[k + n - 1]!.text)) return k;
  const first = k + n;
  if (!same(first)) return k;
  if (view.uncased) {
    const base = view.base[first]!;
    const word =
      /^\p{L}/u.test(base) && view.evidence(first) >= NameEvidence.Unknown && !isFunctionWord(base);
    return word ? first + 1 : k;
  }
  let end = first;
  while (end < first + MAX_WORDS && same(end) && CAPITALISED.test(ctx.words[end]!.text)) {
    if (!/\p{L}/u.test(ctx.tokens[end]!)) break;
    // a second word is a name word, not an ordinary one ("DJ Varko Summer Nights")
    if (end > first && (view.evidence(end) < NameEvidence.Unknown || isFunctionWord(view.base[end]!))) break;
    end++;
    if (NAME_END.test(ctx.words[end - 1]!.text)) break;
  }
  return end === first ? k : end;
}

/** Adds stage names and grows found names over the prefix before them. */
export function addStageNames(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  const { ctx } = view;
  const byStart = new Map<number, number>();
  for (let n = 0; n < out.length; n++) if (out[n]!.type === 'PERSON') byStart.set(out[n]!.startWord, n);
  for (let k = 0; k < ctx.words.length; k++) {
    if (covered[k]) continue;
    const n = prefixAt(view, k);
    if (n === 0 || covered[k + n - 1]) continue;
    const found = byStart.get(k + n);
    if (found !== undefined) {
      const c = out[found]!;
      if (PHRASE_END.test(ctx.words[k + n - 1]!.text) || ctx.words[k]!.speaker !== ctx.words[k + n]!.speaker)
        continue;
      out[found] = { ...c, startWord: k, value: view.base.slice(k, c.endWord).join(' ') };
      covered.fill(1, k, k + n);
      continue;
    }
    const end = stageNameEnd(view, k, n);
    if (end === k) continue;
    let free = true;
    for (let j = k + n; j < end && free; j++) free = !covered[j];
    if (!free) continue;
    out.push(make(k, end, 'cue:context'));
    covered.fill(1, k, end);
    k = end - 1;
  }
}
