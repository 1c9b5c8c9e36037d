/**
 * Veto on PERSON candidates that are part of a known name of several words that names no person
 * (analyze.ts applies it after person-place-veto.ts): a place, a firm, a feast or an event whose
 * name holds a given or family name ("Tel [Aviv]", "White [House] aides",
 * "[Goldman] Sachs", "[Summer] Paralympics", "[Sinn] Fein"; lists in
 * lexicons/names/context/non-person-phrases and the multi-word entries of non-person-proper).
 *
 * A candidate is dropped when every word of it lies inside one written occurrence of such a phrase
 * (same speaker); a candidate that reaches past the phrase ("Jack White" before "House") is a name
 * of its own and stays, and so does a candidate over the whole phrase when the phrase could be a
 * full name too (a given name, then a family name: "Harley Davidson"). A candidate a naming cue, a label or a vocative placed stays. Characters
 * ("Mickey Mouse") are not listed: the narrative sets label them as people.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { fold } from '../address/vocab.js';
import { sameSpeaker } from '../call-words.js';

/** A word as the phrase lists compare it: folded, no possessive, no inner dots, "&" as "and". */
function phraseWord(token: string): string {
  const w = fold(nameBase(token)).replace(/\./gu, '');
  return w === '&' ? 'and' : w;
}

/** The phrases of two words or more, grouped by their first word. */
function loadPhrases(): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byFirst = new Map<string, string[][]>();
  const entries = [
    ...wordSet('names/context/non-person-phrases'),
    ...wordSet('names/context/non-person-proper'),
  ];
  for (const entry of entries) {
    const words = entry.split(/\s+/u).map(phraseWord);
    if (words.length < 2) continue;
    const group = byFirst.get(words[0]!);
    if (group) group.push(words);
    else byFirst.set(words[0]!, [words]);
  }
  return byFirst;
}

const PHRASES = loadPhrases();
/** Cues that place a name whatever its words ("my name is Santa Cruz", a label, a vocative). */
const KEPT_CUES = new Set(['cue:name', 'cue:label', 'cue:vocative']);

/** The word ranges [start, end) of the call where a listed phrase is written. */
function phraseRuns(ctx: DetectionContext): [number, number][] {
  const words = ctx.tokens.map(phraseWord);
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    const group = PHRASES.get(words[i]!);
    if (!group) continue;
    for (const phrase of group) {
      const end = i + phrase.length;
      if (end > words.length) continue;
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k] && sameSpeaker(ctx, i + k, i)) k++;
      if (k === phrase.length) runs.push([i, end]);
    }
  }
  return runs;
}

/**
 * Could the whole phrase [s, e) be a person's full name as well: a given name first and a family
 * name last ("Harley Davidson", "Morgan Stanley")? Then a candidate over all of it stays.
 */
function fullNameShape(ctx: DetectionContext, s: number, e: number): boolean {
  return (
    (nameKinds(phraseWord(ctx.tokens[s]!)) & GIVEN) !== 0 &&
    (nameKinds(phraseWord(ctx.tokens[e - 1]!)) & FAMILY) !== 0
  );
}

/** The candidates without the PERSON ones that lie wholly inside a listed non-person phrase. */
export function vetoNonPersonPhrases(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const runs = phraseRuns(ctx);
  if (runs.length === 0) return [...candidates];
  return candidates.filter(
    (c) =>
      c.type !== 'PERSON' ||
      KEPT_CUES.has(c.reason ?? '') ||
      !runs.some(
        ([s, e]) =>
          s <= c.startWord &&
          c.endWord <= e &&
          !(c.startWord === s && c.endWord === e && fullNameShape(ctx, s, e)),
      ),
  );
}
