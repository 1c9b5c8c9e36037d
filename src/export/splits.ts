/**
 * train/dev/test by call. Calls that share a vault token (the same caller's name, number or
 * account, pseudonymised with the token operator) are one group, and a group never straddles two
 * splits, so neither a call nor a caller token is in two splits. Groups are ordered by a hash of
 * the seed and their first call id (a fixed, seeded shuffle), then each goes to the split furthest
 * below its target share of audio seconds.
 *
 * A token said in many calls (an agent's name under the token operator) joins those calls into one
 * group; the dataset card reports the largest group so an unbalanced split is visible.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';

export const SPLITS = ['train', 'dev', 'test'] as const;
export type Split = (typeof SPLITS)[number];
export type SplitRatios = Readonly<Record<Split, number>>;

export function parseSplitRatios(text: string): SplitRatios {
  const parts = text.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((p) => !Number.isFinite(p) || p < 0))
    throw new InputError(`--split takes three non-negative numbers (train,dev,test), e.g. 0.8,0.1,0.1`);
  const sum = parts[0]! + parts[1]! + parts[2]!;
  if (Math.abs(sum - 1) > 1e-6)
    throw new InputError(`--split ratios must add up to 1 (they add up to ${sum})`);
  return { train: parts[0]!, dev: parts[1]!, test: parts[2]! };
}

export interface SplitInput {
  callId: string;
  tokens: readonly string[];
  /** audio seconds this call contributes */
  seconds: number;
}

export interface SplitResult {
  byCall: Map<string, Split>;
  groups: number;
  /** calls in the largest group */
  largestGroup: number;
}

function find(parent: Map<string, string>, x: string): string {
  let root = x;
  while (parent.get(root) !== root) root = parent.get(root)!;
  for (let node = x; node !== root;) {
    const next = parent.get(node)!;
    parent.set(node, root);
    node = next;
  }
  return root;
}

export function assignSplits(calls: readonly SplitInput[], ratios: SplitRatios, seed: number): SplitResult {
  const parent = new Map(calls.map((c) => [c.callId, c.callId]));
  const owner = new Map<string, string>();
  for (const call of calls) {
    for (const token of call.tokens) {
      const other = owner.get(token);
      if (other === undefined) owner.set(token, call.callId);
      else {
        const [a, b] = [find(parent, other), find(parent, call.callId)].sort();
        parent.set(b!, a!);
      }
    }
  }
  const groups = new Map<string, SplitInput[]>();
  for (const call of calls) {
    const root = find(parent, call.callId);
    groups.set(root, [...(groups.get(root) ?? []), call]);
  }
  const order = [...groups.entries()]
    .map(([root, members]) => ({
      key: createHash('sha256').update(`${seed}\0${root}`).digest('hex'),
      members,
      seconds: members.reduce((s, c) => s + c.seconds, 0),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const assigned: Record<Split, number> = { train: 0, dev: 0, test: 0 };
  let total = 0;
  const byCall = new Map<string, Split>();
  for (const group of order) {
    total += group.seconds;
    let best: Split = 'train';
    let bestDeficit = -Infinity;
    for (const split of SPLITS) {
      if (ratios[split] === 0) continue;
      const deficit = ratios[split] * total - assigned[split];
      if (deficit > bestDeficit + 1e-9) {
        best = split;
        bestDeficit = deficit;
      }
    }
    assigned[best] += group.seconds;
    for (const member of group.members) byCall.set(member.callId, best);
  }
  return {
    byCall,
    groups: groups.size,
    largestGroup: Math.max(0, ...[...groups.values()].map((g) => g.length)),
  };
}
