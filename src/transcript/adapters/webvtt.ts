/**
 * WebVTT: the WEBVTT header, then blocks separated by blank lines: cues (optional identifier, a
 * timing line "00:01.000 --> 00:04.000 settings", payload lines), NOTE, STYLE and REGION blocks.
 * Words are the payload's tokens outside tags, with entities decoded; their times are
 * interpolated across the cue (timing 'cue', so the pipeline warns that bleeps are coarse).
 * Writing rewrites cue payloads only; identifiers, settings, NOTE/STYLE/REGION blocks, tags and
 * line endings stay. A <v Name> voice annotation that names a redacted word is redacted too.
 */
import { type Cue, cueParsed, pushCue, escapeVttText, type Line, splitLines } from './cues.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, transcriptError } from './validate.js';

const TIME = '(?:(\\d+):)?(\\d{2}):(\\d{2})\\.(\\d{3})';
const TIMING = new RegExp(`^\\s*${TIME}[ \\t]+-->[ \\t]+${TIME}(?:[ \\t].*)?$`);
const HEADER = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;

function seconds(h: string | undefined, m: string, s: string, ms: string): number {
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
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

export function parseVtt(raw: string, source: string): Cue[] {
  const lines = splitLines(raw);
  if (!HEADER.test(lines[0]!.text)) {
    throw transcriptError(source, 'header', 'a WebVTT file must start with "WEBVTT"', 1);
  }
  let i = 1;
  while (i < lines.length && lines[i]!.text.trim() !== '') {
    if (lines[i]!.text.includes('-->')) {
      throw transcriptError(
        source,
        'header',
        'a blank line must separate the header from the first cue',
        lines[i]!.number,
      );
    }
    i++;
  }
  const cues: Cue[] = [];
  for (const block of blocksOf(lines, i)) {
    const head = block[0]!.text;
    if (/^NOTE(?:[ \t]|$)/.test(head) || /^(?:STYLE|REGION)(?:[ \t]|$)/.test(head)) continue;
    const t = head.includes('-->') ? 0 : block.length > 1 && block[1]!.text.includes('-->') ? 1 : -1;
    if (t < 0) {
      // text without a timing line: keep it with the previous cue so it is redacted with it
      const prev = cues[cues.length - 1];
      if (!prev) throw transcriptError(source, 'cue', 'block has no timing line', block[0]!.number);
      prev.payloadEnd = block[block.length - 1]!.end;
      continue;
    }
    const timing = block[t]!;
    const m = TIMING.exec(timing.text);
    if (!m) throw transcriptError(source, `cue ${cues.length + 1}`, 'invalid cue timing line', timing.number);
    pushCue(
      cues,
      source,
      { start: seconds(m[1], m[2]!, m[3]!, m[4]!), end: seconds(m[5], m[6]!, m[7]!, m[8]!) },
      block,
      t,
    );
  }
  return cues;
}

export const webvttAdapter: TranscriptAdapter = {
  format: 'webvtt',

  sniff(raw, fileName) {
    return /\.vtt$/i.test(fileName ?? '') || /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(raw.slice(0, 16));
  },

  parse(raw, source) {
    return guardParse(source, () =>
      cueParsed(raw, source, parseVtt(raw, source), {
        format: 'webvtt',
        extension: '.vtt',
        tokenize: { entities: true },
        escape: escapeVttText,
        voices: true,
      }),
    );
  },
};
