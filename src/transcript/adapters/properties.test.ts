/**
 * Property tests: whatever the input (random text, random JSON, truncated or mutated fixtures,
 * huge or deeply nested documents), parsing either succeeds with a valid transcript or throws a
 * TranscriptError, never anything else and never hangs. Generated documents of every format
 * redact without leaking: after write(edits), no edited word survives anywhere in the output.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TranscriptError } from '../../errors.js';
import type { Edit } from '../../types.js';
import { parseTranscript } from './index.js';
import { TRANSCRIPT_FORMATS, type ParsedTranscript, type TranscriptFormat } from './types.js';

const DIR = fileURLToPath(new URL('../../../samples/formats/', import.meta.url));
const FIXTURES = readdirSync(DIR)
  .filter((file) => file !== 'README.md')
  .map((file) => ({ file, raw: readFileSync(DIR + file, 'utf8') }));
const FORMAT_OF: Record<string, TranscriptFormat> = {};
for (const { file, raw } of FIXTURES) FORMAT_OF[file] = parseTranscript(raw, { source: file }).format;

function assertValid(p: ParsedTranscript): void {
  const words = p.transcript.words;
  expect(words.length).toBeGreaterThan(0);
  for (const w of words) {
    expect(typeof w.text).toBe('string');
    if (p.timing === 'none') {
      expect(w.start).toBeUndefined();
    } else {
      expect(Number.isFinite(w.start)).toBe(true);
      expect(Number.isFinite(w.end)).toBe(true);
      expect(w.start!).toBeGreaterThanOrEqual(0);
      expect(w.end!).toBeGreaterThanOrEqual(w.start!);
    }
  }
}

/** Edits from random cut points: sorted, non-overlapping, in range. */
function editsFrom(cuts: readonly number[], n: number, replacement = '[X]'): Edit[] {
  const points = [...new Set(cuts.map((c) => c % (n + 1)))].sort((a, b) => a - b);
  const edits: Edit[] = [];
  for (let k = 0; k + 1 < points.length; k += 2) {
    if (points[k + 1]! > points[k]!)
      edits.push({ startWord: points[k]!, endWord: points[k + 1]!, replacement });
  }
  return edits;
}

/**
 * Parses; on success checks the transcript and that a redacted write parses again in the same
 * format. Any error other than TranscriptError fails the property.
 */
function parseOrRefuse(
  raw: string,
  format: TranscriptFormat | undefined,
  cuts: readonly number[] = [0, 1],
): void {
  let parsed: ParsedTranscript;
  try {
    parsed = parseTranscript(raw, { source: 'prop', format });
  } catch (err) {
    if (!(err instanceof TranscriptError)) throw err;
    return;
  }
  assertValid(parsed);
  expect(parsed.write([])).toBe(raw);
  const out = parsed.write(editsFrom(cuts, parsed.transcript.words.length));
  assertValid(parseTranscript(out, { source: 'prop', format: parsed.format }));
}

const formatOrAuto = fc.constantFrom<TranscriptFormat | undefined>(undefined, ...TRANSCRIPT_FORMATS);
const cuts = fc.array(fc.nat({ max: 200 }), { maxLength: 8 });

