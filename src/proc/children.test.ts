/**
 * Issue 13.5 at the smallest scale: an ffmpeg started as runFfmpeg/ffprobe start it dies with the
 * process that started it, SIGKILL included (setpriv's parent-death signal: no handler of the dying process
 * runs), and killChildren() ends the tracked children of a living process.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { descendants, running, waitGone } from '../../test/helpers/processes.js';
import { guardedCommand, killChildren, liveChildren, parentDeathWrapper, trackChild } from './children.js';

/** an ffmpeg that runs for an hour at real-time speed (little CPU) */
const ENDLESS = ['-re', '-f', 'lavfi', '-i', 'sine=sample_rate=8000:duration=3600', '-f', 'null', '-'];

async function waitForFfmpeg(root: number): Promise<number> {
  for (let i = 0; i < 200; i += 1) {
    const ffmpeg = descendants(root).find((p) => p.comm === 'ffmpeg');
    if (ffmpeg) return ffmpeg.pid;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no ffmpeg child appeared');
}

describe.runIf(process.platform === 'linux')('children of a process', () => {
  it('wraps commands with setpriv --pdeathsig KILL where it runs', () => {
    expect(parentDeathWrapper()).toEqual(['/usr/bin/setpriv', '--pdeathsig', 'KILL', '--']);
    expect(guardedCommand('ffmpeg', ['-v', 'error'])).toEqual({
      file: '/usr/bin/setpriv',
      args: ['--pdeathsig', 'KILL', '--', 'ffmpeg', '-v', 'error'],
    });
  });

  it('a guarded ffmpeg dies when the process that started it is SIGKILLed', async () => {
    // the parent: a bare node process that spawns the guarded command and idles (no handlers)
    const command = guardedCommand('ffmpeg', ['-hide_banner', '-v', 'error', ...ENDLESS]);
    const script = `require('node:child_process').spawn(${JSON.stringify(command.file)}, ${JSON.stringify(
      command.args,
    )}, { stdio: 'ignore' }); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    try {
      const ffmpeg = await waitForFfmpeg(parent.pid!);
      parent.kill('SIGKILL');
      await waitGone([ffmpeg], 3_000);
      expect(running(ffmpeg)).toBe(false);
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('killChildren ends the tracked children of a living process', async () => {
    const command = guardedCommand('ffmpeg', ['-hide_banner', '-v', 'error', ...ENDLESS]);
    const child = trackChild(spawn(command.file, command.args, { stdio: 'ignore' }));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    expect(liveChildren()).toBe(1);
    expect(killChildren()).toBe(1);
    await exited;
    expect(running(child.pid!)).toBe(false);
    expect(liveChildren()).toBe(0);
  });
});
