/**
 * Cue text (WebVTT, SRT, Whisper segments without word times): words are the whitespace tokens of
 * the text outside markup tags; their times are interpolated across the cue in proportion to
 * character length. Redaction rewrites the payload in place: the text of an edit's words goes,
 * the replacement takes the place of the first word, markup tags inside the range stay.
 *
 * Speakers: a WebVTT `<v Name>` voice, or a leading speaker label of a cue ("Customer: ...",
 * "SPEAKER 1: ...", "[Agent] ..."), names the speaker. A label is not a word of the call: it is
 * invisible to detection, names the speaker of its cue and of the unlabelled cues after it (so a
 * value said across cues of one speaker stays one run), and is written back unchanged unless it
 * names a redacted word.
 */
import type { Edit, TimingGranularity, Word } from '../../types.js';
import { collapse, EditPlan } from './plan.js';
import { applySplices, type Splice } from './text-redact.js';
import { type CueLabel, leadingLabel, speakerIds } from './cue-labels.js';
import type { ParsedTranscript } from './types.js';
import { checkTimeline, transcriptError } from './validate.js';

export interface CueToken {
  /** decoded text of the word */
  text: string;
  /** offsets of the word's first char and after its last char in the payload */
  start: number;
  end: number;
}

export interface CueMarkup {
  start: number;
  end: number;
  /** the tag text, e.g. "<b>", "<v Jane>", or a speaker label, e.g. "Jane Doe:" */
  raw: string;
  /** speaker labels: where the name is in `raw` */
  name?: { start: number; end: number };
}

export interface TokenizeOptions {
  /** decode &amp; &lt; &gt; &nbsp; &lrm; &rlm; and numeric references (WebVTT) */
  entities?: boolean;
  /** treat {\...} override blocks as markup (SRT files converted from ASS) */
  braceTags?: boolean;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  quot: '"',
  apos: "'",
};

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    const cp = Number.parseInt(body.slice(2), 16);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  if (body.startsWith('#')) {
    const cp = Number.parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  return NAMED[body];
}

const SPACE = /\s/u;

