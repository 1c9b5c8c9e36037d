import { describe, expect, it } from 'vitest';
import { settleCuts } from './clips.js';
import { bleepIntervals, coverBleeps, toFrames } from './cut.js';

describe('bleepIntervals', () => {
  it('uses floor/ceil of the span times like the audio engines, merges and clamps', () => {
    expect(
      bleepIntervals(
        [
          { start: 1.00001, end: 1.5 },
          { start: 1.4, end: 2.00001, channel: 1 },
          { start: 9.9, end: 12 },
        ],
        1000,
        10_000,
      ),
    ).toEqual([
      { start: 1000, end: 2001 },
      { start: 9900, end: 10_000 },
    ]);
  });
});

describe('coverBleeps', () => {
  const intervals = [
    { start: 100, end: 200 },
    { start: 500, end: 600 },
  ];
  it('widens a boundary that falls strictly inside a bleep to its edge', () => {
    expect(coverBleeps({ start: 150, end: 550 }, intervals)).toEqual({ start: 100, end: 600 });
  });
  it('leaves boundaries on an edge or outside alone', () => {
    expect(coverBleeps({ start: 200, end: 500 }, intervals)).toEqual({ start: 200, end: 500 });
    expect(coverBleeps({ start: 100, end: 300 }, intervals)).toEqual({ start: 100, end: 300 });
  });
});

describe('toFrames', () => {
  it('floors the start, ceils the end and clamps to the audio', () => {
    expect(toFrames(-0.1, 1.00001, 16000, 16010)).toEqual({ start: 0, end: 16001 });
    expect(toFrames(0.5, 5, 16000, 16010)).toEqual({ start: 8000, end: 16010 });
  });
});

describe('settleCuts', () => {
  const words = [
    { text: 'a', start: 1.0, end: 1.5 },
    { text: 'b', start: 1.55, end: 2.0 },
    { text: 'c', start: 3.0, end: 3.5 },
  ];
  it('never cuts a word or a bleep, chaining both until stable', () => {
    // the cut starts inside word b; b starts inside a bleep that begins inside word a
    const bleeps = [{ start: 1400, end: 2100 }];
    expect(settleCuts([{ start: 1.7, end: 3.2 }], words, bleeps, 1000, 4000)).toEqual([
      { start: 1000, end: 3500 },
    ]);
  });
  it('merges cuts that overlap once widened and drops empty ones', () => {
    expect(
      settleCuts(
        [
          { start: 0.2, end: 1.2 },
          { start: 1.3, end: 1.6 },
          { start: 5, end: 5 },
        ],
        words,
        [],
        1000,
        4000,
      ),
    ).toEqual([{ start: 200, end: 2000 }]);
  });
});
