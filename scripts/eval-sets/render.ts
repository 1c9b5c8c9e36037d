/**
 * The shared renderer: formatted text with character-level spans -> a labelled call in the
 * project's format, in either style.
 *
 * - formatted: the text as written, whitespace runs collapsed to one space (so a multi-line address
 *   block reads "Gontardstraße 7 10178 Berlin Germany") and no space before , . ; : ! ? ). Words are
 *   whitespace tokens; a word is labelled when any of its characters belongs to a value
 *   (LABELING.md), so "Okafor," and "Maria's" are inside the span.
 * - asr: each formatted word is said (spoken.ts): lower case, punctuation removed, numbers, emails
 *   and symbols as words. A word that glues a cue to a value ("email:jane@example.com") is split at
 *   the value's edge first, so the cue is not labelled. Occasional fillers ("uh", "so") are put
 *   before a turn, never inside a value.
 *
 * Speakers alternate by segment (sentence, paragraph or message). Word times are fake but
 * increasing: 0.3 s a word, 0.45 s more at a change of speaker.
 */
import type { EntityType } from '../../src/types.js';
import { makeRng, seedOf, type Rng } from './rng.js';
import { speakToken, type SpeakState } from './spoken.js';
import type { CallSpan, CallWord, LabelledCall, Segment, SourceDoc, Style } from './types.js';

const WORD_STEP = 0.3;
const WORD_LENGTH = 0.24;
const TURN_GAP = 0.45;
const SPEAKERS = ['agent', 'customer'] as const;
const FILLERS = ['uh', 'um', 'so', 'yeah', 'okay', 'well'];

interface Mark {
  kind: 'label' | 'negative';
  type: string;
  /** unique within the call */
  id: number;
}

interface MarkedWord {
  text: string;
  mark: Mark | undefined;
}

/** The mark of each character of a segment: a label wins over a hard negative, the first label over later ones. */
function charMarks(segment: Segment, nextId: () => number): (Mark | undefined)[] {
  const marks: (Mark | undefined)[] = new Array(segment.text.length).fill(undefined);
  const put = (start: number, end: number, mark: Mark): void => {
    for (let i = start; i < end; i++) {
      const current = marks[i];
      if (!current || (current.kind === 'negative' && mark.kind === 'label')) marks[i] = mark;
    }
  };
  for (const l of segment.labels) put(l.start, l.end, { kind: 'label', type: l.type, id: nextId() });
  for (const n of segment.negatives ?? [])
    put(n.start, n.end, { kind: 'negative', type: n.kind, id: nextId() });
  return marks;
}

/** Collapses whitespace and drops a space before closing punctuation, keeping each character's mark. */
function normalise(text: string, marks: (Mark | undefined)[]): { ch: string; mark: Mark | undefined }[] {
  const out: { ch: string; mark: Mark | undefined }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (out.length && out.at(-1)!.ch !== ' ') out.push({ ch: ' ', mark: undefined });
      continue;
    }
    if (/[,.;:!?)]/.test(ch) && out.at(-1)?.ch === ' ') out.pop();
    out.push({ ch, mark: marks[i] });
  }
  while (out.at(-1)?.ch === ' ') out.pop();
  return out;
}

/** The strongest mark among characters: any label character labels the word. */
function wordMark(chars: { mark: Mark | undefined }[]): Mark | undefined {
  return chars.find((c) => c.mark?.kind === 'label')?.mark ?? chars.find((c) => c.mark)?.mark;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}'’]/u.test(ch);

/** Formatted words of a segment, each with its mark, and for ASR the sub-tokens split at value edges. */
function segmentWords(segment: Segment, nextId: () => number): { word: MarkedWord; parts: MarkedWord[] }[] {
  const chars = normalise(segment.text, charMarks(segment, nextId));
  const words: { word: MarkedWord; parts: MarkedWord[] }[] = [];
  let start = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i]!.ch !== ' ') continue;
    const wordChars = chars.slice(start, i);
    start = i + 1;
    if (wordChars.length === 0) continue;
    // Split where the mark changes next to punctuation ("email:" | "jane@example.com");
    // a change between letters ("Kim" | "'s") keeps one word.
    const parts: MarkedWord[] = [];
    let from = 0;
    for (let k = 1; k <= wordChars.length; k++) {
      const boundary =
        k === wordChars.length ||
        (wordChars[k]!.mark !== wordChars[k - 1]!.mark &&
          !(isWordChar(wordChars[k]!.ch) && isWordChar(wordChars[k - 1]!.ch)));
      if (!boundary) continue;
      const piece = wordChars.slice(from, k);
      parts.push({ text: piece.map((c) => c.ch).join(''), mark: wordMark(piece) });
      from = k;
    }
    words.push({ word: { text: wordChars.map((c) => c.ch).join(''), mark: wordMark(wordChars) }, parts });
  }
  return words;
}

/** Contiguous words with the same mark id become one span. */
function toSpans(marks: (Mark | undefined)[], kind: Mark['kind']): CallSpan[] {
  const spans: CallSpan[] = [];
  let open: { id: number; span: CallSpan } | undefined;
  marks.forEach((mark, index) => {
    if (mark?.kind === kind && open?.id === mark.id && open.span.end_word === index) {
      open.span.end_word = index + 1;
      return;
    }
    if (mark?.kind === kind) {
      open = { id: mark.id, span: { type: mark.type, start_word: index, end_word: index + 1 } };
      spans.push(open.span);
    } else open = undefined;
  });
  return spans;
}

export interface CallSpec {
  id: string;
  domain: string;
  segments: Segment[];
}

