/**
 * Storms carry given names: "Hurricane Orla", "tropical storm orla", "Typhoon Velka". A candidate
 * right after a storm's head word is the storm, and so is every later one-word PERSON candidate of
 * the same name in the call ("Orla packed winds of ...", "Orla was extremely dangerous"): news
 * about a storm names it again without its head. A longer name that holds the word ("Orla Quist")
 * is a person and stays. Both styles.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import { nameBase } from '../gazetteer/name-evidence.js';

/** Words that head a storm's name (lexicons/names/context/storm-heads). */
const STORM_HEADS = wordSet('names/context/storm-heads');

/** The call's PERSON candidates without storms named after a head word and their one-word repeats. */
export function dropStormNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const storms = new Set<string>();
  const headed = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== 'PERSON') continue;
    // the head before the name ("Hurricane [Orla]") or taken into it ("[storm velka]")
    const inside = c.endWord - c.startWord === 2 && STORM_HEADS.has(ctx.tokens[c.startWord]!);
    const head = inside ? c.startWord : c.startWord - 1;
    if (head < 0 || (!inside && c.endWord - c.startWord !== 1)) continue;
    if (!STORM_HEADS.has(ctx.tokens[head]!) || !sameSpeaker(ctx, head, c.endWord - 1)) continue;
    storms.add(nameBase(ctx.tokens[c.endWord - 1]!));
    headed.add(c);
  }
  if (storms.size === 0) return candidates;
  const oneWordStorm = (c: Candidate): boolean =>
    c.endWord - c.startWord === 1 && storms.has(nameBase(ctx.tokens[c.startWord]!));
  return candidates.filter((c) => c.type !== 'PERSON' || (!headed.has(c) && !oneWordStorm(c)));
}
