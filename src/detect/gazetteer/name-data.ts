/**
 * The person detector's vocabularies, read once per process from word lists under lexicons/ (one
 * file per language or source in each folder: adding `de.txt` beside `en.txt` adds German cues).
 */
import { readWordListsIn } from '../lexicon-files.js';

/** Every entry of every list in lexicons/<folder>/, lower case. */
export function wordSet(folder: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of readWordListsIn(folder).values()) for (const entry of list) set.add(entry.toLowerCase());
  return set;
}

/** Every phrase of every list in lexicons/<folder>/, as lower-case words. */
export function phraseList(folder: string): string[][] {
  return [...wordSet(folder)].map((p) => p.split(/\s+/u));
}

/**
 * Phrases grouped by their last word: a test "does a phrase end at word k - 1?" then compares only
 * the phrases that end with that word (the person passes ask it at every word of a call).
 */
export function phrasesByLastWord(
  phrases: readonly (readonly string[])[],
): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byLast = new Map<string, (readonly string[])[]>();
  for (const phrase of phrases) {
    const last = phrase[phrase.length - 1];
    if (last === undefined) continue;
    const group = byLast.get(last);
    if (group) group.push(phrase);
    else byLast.set(last, [phrase]);
  }
  return byLast;
}