/** Renders one call in one style. The same spec and style always give the same call. */
export function renderCall(spec: CallSpec, style: Style): LabelledCall {
  const rng: Rng = makeRng(seedOf(`${spec.id}/${style}`));
  let markId = 0;
  const nextId = (): number => markId++;
  const words: CallWord[] = [];
  const marks: (Mark | undefined)[] = [];
  const state: SpeakState = { repeats: rng.chance(0.5) };
  let clock = 0;
  const push = (text: string, mark: Mark | undefined, speaker: string): void => {
    const previous = words.at(-1);
    if (previous && previous.speaker !== speaker) clock += TURN_GAP;
    const round = (x: number): number => Math.round(x * 100) / 100;
    words.push({ text, start: round(clock), end: round(clock + WORD_LENGTH), speaker });
    marks.push(mark);
    clock += WORD_STEP;
  };
  spec.segments.forEach((segment, index) => {
    const speaker = SPEAKERS[index % 2]!;
    const segWords = segmentWords(segment, nextId);
    if (style === 'formatted') {
      for (const { word } of segWords) push(word.text, word.mark, speaker);
      return;
    }
    if (rng.chance(0.15)) push(rng.pick(FILLERS), undefined, speaker);
    state.previous = undefined;
    for (const { parts } of segWords) {
      for (const part of parts) {
        const type = part.mark?.kind === 'label' ? (part.mark.type as EntityType) : undefined;
        speakToken(part.text, type, rng, state).forEach((spoken, k) => {
          // a date of birth starts at its day or month (the project's labelling rule, as in the
          // hold-out): the "the" of "the fifth of may ..." said before it is not labelled
          const leadingThe =
            type === 'DATE_OF_BIRTH' && k === 0 && spoken === 'the' && marks.at(-1) !== part.mark;
          push(spoken, leadingThe ? undefined : part.mark, speaker);
        });
      }
    }
  });
  return {
    id: `${spec.id}-${style}`,
    style,
    domain: spec.domain,
    words,
    labels: toSpans(marks, 'label'),
    hard_negatives: toSpans(marks, 'negative'),
  };
}

/** Formatted word count of a segment (for sizing calls). */
export const segmentWordCount = (segment: Segment): number =>
  segment.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const segmentsWords = (segments: Segment[]): number => segments.reduce((n, s) => n + segmentWordCount(s), 0);

export interface GroupOptions {
  prefix: string;
  minWords?: number;
  maxWords?: number;
}

/**
 * Groups documents (in order) into calls of about minWords..maxWords formatted words: a call takes
 * whole documents until it reaches a seeded target length; a document longer than maxWords is cut
 * at segment boundaries.
 */
export function groupIntoCalls(docs: SourceDoc[], options: GroupOptions): CallSpec[] {
  const min = options.minWords ?? 100;
  const max = options.maxWords ?? 300;
  const rng = makeRng(seedOf(options.prefix));
  const calls: CallSpec[] = [];
  let current: CallSpec | undefined;
  let count = 0;
  let target = rng.int(min + 20, max - 60);
  const close = (): void => {
    if (current && current.segments.length) calls.push(current);
    current = undefined;
    count = 0;
    target = rng.int(min + 20, max - 60);
  };
  for (const doc of docs) {
    for (const segment of doc.segments) {
      const n = segmentWordCount(segment);
      if (current && count + n > max && count >= min) close();
      current ??= {
        id: `${options.prefix}-${String(calls.length + 1).padStart(4, '0')}`,
        domain: doc.domain,
        segments: [],
      };
      current.segments.push(segment);
      count += n;
    }
    if (count >= target) close();
  }
  const previous = calls.at(-1);
  if (current && count < min && previous && segmentsWords(previous.segments) + count <= max) {
    // A short tail joins the previous call rather than making a tiny one.
    previous.segments.push(...current.segments);
    current = undefined;
  }
  close();
  return calls;
}

/**
 * Deterministic ~50/50 split by the documents' split keys: docs with one key stay together. Keys are
 * stratified by the rarest entity type they hold (then ordered by a salted hash and dealt
 * alternately), so a rare type is not left on one side by chance when it has two keys or more.
 */
export function splitDocs(docs: SourceDoc[], salt: string): { dev: SourceDoc[]; test: SourceDoc[] } {
  const byKey = new Map<string, SourceDoc[]>();
  for (const doc of docs.filter((d) => !d.split))
    byKey.set(doc.splitKey, [...(byKey.get(doc.splitKey) ?? []), doc]);
  const typeCount = new Map<string, number>();
  for (const doc of docs) {
    for (const s of doc.segments)
      for (const l of s.labels) typeCount.set(l.type, (typeCount.get(l.type) ?? 0) + 1);
  }
  const strata = new Map<string, string[]>();
  for (const [key, keyDocs] of byKey) {
    const types = new Set(keyDocs.flatMap((d) => d.segments.flatMap((s) => s.labels.map((l) => l.type))));
    const rarest =
      [...types].sort((a, b) => typeCount.get(a)! - typeCount.get(b)! || a.localeCompare(b))[0] ?? '';
    strata.set(rarest, [...(strata.get(rarest) ?? []), key]);
  }
  const devKeys = new Set<string>();
  for (const [stratum, keys] of [...strata.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const hash = (k: string): number => seedOf(`${salt}/${k}`);
    const ordered = [...keys].sort((a, b) => hash(a) - hash(b) || a.localeCompare(b));
    const offset = seedOf(`${salt}/${stratum}`) % 2;
    ordered.forEach((k, i) => {
      if ((i + offset) % 2 === 0) devKeys.add(k);
    });
  }
  const dev = docs.filter((d) => d.split === 'dev' || (!d.split && devKeys.has(d.splitKey)));
  const test = docs.filter((d) => d.split === 'test' || (!d.split && !devKeys.has(d.splitKey)));
  return { dev, test };
}
