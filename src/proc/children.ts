/**
 * The ffmpeg/ffprobe processes this process starts, and how they end with it.
 *
 * Every such child is started through `setpriv --pdeathsig KILL` (util-linux) where it works: the
 * kernel SIGKILLs the child when the process that started it dies, SIGKILL of that process
 * included, so no ffmpeg outlives its worker's sandbox. Where setpriv is missing (not Linux, an old
 * util-linux) the command runs as it is and only the second guard holds: the children are tracked
 * here, and killChildren() (run on exit, on a lost worker and on an abandoned job) SIGKILLs them.
 */
import { execFile, spawnSync, type ChildProcess, type ExecFileOptions } from 'node:child_process';

const SETPRIV_CANDIDATES = ['/usr/bin/setpriv', '/bin/setpriv'];
const PDEATHSIG = ['--pdeathsig', 'KILL', '--'];

let wrapper: readonly string[] | undefined;
const live = new Set<ChildProcess>();

/** `[setpriv, --pdeathsig, KILL, --]` when it runs here, else `[]` (checked once per process). */
export function parentDeathWrapper(): readonly string[] {
  if (wrapper) return wrapper;
  wrapper = [];
  if (process.platform === 'linux') {
    for (const file of SETPRIV_CANDIDATES) {
      const probe = spawnSync(file, [...PDEATHSIG, 'true'], { stdio: 'ignore', timeout: 5_000 });
      if (probe.status === 0) {
        wrapper = [file, ...PDEATHSIG];
        break;
      }
    }
  }
  return wrapper;
}

/** The command line that starts `file args` so that it dies with this process. */
export function guardedCommand(file: string, args: readonly string[]): { file: string; args: string[] } {
  const [wrap, ...wrapArgs] = parentDeathWrapper();
  return wrap ? { file: wrap, args: [...wrapArgs, file, ...args] } : { file, args: [...args] };
}

/** Tracks `child` until it exits, so killChildren() can end it. */
export function trackChild<T extends ChildProcess>(child: T): T {
  if (child.exitCode === null && child.signalCode === null) {
    live.add(child);
    child.once('exit', () => live.delete(child));
    child.once('error', () => live.delete(child));
  }
  return child;
}

/** SIGKILLs every tracked child still running (synchronous: safe in 'exit' handlers). */
export function killChildren(): number {
  let killed = 0;
  for (const child of live) {
    try {
      if (child.kill('SIGKILL')) killed += 1;
    } catch {
      // already gone
    }
  }
  live.clear();
  return killed;
}

/** How many tracked children are running (tests). */
export function liveChildren(): number {
  return live.size;
}

/** execFile through guardedCommand, tracked; resolves with stdout/stderr like promisify(execFile). */
export function execFileGuarded(
  file: string,
  args: readonly string[],
  options: ExecFileOptions = {},
): Promise<{ stdout: string; stderr: string }> {
  const command = guardedCommand(file, args);
  return new Promise((resolve, reject) => {
    trackChild(
      execFile(command.file, command.args, { ...options, encoding: 'utf8' }, (err, stdout, stderr) => {
        if (err) reject(Object.assign(err, { stdout, stderr }));
        else resolve({ stdout, stderr });
      }),
    );
  });
}
