import { describe, expect, it } from 'vitest';
import { analyze } from '../../detect/analyze.js';
import { leadingLabel, speakerIds } from './cue-labels.js';
import { parseTranscript } from './index.js';

describe('speaker labels at the start of a cue', () => {
  it.each([
    ['Customer: my number is', 'Customer', 'Customer:'],
    ['SPEAKER 1: hello there', 'SPEAKER 1', 'SPEAKER 1:'],
    ['Speaker #2: hello there', 'Speaker #2', 'Speaker #2:'],
    ['[Agent] thanks for calling', 'Agent', '[Agent]'],
    ['[Agent]: thanks for calling', 'Agent', '[Agent]:'],
    ['[SPEAKER 2] yes', 'SPEAKER 2', '[SPEAKER 2]'],
    ['Jane Doe: hi', 'Jane Doe', 'Jane Doe:'],
    ["Dr. O'Brien-Smith: go ahead", "Dr. O'Brien-Smith", "Dr. O'Brien-Smith:"],
    ['agent: how can I help', 'agent', 'agent:'],
    ['Q: and then?', 'Q', 'Q:'],
    ['  <i>Customer: yes</i>', 'Customer', 'Customer:'],
    ['{\\an8}Agent:\nplease hold', 'Agent', 'Agent:'],
  ])('%j is labelled %j', (payload, speaker, raw) => {
    const label = leadingLabel(payload, { braceTags: true });
    expect(label?.speaker).toBe(speaker);
    expect(payload.slice(label!.start, label!.end)).toBe(raw);
    expect(raw.slice(label!.name.start, label!.name.end)).toBe(speaker);
  });

  it.each([
    '10:30 works for me',
    'at 10:30 please',
    'My number: 555-0142',
    'Note: the office is closed',
    'Yes: that works',
    'So here is the thing: no',
    'The Customer Service Team Lead: hi',
    'the customer: hi',
    'Account Number Nine Eight Seven: x',
    'https://example.com',
    'Customer:no space after',
    'Customer:',
    '[Music]',
    '[Music] and then',
    '[inaudible] sorry',
    '[PERSON] called yesterday',
    '[PHONE_NUMBER_7F3K9QX2] is mine',
    '[R] k1q',
    'hello Customer: not at the start',
  ])('%j has no label', (payload) => {
    expect(leadingLabel(payload, { braceTags: true })).toBeUndefined();
  });

  it('gives role names as written and any other name a stable voice id', () => {
    const id = speakerIds();
    expect(['Agent', 'Jane Doe', 'SPEAKER 1', 'Raj', 'Jane Doe', 'Agent Smith', undefined].map(id)).toEqual([
      'Agent',
      'voice-1',
      'SPEAKER 1',
      'voice-2',
      'voice-1',
      'voice-3',
      undefined,
    ]);
  });
});

/** An SRT file of two-second cues. */
const srt = (...cues: string[]): string => {
  const at = (s: number) => `00:00:${String(s).padStart(2, '0')},000`;
  return cues.map((text, i) => `${i + 1}\r\n${at(i * 2)} --> ${at(i * 2 + 2)}\r\n${text}\r\n`).join('\r\n');
};

describe('SRT with speaker labels', () => {
  const raw = srt(
    'Agent: What number can I reach you at?',
    'Customer: It is four one five five five five',
    'Customer: oh one four two.',
    'and that is the cell.',
    'Agent: Thank you. And your name?',
    'Marisol Quenby: Marisol Quenby.',
  );

  it('reads labels as speakers, not words; an unlabelled cue keeps the last speaker', () => {
    const parsed = parseTranscript(raw, { source: 'call.srt' });
    const words = parsed.transcript.words;
    expect(words.map((w) => w.text).join(' ')).toBe(
      'What number can I reach you at? It is four one five five five five oh one four two. and that is ' +
        'the cell. Thank you. And your name? Marisol Quenby.',
    );
    const speakerOf = (text: string) => words.find((w) => w.text === text)?.speaker;
    expect([
      speakerOf('What'),
      speakerOf('four'),
      speakerOf('oh'),
      speakerOf('cell.'),
      speakerOf('Thank'),
    ]).toEqual(['Agent', 'Customer', 'Customer', 'Customer', 'Agent']);
    expect(speakerOf('Quenby.')).toBe('voice-1');
  });

  it('finds a number said across two cues of one speaker and keeps the labels, redacting a name label', () => {
    const parsed = parseTranscript(raw, { source: 'call.srt' });
    const words = parsed.transcript.words;
    const found = analyze(words).map((c) => [
      c.type,
      words
        .slice(c.startWord, c.endWord)
        .map((w) => w.text)
        .join(' '),
    ]);
    expect(found).toEqual([
      ['PHONE_NUMBER', 'four one five five five five oh one four two.'],
      ['PERSON', 'Marisol Quenby.'],
    ]);
    const edits = analyze(words).map((c) => ({
      startWord: c.startWord,
      endWord: c.endWord,
      replacement: `[${c.type}]`,
    }));
    expect(parsed.write(edits)).toBe(
      srt(
        'Agent: What number can I reach you at?',
        'Customer: It is [PHONE_NUMBER]',
        'Customer: [PHONE_NUMBER].',
        'and that is the cell.',
        'Agent: Thank you. And your name?',
        '[PERSON]: [PERSON].',
      ),
    );
  });

  it('writes the file back unchanged without edits, labels included', () => {
    expect(parseTranscript(raw, { source: 'call.srt' }).write([])).toBe(raw);
  });
});

describe('WebVTT speaker labels and voices', () => {
  it('reads a label like a voice, and never puts a person name into the speaker', () => {
    const raw =
      'WEBVTT\n\n00:00.000 --> 00:02.000\n<v Jane Doe>Hi, this is Jane.</v>\n\n' +
      '00:02.000 --> 00:04.000\nCustomer: my card ends in one two\n\n00:04.000 --> 00:06.000\nthree four\n';
    const words = parseTranscript(raw, { source: 'call.vtt' }).transcript.words;
    expect(words.map((w) => [w.text, w.speaker])).toEqual([
      ['Hi,', 'voice-1'],
      ['this', 'voice-1'],
      ['is', 'voice-1'],
      ['Jane.', 'voice-1'],
      ['my', 'Customer'],
      ['card', 'Customer'],
      ['ends', 'Customer'],
      ['in', 'Customer'],
      ['one', 'Customer'],
      ['two', 'Customer'],
      ['three', 'Customer'],
      ['four', 'Customer'],
    ]);
  });
});
