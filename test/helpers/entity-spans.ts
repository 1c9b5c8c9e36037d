/**
 * Table tests of whole-pipeline detection: the word ranges one entity type takes in a sentence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/detect/analyze.js';
import type { EntityType } from '../../src/types.js';
import { sayWords } from './words.js';

/** Word ranges [start, end) of `type`'s entities that analyze() finds in `text` ("|" switches speaker), in order. */
export function spansOf(type: EntityType, text: string): [number, number][] {
  return analyze(sayWords(text))
    .filter((c) => c.type === type)
    .map((c): [number, number] => [c.startWord, c.endWord])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A case: its label, the sentence, the exact word ranges expected (end exclusive). */
export type SpanCase = [label: string, text: string, expected: [number, number][]];

/** One describe block in which every case's ranges of `type` must equal the expected ones exactly. */
export function spanTable(type: EntityType, title: string, cases: SpanCase[]): void {
  describe(title, () => {
    it.each(cases)('%s', (_label, text, expected) => {
      expect(spansOf(type, text)).toEqual(expected);
    });
  });
}
