import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import type { Report, ReportEntity } from '../pipeline/report.js';
import { originalIndex, readRedactedCall } from './redacted-call.js';
import type { SourceCall } from './source.js';

const entity = (
  type: ReportEntity['type'],
  start_word: number,
  end_word: number,
  replacement: string,
): ReportEntity => ({
  type,
  replacement,
  operator: replacement.includes('_') && replacement.length > 14 ? 'token' : 'placeholder',
  start_word,
  end_word,
  start: null,
  end: null,
  speaker: null,
  channel: null,
  detector: 'test',
  score: 1,
  reason: null,
});

function call(texts: string[], entities: ReportEntity[], originalWords: number): SourceCall {
  const report = {
    version: 1,
    callId: 'abc',
    transcript: { format: 'callredact', timing: 'word', words: originalWords, file: 'transcript.json' },
    audio: null,
    counts: {},
    entities,
    warnings: [],
  } as unknown as Report;
  return {
    name: 'n',
    callId: 'abc',
    report,
    transcript: {
      raw: JSON.stringify({ words: texts.map((text, i) => ({ text, start: i, end: i + 0.5 })) }),
      format: 'callredact',
      file: 'transcript.json',
    },
    audioPath: null,
    rawTranscript: async () => null,
  };
}

describe('readRedactedCall', () => {
  // original: my name is maria okafor and my number is four one five ... (10 digit words) thanks
  const texts = [
    'my',
    'name',
    'is',
    '[PERSON_7F3K9QX2]',
    'and',
    'my',
    'number',
    'is',
    '[PHONE_NUMBER]',
    'thanks',
  ];
  const entities = [
    entity('PHONE_NUMBER', 9, 19, '[PHONE_NUMBER]'),
    entity('PERSON', 3, 5, '[PERSON_7F3K9QX2]'),
  ];

  it('ties each merged word to its report entity and maps back to original indices', () => {
    const c = readRedactedCall(call(texts, entities, 20));
    expect(c.words.map((w) => w.redaction?.type ?? null)).toEqual([
      null,
      null,
      null,
      'PERSON',
      null,
      null,
      null,
      null,
      'PHONE_NUMBER',
      null,
    ]);
    expect(c.tokens).toEqual(['[PERSON_7F3K9QX2]']);
    expect(originalIndex(c)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 19]);
  });

  it('refuses a transcript that does not fit its report', () => {
    expect(() => readRedactedCall(call(texts, entities, 21))).toThrow(InputError);
    const moved = [
      'my',
      'name',
      '[PERSON_7F3K9QX2]',
      'is',
      'and',
      'my',
      'number',
      'is',
      '[PHONE_NUMBER]',
      'thanks',
    ];
    expect(() => readRedactedCall(call(moved, entities, 20))).toThrow(/entity 1 is not at word 3/);
  });
});
