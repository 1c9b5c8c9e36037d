/**
 * SubRip (.srt): blocks of a sequence number, a timing line "00:00:01,000 --> 00:00:04,000" and
 * text lines, separated by blank lines. Words are the text's tokens outside tags (<i>, <font ...>,
 * {\an8}); their times are interpolated across the cue (timing 'cue'). Writing rewrites the text
 * lines only; numbers, timing lines, tags and line endings stay.
 */
import { type Cue, cueParsed, pushCue, splitLines } from './cues.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, transcriptError } from './validate.js';
import { blocksOf } from './webvtt.js';

const TIME = '(\\d+):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})';
const TIMING = new RegExp(`^\\s*${TIME}\\s*-->\\s*${TIME}(?:\\s.*)?$`);

function seconds(h: string, m: string, s: string, ms: string): number {
  return Number(h) * 3600 + Number(m) * 60 + Number(s) + Number(ms.padEnd(3, '0')) / 1000;
}

export function parseSrt(raw: string, source: string): Cue[] {
  const lines = splitLines(raw.startsWith('\uFEFF') ? ` ${raw.slice(1)}` : raw);
  const cues: Cue[] = [];
  for (const block of blocksOf(lines, 0)) {
    const first = block[0]!.text.trim();
    const t =
      /^\d+$/.test(first) && block.length > 1 && block[1]!.text.includes('-->')
        ? 1
        : first.includes('-->')
          ? 0
          : -1;
    if (t < 0) {
      const prev = cues[cues.length - 1];
      if (!prev)
        throw transcriptError(
          source,
          'cue 1',
          'expected a sequence number and a timing line',
          block[0]!.number,
        );
      prev.payloadEnd = block[block.length - 1]!.end;
      continue;
    }
    const timing = block[t]!;
    const m = TIMING.exec(timing.text);
    if (!m) throw transcriptError(source, `cue ${cues.length + 1}`, 'invalid timing line', timing.number);
    pushCue(
      cues,
      source,
      { start: seconds(m[1]!, m[2]!, m[3]!, m[4]!), end: seconds(m[5]!, m[6]!, m[7]!, m[8]!) },
      block,
      t,
    );
  }
  return cues;
}

const SRT_START = /^\uFEFF?\s*\d+[ \t]*\r?\n[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->/;

export const srtAdapter: TranscriptAdapter = {
  format: 'srt',

  sniff(raw, fileName) {
    return /\.srt$/i.test(fileName ?? '') || SRT_START.test(raw.slice(0, 256));
  },

  parse(raw, source) {
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
