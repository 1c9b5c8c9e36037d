/**
 * Person-name gazetteers.
 *
 * - humannames (~200K first and last names scraped from censuses and social media) is broad: it
 *   also holds plenty of ordinary English words ("pleasure", "policy", "will"), so membership alone
 *   is weak evidence and is only used together with a context cue.
 * - compromise's lexicon tags ~4,300 frequent first and last names (FemaleName, MaleName,
 *   LastName, ...): a much stronger signal, used without a cue except for the words that are
 *   names and ordinary words at once (AMBIGUOUS_NAMES).
 * Both are loaded once, lazily, into Sets of lower-case names.
 */
import { createRequire } from 'node:module';
import { lexiconWordsTagged } from './lexicon.js';
import { wordSet } from './name-data.js';
import { memoByWord } from './word-memo.js';

const require = createRequire(import.meta.url);

let broad: Set<string> | undefined;

function broadNames(): Set<string> {
  if (!broad) {
    const raw = require('humannames') as Record<string, number>;
    broad = new Set(Object.keys(raw).map((n) => n.toLowerCase()));
  }
  return broad;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** Names that are also everyday words, months, modal verbs, cities or brands: never accepted without a cue. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = wordSet('names/ambiguous');

/** Is the lower-case token in the broad (humannames) gazetteer? */
export const isListedName: (token: string) => boolean = memoByWord((token) => broadNames().has(token));

/** The lexicon's words tagged as names, built on first use. */
let frequent: ReadonlySet<string> | undefined;

/** Is the lower-case token a frequent first or last name (compromise lexicon)? */
export function isFrequentName(token: string): boolean {
  return (frequent ??= lexiconWordsTagged(NAME_TAGS)).has(token);
}
