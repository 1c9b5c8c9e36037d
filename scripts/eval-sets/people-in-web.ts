/**
 * Source module of the set "people-in-web": person names in web text written by people (emails,
 * product and service reviews, question-and-answer posts, newsgroup posts, weblogs), from Universal
 * NER's annotation of the English Web Treebank (UniversalNER/UNER_English-EWT, CC BY-SA 4.0, based
 * on UD_English-EWT): `en_ewt-ud-dev.iob2` and `en_ewt-ud-test.iob2` (the train file is not used).
 *
 * Format: "idx<TAB>token<TAB>tag<TAB>-<TAB>annotator" lines, tags B-/I-PER, LOC, ORG; comment lines
 * "# newdoc id = ...", "# sent_id = ...", "# text = <the sentence as written>"; a blank line ends a
 * sentence. The tokens are found again in the sentence's own text (`alignTokens`), so the text keeps
 * its original spacing ("don't", "$5", "e-mail"); where a token cannot be found there the tokens are
 * joined by the shared `detokenise` instead.
 *
 * Only PERSON is labelled; places and organisations are hard negatives (city, company). Titles leave
 * the PER spans (`titlesOutOfNames`, the project's labelling rule), a PER span that is a web address
 * ("example.com") names nobody and is dropped, and links are dropped (nobody says them on a call).
 * A document (newdoc) is one split unit, its sentences alternating speakers. The split is the
 * source's own: its dev file is dev, its test file is held out.
 */
import { detokenise, perSpans, type Token } from './conll.js';
import { titlesOutOfNames } from './people-in-genres.js';
import type { SourceRepo } from './source-files.js';
import type { LabelSpan, NegativeSpan, Segment, SourceDoc } from './types.js';

export const WEB_FILES: Record<'dev' | 'test', string> = {
  dev: 'en_ewt-ud-dev.iob2',
  test: 'en_ewt-ud-test.iob2',
};

/** The kind of text of each EWT genre (the prefix of a document id). */
export const WEB_GENRES: Record<string, string> = {
  answers: 'question_answer',
  email: 'email',
  newsgroup: 'newsgroup',
  reviews: 'review',
  weblog: 'weblog',
};

export interface WebSentence {
  /** the sentence as written ("# text"), '' when the source gives none */
  text: string;
  tokens: Token[];
}

export interface WebDoc {
  id: string;
  sentences: WebSentence[];
}

/** The documents of one UNER file, in order. */
export function readUner(raw: string): WebDoc[] {
  const docs: WebDoc[] = [];
  let sentence: WebSentence | undefined;
  const end = (): void => {
    if (sentence?.tokens.length) {
      if (!docs.length) docs.push({ id: 'doc', sentences: [] });
      docs.at(-1)!.sentences.push(sentence);
    }
    sentence = undefined;
  };
  for (const line of raw.split('\n')) {
    const trimmed = line.replace(/\r$/, '');
    if (!trimmed.trim()) {
      end();
      continue;
    }
    const doc = /^# newdoc id = (.*)$/.exec(trimmed);
    if (doc) {
      end();
      docs.push({ id: doc[1]!.trim(), sentences: [] });
      continue;
    }
    const text = /^# text = (.*)$/.exec(trimmed);
    if (text) {
      sentence ??= { text: '', tokens: [] };
      sentence.text = text[1]!;
      continue;
    }
    if (trimmed.startsWith('#')) continue;
    const cols = trimmed.split('\t');
    if (cols.length < 3 || !/^\d+$/.test(cols[0]!)) continue;
    const raw = cols[2]!.trim();
    sentence ??= { text: '', tokens: [] };
    sentence.tokens.push({
      text: cols[1]!,
      tag: raw === 'O' || raw === '' ? '' : raw.replace(/^[BI]-/, ''),
      begins: raw.startsWith('B-'),
    });
  }
  end();
  return docs.filter((d) => d.sentences.length);
}

