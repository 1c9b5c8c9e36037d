/**
 * Bad input is refused with a TranscriptError naming the source file, the JSON path of the bad
 * field (or the cue) and its line; no message ever quotes transcript text.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../../errors.js';
import { detectFormat, parseTranscript } from './index.js';
import type { TranscriptFormat } from './types.js';

const DIR = fileURLToPath(new URL('../../../samples/formats/', import.meta.url));
const read = (file: string): string => readFileSync(DIR + file, 'utf8');

function failure(raw: string, source: string, format?: TranscriptFormat): TranscriptError {
  try {
    parseTranscript(raw, { source, format });
  } catch (err) {
    expect(err).toBeInstanceOf(TranscriptError);
    return err as TranscriptError;
  }
  throw new Error('expected a TranscriptError');
}

const SECRET = 'Zebulon';

/** A canonical transcript whose words all carry SECRET, one word per line from line 3. */
function canonical(words: { text?: string; start?: unknown; end?: unknown; channel?: number }[]): string {
  const lines = words.map((w) => JSON.stringify({ text: w.text ?? SECRET, ...w }));
  return `{\n  "words": [\n${lines.map((l) => `    ${l}`).join(',\n')}\n  ]\n}\n`;
}

describe('invalid JSON', () => {
  it('names the source and the line and column of the syntax error', () => {
    const raw = '{\n  "words": [\n    { "text": "Zebulon", "start": 1, }\n  ]\n}';
    const err = failure(raw, 'calls/a.json');
    expect(err.message).toBe('calls/a.json: invalid JSON at line 3, column 38');
    expect(err.details).toMatchObject({ source: 'calls/a.json', line: 3, column: 38 });
    expect(err.code).toBe('INVALID_TRANSCRIPT');
    expect(err.httpStatus).toBe(400);
  });

  it('reports truncated input at its end', () => {
    const err = failure('{"words": [{"text": "Zeb', 'b.json');
    expect(err.message).toMatch(/^b\.json: invalid JSON at line 1, column \d+$/);
  });

  it('counts the line after a byte-order mark', () => {
    const err = failure('\uFEFF{\n"words": ]\n}', 'c.json');
    expect(err.details).toMatchObject({ line: 2 });
  });
});

describe('schema violations', () => {
  it('names the JSON path and line of a wrong type', () => {
    const raw = canonical([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
      { start: '3.5', end: 4 },
    ]);
    const err = failure(raw, 'd.json');
    expect(err.message).toBe('d.json: words[3].start: expected number (line 6)');
    expect(err.details).toMatchObject({ path: 'words[3].start', line: 6 });
  });

  it('names a missing field by its path (line of its parent)', () => {
    const raw = read('deepgram.json')
      .replace('"punctuated_word": "Acme."', '"punctuated_word": "Acme.", "x": 1')
      .replace(/"word": "acme",\n/, '');
    const err = failure(raw, 'e.json');
    expect(err.message).toMatch(
      /^e\.json: results\.channels\[0\]\.alternatives\[0\]\.words\[3\]\.word: expected string \(line \d+\)$/,
    );
  });

  it('refuses an AWS time that is not a number of seconds', () => {
    const raw = read('aws-transcribe.json').replace(
      '"start_time": "2.000", "end_time": "2.200", "speaker_label": "spk_0", "alternatives"',
      '"start_time": "2.0.0", "end_time": "2.200", "speaker_label": "spk_0", "alternatives"',
    );
    const err = failure(raw, 'f.json');
    expect(err.message).toBe('f.json: results.items[5].start_time: is not a time in seconds');
  });

  it('refuses Call Analytics items without content', () => {
    const raw = read('aws-call-analytics.json').replace(
      '{ "Confidence": 0.999, "Content": "for",',
      '{ "Confidence": 0.999, "Content": 4,',
    );
    const err = failure(raw, 'g.json');
    expect(err.message).toMatch(
      /^g\.json: Transcript\[0\]\.Items\[1\]\.Content: expected string \(line \d+\)$/,
    );
  });
});

