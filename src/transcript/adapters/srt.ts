/**
 * SubRip (.srt): blocks of a sequence number, a timing line "00:00:01,000 --> 00:00:04,000" and
 * text lines, separated by blank lines. Words are the text's tokens outside tags (<i>, <font ...>,
 * {\an8}) and outside a leading speaker label ("Customer: ...", see cue-labels.ts); their times
 * are interpolated across the cue (timing 'cue'). Writing rewrites the text lines only; numbers,
 * timing lines, tags, labels and line endings stay.
 */
import { blocksOf, type Cue, cueParsed, parseCueBlocks, splitLines } from './cues.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse } from './validate.js';

const TIME = '(\\d+):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})';
const TIMING = new RegExp(`^\\s*${TIME}\\s*-->\\s*${TIME}(?:\\s.*)?$`);

function seconds(h: string, m: string, s: string, ms: string): number {
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;
}

export function parseSrt(raw: string, source: string): Cue[] {
  const lines = splitLines(raw.startsWith('\uFEFF') ? ` ${raw.slice(1)}` : raw);
  return parseCueBlocks(blocksOf(lines, 0), source, {
    timingLine: (block) => {
      const first = block[0]!.text.trim();
      if (/^\d+$/.test(first) && block.length > 1 && block[1]!.text.includes('-->')) return 1;
      return first.includes('-->') ? 0 : -1;
    },
    times: (line) => {
      const m = TIMING.exec(line);
      return m && { start: seconds(m[1]!, m[2]!, m[3]!, m[4]!), end: seconds(m[5]!, m[6]!, m[7]!, m[8]!) };
    },
    invalidTiming: 'invalid timing line',
    orphan: { path: 'cue 1', problem: 'expected a sequence number and a timing line' },
  });
}

const SRT_START = /^\uFEFF?\s*\d+[ \t]*\r?\n[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->/;

export const srtAdapter: TranscriptAdapter = {
  format: 'srt',

  sniff(text, fileName) {
    return /\.srt$/i.test(fileName ?? '') || SRT_START.test(text.raw.slice(0, 256));
  },

  parse({ raw }, source) {
    return guardParse(source, () =>
      cueParsed(raw, source, parseSrt(raw, source), {
        format: 'srt',
        extension: '.srt',
        tokenize: { braceTags: true },
        escape: (s) => s,
        voices: false,
      }),
    );
  },
};
