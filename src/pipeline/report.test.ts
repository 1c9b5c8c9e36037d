import { describe, expect, it } from 'vitest';
import type { Word } from '../types.js';
import { reportSpeakers } from './report.js';

const said = (...speakers: (string | undefined)[]): Word[] =>
  speakers.map((speaker, i) => ({ text: 'hello', start: i, end: i + 0.5, ...(speaker ? { speaker } : {}) }));

describe('reportSpeakers', () => {
  it.each([['agent'], ['Customer'], ['SPEAKER 1'], ['spk_0'], ['speaker_1'], ['ch-2'], ['0'], ['A']])(
    'keeps the role or engine id %s as written',
    (speaker) => {
      expect(reportSpeakers(said(speaker)).get(speaker)).toBe(speaker);
    },
  );

  it('replaces any other label by voice-N in order of first appearance', () => {
    const ids = reportSpeakers(
      said('Marisol Quintero', 'agent', 'Tobias Wren', 'Marisol Quintero', undefined),
    );
    expect([...ids.entries()]).toEqual([
      ['Marisol Quintero', 'voice-1'],
      ['agent', 'agent'],
      ['Tobias Wren', 'voice-2'],
    ]);
  });
});