describe('parse never throws anything but TranscriptError', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), formatOrAuto, cuts, (raw, format, c) =>
        parseOrRefuse(raw, format, c),
      ),
      { numRuns: 400 },
    );
  });

  it('on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), formatOrAuto, cuts, (value, format, c) =>
        parseOrRefuse(JSON.stringify(value), format, c),
      ),
      { numRuns: 400 },
    );
  });

  it('on truncated fixtures', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIXTURES),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        cuts,
        (fx, at, auto, c) => {
          const raw = fx.raw.slice(0, Math.floor(fx.raw.length * at));
          parseOrRefuse(raw, auto ? undefined : FORMAT_OF[fx.file], c);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on fixtures with a field of the wrong type', () => {
    const jsonFixtures = FIXTURES.filter((f) => f.file.endsWith('.json'));
    const pathsOf = (
      v: unknown,
      prefix: (string | number)[] = [],
      out: (string | number)[][] = [],
    ): (string | number)[][] => {
      out.push(prefix);
      if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...prefix, i], out));
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) pathsOf(x, [...prefix, k], out);
      return out;
    };
    const docs = jsonFixtures.map((f) => ({
      ...f,
      doc: JSON.parse(f.raw) as unknown,
      paths: pathsOf(JSON.parse(f.raw)),
    }));
    fc.assert(
      fc.property(
        fc.constantFrom(...docs),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        fc.boolean(),
        cuts,
        (fx, pick, value, auto, c) => {
          const doc = structuredClone(fx.doc) as Record<string | number, unknown>;
          const path = fx.paths[pick % fx.paths.length]!;
          if (path.length === 0) return;
          let parent = doc;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = value;
          parseOrRefuse(JSON.stringify(doc, null, 2), auto ? undefined : FORMAT_OF[fx.file], c);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('on deeply nested and very long input', () => {
    for (const raw of [
      '['.repeat(200_000),
      '{"a":'.repeat(100_000),
      `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
      'x'.repeat(2_000_000),
    ]) {
      for (const format of [undefined, 'callredact', 'deepgram', 'whisper', 'text'] as const) {
        try {
          parseTranscript(raw, { source: 'deep', format });
        } catch (err) {
          expect(err).toBeInstanceOf(TranscriptError);
        }
      }
    }
  });
});

describe('huge transcripts parse and redact in reasonable time', () => {
  it('200,000 canonical words, 5,000 edits', () => {
    const words = Array.from({ length: 200_000 }, (_, i) => ({
      text: `w${i}`,
      start: i * 0.3,
      end: i * 0.3 + 0.2,
      speaker: 'a',
    }));
    const raw = JSON.stringify({ words });
    const parsed = parseTranscript(raw, { source: 'big.json' });
    expect(parsed.transcript.words).toHaveLength(200_000);
    const edits = Array.from({ length: 5000 }, (_, k) => ({
      startWord: k * 40,
      endWord: k * 40 + 3,
      replacement: '[X]',
    }));
    const out = parsed.write(edits);
    expect(parseTranscript(out, { source: 'big.json' }).transcript.words).toHaveLength(200_000 - 10_000);
  });

  it('100,000 Amazon Transcribe items', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({
      id: i,
      start_time: (i * 0.3).toFixed(3),
      end_time: (i * 0.3 + 0.2).toFixed(3),
      alternatives: [{ confidence: '0.9', content: `w${i}` }],
      type: 'pronunciation',
    }));
    const raw = JSON.stringify({
      results: { transcripts: [{ transcript: items.map((i) => `w${i.id}`).join(' ') }], items },
    });
    const parsed = parseTranscript(raw, { source: 'big-aws.json' });
    const out = parsed.write([{ startWord: 10, endWord: 20, replacement: '[X]' }]);
    expect(out).toContain('"transcript":"w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 [X] w20');
  });
});

// ---------------------------------------------------------------------------------------------
// Generated documents: every format, random words (with non-ASCII noise), random edits.

/** Non-ASCII noise that cannot form an ASCII marker and needs no escaping in any format. */
const noise = fc.string({
  unit: fc.constantFrom('é', 'ß', 'ø', '日', '本', '😀', 'ñ', '\u0301', 'Ω', '-', "'", '.', ','),
  maxLength: 4,
});
/** Word i is `k<i>q` plus noise: edited markers must not survive anywhere. */
const wordsArb = fc
  .array(noise, { minLength: 1, maxLength: 40 })
  .map((suffixes) => suffixes.map((s, i) => `k${i}q${s}`));

type Builder = (texts: string[]) => string;
const t = (i: number): { s: number; e: number } => ({
  s: Math.round(i * 300) / 1000,
  e: Math.round(i * 300 + 250) / 1000,
});

const BUILDERS: Record<TranscriptFormat, Builder> = {
  callredact: (texts) =>
    JSON.stringify(
      { words: texts.map((text, i) => ({ text, start: t(i).s, end: t(i).e, speaker: 'a' })) },
      null,
      2,
    ),
  'aws-transcribe': (texts) =>
    JSON.stringify({
      results: {
        transcripts: [{ transcript: texts.join(' ') }],
        items: texts.map((text, i) => ({
          id: i,
          start_time: t(i).s.toFixed(3),
          end_time: t(i).e.toFixed(3),
          alternatives: [{ confidence: '0.9', content: text }],
          type: 'pronunciation',
        })),
        audio_segments: [{ id: 0, transcript: texts.join(' '), items: texts.map((_, i) => i) }],
      },
    }),
  deepgram: (texts) => {
    const words = texts.map((text, i) => ({
      word: text.toLowerCase(),
      punctuated_word: text,
      start: t(i).s,
      end: t(i).e,
      confidence: 0.9,
      speaker: 0,
    }));
    return JSON.stringify(
      {
        results: {
          channels: [{ alternatives: [{ transcript: texts.join(' '), confidence: 0.9, words }] }],
          utterances: [
            { start: 0, end: t(texts.length).e, channel: 0, transcript: texts.join(' '), words, speaker: 0 },
          ],
        },
      },
      null,
      2,
    );
  },
  assemblyai: (texts) =>
    JSON.stringify({
      status: 'completed',
      text: texts.join(' '),
      words: texts.map((text, i) => ({
        text,
        start: t(i).s * 1000,
        end: t(i).e * 1000,
        confidence: 0.9,
        speaker: 'A',
      })),
      utterances: [
        {
          text: texts.join(' '),
          start: 0,
          end: t(texts.length).e * 1000,
          speaker: 'A',
          words: texts.map((text, i) => ({
            text,
            start: t(i).s * 1000,
            end: t(i).e * 1000,
            confidence: 0.9,
            speaker: 'A',
          })),
        },
      ],
    }),
  whisper: (texts) => {
    const half = Math.ceil(texts.length / 2);
    const segs = [texts.slice(0, half), texts.slice(half)].filter((s) => s.length > 0);
    let offset = 0;
    const segments = segs.map((seg, k) => {
      const base = offset;
      offset += seg.length;
      return {
        id: k,
        start: t(base).s,
        end: t(base + seg.length - 1).e,
        text: seg.map((w) => ` ${w}`).join(''),
        tokens: [1, 2, 3],
        words: seg.map((w, j) => ({
          word: ` ${w}`,
          start: t(base + j).s,
          end: t(base + j).e,
          probability: 0.9,
        })),
      };
    });
    return JSON.stringify({ text: segments.map((s) => s.text).join(''), segments, language: 'en' }, null, 2);
  },
  webvtt: (texts) => {
    const ts = (s: number): string => new Date(s * 1000).toISOString().slice(11, 23);
    const cues: string[] = [];
    for (let i = 0; i < texts.length; i += 3) {
      const chunk = texts.slice(i, i + 3);
      cues.push(
        `c${i}\n${ts(t(i).s)} --> ${ts(t(i + chunk.length - 1).e)}\n<v Speaker>${chunk.join(' ')}</v>`,
      );
    }
    return `WEBVTT\n\n${cues.join('\n\n')}\n`;
  },
  srt: (texts) => {
    const ts = (s: number): string => new Date(s * 1000).toISOString().slice(11, 23).replace('.', ',');
    const cues: string[] = [];
    for (let i = 0; i < texts.length; i += 3) {
      const chunk = texts.slice(i, i + 3);
      cues.push(
        `${i / 3 + 1}\r\n${ts(t(i).s)} --> ${ts(t(i + chunk.length - 1).e)}\r\n${chunk.join('\r\n')}`,
      );
    }
    return `${cues.join('\r\n\r\n')}\r\n`;
  },
  text: (texts) => texts.map((w, i) => (i % 5 === 4 ? `${w}\n` : `${w} `)).join(''),
};

describe('generated documents redact without leaks', () => {
  it.each(TRANSCRIPT_FORMATS)('%s', (format) => {
    fc.assert(
      fc.property(wordsArb, cuts, (texts, c) => {
        const raw = BUILDERS[format](texts);
        const parsed = parseTranscript(raw, {
          source: `gen.${format === 'text' ? 'txt' : format === 'srt' ? 'srt' : format === 'webvtt' ? 'vtt' : 'json'}`,
        });
        expect(parsed.format).toBe(format);
        assertValid(parsed);
        expect(parsed.transcript.words.map((w) => w.text)).toEqual(texts);
        expect(parsed.write([])).toBe(raw);
        const edits = editsFrom(c, texts.length, '[R]');
        const out = parsed.write(edits);
        const again = parseTranscript(out, { source: 'gen', format });
        assertValid(again);
        // an edit collapses into one word per scope it touches (cue, segment; else the document)
        const half = Math.ceil(texts.length / 2);
        const scopeOf = (i: number): number =>
          format === 'webvtt' || format === 'srt'
            ? Math.floor(i / 3)
            : format === 'whisper'
              ? i < half
                ? 0
                : 1
              : 0;
        const expected = edits.reduce((n, e) => {
          const scopes = new Set(
            Array.from({ length: e.endWord - e.startWord }, (_, k) => scopeOf(e.startWord + k)),
          );
          return n - (e.endWord - e.startWord) + scopes.size;
        }, texts.length);
        expect(again.transcript.words).toHaveLength(expected);
        for (const e of edits) {
          for (let i = e.startWord; i < e.endWord; i++) expect(out).not.toContain(`k${i}q`);
        }
        // untouched words all survive
        const edited = new Set(
          edits.flatMap((e) => Array.from({ length: e.endWord - e.startWord }, (_, k) => e.startWord + k)),
        );
        texts.forEach((_, i) => {
          if (!edited.has(i)) expect(out).toContain(`k${i}q`);
        });
      }),
      { numRuns: 150 },
    );
  });
});
