/**
 * Array#map for the per-call arrays that many detectors read (tokens, folded words, name bases).
 * Array#map's result is a packed array before the optimising compiler inlines it and a holey one
 * after: every function compiled against the first kind deoptimises when the second arrives in
 * the middle of a run of calls. Pushing one by one gives a packed array at every tier.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]!));
  return out;
}
