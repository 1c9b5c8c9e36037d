import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy.js';
import type { Entity } from '../types.js';
import { buildEdits, BUILTIN_OPERATORS } from './apply.js';
import { addressPlaces, ageBand, generaliseAddress, generaliseOperator } from './generalise.js';

const entity = (type: Entity['type'], value: string, startWord = 0): Entity => ({
  type,
  value,
  startWord,
  endWord: startWord + 1,
  score: 0.9,
  detector: 'test',
});

describe('generalise: dates of birth', () => {
  it('keeps the year only', async () => {
    const out = await generaliseOperator.replaceAll(
      [
        { type: 'DATE_OF_BIRTH', value: '1984-03-15' },
        { type: 'DATE_OF_BIRTH', value: '1990-07' },
        { type: 'DATE_OF_BIRTH', value: '1951' },
        { type: 'DATE_OF_BIRTH', value: '03-15' },
      ],
      { operator: 'generalise' },
    );
    expect(out).toEqual([
      '[DATE_OF_BIRTH:1984]',
      '[DATE_OF_BIRTH:1990]',
      '[DATE_OF_BIRTH:1951]',
      '[DATE_OF_BIRTH]', // no year said: nothing to keep
    ]);
  });

  it('gives the age band on the asOf date, exact around the birthday', () => {
    expect(ageBand('1984-03-15', '2026-03-14')).toBe('40-49'); // 41 the day before
    expect(ageBand('1986-03-15', '2026-03-14')).toBe('30-39'); // 39 the day before the 40th
    expect(ageBand('1986-03-15', '2026-03-15')).toBe('40-49'); // 40 on the day
    expect(ageBand('1986-02', '2026-03-01')).toBe('40-49'); // month passed
    expect(ageBand('1986-04', '2026-03-01')).toBe('30-39'); // month to come
    expect(ageBand('1986-03-15', '2026-12-31', 5)).toBe('40-44');
  });

  it('widens the band when the unsaid month or day leaves two ages across a boundary', () => {
    expect(ageBand('1986', '2026-06-01')).toBe('30-49'); // 39 or 40
    expect(ageBand('1984', '2026-06-01')).toBe('40-49'); // 41 or 42
    expect(ageBand('1986-06', '2026-06-10')).toBe('30-49');
    expect(ageBand('2030-01-01', '2026-06-01')).toBeNull();
  });

  it('writes the band through the operator, and the policy requires asOf for it', async () => {
    const out = await generaliseOperator.replaceAll([{ type: 'DATE_OF_BIRTH', value: '1984-03-15' }], {
      operator: 'generalise',
      dateOfBirth: 'ageBand',
      asOf: '2026-12-04',
    });
    expect(out).toEqual(['[DATE_OF_BIRTH:age 40-49]']);
    expect(() =>
      parsePolicy({ entities: { DATE_OF_BIRTH: { operator: 'generalise', dateOfBirth: 'ageBand' } } }),
    ).toThrow(/asOf/);
    expect(() =>
      parsePolicy({ entities: { DATE_OF_BIRTH: { operator: 'generalise', asOf: '2026-13-40' } } }),
    ).toThrow();
  });
});

describe('generalise: addresses', () => {
  it('reads city, region and country from the end of the address', () => {
    expect(addressPlaces('1427 maple avenue springfield il 62704')).toEqual({
      city: 'Springfield',
      region: 'IL',
      country: 'US',
    });
    expect(addressPlaces('12 harbour road columbus ohio')).toEqual({
      city: 'Columbus',
      region: 'Ohio',
      country: 'US',
    });
    expect(addressPlaces('Kaseke 19 11216 Tallinn')).toMatchObject({ city: 'Tallinn', country: 'EE' });
    expect(addressPlaces('Hauptstraße 5 10115 Berlin Deutschland')).toMatchObject({
      city: 'Berlin',
      country: 'DE',
    });
  });

  it('gives the asked level, a coarser one when it is missing, else nothing', () => {
    const a = '1427 maple avenue springfield il 62704';
    expect(generaliseAddress(a, 'city')).toBe('Springfield');
    expect(generaliseAddress(a, 'region')).toBe('IL');
    expect(generaliseAddress(a, 'country')).toBe('US');
    expect(generaliseAddress('12 harbour road ohio', 'city')).toBe('Ohio');
    expect(generaliseAddress('1427 maple avenue', 'city')).toBeNull();
    // two letters that are no region code after a city do not make a region
    expect(addressPlaces('88 elm street apt or').region).toBeUndefined();
  });

  it('never keeps the street or house number', async () => {
    const out = await generaliseOperator.replaceAll(
      [
        { type: 'ADDRESS', value: '1427 maple avenue springfield il 62704' },
        { type: 'ADDRESS', value: '1427 maple avenue' },
        { type: 'PERSON', value: 'jane roe' },
      ],
      { operator: 'generalise', address: 'region' },
    );
    expect(out).toEqual(['[ADDRESS:IL]', '[ADDRESS]', '[PERSON]']);
    expect(out.join(' ')).not.toMatch(/1427|maple|62704|jane/i);
  });
});

describe('generalise in a policy', () => {
  it('is a built-in operator that buildEdits runs per type', async () => {
    const policy = parsePolicy({
      entities: {
        DATE_OF_BIRTH: { operator: 'generalise' },
        ADDRESS: { operator: 'generalise', address: 'country' },
      },
    });
    const items = await buildEdits(
      [
        entity('DATE_OF_BIRTH', '1979-11-02', 0),
        entity('ADDRESS', '14 birch lane columbus ohio 43004', 2),
        entity('PHONE_NUMBER', '5550142', 4),
      ],
      policy,
      BUILTIN_OPERATORS,
    );
    expect(items.map((i) => [i.operator, i.edit.replacement])).toEqual([
      ['generalise', '[DATE_OF_BIRTH:1979]'],
      ['generalise', '[ADDRESS:US]'],
      ['placeholder', '[PHONE_NUMBER]'],
    ]);
  });
});