export function tokenizeCue(
  payload: string,
  options: TokenizeOptions = {},
  label?: CueLabel,
): { tokens: CueToken[]; markup: CueMarkup[] } {
  const tokens: CueToken[] = [];
  const markup: CueMarkup[] = [];
  let current: CueToken | undefined;
  const flush = (): void => {
    if (current && current.text.length > 0) tokens.push(current);
    current = undefined;
  };
  const addChar = (ch: string, start: number, end: number): void => {
    if (SPACE.test(ch) && ch !== '\u00a0') {
      flush();
      return;
    }
    if (!current) current = { text: '', start, end };
    current.text += ch;
    current.end = end;
  };
  let i = 0;
  while (i < payload.length) {
    if (label && i === label.start) {
      const raw = payload.slice(label.start, label.end);
      markup.push({ start: label.start, end: label.end, raw, name: label.name });
      i = label.end;
      continue;
    }
    const c = payload.charAt(i);
    if (c === '<') {
      const close = payload.indexOf('>', i + 1);
      if (close > i) {
        markup.push({ start: i, end: close + 1, raw: payload.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (options.braceTags && c === '{' && payload.charAt(i + 1) === '\\') {
      const close = payload.indexOf('}', i + 2);
      if (close > i) {
        markup.push({ start: i, end: close + 1, raw: payload.slice(i, close + 1) });
        i = close + 1;
        continue;
      }
    }
    if (options.entities && c === '&') {
      const m = /^&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);/.exec(payload.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[1]!) : undefined;
      if (m && decoded !== undefined) {
        addChar(decoded, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    const cp = payload.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    addChar(ch, i, i + ch.length);
    i += ch.length;
  }
  flush();
  return { tokens, markup };
}

/** Word times across [start, end] in proportion to character length (separating spaces count). */
export function interpolate(
  texts: readonly string[],
  start: number,
  end: number,
): { start: number; end: number }[] {
  const total = texts.reduce((n, t) => n + t.length, 0) + Math.max(0, texts.length - 1);
  const duration = Math.max(0, end - start);
  let before = 0;
  return texts.map((t) => {
    const s = total > 0 ? start + (duration * before) / total : start;
    before += t.length;
    const e = total > 0 ? start + (duration * before) / total : end;
    before += 1;
    return { start: s, end: Math.min(e, end) };
  });
}

/**
 * Splices that redact a cue payload: for each edit run (token positions first..last), the text
 * from the first token's start to the last token's end is replaced by the replacement followed by
 * the markup tags that were inside the range. Edge punctuation outside the value is kept.
 */
export function cueSplices(
  payload: string,
  tokens: readonly CueToken[],
  markup: readonly CueMarkup[],
  runs: readonly { first: number; last: number; replacement: string }[],
): Splice[] {
  const splices: Splice[] = [];
  for (const run of runs) {
    const firstTok = tokens[run.first]!;
    const lastTok = tokens[run.last]!;
    let start = firstTok.start;
    let end = lastTok.end;
    const lead = /[\p{L}\p{N}]/u.test(firstTok.text)
      ? (/^[("'“‘[¿¡]+/u.exec(firstTok.text)?.[0].length ?? 0)
      : 0;
    const trail = /[\p{L}\p{N}]/u.test(lastTok.text)
      ? (/[.,!?;:"'”’)\]…]+$/u.exec(lastTok.text)?.[0].length ?? 0)
      : 0;
    // edge punctuation is plain chars in the payload (entities are never punctuation here)
    if (lead > 0 && payload.slice(start, start + lead) === firstTok.text.slice(0, lead)) start += lead;
    if (trail > 0 && payload.slice(end - trail, end) === lastTok.text.slice(lastTok.text.length - trail))
      end -= trail;
    const inner = markup.filter((m) => m.start >= start && m.end <= end).map((m) => m.raw);
    const prev = splices[splices.length - 1];
    if (prev && start < prev.end) {
      prev.text += ` ${run.replacement}`;
      prev.end = Math.max(prev.end, end);
    } else splices.push({ start, end: Math.max(start, end), text: run.replacement + inner.join('') });
  }
  return splices;
}

export function escapeVttText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---------------------------------------------------------------------------------------------
// Cue documents (WebVTT, SRT): the raw file is kept; writing splices the redacted cue payloads
// (and voice annotations) into it, so identifiers, settings, NOTE blocks and line endings stay.

export interface Line {
  text: string;
  /** offset of the line's first char and of its end (before the line break) */
  start: number;
  end: number;
  /** 1-based */
  number: number;
}

export function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  let n = 1;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    lines.push({ text: raw.slice(start, m.index), start, end: m.index, number: n++ });
    start = m.index + m[0].length;
  }
  if (start < raw.length || lines.length === 0)
    lines.push({ text: raw.slice(start), start, end: raw.length, number: n });
  return lines;
}

export interface Cue {
  start: number;
  end: number;
  /** payload = raw.slice(payloadStart, payloadEnd) */
  payloadStart: number;
  payloadEnd: number;
  /** line of the timing line */
  line: number;
}

/** Splits lines into blocks separated by blank lines. */
export function blocksOf(lines: readonly Line[], from: number): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** How a cue file marks its cues (WebVTT and SRT differ only here). */
export interface CueSyntax {
  /** blocks that are not cues (WebVTT NOTE, STYLE, REGION) */
  skip?: (block: readonly Line[]) => boolean;
  /** index of the block's timing line; -1 when it has none (text that belongs to the previous cue) */
  timingLine: (block: readonly Line[]) => number;
  /** start and end in seconds, or null when the line is not a valid timing line */
  times: (line: string) => { start: number; end: number } | null;
  /** what is said about an invalid timing line */
  invalidTiming: string;
  /** where and what is said about text before the first cue */
  orphan: { path: string; problem: string };
}

/** The cues of a file's blocks (lines separated by blank lines); a cue's payload is the lines after its timing line. */
export function parseCueBlocks(blocks: readonly Line[][], source: string, syntax: CueSyntax): Cue[] {
  const cues: Cue[] = [];
  for (const block of blocks) {
    if (syntax.skip?.(block)) continue;
    const t = syntax.timingLine(block);
    if (t < 0) {
      // text without a timing line: keep it with the previous cue so it is redacted with it
      const prev = cues[cues.length - 1];
      if (!prev) throw transcriptError(source, syntax.orphan.path, syntax.orphan.problem, block[0]!.number);
      prev.payloadEnd = block[block.length - 1]!.end;
      continue;
    }
    const line = block[t]!;
    const timing = syntax.times(line.text);
    if (!timing) throw transcriptError(source, `cue ${cues.length + 1}`, syntax.invalidTiming, line.number);
    if (timing.end < timing.start)
      throw transcriptError(source, `cue ${cues.length + 1}`, 'cue ends before it starts', line.number);
    const payload = block.slice(t + 1);
    cues.push({
      start: timing.start,
      end: timing.end,
      payloadStart: payload.length > 0 ? payload[0]!.start : line.end,
      payloadEnd: payload.length > 0 ? payload[payload.length - 1]!.end : line.end,
      line: line.number,
    });
  }
  return cues;
}

export interface CueFormat {
  format: 'webvtt' | 'srt';
  extension: string;
  tokenize: TokenizeOptions;
  escape: (s: string) => string;
  /** WebVTT <v Name> voice spans name speakers */
  voices: boolean;
}

const VOICE = /^<v(\.[^\s>]*)?[ \t]+([^>]*)>$/;
const FUNCTION_WORDS = new Set(
  'a an and the of at dot to in on is my me i it for or by be as am are was'.split(' '),
);

function normalise(w: string): string {
  return w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

/**
 * Speaker name of each token: the annotation of the innermost open <v> span (WebVTT), else the
 * speaker named by the cue's label or by the last label before it (`labelled`).
 */
function speakersOf(
  tokens: readonly CueToken[],
  markup: readonly CueMarkup[],
  voices: boolean,
  labelled: string | undefined,
): (string | undefined)[] {
  const out: (string | undefined)[] = [];
  let m = 0;
  let voice: string | undefined;
  for (const t of tokens) {
    while (voices && m < markup.length && markup[m]!.start < t.start) {
      const raw = markup[m]!.raw;
      const v = VOICE.exec(raw);
      if (v) voice = v[2]!.trim() || undefined;
      else if (/^<\/v\s*>$/.test(raw)) voice = undefined;
      m++;
    }
    out.push(voice ?? labelled);
  }
  return out;
}

/**
 * A ParsedTranscript over cues: words are the cue tokens with interpolated times (timing 'cue');
 * writing splices the redacted payloads into the raw text.
 */
export function cueParsed(
  raw: string,
  source: string,
  cues: readonly Cue[],
  fmt: CueFormat,
): ParsedTranscript {
  const words: Word[] = [];
  const perCue: { tokens: CueToken[]; markup: CueMarkup[]; first: number }[] = [];
  const cueOfWord: number[] = [];
  const speakerId = speakerIds();
  let labelled: string | undefined;
  cues.forEach((cue, c) => {
    const payload = raw.slice(cue.payloadStart, cue.payloadEnd);
    const label = leadingLabel(payload, fmt.tokenize);
    if (label) labelled = label.speaker;
    const { tokens, markup } = tokenizeCue(payload, fmt.tokenize, label);
    const times = interpolate(
      tokens.map((t) => t.text),
      cue.start,
      cue.end,
    );
    const speakers = speakersOf(tokens, markup, fmt.voices, labelled);
    perCue.push({ tokens, markup, first: words.length });
    tokens.forEach((t, j) => {
      const w: Word = { text: t.text, start: times[j]!.start, end: times[j]!.end };
      const speaker = speakerId(speakers[j]);
      if (speaker !== undefined) w.speaker = speaker;
      cueOfWord.push(c);
      words.push(w);
    });
  });
  checkTimeline(
    words,
    source,
    (i) => `cue ${cueOfWord[i]! + 1}`,
    (_p, i) => cues[cueOfWord[i]!]?.line,
  );
  const timing: TimingGranularity = 'cue';
  return {
    format: fmt.format,
    transcript: { words },
    timing,
    extension: fmt.extension,
    write(edits: readonly Edit[]): string {
      const plan = new EditPlan(edits, words);
      if (plan.empty) return raw;
      // words of edits, for voice annotations that name a redacted person
      const editOfWord = new Map<string, number>();
      plan.edits.forEach((e, k) => {
        for (let i = e.startWord; i < e.endWord; i++) {
          const n = normalise(words[i]!.text);
          if (n.length >= 2 && !FUNCTION_WORDS.has(n) && !editOfWord.has(n)) editOfWord.set(n, k);
        }
      });
      /** the edit whose words a speaker name names, if any */
      const editNamed = (name: string): number | undefined =>
        name
          .split(/\s+/)
          .map((p) => editOfWord.get(normalise(p)))
          .find((k) => k !== undefined);
      // voice annotations and speaker labels that name a redacted word get its replacement
      const redactSpeaker = (m: CueMarkup): string => {
        if (m.name) {
          const hit = editNamed(m.raw.slice(m.name.start, m.name.end));
          if (hit === undefined) return m.raw;
          const replacement = fmt.escape(plan.replacement(hit));
          return m.raw.slice(0, m.name.start) + replacement + m.raw.slice(m.name.end);
        }
        const v = fmt.voices ? VOICE.exec(m.raw) : null;
        const hit = v ? editNamed(v[2]!) : undefined;
        return hit === undefined ? m.raw : `<v${v![1] ?? ''} ${fmt.escape(plan.replacement(hit))}>`;
      };
      const splices: Splice[] = [];
      cues.forEach((cue, c) => {
        const { tokens, markup, first } = perCue[c]!;
        const payload = raw.slice(cue.payloadStart, cue.payloadEnd);
        const marks = markup.map((m) => ({ ...m, raw: redactSpeaker(m) }));
        const fates = collapse(tokens.map((_, j) => plan.edit(first + j)));
        const runs: { first: number; last: number; replacement: string }[] = [];
        fates.forEach((f, j) => {
          if (f.kind === 'first')
            runs.push({ first: j, last: f.last, replacement: fmt.escape(plan.replacement(f.edit)) });
        });
        const local = cueSplices(payload, tokens, marks, runs);
        const all = [...local];
        marks.forEach((m, k) => {
          if (m.raw === markup[k]!.raw) return;
          if (local.some((s) => m.start >= s.start && m.end <= s.end)) return;
          all.push({ start: m.start, end: m.end, text: m.raw });
        });
        all.sort((a, b) => a.start - b.start);
        for (const s of all)
          splices.push({ start: s.start + cue.payloadStart, end: s.end + cue.payloadStart, text: s.text });
      });
      return applySplices(raw, splices);
    },
  };
}
