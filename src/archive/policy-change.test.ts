import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy.js';
import { affectedBy, renderingOnlyChange } from './policy-change.js';

describe('policy changes', () => {
  const base = parsePolicy({});
  it('a change of operator affects only calls where the type was found', () => {
    const masked = parsePolicy({ entities: { EMAIL: { operator: 'mask' } } });
    expect(renderingOnlyChange(base, masked)).toEqual(['EMAIL']);
    expect(affectedBy(base, masked, ['PHONE_NUMBER', 'PERSON'])).toBe(false);
    expect(affectedBy(base, masked, ['EMAIL'])).toBe(true);
    expect(affectedBy(masked, base, [])).toBe(false);
  });
  it('a change that reaches detection affects every call', () => {
    for (const changed of [
      { threshold: 0.7 },
      { allow: ['Cobalt Air'] },
      { entities: { EMAIL: false } },
      { entities: { EMAIL: { operator: 'placeholder', threshold: 0.9 } } },
      { region: 'GB' },
    ]) {
      const after = parsePolicy(changed);
      expect(renderingOnlyChange(base, after)).toBeNull();
      expect(affectedBy(base, after, [])).toBe(true);
    }
  });
  it('the same policy affects nothing', () => {
    expect(renderingOnlyChange(base, parsePolicy({}))).toEqual([]);
  });
});