describe('word timings', () => {
  it.each([
    [
      'a negative time',
      [
        { start: 0, end: 1 },
        { start: -1, end: 2 },
      ],
      'word 1: time is negative',
    ],
    [
      'an end before the start',
      [
        { start: 0, end: 1 },
        { start: 2, end: 1.5 },
      ],
      'word 1: ends before it starts',
    ],
    [
      'a start going backwards',
      [
        { start: 0, end: 1 },
        { start: 5, end: 6 },
        { start: 3, end: 4 },
      ],
      'word 2: starts 2.000 s before the previous word of its channel',
    ],
    [
      'a start without an end',
      [{ start: 0, end: 1 }, { start: 2 }],
      'word 1: has a start or an end time but not both',
    ],
    [
      'untimed words among timed ones',
      [{ start: 0, end: 1 }, {}],
      'word 1: has no times while other words do',
    ],
  ])('refuses %s, naming the word', (_name, words, problem) => {
    const err = failure(canonical(words), 'h.json');
    expect(err.message).toContain(problem);
    expect(err.message).toMatch(/^h\.json: words\[\d\](\.start)?: /);
    expect(err.message).not.toContain(SECRET);
  });

  it('allows a small backwards step, and any order across channels', () => {
    const p = parseTranscript(
      canonical([
        { start: 5, end: 6, channel: 0 },
        { start: 4.8, end: 5.2, channel: 0 },
        { start: 1, end: 2, channel: 1 },
      ]),
      { source: 'i.json' },
    );
    expect(p.transcript.words).toHaveLength(3);
  });

  it('refuses a backwards step in Deepgram words with its path and line', () => {
    const raw = read('deepgram.json').replace('"start": 4.0,\n', '"start": 1.0,\n');
    const err = failure(raw, 'j.json');
    expect(err.message).toMatch(
      /^j\.json: results\.channels\[0\]\.alternatives\[0\]\.words\[9\]: word 9: starts 2\.600 s before/,
    );
    expect(err.details?.line).toBeGreaterThan(100);
  });

  it('refuses a transcript without words', () => {
    expect(failure('{"words": []}', 'k.json').message).toBe('k.json: the transcript has no words');
    expect(failure('  \n\t', 'k.txt').message).toBe('k.txt: the transcript has no words');
    expect(failure('WEBVTT\n\nNOTE only a note\n', 'k.vtt').message).toBe(
      'k.vtt: the transcript has no words',
    );
  });
});

describe('cue files', () => {
  it('refuses a WebVTT file without its header', () => {
    const err = failure('00:00.000 --> 00:01.000\nhello', 'l.vtt');
    expect(err.message).toBe('l.vtt: header: a WebVTT file must start with "WEBVTT" (line 1)');
  });

  it('names the line of a bad timing line', () => {
    const raw = read('webvtt.vtt').replace('00:00:05.200 --> 00:00:10.000', '00:00:05.200 -> 00:00:10.000');
    // without "-->" the block is cue text: it joins the previous cue, so nothing escapes redaction
    expect(parseTranscript(raw, { source: 'm.vtt' }).transcript.words.map((w) => w.text)).toContain(
      'customer-2',
    );
    const bad = read('webvtt.vtt').replace('00:00:05.200 --> 00:00:10.000', '00:05.2 --> 00:10');
    expect(failure(bad, 'm.vtt').message).toBe('m.vtt: cue 3: invalid cue timing line (line 19)');
  });

  it('refuses an SRT cue that ends before it starts', () => {
    const raw = read('srt.srt').replace('00:00:03,600 --> 00:00:05,000', '00:00:05,600 --> 00:00:05,000');
    expect(failure(raw, 'n.srt').message).toBe('n.srt: cue 2: cue ends before it starts (line 7)');
  });

  it('refuses SRT text before the first cue', () => {
    expect(failure('hello there\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n', 'o.srt').message).toBe(
      'o.srt: cue 1: expected a sequence number and a timing line (line 1)',
    );
  });
});

