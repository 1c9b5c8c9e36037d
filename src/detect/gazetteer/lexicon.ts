/**
 * Read-only access to compromise's built-in lexicon (~25K English words with part-of-speech tags,
 * frequent first/last names, cities, countries, months, weekdays, organisations). We use the
 * lexicon as data, not the tagger: a Map lookup per token keeps detection fast on long calls.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let lexicon: Map<string, readonly string[]> | undefined;

function load(): Map<string, readonly string[]> {
  if (!lexicon) {
    // required on first use, not imported: building compromise's model costs ~0.5 s of CPU, which
    // commands that detect nothing (usage errors, vault, webhooks) need not pay. Its CommonJS build
    // holds the same lexicon as the ES module (same entries, same order).
    const nlp = require('compromise') as { model(): unknown };
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
    lexicon = new Map();
    for (const [word, tags] of Object.entries(model.one.lexicon)) {
      lexicon.set(word, Array.isArray(tags) ? tags : [tags]);
    }
  }
  return lexicon;
}

/** The lexicon's tags for a lower-case word, or undefined when compromise does not know it. */
export function lexiconTags(word: string): readonly string[] | undefined {
  return load().get(word);
}

export function hasLexiconTag(word: string, wanted: ReadonlySet<string>): boolean {
  const tags = load().get(word);
  return tags !== undefined && tags.some((t) => wanted.has(t));
}

const taggedSets = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The lexicon's words carrying one of the wanted tags, built once per tag set: one Set lookup then
 * answers hasLexiconTag(word, wanted) for the hot per-word checks (function words, frequent names).
 */
export function lexiconWordsTagged(wanted: ReadonlySet<string>): ReadonlySet<string> {
  let words = taggedSets.get(wanted);
  if (!words) {
    const set = new Set<string>();
    for (const [word, tags] of load()) if (tags.some((t) => wanted.has(t))) set.add(word);
    taggedSets.set(wanted, set);
    words = set;
  }
  return words;
}

/** Every lexicon entry carrying one of the wanted tags (multi-word entries included). */
export function lexiconEntries(wanted: ReadonlySet<string>): string[] {
  return [...load()].filter(([, tags]) => tags.some((t) => wanted.has(t))).map(([word]) => word);
}
