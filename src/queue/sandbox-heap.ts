/**
 * The V8 heap limit of the sandboxed processors (the child processes that run detection).
 *
 * Why a limit at all: detection of a call allocates per-word views that live for the whole call
 * (about 0.35 MB per 1,000 words end up in the old generation and die with the call), so a sandbox
 * that takes call after call grows its old generation until V8's next full collection. V8 sets
 * that point at a multiple of the heap still live after the previous one (the lexicons, ~70 MB,
 * plus the call at hand), and the multiple depends on the heap limit: 4 when the old-generation
 * limit is 2 GB or more (Node's default on a machine with 16 GB or more), between 1.3 and 2 below
 * (V8 heap-controller.cc, MaxGrowingFactor, in Node 20; newer V8 compares with the default limit
 * for the machine's memory instead: a limit well under it keeps the low factor either way). 15 calls of 100,000 words back to back peaked at
 * ~500 MB RSS with the default and ~300 MB with a 1,024 MB limit (README, "detection memory";
 * `npm run bench:detect -- --back-to-back 15`), at the same detection speed.
 *
 * 1,024 MB leaves room: a call of 100,000 words keeps ~11 MB of views live, so the limit is
 * reached only by calls of millions of words. An operator's own limit (--max-old-space-size or
 * --max-heap-size on the worker's command line or in NODE_OPTIONS) is kept as it is.
 */

/** Old-generation limit of a sandbox, in MB (`--max-old-space-size`). */
export const SANDBOX_OLD_SPACE_MB = 1024;

const HEAP_FLAG = /(?:^|\s)--max[-_](?:old[-_]space|heap)[-_]size(?:=|\s|$)/;

/**
 * The environment a sandbox is forked with: the worker's own, with the heap limit appended to
 * NODE_OPTIONS; undefined (fork's default, the worker's environment) when the worker was given a
 * heap limit itself, which the sandbox then inherits.
 */
export function sandboxEnv(
  env: NodeJS.ProcessEnv,
  execArgv: readonly string[],
): NodeJS.ProcessEnv | undefined {
  if (execArgv.some((a) => HEAP_FLAG.test(a)) || HEAP_FLAG.test(env.NODE_OPTIONS ?? '')) return undefined;
  const flag = `--max-old-space-size=${SANDBOX_OLD_SPACE_MB}`;
  const options = env.NODE_OPTIONS?.trim();
  return { ...env, NODE_OPTIONS: options ? `${options} ${flag}` : flag };
}
