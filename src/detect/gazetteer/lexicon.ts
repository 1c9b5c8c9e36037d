/**
 * Read-only access to compromise's built-in lexicon (~25K English words with part-of-speech tags,
 * frequent first/last names, cities, countries, months, weekdays, organisations). We use the
 * lexicon as data, not the tagger: a Map lookup per token keeps detection fast on long calls.
 */
import nlp from 'compromise';

let lexicon: Map<string, readonly string[]> | undefined;

function load(): Map<string, readonly string[]> {
  if (!lexicon) {
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

/** Every lexicon entry carrying one of the wanted tags (multi-word entries included). */
export function lexiconEntries(wanted: ReadonlySet<string>): string[] {
  return [...load()].filter(([, tags]) => tags.some((t) => wanted.has(t))).map(([word]) => word);
}
