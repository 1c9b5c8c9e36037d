/**
 * Seeded randomness for the evaluation-set converter. Each call gets its own generator seeded from
 * its id, so editing one source document changes only the calls that contain it.
 */
import { createHash } from 'node:crypto';

export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** true with probability p */
  chance(p: number): boolean;
  /** an integer in [min, max] */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** 32-bit seed from any string (first 4 bytes of its SHA-256). */
export function seedOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/** mulberry32: small, fast and good enough for choosing spoken variants. */
export function makeRng(seed: number | string): Rng {
  let state = typeof seed === 'string' ? seedOf(seed) : seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
  };
}