describe('detection', () => {
  it.each([
    ['callredact.json', 'callredact'],
    ['aws-transcribe.json', 'aws-transcribe'],
    ['aws-call-analytics.json', 'aws-transcribe'],
    ['deepgram.json', 'deepgram'],
    ['assemblyai.json', 'assemblyai'],
    ['whisper.json', 'whisper'],
    ['whisper-cpp.json', 'whisper'],
    ['whisper-faster.json', 'whisper'],
  ] as const)('finds %s by structure, whatever the file is called', (file, format) => {
    expect(detectFormat(read(file))).toBe(format);
    expect(detectFormat(read(file), 'upload.bin')).toBe(format);
  });

  it('finds WebVTT and SRT by their first lines, text only by extension', () => {
    expect(detectFormat(read('webvtt.vtt'))).toBe('webvtt');
    expect(detectFormat(read('srt.srt'))).toBe('srt');
    expect(detectFormat('hello there', 'notes.TXT')).toBe('text');
  });

  it('refuses unknown input, listing the supported formats', () => {
    const err = (() => {
      try {
        detectFormat('hello there', 'notes.md');
      } catch (e) {
        return e as TranscriptError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(TranscriptError);
    expect(err.message).toBe(
      'notes.md: unrecognised transcript format (supported: callredact, aws-transcribe, deepgram, assemblyai, whisper, webvtt, srt, text)',
    );
    expect(() => detectFormat('{"something": "else"}', 'x.json')).toThrow(/unrecognised transcript format/);
  });

  it('refuses ambiguous input, naming the candidates', () => {
    expect(() => detectFormat('{"results": {"items": [], "channels": []}}', 'y.json')).toThrow(
      /ambiguous transcript format \(looks like aws-transcribe and deepgram\); name the format explicitly/,
    );
  });

  it('reports invalid JSON while detecting', () => {
    expect(() => detectFormat('{"results": ', 'z.json')).toThrow(
      /z\.json: invalid JSON at line 1, column 13/,
    );
  });

  it('refuses a document parsed as the wrong explicit format', () => {
    const err = failure(read('deepgram.json'), 'w.json', 'assemblyai');
    expect(err.message).toMatch(/^w\.json: /);
  });
});

describe('messages never quote transcript text', () => {
  it.each([
    ['callredact', `{"words": [{"text": "${SECRET}", "start": 1, "end": 0}]}`],
    ['callredact', `{"words": [{"text": "${SECRET}", "start": "${SECRET}", "end": 0}]}`],
    [
      'aws-transcribe',
      `{"results": {"items": [{"type": "pronunciation", "start_time": "${SECRET}", "alternatives": [{"content": "${SECRET}"}]}]}}`,
    ],
    [
      'deepgram',
      `{"results": {"channels": [{"alternatives": [{"transcript": "${SECRET}", "words": [{"word": "${SECRET}", "start": "x", "end": 1}]}]}]}}`,
    ],
    ['assemblyai', `{"text": "${SECRET}", "words": [{"text": "${SECRET}", "start": 5, "end": 1}]}`],
    ['whisper', `{"segments": [{"start": 0, "end": 1, "text": 7, "words": [{"word": "${SECRET}"}]}]}`],
    ['webvtt', `WEBVTT\n\n${SECRET}\n00:01.000 --> 00:00.500\n${SECRET}\n`],
    ['srt', `1\n00:00:01,000 --> ${SECRET}\n${SECRET}\n`],
    ['callredact', `{"words": [{"text": "${SECRET}"`],
  ] as const)('%s', (format, raw) => {
    const err = failure(raw, 'p', format);
    expect(err.message).not.toContain(SECRET);
    expect(JSON.stringify(err.toJSON())).not.toContain(SECRET);
  });
});