/**
 * Each token's [start, end) in the sentence text, found in order (whitespace between them skipped);
 * undefined when a token is not where the text says it should be.
 */
export function alignTokens(text: string, tokens: readonly Token[]): [number, number][] | undefined {
  const ranges: [number, number][] = [];
  let pos = 0;
  for (const t of tokens) {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
    if (!text.startsWith(t.text, pos)) return undefined;
    ranges.push([pos, pos + t.text.length]);
    pos += t.text.length;
  }
  return ranges;
}

const isLink = (w: string): boolean => /^(https?:\/\/|www\.)\S/i.test(w);
/** A web address without "@" ("example.com"): a site, not a person's name. */
const isDomain = (w: string): boolean =>
  !w.includes('@') && /^[\w.-]+\.(com|net|org|edu|gov|co|uk)\b/i.test(w);

/** Labels fixed by the project's rules: titles out of PER spans, PER spans that are sites dropped. */
export function webTokens(tokens: Token[]): Token[] {
  const out = titlesOutOfNames(tokens);
  for (const [i, end] of perSpans(out)) {
    const words = out.slice(i, end).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (words.length && words.every((t) => isDomain(t.text) || isLink(t.text)))
      for (let k = i; k < end; k++) out[k] = { ...out[k]!, tag: '', begins: false };
  }
  return out;
}

const NEGATIVE_KINDS: Record<string, string> = { LOC: 'city', ORG: 'company' };

/**
 * One sentence as a segment: the text as written with each entity's span, links left out. Falls
 * back to joining the tokens when they cannot be found in the text.
 */
export function webSegment(sentence: WebSentence): Segment {
  const tokens = webTokens(sentence.tokens);
  const ranges = sentence.text ? alignTokens(sentence.text, tokens) : undefined;
  const keep = tokens.map((t) => t.tag !== '' || !isLink(t.text));
  if (!ranges) return detokenise(tokens.filter((_, k) => keep[k]));
  const src = sentence.text;
  let text = '';
  const at: [number, number][] = [];
  let prev = -1;
  tokens.forEach((t, k) => {
    if (!keep[k]) return;
    const [start, end] = ranges[k]!;
    if (text) {
      if (prev === k - 1) text += src.slice(ranges[prev]![1], start);
      else if (/\s/.test(src.slice(ranges[prev]![1], start))) text += ' ';
    }
    at[k] = [text.length, text.length + (end - start)];
    text += t.text;
    prev = k;
  });
  const labels: LabelSpan[] = [];
  const negatives: NegativeSpan[] = [];
  let k = 0;
  while (k < tokens.length) {
    const tag = tokens[k]!.tag;
    if (!tag || !keep[k]) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < tokens.length && tokens[end]!.tag === tag && !tokens[end]!.begins) end++;
    const kept = [...Array(end - k).keys()].map((j) => k + j).filter((j) => keep[j]);
    const span = { start: at[kept[0]!]![0], end: at[kept.at(-1)!]![1] };
    if (tag === 'PER') labels.push({ type: 'PERSON', ...span });
    else if (NEGATIVE_KINDS[tag]) negatives.push({ kind: NEGATIVE_KINDS[tag]!, ...span });
    k = end;
  }
  return { text, labels, negatives };
}

const hasWords = (s: Segment): boolean => /[\p{L}\p{N}]/u.test(s.text);

export function webDocs(repo: SourceRepo): SourceDoc[] {
  const docs: SourceDoc[] = [];
  for (const split of ['dev', 'test'] as const) {
    for (const doc of readUner(repo.read(WEB_FILES[split]))) {
      const segments = doc.sentences.map((s) => webSegment(s)).filter(hasWords);
      if (!segments.length) continue;
      const genre = doc.id.split('-')[0]!;
      docs.push({
        id: `ewt-${doc.id}`,
        splitKey: `ewt-${doc.id}`,
        split,
        domain: WEB_GENRES[genre] ?? 'web',
        segments,
      });
    }
  }
  return docs;
}
