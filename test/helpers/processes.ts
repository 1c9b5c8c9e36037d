/**
 * Process-tree helpers for the chaos tests (Linux /proc): the descendants of a process, whether a
 * process is still running (a zombie is not), waiting for processes to go.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface ProcInfo {
  pid: number;
  ppid: number;
  state: string;
  comm: string;
}

function readProc(pid: number): ProcInfo | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return { pid, ppid: Number(ppid), state: state ?? '?', comm };
  } catch {
    return undefined;
  }
}

function allProcs(): ProcInfo[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProc(Number(name)))
    .filter((p): p is ProcInfo => p !== undefined);
}

/** Every running descendant of `root` (children, grandchildren ...), with its command name. */
export function descendants(root: number): ProcInfo[] {
  const procs = allProcs();
  const found: ProcInfo[] = [];
  let frontier = new Set([root]);
  while (frontier.size > 0) {
    const next = new Set<number>();
    for (const p of procs) {
      if (frontier.has(p.ppid) && p.state !== 'Z') {
        found.push(p);
        next.add(p.pid);
      }
    }
    frontier = next;
  }
  return found;
}

/** Whether `pid` is a running process (not gone, not a zombie). */
export function running(pid: number): boolean {
  const info = readProc(pid);
  return info !== undefined && info.state !== 'Z';
}

/** Resolves with how long it took until none of `pids` runs, or rejects after `limitMs`. */
export async function waitGone(pids: readonly number[], limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const left = pids.filter(running);
    if (left.length === 0) return Date.now() - started;
    if (Date.now() - started > limitMs) {
      throw new Error(`still running after ${limitMs} ms: ${left.map((p) => readProc(p)?.comm).join(', ')}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
