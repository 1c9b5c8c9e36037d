import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy.js';
import { generaliseOperator } from './generalise.js';
import { generaliseTimeOfDay, readTimeOfDay } from './time-of-day.js';

const at = (h: number, m: number): number => h * 60 + m;

describe('times of day: reading', () => {
  it('reads written times, 24-hour and 12-hour', () => {
    expect(readTimeOfDay('3:45 pm')?.minutes).toEqual([at(15, 45)]);
    expect(readTimeOfDay('3:45 P.M.')?.minutes).toEqual([at(15, 45)]);
    expect(readTimeOfDay('11am')?.minutes).toEqual([at(11, 0)]);
    expect(readTimeOfDay('12:10 am')?.minutes).toEqual([at(0, 10)]);
    expect(readTimeOfDay('12 pm')?.minutes).toEqual([at(12, 0)]);
    expect(readTimeOfDay('15:45')?.minutes).toEqual([at(15, 45)]);
    expect(readTimeOfDay('09:30')?.minutes).toEqual([at(9, 30)]);
    expect(readTimeOfDay('noon')?.minutes).toEqual([at(12, 0)]);
    expect(readTimeOfDay('at 9:30 am')?.minutes).toEqual([at(9, 30)]);
    expect(readTimeOfDay('midnight')?.minutes).toEqual([at(0, 0)]);
  });

  it('reads spoken times', () => {
    expect(readTimeOfDay('quarter to four in the afternoon')?.minutes).toEqual([at(15, 45)]);
    expect(readTimeOfDay('half past three p m')?.minutes).toEqual([at(15, 30)]);
    expect(readTimeOfDay('three forty five pm')?.minutes).toEqual([at(15, 45)]);
    expect(readTimeOfDay('ten past nine in the morning')?.minutes).toEqual([at(9, 10)]);
    expect(readTimeOfDay("eight o'clock at night")?.minutes).toEqual([at(20, 0)]);
    expect(readTimeOfDay('seven oh five am')?.minutes).toEqual([at(7, 5)]);
    expect(readTimeOfDay('twenty-five to one pm')?.minutes).toEqual([at(12, 35)]);
  });

  it('gives both readings when am/pm is not said', () => {
    expect(readTimeOfDay('quarter to four')?.minutes).toEqual([at(3, 45), at(15, 45)]);
    expect(readTimeOfDay('3:45')?.minutes).toEqual([at(3, 45), at(15, 45)]);
    expect(readTimeOfDay('twelve thirty')?.minutes).toEqual([at(0, 30), at(12, 30)]);
  });

  it('reads nothing that is not a time of day', () => {
    for (const value of [
      '1545',
      '25:00',
      '3:75',
      '15:00 pm',
      'thirteen forty pm',
      'marisol',
      '4155550142',
      'three five',
    ])
      expect(readTimeOfDay(value), value).toBeNull();
  });
});

describe('times of day: intervals', () => {
  it('gives the period of the day', () => {
    expect(generaliseTimeOfDay('3:45 pm')).toBe('afternoon');
    expect(generaliseTimeOfDay('quarter to four in the afternoon')).toBe('afternoon');
    expect(generaliseTimeOfDay('7:15 am')).toBe('morning');
    expect(generaliseTimeOfDay('19:05')).toBe('evening');
    expect(generaliseTimeOfDay('2 am')).toBe('night');
    expect(generaliseTimeOfDay('noon')).toBe('afternoon');
  });

  it('gives a band of hours', () => {
    expect(generaliseTimeOfDay('3:45 pm', 'hours')).toBe('15:00-17:59');
    expect(generaliseTimeOfDay('3:45 pm', 'hours', 1)).toBe('15:00-15:59');
    expect(generaliseTimeOfDay('11:59 pm', 'hours', 8)).toBe('16:00-23:59');
    expect(generaliseTimeOfDay('midnight', 'hours', 6)).toBe('00:00-05:59');
  });

  it('keeps nothing when the two readings of a time without am/pm fall in different intervals', () => {
    expect(generaliseTimeOfDay('quarter to four')).toBeNull();
    expect(generaliseTimeOfDay('quarter to four', 'hours', 12)).toBeNull();
    expect(generaliseTimeOfDay('not a time')).toBeNull();
  });
});

describe('times of day in the generalise operator and the policy', () => {
  it('generalises values that read as times where the policy asks for it; others get their placeholder', async () => {
    const out = await generaliseOperator.replaceAll(
      [
        { type: 'ACCOUNT_NUMBER', value: 'half past three p m' },
        { type: 'ACCOUNT_NUMBER', value: 'quarter to four' },
        { type: 'ACCOUNT_NUMBER', value: '4415' },
      ],
      { operator: 'generalise', timeOfDay: 'period' },
    );
    expect(out).toEqual(['[ACCOUNT_NUMBER:afternoon]', '[ACCOUNT_NUMBER]', '[ACCOUNT_NUMBER]']);
    // without the option, a time is not read at all
    expect(
      await generaliseOperator.replaceAll([{ type: 'ACCOUNT_NUMBER', value: '3:45 pm' }], {
        operator: 'generalise',
      }),
    ).toEqual(['[ACCOUNT_NUMBER]']);
    // a birth date stays a birth date, whatever the option
    expect(
      await generaliseOperator.replaceAll([{ type: 'DATE_OF_BIRTH', value: '1984-03-15' }], {
        operator: 'generalise',
        timeOfDay: 'hours',
      }),
    ).toEqual(['[DATE_OF_BIRTH:1984]']);
  });

  it('accepts bands of hours that tile the day only', () => {
    const policy = (bandHours: number) => ({
      entities: { ACCOUNT_NUMBER: { operator: 'generalise', timeOfDay: 'hours', bandHours } },
    });
    expect(parsePolicy(policy(6)).entities.ACCOUNT_NUMBER).toMatchObject({ bandHours: 6 });
    expect(() => parsePolicy(policy(5))).toThrow(/bandHours/);
  });
});
