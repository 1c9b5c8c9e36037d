/* eslint-disable @typescript-eslint/no-explicit-any -- the tests read arbitrary vendor JSON */
/**
 * Per-format tests on the hand-written fixtures of samples/formats: detection, round trip
 * (write([]) is byte-identical for every format), redaction (exact expected text in every
 * text-bearing field) and leaks (no written or spoken form of the PII anywhere in the output).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Edit, Word } from '../../types.js';
import { detectFormat, parseTranscript } from './index.js';
import type { ParsedTranscript, TranscriptFormat } from './types.js';

const DIR = fileURLToPath(new URL('../../../samples/formats/', import.meta.url));
const read = (file: string): string => readFileSync(DIR + file, 'utf8');

const norm = (t: string): string => t.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** Word sequences of the fixtures' PII (Jane Doe, 555-0142, jane.doe@example.com), longest first. */
const PII_PATTERNS: { replacement: string; sequences: string[][] }[] = [
  {
    replacement: '[EMAIL]',
    sequences: [['jane', 'dot', 'doe', 'at', 'example', 'dot', 'com'], ['jane.doe@example.com']],
  },
  {
    replacement: '[PHONE]',
    sequences: [['five', 'five', 'five', 'zero', 'one', 'four', 'two'], ['555-0142'], ['555', '0142']],
  },
  { replacement: '[NAME]', sequences: [['jane', 'doe'], ['jane'], ['doe']] },
];

/** Edits covering every occurrence of the PII, as the detection stage would produce them. */
function piiEdits(words: readonly Word[]): Edit[] {
  const n = words.map((w) => norm(w.text));
  const taken = new Array<boolean>(n.length).fill(false);
  const edits: Edit[] = [];
  for (const { replacement, sequences } of PII_PATTERNS) {
    for (const seq of sequences) {
      for (let i = 0; i + seq.length <= n.length; i++) {
        if (seq.every((s, k) => n[i + k] === s && !taken[i + k])) {
          for (let k = 0; k < seq.length; k++) taken[i + k] = true;
          edits.push({ startWord: i, endWord: i + seq.length, replacement });
        }
      }
    }
  }
  return edits.sort((a, b) => a.startWord - b.startWord);
}

/** Every written and spoken form of the fixtures' PII, checked case-folded. */
const PII_STRINGS = [
  'jane',
  'doe',
  '555',
  '0142',
  '01 42',
  'five five five',
  'zero one four two',
  'example dot com',
  'example.com',
  '@example',
];

function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return PII_STRINGS.filter((s) => lower.includes(s));
}

interface Case {
  file: string;
  format: TranscriptFormat;
  timing: 'word' | 'cue' | 'none';
  words: number;
  /** number of PII edits the fixture holds */
  edits: number;
  /** exact checks on the redacted output */
  check: (out: string, parsed: ParsedTranscript) => void;
}

const A_TEXT = 'Thanks for calling Acme. How can I help?';
const C_TEXT = 'Hi, this is [NAME]. My number is [PHONE] and my email is [EMAIL].';
const json = (out: string): any => JSON.parse(out.replace(/^\uFEFF/, ''));
const texts = (list: { text?: string; word?: string }[]): string[] => list.map((w) => (w.text ?? w.word)!);

