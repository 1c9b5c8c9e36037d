import { describe, expect, it } from 'vitest';
import { isUnseenWord, inventName, ORIGINS } from '../../scripts/eval-sets/invented-names.js';
import { renameCall } from '../../scripts/eval-sets/rename-probe.js';

const words = (texts: string[]) => texts.map((text, i) => ({ text, start: i, end: i + 0.5, speaker: 'a' }));

describe('rename probe', () => {
  it('invents names of every origin that no list holds', () => {
    for (const origin of ORIGINS) {
      const name = inventName(`seed|${origin}`, origin, new Set());
      expect(isUnseenWord(name)).toBe(true);
    }
    expect(isUnseenWord('smith')).toBe(false);
    expect(isUnseenWord('table')).toBe(false);
  });

  it('renames PERSON words consistently, keeping case, marks, initials and offsets', () => {
    const call = {
      id: 'x-dev-0001-formatted',
      style: 'formatted',
      words: words(['Ask', 'Dr.', 'Maria', 'K.', 'Lenz,', 'then', "Lenz's", 'van', 'DORN']),
      labels: [
        { type: 'PERSON', start_word: 2, end_word: 5 },
        { type: 'PERSON', start_word: 6, end_word: 9 },
      ],
    };
    const out = renameCall(call, new Map());
    const t = out.words.map((w) => w.text);
    expect(out.labels).toEqual(call.labels);
    expect(t.slice(0, 2)).toEqual(['Ask', 'Dr.']);
    expect(t[2]).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(t[2]).not.toBe('Maria');
    expect(t[3]).toBe('K.');
    const lenz = t[4]!.replace(/,$/u, '');
    expect(t[4]).toBe(`${lenz},`);
    expect(t[6]).toBe(`${lenz}'s`);
    expect(t[7]).toBe('van');
    expect(t[8]).toMatch(/^\p{Lu}+$/u);
  });
});
