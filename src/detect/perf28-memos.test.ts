/**
 * The shortcuts round 28 took for speed answer as the slower forms did: the place-name hash filter
 * and its shared empty answer, the one-Set word tests, the plain-word path of fold(), the word memo's
 * undefined answers, state names by first word, and the per-call cue answers.
 */
import { describe, expect, it } from 'vitest';
import { buildDetectionContext } from './analyze.js';
import { addressView } from './address/view.js';
import { cityCountries, countryCode, fnv1a, HashFilter, regionCountries } from './address/places.js';
import { fold } from './address/vocab.js';
import { stateZipEnd } from './address/us-state-zip.js';
import { isCommonWord, isFunctionWord } from './gazetteer/common-words.js';
import { memoByWord } from './gazetteer/word-memo.js';
import { isBrand } from './brands.js';
import { cuesBefore } from './number-cues.js';
import { sayWords } from '../../test/helpers/words.js';
import { detectWords } from '../commands/detect.js';

describe('HashFilter', () => {
  it('never turns away a hash it was given', () => {
    const filter = new HashFilter(12);
    const names = ['tamsby', 'quill lane', 'lorvenne', 'halvering', 'velkor', 'abja paluoja'];
    for (const n of names) filter.add(fnv1a(n));
    for (const n of names) expect(filter.mayHave(fnv1a(n))).toBe(true);
  });
});

describe('place lookups behind the filter', () => {
  const cases: [string, string[], string[], string | undefined][] = [
    ['tallinn', ['EE'], [], undefined],
    ['bavaria', [], ['DE'], undefined],
    ['germany', [], [], 'DE'],
    ['quorvelmasta', [], [], undefined],
    ['', [], [], undefined],
  ];
  it.each(cases)('%s', (name, cities, regions, country) => {
    expect(cityCountries(name)).toEqual(cities);
    expect(regionCountries(name)).toEqual(regions);
    expect(countryCode(name)).toBe(country);
  });
  it('answers an unknown name with one shared, frozen empty list', () => {
    expect(cityCountries('quorvelmasta')).toBe(cityCountries('velkorianda'));
    expect(Object.isFrozen(cityCountries('quorvelmasta'))).toBe(true);
  });
});

describe('fold (plain words returned as they are)', () => {
  const cases: [string, string][] = [
    ['main', 'main'],
    ['Main', 'main'],
    ['st.', 'st'],
    ['St..', 'st'],
    ['Straße', 'strasse'],
    ['ab-c', 'ab-c'],
    ['12b', '12b'],
    ['', ''],
    ['Ærø', 'aero'],
  ];
  it.each(cases)('%s -> %s', (word, folded) => expect(fold(word)).toBe(folded));
});

describe('one-Set word tests', () => {
  const cases: [string, boolean, boolean][] = [
    // word, isFunctionWord, isCommonWord
    ['the', true, true],
    ['um', true, true],
    ['pleasure', false, true],
    ['sports', false, true],
    ['payment', false, true],
    ['velkor', false, false],
    ['tamsby', false, false],
  ];
  it.each(cases)('%s', (word, fn, common) => {
    expect(isFunctionWord(word)).toBe(fn);
    expect(isCommonWord(word)).toBe(common);
  });
  const brands: [string, boolean][] = [
    ['velkorvex', false],
    ['google', true],
  ];
  it.each(brands)('isBrand(%s)', (word, brand) => expect(isBrand(word)).toBe(brand));
});

describe('memoByWord', () => {
  it('remembers undefined answers with one lookup of the dictionary', () => {
    let asked = 0;
    const lookup = memoByWord((w: string): number | undefined => {
      asked++;
      return w === 'tamsby' ? 3 : undefined;
    });
    expect([lookup('velkor'), lookup('velkor'), lookup('tamsby'), lookup('tamsby')]).toEqual([
      undefined,
      undefined,
      3,
      3,
    ]);
    expect(asked).toBe(2);
  });
});

describe('stateZipEnd (state names by first word)', () => {
  const cases: [string, number, number][] = [
    ['ship to Salem, New Hampshire 03099 today', 3, 6],
    ['ship to Salem, New Mexico 87599 today', 3, 6],
    ['ship to Tamsby, Oregon 97999 today', 3, 5],
    ['ship to Tamsby, Oregano 97999 today', 3, -1],
    ['ship to Tamsby, New 97999 today', 3, -1],
  ];
  it.each(cases)('%s at word %i', (line, i, end) => {
    const v = addressView(buildDetectionContext(sayWords(line)));
    expect(stateZipEnd(v, i)).toBe(end);
  });
});

describe('cuesBefore (kept per call and question)', () => {
  it('gives the same answer again, and a different question its own', () => {
    const ctx = buildDetectionContext(sayWords('my phone number is 555 0142 thanks'));
    const first = cuesBefore(ctx, 4);
    expect(first[0]?.cue).toBe('phone');
    expect(cuesBefore(ctx, 4)).toBe(first);
    expect(cuesBefore(ctx, 4, 14, 1)).not.toBe(first);
    expect(cuesBefore(ctx, 4, 14, 1)).toEqual(first.slice(0, 1));
    expect(cuesBefore(ctx, 0)).toEqual([]);
  });
});

describe('readings behind the round-28 gates (the same spans as before them)', () => {
  const cases: [string, [string, number, number][]][] = [
    // sharedTypeAt: two names sharing a plural street type
    ['we moved to Orvel and Tamsby Courts near the river', [['ADDRESS', 3, 7]]],
    // countriesAfterPlace: a place, then a territory and its country
    ['please deliver to Brastow, Macau, China tomorrow', [['ADDRESS', 3, 6]]],
    ['my address is Tovarre, Aruba, Netherlands', [['ADDRESS', 3, 6]]],
    // raw ASR abbreviated suffix type and house number
    ['i live at kertesz u fifteen budapest', [['ADDRESS', 3, 7]]],
    // state names by first word
    ['send it to 12 Velkor Street, Salem, New Hampshire 03099', [['ADDRESS', 3, 10]]],
  ];
  it.each(cases)('%s', (line, spans) => {
    expect(detectWords(sayWords(line)).map((s) => [s.type, s.start_word, s.end_word])).toEqual(spans);
  });
});
