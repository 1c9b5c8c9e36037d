import type { Candidate } from '../types.js';

/**
 * Resolves overlapping candidates into non-overlapping entities. Overlapping candidates form a
 * cluster that becomes one entity covering their union (missing a word is a leak, so we never
 * shrink), typed and scored by the strongest member. Its value is the strongest member's value.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.startWord - b.startWord || b.endWord - a.endWord);
  const out: Candidate[] = [];
  let current: Candidate | undefined;
  for (const c of sorted) {
    if (current && c.startWord < current.endWord) {
      const strongest = c.score > current.score ? c : current;
      current = {
        ...strongest,
        startWord: current.startWord,
        endWord: Math.max(current.endWord, c.endWord),
      };
      continue;
    }
    if (current) out.push(current);
    current = { ...c };
  }
  if (current) out.push(current);
  return out;
}