const CASES: Case[] = [
  {
    file: 'callredact.json',
    format: 'callredact',
    timing: 'word',
    words: 34,
    edits: 3,
    check(out) {
      const d = json(out);
      expect(d.id).toBe('fmt-callredact-01');
      expect(texts(d.words).slice(8)).toEqual([
        'hi',
        'this',
        'is',
        '[NAME]',
        'my',
        'number',
        'is',
        '[PHONE]',
        'and',
        'my',
        'email',
        'is',
        '[EMAIL]',
      ]);
      expect(d.words[11]).toEqual({
        text: '[NAME]',
        start: 4.3,
        end: 5.0,
        speaker: 'customer',
        channel: 1,
        confidence: 0.95,
      });
      expect(d.words[15]).toMatchObject({ text: '[PHONE]', start: 5.8, end: 7.2 });
      expect(d.words[20]).toMatchObject({ text: '[EMAIL]', start: 8.05, end: 10.0 });
    },
  },
  {
    file: 'aws-transcribe.json',
    format: 'aws-transcribe',
    timing: 'word',
    words: 28,
    edits: 3,
    check(out) {
      const r = json(out).results;
      expect(r.transcripts[0].transcript).toBe(`${A_TEXT} ${C_TEXT}`);
      expect(r.audio_segments[0].transcript).toBe(A_TEXT);
      expect(r.audio_segments[1].transcript).toBe(C_TEXT);
      expect(r.audio_segments[1].items).toEqual([
        10, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 32,
      ]);
      const contents = r.items.map((i: any) => i.alternatives[0].content);
      expect(contents.slice(10)).toEqual([
        'Hi',
        ',',
        'this',
        'is',
        '[NAME]',
        '.',
        'My',
        'number',
        'is',
        '[PHONE]',
        'and',
        'my',
        'email',
        'is',
        '[EMAIL]',
        '.',
      ]);
      expect(r.items[14]).toMatchObject({
        id: 14,
        start_time: '4.300',
        end_time: '5.000',
        speaker_label: 'spk_1',
      });
      expect(r.items[24]).toMatchObject({ id: 25, start_time: '8.050', end_time: '10.000' });
      const spk1 = r.speaker_labels.segments[1].items;
      expect(spk1).toHaveLength(13);
      expect(spk1[3]).toEqual({ start_time: '4.300', end_time: '5.000', speaker_label: 'spk_1' });
    },
  },
  {
    file: 'aws-transcribe-channels.json',
    format: 'aws-transcribe',
    timing: 'word',
    words: 28,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[0]!.channel).toBe(0);
      expect(parsed.transcript.words[8]!.channel).toBe(1);
      const r = json(out).results;
      expect(r.transcripts[0].transcript).toBe(`${A_TEXT} ${C_TEXT}`);
      const ch1 = r.channel_labels.channels[1].items.map((i: any) => i.alternatives[0].content);
      expect(ch1).toEqual([
        'Hi',
        ',',
        'this',
        'is',
        '[NAME]',
        '.',
        'My',
        'number',
        'is',
        '[PHONE]',
        'and',
        'my',
        'email',
        'is',
        '[EMAIL]',
        '.',
      ]);
      expect(r.channel_labels.channels[1].items[4]).toMatchObject({ start_time: '4.300', end_time: '5.000' });
      expect(r.channel_labels.channels[0].items).toHaveLength(10);
      expect(r.audio_segments[1].transcript).toBe(C_TEXT);
      // minified in, minified out
      expect(out.includes('\n')).toBe(false);
    },
  },
  {
    file: 'aws-call-analytics.json',
    format: 'aws-transcribe',
    timing: 'word',
    words: 37,
    edits: 5,
    check(out, parsed) {
      expect(parsed.transcript.words[8]!.speaker).toBe('CUSTOMER');
      const t = json(out).Transcript;
      expect(t[0].Content).toBe(A_TEXT);
      expect(t[1].Content).toBe(
        'Hi, this is [NAME]. I need to update my number to [PHONE] and my email to [EMAIL].',
      );
      expect(t[2].Content).toBe('Thank you, [NAME]. I will send a confirmation to [EMAIL] today.');
      const issue = t[1].IssuesDetected[0].CharacterOffsets;
      expect(t[1].Content.slice(issue.Begin, issue.End)).toBe('I need to update my number to [PHONE]');
      const action = t[2].ActionItemsDetected[0].CharacterOffsets;
      expect(t[2].Content.slice(action.Begin, action.End)).toBe(
        'I will send a confirmation to [EMAIL] today',
      );
      expect(texts(t[1].Items.map((i: any) => ({ text: i.Content })))).toContain('[PHONE]');
      expect(t[1].Items[4]).toMatchObject({
        Content: '[NAME]',
        BeginOffsetMillis: 4300,
        EndOffsetMillis: 5000,
      });
      expect(t[1].Items).toHaveLength(20);
    },
  },
  {
    file: 'deepgram.json',
    format: 'deepgram',
    timing: 'word',
    words: 34,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[11]).toEqual({ text: 'Jane', start: 4.3, end: 4.6, speaker: '1' });
      const r = json(out).results;
      const alt = r.channels[0].alternatives[0];
      const full =
        'Thanks for calling Acme. How can I help? Hi, this is [NAME]. My number is [PHONE], and my email is [EMAIL].';
      expect(alt.transcript).toBe(full);
      expect(alt.words).toHaveLength(21);
      expect(alt.words[11]).toMatchObject({
        word: '[NAME]',
        punctuated_word: '[NAME]',
        start: 4.3,
        end: 5.0,
        speaker: 1,
      });
      expect(alt.paragraphs.transcript).toBe(
        '\nSpeaker 0: Thanks for calling Acme. How can I help?\n\nSpeaker 1: Hi, this is [NAME]. My number is [PHONE], and my email is [EMAIL].\n',
      );
      expect(alt.paragraphs.paragraphs[1].sentences.map((s: any) => s.text)).toEqual([
        'Hi, this is [NAME].',
        'My number is [PHONE], and my email is [EMAIL].',
      ]);
      expect(alt.paragraphs.paragraphs[1].num_words).toBe(13);
      expect(alt.entities.map((e: any) => [e.value, e.start_word, e.end_word])).toEqual([
        ['[NAME]', 11, 12],
        ['[PHONE]', 15, 16],
        ['[EMAIL]', 20, 21],
      ]);
      expect(r.utterances.map((u: any) => u.transcript)).toEqual([
        A_TEXT,
        'Hi, this is [NAME]. My number is [PHONE], and my email is [EMAIL].',
      ]);
      expect(r.utterances[1].words).toHaveLength(13);
      expect(r.summary.short).toBe(
        '[NAME] called Acme to update her phone number to [PHONE] and her email address.',
      );
    },
  },
  {
    file: 'deepgram-multichannel.json',
    format: 'deepgram',
    timing: 'word',
    words: 34,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[0]!.channel).toBe(0);
      expect(parsed.transcript.words[8]!.channel).toBe(1);
      const r = json(out).results;
      expect(r.channels[0].alternatives[0].transcript).toBe(A_TEXT);
      expect(r.channels[1].alternatives[0].transcript).toBe(
        'Hi, this is [NAME]. My number is [PHONE], and my email is [EMAIL].',
      );
      expect(texts(r.channels[1].alternatives[0].words)).toContain('[EMAIL]');
      expect(r.utterances.map((u: any) => u.transcript)).toEqual([
        A_TEXT,
        'Hi, this is [NAME].',
        'My number is [PHONE], and my email is [EMAIL].',
      ]);
      expect(r.utterances[2].words[3]).toMatchObject({ word: '[PHONE]', start: 5.8, end: 7.2 });
    },
  },
  {
    file: 'assemblyai.json',
    format: 'assemblyai',
    timing: 'word',
    words: 22,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[11]).toEqual({ text: 'Jane', start: 4.3, end: 4.6, speaker: 'B' });
      const d = json(out);
      expect(d.text).toBe(`${A_TEXT} ${C_TEXT}`);
      expect(texts(d.words).slice(8)).toEqual([
        'Hi,',
        'this',
        'is',
        '[NAME]',
        'My',
        'number',
        'is',
        '[PHONE]',
        'and',
        'my',
        'email',
        'is',
        '[EMAIL]',
      ]);
      expect(d.words[11]).toMatchObject({ start: 4300, end: 5000, speaker: 'B' });
      expect(d.utterances[1].text).toBe(C_TEXT);
      expect(d.utterances[1].words).toHaveLength(13);
      expect(d.entities.map((e: any) => e.text)).toEqual(['[NAME]', '[PHONE]', '[EMAIL]']);
      expect(d.sentiment_analysis_results[0].text).toBe('Hi, this is [NAME].');
      expect(d.summary).toBe(
        '- [NAME] called Acme to change her phone number to [PHONE] and her email address.',
      );
    },
  },
  {
    file: 'whisper.json',
    format: 'whisper',
    timing: 'word',
    words: 22,
    edits: 3,
    check(out) {
      const d = json(out);
      expect(d.text).toBe(` ${A_TEXT} ${C_TEXT}`);
      expect(d.segments.map((s: any) => s.text)).toEqual([
        ` ${A_TEXT}`,
        ' Hi, this is [NAME].',
        ' My number is [PHONE] and my email is [EMAIL].',
      ]);
      expect(d.segments[1].words.map((w: any) => w.word)).toEqual([' Hi,', ' this', ' is', ' [NAME]']);
      expect(d.segments[1].words[3]).toMatchObject({ start: 4.3, end: 5.0 });
      // token ids encode the text: gone where the text changed, kept elsewhere
      expect(d.segments[1].tokens).toEqual([]);
      expect(d.segments[2].tokens).toEqual([]);
      expect(d.segments[0].tokens).toHaveLength(13);
    },
  },
  {
    file: 'whisper-segments.json',
    format: 'whisper',
    timing: 'cue',
    words: 22,
    edits: 3,
    check(out, parsed) {
      // interpolated across the segment in proportion to characters
      const w = parsed.transcript.words;
      expect(w[8]!.start).toBe(3.6);
      expect(w[12]!.end).toBeCloseTo(5.0, 9);
      const d = json(out);
      expect(d.segments[2].text).toBe(' My number is [PHONE] and my email is [EMAIL].');
      expect(d.text).toBe(` ${A_TEXT} ${C_TEXT}`);
    },
  },
  {
    file: 'whisper-faster.json',
    format: 'whisper',
    timing: 'word',
    words: 22,
    edits: 3,
    check(out) {
      const d = json(out);
      expect(Array.isArray(d)).toBe(true);
      expect(d[1].text).toBe(' Hi, this is [NAME].');
      expect(d[2].words.map((w: any) => w.word)).toEqual([
        ' My',
        ' number',
        ' is',
        ' [PHONE]',
        ' and',
        ' my',
        ' email',
        ' is',
        ' [EMAIL]',
      ]);
    },
  },
  {
    file: 'whisper-cpp.json',
    format: 'whisper',
    timing: 'word',
    words: 22,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[3]).toEqual({ text: 'Acme.', start: 1.3, end: 1.8 });
      const d = json(out);
      const seg = d.transcription;
      expect(seg.map((s: any) => s.text)).toEqual([
        ` ${A_TEXT}`,
        ' Hi, this is [NAME].',
        ' My number is [PHONE] and my email is [EMAIL].',
      ]);
      expect(seg[1].tokens.map((t: any) => t.text)).toEqual([
        '[_BEG_]',
        ' Hi',
        ',',
        ' this',
        ' is',
        ' [NAME]',
        '.',
        '[_TT_70]',
      ]);
      expect(seg[1].tokens[5]).toEqual({
        text: ' [NAME]',
        timestamps: { from: '00:00:04,300', to: '00:00:04,950' },
        offsets: { from: 4300, to: 4950 },
        id: -1,
        p: 0.98,
        t_dtw: -1,
      });
      expect(seg[2].tokens.map((t: any) => t.text).join('')).toBe(
        '[_BEG_] My number is [PHONE] and my email is [EMAIL].[_TT_240]',
      );
      expect(out).toContain('\n\t"transcription": [');
    },
  },
  {
    file: 'webvtt.vtt',
    format: 'webvtt',
    timing: 'cue',
    words: 24,
    edits: 3,
    check(out, parsed) {
      expect(parsed.transcript.words[3]!.text).toBe('Acme');
      expect(parsed.transcript.words[4]!.text).toBe('&');
      expect(parsed.transcript.words[0]!.speaker).toBe('Agent');
      expect(out).toBe(
        read('webvtt.vtt')
          .replace('<v Jane Doe>Hi, this is <b>Jane Doe</b>.</v>', '<v [NAME]>Hi, this is <b>[NAME]</b>.</v>')
          .replace('<v Jane Doe>My number is 555-0142 and', '<v [NAME]>My number is [PHONE] and')
          .replace('my email is jane.doe@example.com.</v>', 'my email is [EMAIL].</v>'),
      );
    },
  },
  {
    file: 'srt.srt',
    format: 'srt',
    timing: 'cue',
    words: 22,
    edits: 3,
    check(out) {
      expect(out).toBe(
        '1\r\n00:00:00,500 --> 00:00:03,100\r\nThanks for calling Acme.\r\nHow can I help?\r\n\r\n' +
          '2\r\n00:00:03,600 --> 00:00:05,000\r\n<i>Hi, this is [NAME].</i>\r\n\r\n' +
          '3\r\n00:00:05,200 --> 00:00:10,000\r\nMy number is [PHONE] and\r\nmy email is [EMAIL].\r\n',
      );
    },
  },
  {
    file: 'text.txt',
    format: 'text',
    timing: 'none',
    words: 31,
    edits: 3,
    check(out) {
      expect(out).toBe(
        'Agent: Thanks for calling Acme. How can I help?\nCustomer: Hi, this is [NAME]. My number is [PHONE]\nand my email is [EMAIL].\n',
      );
    },
  },
];

