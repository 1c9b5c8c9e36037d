import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy.js';
import { analyze } from './analyze.js';
import { sayWords } from '../../test/helpers/words.js';

const spans = (es: ReturnType<typeof analyze>) => es.map((e) => [e.type, e.startWord, e.endWord]);

describe('analyze', () => {
  it('propagates a number found once to its read-back without a cue', () => {
    const words = sayWords(
      'my member id is x k q four eight two one | thank you so that is X-K-Q-4-8-2-1 correct',
    );
    expect(spans(analyze(words))).toEqual([
      ['ACCOUNT_NUMBER', 4, 11],
      ['ACCOUNT_NUMBER', 16, 17],
    ]);
  });

  it('redacts seeded values wherever they occur', () => {
    const words = sayWords(
      'we talked about 415-555-0132 and four one five five five five oh one three two before',
    );
    expect(spans(analyze(words, { seeds: [{ type: 'PHONE_NUMBER', value: '4155550132' }] }))).toEqual([
      ['PHONE_NUMBER', 3, 4],
      ['PHONE_NUMBER', 5, 15],
    ]);
  });

  it('always redacts deny-list values as their type, ignoring thresholds and the allow list', () => {
    const policy = parsePolicy({
      threshold: 0.99,
      allow: ['bluebird'],
      deny: [{ type: 'ACCOUNT_NUMBER', value: 'bluebird' }],
    });
    const out = analyze(sayWords('the project code is bluebird okay'), { policy });
    expect(out.map((e) => [e.type, e.startWord, e.endWord, e.detector, e.score])).toEqual([
      ['ACCOUNT_NUMBER', 4, 5, 'deny', 1],
    ]);
  });

  it('skips seeds and deny entries of types the policy does not redact', () => {
    const policy = parsePolicy({ entities: { PHONE_NUMBER: false } });
    const words = sayWords('call 415-555-0132 now');
    expect(analyze(words, { policy, seeds: [{ type: 'PHONE_NUMBER', value: '4155550132' }] })).toEqual([]);
  });

  it('keeps allow-listed detections out', () => {
    const words = sayWords('my cell is 415-555-0132.');
    expect(spans(analyze(words))).toEqual([['PHONE_NUMBER', 3, 4]]);
    expect(analyze(words, { policy: parsePolicy({ allow: ['4155550132'] }) })).toEqual([]);
  });
});
