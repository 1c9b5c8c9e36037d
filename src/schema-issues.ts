/**
 * The one formatter of schema violations (zod issues), for every input the project validates:
 * transcripts, policies, audio options, API bodies, JSONL, option files, the environment. It says
 * where (the field's path, `words[3].start`) and what was expected, never the value: zod's own
 * messages may quote input, and input may be personal data.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;
export type IssuePath = readonly (string | number)[];

/** `words[3].start`, `policy.entities.PERSON`, `["odd key"]`; `(root)` for the value itself. */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out === '' ? '(root)' : out;
}

/** What the schema expected, in words; never the received value. */
function problemOf(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : 'value too small';
    case 'too_big':
      return 'value too large';
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return 'has an unsupported shape';
    case 'invalid_format':
      return `expected ${issue.format}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    default:
      return 'is invalid';
  }
}

export interface ExplainedIssue {
  path: IssuePath;
  problem: string;
}

/**
 * One entry per issue, paths prefixed by `prefix`. A union that failed is explained by the branch
 * that got furthest into the value (an operator object with a bad field, not "expected false"),
 * unless no branch got past the union itself.
 */
export function explainIssues(issues: readonly Issue[], prefix: IssuePath = []): ExplainedIssue[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const depth = (branch: readonly Issue[]): number => Math.max(0, ...branch.map((i) => i.path.length));
      const best = issue.errors.reduce((a, b) => (depth(b) > depth(a) ? b : a));
      if (depth(best) > 0) return explainIssues(best, path);
    }
    return [{ path, problem: problemOf(issue) }];
  });
}

/** "path: problem" for every issue, joined by "; ". */
export function formatIssues(issues: readonly Issue[], prefix: IssuePath = []): string {
  return explainIssues(issues, prefix)
    .map((i) => `${formatPath(i.path)}: ${i.problem}`)
    .join('; ');
}
