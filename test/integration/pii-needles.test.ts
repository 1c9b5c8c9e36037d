import { describe, expect, it } from 'vitest';
import { findLeaks, maskJsonNumbers, type Needle } from '../helpers/pii-needles.js';

describe('maskJsonNumbers (leak sweep over JSON answers)', () => {
  it.each([
    ['{"timings_ms":{"detect":1420,"audio":88.5}}', '{"timings_ms":{"detect":#,"audio":#}}'],
    ['[1420, -3, 2e5]', '[#, #, #]'],
    ['{"text":"1420 Larkview Road"}', '{"text":"1420 Larkview Road"}'],
    ['{"q":"say \\"1420\\" twice","n":1420}', '{"q":"say \\"1420\\" twice","n":#}'],
    ['{"id":"c_1420","at":"2026-01-02T10:14:20Z"}', '{"id":"c_1420","at":"2026-01-02T10:14:20Z"}'],
  ])('%s', (json, masked) => {
    expect(maskJsonNumbers(json)).toBe(masked);
  });

  it('keeps digits inside strings findable, and a number value out of the search', () => {
    const needle: Needle = { sample: 's', type: 'ADDRESS', form: 'digits', value: '1420' };
    const leaked = maskJsonNumbers('{"note":"house 1420","detect":77}');
    const timing = maskJsonNumbers('{"note":"house","detect":1420}');
    expect(findLeaks(new Map([['a', leaked]]), [needle])).toHaveLength(1);
    expect(findLeaks(new Map([['a', timing]]), [needle])).toHaveLength(0);
  });
});
