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