describe.each(CASES)('$file', (c) => {
  const raw = read(c.file);
  const parsed = parseTranscript(raw, { source: c.file });

  it('is detected and parsed', () => {
    expect(detectFormat(raw, c.file)).toBe(c.format);
    expect(parsed.format).toBe(c.format);
    expect(parsed.timing).toBe(c.timing);
    expect(parsed.transcript.words).toHaveLength(c.words);
    expect(parsed.extension).toBe(c.file.slice(c.file.lastIndexOf('.')));
  });

  it('round-trips byte-identically when nothing is redacted', () => {
    expect(parsed.write([])).toBe(raw);
  });

  it('redacts every text-bearing field', () => {
    const edits = piiEdits(parsed.transcript.words);
    expect(edits).toHaveLength(c.edits);
    const out = parsed.write(edits);
    c.check(out, parsed);
  });

  it('leaks no form of the PII anywhere in the output', () => {
    expect(leaks(raw).length).toBeGreaterThan(0);
    const out = parsed.write(piiEdits(parsed.transcript.words));
    expect(leaks(out)).toEqual([]);
    // and the output is still a valid document of the same format
    const again = parseTranscript(out, { source: c.file, format: c.format });
    expect(
      again.transcript.words.filter((w) => /\[(NAME|PHONE|EMAIL)\]/.test(w.text)).length,
    ).toBeGreaterThanOrEqual(c.edits);
  });

  it('writes the same output for the same edits (deterministic, input untouched)', () => {
    const edits = piiEdits(parsed.transcript.words);
    expect(parsed.write(edits)).toBe(parsed.write(edits));
    expect(parsed.write([])).toBe(raw);
  });
});

