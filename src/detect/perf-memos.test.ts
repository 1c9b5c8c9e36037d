/**
 * The shortcuts round 26 took for speed answer as the slower forms did: lexicon words by tag set,
 * cue phrases indexed by their first word, the per-call isUncased memo, foldName's ASCII path and
 * the written-text bare word.
 */
import { describe, expect, it } from 'vitest';
import { hasLexiconTag, lexiconWordsTagged } from './gazetteer/lexicon.js';
import { isFunctionWord } from './gazetteer/common-words.js';
import { isFrequentName } from './gazetteer/names.js';
import { foldName } from './gazetteer/name-lexicon.js';
import { CueSet } from './context.js';
import { isUncased } from './call-words.js';
import { bare } from './detectors/person-written-frames.js';
import { memoByWord } from './gazetteer/word-memo.js';
import type { ExtendView } from './detectors/person-extend.js';
import { sayWords } from '../../test/helpers/words.js';

describe('lexiconWordsTagged', () => {
  const PRONOUNS = new Set(['Pronoun']);
  it('holds the words hasLexiconTag accepts, built once per tag set', () => {
    const words = lexiconWordsTagged(PRONOUNS);
    expect(words.has('she')).toBe(true);
    expect(hasLexiconTag('she', PRONOUNS)).toBe(true);
    // a word without the tag, and a word the lexicon lacks
    expect(words.has('table')).toBe(false);
    expect(words.has('velkorin')).toBe(false);
    expect(lexiconWordsTagged(PRONOUNS)).toBe(words);
  });

  it('answers the function-word and frequent-name tests', () => {
    expect(isFunctionWord('the')).toBe(true);
    expect(isFunctionWord('velkorin')).toBe(false);
    expect(isFrequentName('margaret')).toBe(true);
    expect(isFrequentName('table')).toBe(false);
  });
});

describe('CueSet.findIn', () => {
  const tokens = ['my', 'account', 'number', 'is'];
  it('returns the first listed phrase at the earliest word', () => {
    expect(new CueSet(['account number', 'account']).findIn(tokens, 0, 4)).toBe('account number');
    expect(new CueSet(['account', 'account number']).findIn(tokens, 0, 4)).toBe('account');
    expect(new CueSet(['number', 'my account']).findIn(tokens, 0, 4)).toBe('my account');
  });

  it('keeps a phrase inside the window and finds none outside', () => {
    expect(new CueSet(['account number']).findIn(tokens, 0, 2)).toBeNull();
    expect(new CueSet(['card number']).findIn(tokens, 0, 4)).toBeNull();
  });
});

describe('isUncased', () => {
  it('answers per call, the same when asked again', () => {
    const raw = sayWords('hi this is velkor tamsin calling about my order');
    expect(isUncased(raw)).toBe(true);
    expect(isUncased(raw)).toBe(true);
    const cased = sayWords('Hi, this is Velkor Tamsin calling about my order.');
    expect(isUncased(cased)).toBe(false);
    expect(isUncased(cased)).toBe(false);
  });
});

describe('foldName', () => {
  it('leaves ASCII without capitals as it is and folds the rest', () => {
    expect(foldName("o'velkor")).toBe("o'velkor");
    expect(foldName('x2')).toBe('x2');
    expect(foldName('Velkor')).toBe('velkor');
    expect(foldName('Szöllösy')).toBe('szollosy');
    expect(foldName('łukasz')).toBe('lukasz');
  });
});

describe('bare', () => {
  const view = (text: string): ExtendView => ({ ctx: { words: sayWords(text) } }) as unknown as ExtendView;
  it('takes off the punctuation after a word, and nothing from a word ending in a letter', () => {
    expect(bare(view('Velkor,'), 0)).toBe('Velkor');
    expect(bare(view('"Velkor."'), 0)).toBe('"Velkor');
    expect(bare(view('Velkor'), 0)).toBe('Velkor');
    expect(bare(view('Zoë'), 0)).toBe('Zoë');
  });
});

describe('memoByWord', () => {
  it('answers as the lookup does, asking it once per word until full', () => {
    const asked: string[] = [];
    const level = memoByWord((w: string) => {
      asked.push(w);
      return w === 'velkor' ? undefined : w.length;
    }, 2);
    expect(level('abc')).toBe(3);
    expect(level('abc')).toBe(3);
    expect(level('velkor')).toBeUndefined();
    expect(level('velkor')).toBeUndefined();
    expect(asked).toEqual(['abc', 'velkor']);
    // full: the memo starts over, the answers stay the same
    expect(level('tamsin')).toBe(6);
    expect(level('abc')).toBe(3);
    expect(asked).toEqual(['abc', 'velkor', 'tamsin', 'abc']);
  });
});
