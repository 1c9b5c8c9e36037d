import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from '../analyze.js';
import { sayWords } from '../../../test/helpers/words.js';
import {
  compactPattern,
  POSTCODE_CACHE_LIMIT,
  postcodeAt,
  postcodeCacheSize,
  postcodeCountries,
  writtenAsStandard,
} from './postcode.js';
import { cityCountries, countryCode, regionCodeCountries, regionCountries } from './places.js';
import { fold, PhraseSet } from './vocab.js';
import { addressView } from './view.js';
import { compoundAt, prefixTypeAt, suffixTypeAt } from './street.js';

describe('postcodes (postcode-validator patterns, compared without separators)', () => {
  it.each([
    ['^\\d{5}[\\-]?\\d{3}$', '^\\d{5}\\d{3}$'],
    ['^\\d{3}-\\d{4}$', '^\\d{3}\\d{4}$'],
    ['^\\d{4}[ ]?[A-Z]{2}$', '^\\d{4}[A-Z]{2}$'],
    ['^(SE-)?\\d{3}[ ]?\\d{2}$', '^(SE)?\\d{3}\\d{2}$'],
    ['^([A-Z]\\d[A-Z])\\s*(\\d[A-Z]\\d)$', '^([A-Z]\\d[A-Z])(\\d[A-Z]\\d)$'],
    ['^[A-HJ-NP-Z]\\d{4}$', '^[A-HJ-NP-Z]\\d{4}$'],
  ])('compactPattern(%s) = %s', (source, compact) => {
    expect(compactPattern(source)).toBe(compact);
  });

  it.each([
    ['SW1A1AA', ['GB']],
    ['K1A0B1', ['CA']],
    ['D02X285', ['IE']],
    ['LT02112', ['LT']],
  ])('%s belongs to %j only', (compact, countries) => {
    expect(postcodeCountries(compact)).toEqual(countries);
  });

  it.each([
    ['1012AB', 'NL'],
    ['01310100', 'BR'],
    ['1000001', 'JP'],
    ['00590', 'PL'],
    ['50412', 'EE'],
    ['D10115', 'DE'],
    ['AZ1014', 'AZ'],
  ])('%s is valid in %s', (compact, country) => {
    expect(postcodeCountries(compact)).toContain(country);
  });

  it('rejects what no country uses', () => {
    expect(postcodeCountries('12')).toEqual([]);
    // (two letters and 3-4 + 4 digits is Ghana's digital address, whatever its letters)
    expect(postcodeCountries('QQQ1234567')).toEqual([]);
    expect(postcodeCountries('QQ12345678')).toEqual(['GH']);
  });

  it('keeps its memo bounded and shares equal answers', () => {
    // more distinct candidates than the memo holds: it stays at its limit, answers stay right
    for (let i = 0; i < POSTCODE_CACHE_LIMIT + 500; i++) postcodeCountries(String(100000 + i));
    expect(postcodeCacheSize()).toBeLessThanOrEqual(POSTCODE_CACHE_LIMIT);
    expect(postcodeCountries('50412')).toContain('EE');
    expect(postcodeCountries('40613')).toBe(postcodeCountries('40614'));
    expect(postcodeCountries('SW1A1AA')).toEqual(['GB']);
  });

  it('knows the written standard', () => {
    expect(writtenAsStandard('SW1A 1AA', 'GB')).toBe(true);
    expect(writtenAsStandard('01310-100', 'BR')).toBe(true);
    expect(writtenAsStandard('100 0001', 'JP')).toBe(false);
  });

  it.each([
    ['spoken digits', 'ten one four nine tallinn', [0, 4, '10149']],
    ['spelled letters and digits', 's w one a one a a', [0, 7, 'SW1A1AA']],
    ['written in two words', 'LS6 2QT.', [0, 2, 'LS62QT']],
    ['oh as zero, filler inside', 'three oh oh uh two seven', [0, 6, '30027']],
  ])('postcodeAt: %s', (_name, text, [start, end, compact]) => {
    const m = postcodeAt(buildDetectionContext(sayWords(text as string)), 0);
    expect([m?.start, m?.end, m?.compact]).toEqual([start, end, compact]);
  });

  it('joins written groups only as a country writes them', () => {
    // "72915 338" is no country's postcode: only the first group is
    const m = postcodeAt(buildDetectionContext(sayWords('72915 338 40')), 0);
    expect(m?.end).toBe(1);
  });
});

describe('place lists', () => {
  it('finds cities, regions and countries by their folded names', () => {
    expect(cityCountries('tallinn')).toEqual(['EE']);
    expect(cityCountries('sao paulo')).toContain('BR');
    expect(cityCountries('nablus')).toEqual(['PS']);
    expect(regionCountries('ontario')).toEqual(['CA']);
    expect(regionCodeCountries('NSW')).toContain('AU');
    expect(countryCode('deutschland')).toBe('DE');
    expect(countryCode('estonia')).toBe('EE');
  });

  it('knows no invented place', () => {
    expect(cityCountries('qwzxv')).toEqual([]);
    expect(countryCode('qwzxv')).toBeUndefined();
  });
});

describe('address vocabulary', () => {
  it('folds case, accents and trailing dots', () => {
    expect(fold('Straße')).toBe('strasse');
    expect(fold('STR.')).toBe('str');
    expect(fold('Ránargata')).toBe('ranargata');
    expect(fold('ул.')).toBe('ул');
  });

  it.each([
    ['Mellieħa', 'mellieha'],
    ['Egilsstaðir', 'egilsstadir'],
    ['Þórshöfn', 'thorshofn'],
  ])('folds letters NFD does not split: %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });

  it('matches letters written together, apart or with dots', () => {
    const set = new PhraseSet();
    set.add('p o box');
    for (const words of [
      ['p', 'o', 'box'],
      ['p.o', 'box'],
      ['po', 'box'],
    ])
      expect(set.match((k) => words[k])).toBe(words.length);
    expect(set.match((k) => ['post', 'box'][k])).toBe(0);
  });

  const view = (text: string) => addressView(buildDetectionContext(sayWords(text)));

  it.each([
    ['Hauptstraße', true],
    ['Kerkstraat', true],
    ['Drottninggatan', true],
    ['Sejong-ro', true],
    ['Monteiro', false],
    ['Wellspring', false],
  ])('compound street name %s: %s', (word, expected) => {
    expect(compoundAt(view(`${word} 12.`), 0)).toBe(expected);
  });

  it('reads prefix and suffix types of several languages', () => {
    expect(prefixTypeAt(view('Calle Mayor 5.'), 0)).toBe(1);
    expect(prefixTypeAt(view('ul. Marszałkowska 10.'), 0)).toBe(1);
    expect(suffixTypeAt(view('Andrássy út 12.'), 1)).toBe(1);
    expect(suffixTypeAt(view('Atatürk Caddesi 12.'), 1)).toBe(1);
    // one-letter types only with their dot; two-letter abbreviations are never said in raw ASR
    expect(suffixTypeAt(view('Vilniaus g 5.'), 1)).toBe(0);
    expect(prefixTypeAt(view('i paid via pl slash address'), 3)).toBe(0);
  });
});