describe('edits across scopes', () => {
  it('an edit spanning two Deepgram utterances collapses in each and in the word list', () => {
    const raw = read('deepgram-multichannel.json');
    const parsed = parseTranscript(raw, { source: 'x.json' });
    // "Doe." ends utterance 2, "My" starts utterance 3 (both channel 1)
    const out = JSON.parse(parsed.write([{ startWord: 12, endWord: 14, replacement: '[X]' }]));
    expect(out.results.utterances[1].transcript).toBe('Hi, this is Jane [X].');
    expect(out.results.utterances[2].transcript).toBe(
      '[X] number is five five five zero one four two, and my email is jane dot doe at example dot com.',
    );
    expect(out.results.channels[1].alternatives[0].transcript).toContain('Jane [X] number');
  });

  it('rejects edits that overlap, are empty or run past the end', () => {
    const parsed = parseTranscript(read('callredact.json'), { source: 'x.json' });
    expect(() => parsed.write([{ startWord: 3, endWord: 3, replacement: 'x' }])).toThrow(/edit 0/);
    expect(() =>
      parsed.write([
        { startWord: 3, endWord: 6, replacement: 'x' },
        { startWord: 5, endWord: 7, replacement: 'y' },
      ]),
    ).toThrow(/edit 1/);
    expect(() => parsed.write([{ startWord: 30, endWord: 99, replacement: 'x' }])).toThrow(/edit 0/);
  });
});

