/**
 * Runs ffmpeg processes to completion, with a hard timeout (SIGKILL) and a bounded stderr tail.
 *
 * Deliberately not fluent-ffmpeg: it spawns `ffmpeg -formats` and `-encoders` before a command
 * (cached process-wide, whatever binary asked), and its timeout sends SIGTERM and reports before
 * the process has exited, so a caller deleting the partial output would race a still-writing
 * ffmpeg. Here the promise settles only after the process is gone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { AudioProcessingError } from '../errors.js';

const STDERR_TAIL_BYTES = 4096;

export interface RunOptions {
  timeoutMs: number;
}

export interface StartOptions extends RunOptions {
  /** 'pipe': the process reads its input from `stdin` (ffmpeg `-i pipe:0`) */
  stdin?: 'pipe' | 'ignore';
  /** 'pipe': the process writes its output to `stdout` (ffmpeg output `pipe:1`) */
  stdout?: 'pipe' | 'ignore';
}

export interface FfmpegProcess {
  /** set when started with stdin: 'pipe' */
  stdin: Writable | null;
  /** set when started with stdout: 'pipe' */
  stdout: Readable | null;
  /** settles once the process has exited: resolved on exit code 0, else AudioProcessingError */
  done: Promise<void>;
  /** SIGKILL; `done` still settles only after the process is gone */
  kill(): void;
}

export function startFfmpeg(
  ffmpegPath: string,
  args: readonly string[],
  options: StartOptions,
): FfmpegProcess {
  const child: ChildProcess = spawn(ffmpegPath, ['-hide_banner', '-nostdin', '-v', 'error', ...args], {
    stdio: [options.stdin ?? 'ignore', options.stdout ?? 'ignore', 'pipe'],
  });
  const done = new Promise<void>((resolve, reject) => {
    let stderr = '';
    let timedOut = false;
    let spawnError: Error | undefined;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL_BYTES);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (err) => {
      spawnError = err;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && !timedOut) return resolve();
      // ffmpeg's stderr may quote metadata of the input: it goes into `cause` only, never the message
      const cause = spawnError ?? new Error(stderr.trim() || `exit code ${code}, signal ${signal}`);
      const message = timedOut
        ? `ffmpeg did not finish within ${Math.round(options.timeoutMs / 1000)} s and was killed`
        : spawnError
          ? 'ffmpeg could not be started'
          : `ffmpeg failed (exit code ${code ?? signal})`;
      reject(new AudioProcessingError(message, { cause, details: { exitCode: code, signal, timedOut } }));
    });
  });
  return {
    stdin: child.stdin,
    stdout: child.stdout,
    done,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export function runFfmpeg(ffmpegPath: string, args: readonly string[], options: RunOptions): Promise<void> {
  return startFfmpeg(ffmpegPath, args, options).done;
}
