import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SANDBOX_OLD_SPACE_MB, sandboxEnv } from './sandbox-heap.js';

const FLAG = `--max-old-space-size=${SANDBOX_OLD_SPACE_MB}`;

describe('sandboxEnv', () => {
  const cases: {
    name: string;
    nodeOptions: string | undefined;
    execArgv: string[];
    expected: string | null; // the sandbox's NODE_OPTIONS, null: fork's default environment
  }[] = [
    { name: 'no options', nodeOptions: undefined, execArgv: [], expected: FLAG },
    { name: 'empty options', nodeOptions: '  ', execArgv: [], expected: FLAG },
    {
      name: 'other options kept, limit after them',
      nodeOptions: '--enable-source-maps',
      execArgv: ['--import', 'tsx'],
      expected: `--enable-source-maps ${FLAG}`,
    },
    {
      name: "the operator's limit in NODE_OPTIONS",
      nodeOptions: '--enable-source-maps --max-old-space-size=3000',
      execArgv: [],
      expected: null,
    },
    { name: 'underscore spelling', nodeOptions: '--max_old_space_size=700', execArgv: [], expected: null },
    { name: 'whole-heap limit', nodeOptions: '--max-heap-size=900', execArgv: [], expected: null },
    {
      name: "the worker's command line",
      nodeOptions: undefined,
      execArgv: ['--max-old-space-size=600'],
      expected: null,
    },
    {
      name: 'a look-alike flag is no limit',
      nodeOptions: '--max-old-space-sizes-note',
      execArgv: ['--max-semi-space-size=16'],
      expected: `--max-old-space-sizes-note ${FLAG}`,
    },
  ];
  it.each(cases)('$name', ({ nodeOptions, execArgv, expected }) => {
    const env: NodeJS.ProcessEnv = { KEEP: 'kept' };
    if (nodeOptions !== undefined) env.NODE_OPTIONS = nodeOptions;
    const out = sandboxEnv(env, execArgv);
    if (expected === null) expect(out).toBeUndefined();
    else expect(out).toEqual({ KEEP: 'kept', NODE_OPTIONS: expected });
  });

  it('gives a forked process that heap limit (old generation plus the young one)', () => {
    const env = sandboxEnv({ PATH: process.env.PATH }, [])!;
    const limitMb =
      Number(
        execFileSync(process.execPath, ['-p', 'require("node:v8").getHeapStatistics().heap_size_limit'], {
          env,
          encoding: 'utf8',
        }),
      ) /
      2 ** 20;
    expect(limitMb).toBeGreaterThanOrEqual(SANDBOX_OLD_SPACE_MB);
    expect(limitMb).toBeLessThan(SANDBOX_OLD_SPACE_MB + 128);
  });
});