describe('other shapes of the vendor formats', () => {
  const w = (text: string, s: number, e: number): { text: string; start: number; end: number } => ({
    text,
    start: s,
    end: e,
  });

  it('Amazon Transcribe alternatives: hypotheses are redacted by time overlap', () => {
    const item = (id: number, content: string, s: string, e: string) => ({
      id,
      start_time: s,
      end_time: e,
      alternatives: [{ confidence: '0.9', content }],
      type: 'pronunciation',
    });
    const alt = (content: string, s: string, e: string) => ({
      start_time: s,
      end_time: e,
      content,
      confidence: '0.5',
      type: 'pronunciation',
    });
    const doc = {
      results: {
        transcripts: [{ transcript: 'I am Jane Doe' }],
        items: [
          item(0, 'I', '0.0', '0.2'),
          item(1, 'am', '0.2', '0.4'),
          item(2, 'Jane', '0.4', '0.8'),
          item(3, 'Doe', '0.8', '1.2'),
        ],
        segments: [
          {
            start_time: '0.0',
            end_time: '1.2',
            alternatives: [
              {
                transcript: 'I am Jane Doe',
                items: [
                  alt('I', '0.0', '0.2'),
                  alt('am', '0.2', '0.4'),
                  alt('Jane', '0.4', '0.8'),
                  alt('Doe', '0.8', '1.2'),
                ],
              },
              {
                transcript: "I'm Jayne Dough",
                items: [alt("I'm", '0.0', '0.4'), alt('Jayne', '0.45', '0.8'), alt('Dough', '0.8', '1.2')],
              },
            ],
          },
        ],
      },
    };
    const parsed = parseTranscript(JSON.stringify(doc), { source: 'alt.json' });
    const out = JSON.parse(parsed.write([{ startWord: 2, endWord: 4, replacement: '[NAME]' }]));
    expect(out.results.transcripts[0].transcript).toBe('I am [NAME]');
    const alts = out.results.segments[0].alternatives;
    expect(alts.map((a: { transcript: string }) => a.transcript)).toEqual(['I am [NAME]', "I'm [NAME]"]);
    expect(alts[1].items).toEqual([alt("I'm", '0.0', '0.4'), alt('[NAME]', '0.45', '1.2')]);
  });

  it('Deepgram: other alternatives by time, request-level segments re-indexed', () => {
    const dw = (word: string, s: number, e: number) => ({ word, start: s, end: e, confidence: 0.9 });
    const doc = {
      results: {
        channels: [
          {
            alternatives: [
              {
                transcript: 'call jane doe now',
                words: [dw('call', 0, 0.3), dw('jane', 0.3, 0.6), dw('doe', 0.6, 0.9), dw('now', 0.9, 1.2)],
              },
              {
                transcript: 'call jayne dough now',
                words: [
                  dw('call', 0, 0.3),
                  dw('jayne', 0.3, 0.6),
                  dw('dough', 0.6, 0.9),
                  dw('now', 0.9, 1.2),
                ],
              },
            ],
            search: [
              { query: 'jane', hits: [{ confidence: 1, start: 0.3, end: 0.6, snippet: 'call jane doe' }] },
            ],
          },
        ],
        topics: {
          segments: [
            {
              text: 'call jane doe now',
              start_word: 0,
              end_word: 3,
              topics: [{ topic: 'calls', confidence_score: 0.5 }],
            },
          ],
        },
      },
    };
    const out = JSON.parse(
      parseTranscript(JSON.stringify(doc), { source: 'dg.json' }).write([
        { startWord: 1, endWord: 3, replacement: '[NAME]' },
      ]),
    );
    const [a0, a1] = out.results.channels[0].alternatives;
    expect(a0.transcript).toBe('call [NAME] now');
    expect(a1.transcript).toBe('call [NAME] now');
    expect(a1.words.map((x: { word: string }) => x.word)).toEqual(['call', '[NAME]', 'now']);
    expect(out.results.channels[0].search[0].hits[0].snippet).toBe('call [NAME]');
    expect(out.results.topics.segments[0]).toMatchObject({
      text: 'call [NAME] now',
      start_word: 0,
      end_word: 2,
    });
  });

  it('AssemblyAI: the sentences endpoint shape and multichannel numbering', () => {
    const aw = (text: string, s: number, e: number, channel: string) => ({
      text,
      start: s,
      end: e,
      confidence: 0.9,
      speaker: channel,
      channel,
    });
    const doc = {
      id: 'x',
      audio_duration: 2,
      sentences: [
        { text: 'Hi Jane.', start: 0, end: 600, words: [aw('Hi', 0, 300, '1'), aw('Jane.', 300, 600, '1')] },
        { text: 'Hello.', start: 700, end: 900, words: [aw('Hello.', 700, 900, '2')] },
      ],
    };
    const parsed = parseTranscript(JSON.stringify(doc), { source: 's.json' });
    expect(parsed.format).toBe('assemblyai');
    expect(parsed.transcript.words).toEqual([
      { text: 'Hi', start: 0, end: 0.3, speaker: '1', channel: 0 },
      { text: 'Jane.', start: 0.3, end: 0.6, speaker: '1', channel: 0 },
      { text: 'Hello.', start: 0.7, end: 0.9, speaker: '2', channel: 1 },
    ]);
    const out = JSON.parse(parsed.write([{ startWord: 1, endWord: 2, replacement: '[NAME]' }]));
    expect(out.sentences[0]).toMatchObject({
      text: 'Hi [NAME].',
      words: [aw('Hi', 0, 300, '1'), aw('[NAME]', 300, 600, '1')],
    });
  });

  it('WhisperX: unaligned words get neighbouring times, word_segments are redacted too', () => {
    const doc = {
      segments: [
        {
          start: 1,
          end: 3,
          text: ' Call 555 now',
          speaker: 'SPEAKER_01',
          words: [
            { word: 'Call', start: 1, end: 1.4, score: 0.9, speaker: 'SPEAKER_01' },
            { word: '555' },
            { word: 'now', start: 2.5, end: 3, score: 0.9, speaker: 'SPEAKER_01' },
          ],
        },
      ],
      word_segments: [
        { word: 'Call', start: 1, end: 1.4, score: 0.9 },
        { word: '555' },
        { word: 'now', start: 2.5, end: 3, score: 0.9 },
      ],
    };
    const parsed = parseTranscript(JSON.stringify(doc), { source: 'wx.json' });
    expect(parsed.transcript.words[1]).toEqual({ text: '555', start: 1.4, end: 2.5, speaker: 'SPEAKER_01' });
    const out = parsed.write([{ startWord: 1, endWord: 2, replacement: '[PHONE]' }]);
    expect(out).not.toContain('555');
    expect(JSON.parse(out).segments[0].text).toBe(' Call [PHONE] now');
  });

  it('whisper.cpp without token times: cue timing from the segment offsets', () => {
    const doc = {
      transcription: [
        {
          timestamps: { from: '00:00:01,000', to: '00:00:03,000' },
          offsets: { from: 1000, to: 3000 },
          text: ' Hi Jane',
        },
      ],
    };
    const parsed = parseTranscript(JSON.stringify(doc), { source: 'cpp.json' });
    expect(parsed.timing).toBe('cue');
    expect(parsed.transcript.words).toEqual([
      { text: 'Hi', start: 1, end: 1 + 2 * (2 / 7) },
      { text: 'Jane', start: 1 + 2 * (3 / 7), end: 3 },
    ]);
    expect(
      JSON.parse(parsed.write([{ startWord: 1, endWord: 2, replacement: '[NAME]' }])).transcription[0].text,
    ).toBe(' Hi [NAME]');
  });

  it('WebVTT: replacements are escaped, entities count as the chars they stand for', () => {
    const raw = 'WEBVTT\n\n00:01.000 --> 00:02.000\nTom &amp; Jane&#39;s <i>café</i>\n';
    const parsed = parseTranscript(raw, { source: 'e.vtt' });
    expect(parsed.transcript.words.map((x) => x.text)).toEqual(['Tom', '&', "Jane's", 'café']);
    expect(parsed.write([{ startWord: 2, endWord: 3, replacement: '<NAME> & co' }])).toBe(
      'WEBVTT\n\n00:01.000 --> 00:02.000\nTom &amp; &lt;NAME&gt; &amp; co <i>café</i>\n',
    );
  });

  it('plain text keeps every other char, line breaks included', () => {
    const raw = 'a  b\n\nJane\tDoe\r\n  c';
    const parsed = parseTranscript(raw, { source: 'p.txt' });
    expect(parsed.write([{ startWord: 2, endWord: 4, replacement: 'X' }])).toBe('a  b\n\nX\r\n  c');
    expect(w('x', 0, 1)).toBeTruthy();
  });
});
