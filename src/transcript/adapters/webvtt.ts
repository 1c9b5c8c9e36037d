/**
 * WebVTT: the WEBVTT header, then blocks separated by blank lines: cues (optional identifier, a
 * timing line "00:01.000 --> 00:04.000 settings", payload lines), NOTE, STYLE and REGION blocks.
 * Words are the payload's tokens outside tags and outside a leading speaker label (see
 * cue-labels.ts), with entities decoded; their times are interpolated across the cue (timing
 * 'cue', so the pipeline warns that bleeps are coarse). Writing rewrites cue payloads only;
 * identifiers, settings, NOTE/STYLE/REGION blocks, tags, labels and line endings stay. A <v Name>
 * voice annotation or a label that names a redacted word is redacted too.
 */
import { blocksOf, type Cue, cueParsed, escapeVttText, parseCueBlocks, splitLines } from './cues.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, transcriptError } from './validate.js';

const TIME = '(?:(\\d+):)?(\\d{2}):(\\d{2})\\.(\\d{3})';
const TIMING = new RegExp(`^\\s*${TIME}[ \\t]+-->[ \\t]+${TIME}(?:[ \\t].*)?$`);
const HEADER = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;

function seconds(h: string | undefined, m: string, s: string, ms: string): number {
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
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
  return parseCueBlocks(blocksOf(lines, i), source, {
    skip: (block) => /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]!.text),
    timingLine: (block) =>
      block[0]!.text.includes('-->') ? 0 : block.length > 1 && block[1]!.text.includes('-->') ? 1 : -1,
    times: (line) => {
      const m = TIMING.exec(line);
      return m && { start: seconds(m[1], m[2]!, m[3]!, m[4]!), end: seconds(m[5], m[6]!, m[7]!, m[8]!) };
    },
    invalidTiming: 'invalid cue timing line',
    orphan: { path: 'cue', problem: 'block has no timing line' },
  });
}

export const webvttAdapter: TranscriptAdapter = {
  format: 'webvtt',

  sniff(text, fileName) {
    return /\.vtt$/i.test(fileName ?? '') || /^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(text.raw.slice(0, 16));
  },

  parse({ raw }, source) {
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
