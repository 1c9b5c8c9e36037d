import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from './analyze.js';
import { sayWords } from '../../test/helpers/words.js';
import { calendarRun, calendarShaped } from './date-shapes.js';

/** The first run of digits of a line, read by calendarRun. */
function firstRun(line: string): boolean {
  const ctx = buildDetectionContext(sayWords(line));
  const run = ctx.spoken.runs[0]!;
  return calendarRun(
    run,
    ctx.words.slice(run.startWord, run.endWord).map((w) => w.text),
  );
}

describe('calendar shapes', () => {
  it.each([
    // written: dates, dates with a time, year ranges, two dates back to back
    ['on 2009-03-14 we met', true],
    ['from 1951 -- 1953; it flew', true],
    ['Vandermolen (1832-1911), an anatomist', true],
    ['level at 17 / 03 / 2017 today', true],
    ['at 2017 - 01 - 25 17 / 03 / 2017 now', true],
    // said: a year range, a date and a time, "two thousand and seven"
    ['from nineteen forty four nineteen forty five it flew', true],
    ['on two thousand and seven zero one seventeen twenty three oh eight fifty five the', true],
    ['date nineteen seventy oh nine twenty nine twenty twenty one twenty four name', true],
    ['from two thousand five two thousand and six on', true],
    ['painter eighteen twenty one nineteen oh two at work', true],
    // numbers that are not calendar fields
    ['it is 0418827735 thanks', false],
    ['it is 5550 1234 thanks', false],
    ['reach me on 20 67 04 03 88 please', false],
    ['it is eight eight four five two seven seven oh six', false],
    ['it is one nine eight five one nine eight seven', false],
    ['it is 2015 0312 thanks', false],
  ])('%s -> %s', (line, expected) => {
    expect(firstRun(line)).toBe(expected);
  });

  it('needs a date or two years, and nothing left over', () => {
    expect(calendarShaped(['1985'])).toBe(false);
    expect(calendarShaped(['1985', '1987'])).toBe(true);
    expect(calendarShaped(['1985', '1987', '42'])).toBe(false);
    expect(calendarShaped(['2012', '10', '01', '00', '46', '43'])).toBe(true);
    expect(calendarShaped(['2012', '13', '01'])).toBe(false);
    expect(calendarShaped(['2012', '10', '01', '25', '61'])).toBe(false);
  });

  it('stays fast on long runs of small numbers', () => {
    const parts = Array.from({ length: 16 }, (_, i) => String((i % 9) + 1));
    const t0 = performance.now();
    expect(calendarShaped(parts)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
