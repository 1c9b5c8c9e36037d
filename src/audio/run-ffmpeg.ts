/**
 * Runs one ffmpeg process to completion, with a hard timeout (SIGKILL) and a bounded stderr tail.
 *
 * Deliberately not fluent-ffmpeg: it spawns `ffmpeg -formats` and `-encoders` before a command
 * (cached process-wide, whatever binary asked), and its timeout sends SIGTERM and reports before
 * the process has exited, so a caller deleting the partial output would race a still-writing
 * ffmpeg. Here the promise settles only after the process is gone. The process dies with the one
 * that started it, SIGKILL included (src/proc/children.ts).
 */
import { spawn } from 'node:child_process';
import { AudioProcessingError, InsufficientStorageError } from '../errors.js';
import { guardedCommand, trackChild } from '../proc/children.js';

const STDERR_TAIL_BYTES = 4096;
/** strerror texts of ENOSPC, EFBIG and EDQUOT as ffmpeg prints them */
const STORAGE_FULL = /No space left on device|File too large|Disk quota exceeded/i;

export interface RunOptions {
  timeoutMs: number;
}

export function runFfmpeg(ffmpegPath: string, args: readonly string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const command = guardedCommand(ffmpegPath, ['-hide_banner', '-nostdin', '-v', 'error', ...args]);
    const child = trackChild(spawn(command.file, command.args, { stdio: ['ignore', 'ignore', 'pipe'] }));
    let stderr = '';
    let timedOut = false;
    let spawnError: Error | undefined;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
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
      // a write refused for want of space (SIGXFSZ: a file-size limit, whose signal a spawned
      // child gets by default; or ffmpeg's own report of ENOSPC / EFBIG / EDQUOT): 507 / retried
      if (!timedOut && (signal === 'SIGXFSZ' || STORAGE_FULL.test(stderr))) {
        reject(
          new InsufficientStorageError('storage is full: ffmpeg could not write its output', {
            cause,
            details: { exitCode: code, signal },
          }),
        );
        return;
      }
      const message = timedOut
        ? `ffmpeg did not finish within ${Math.round(options.timeoutMs / 1000)} s and was killed`
        : spawnError || code === 127 // 127: the parent-death wrapper could not execute ffmpeg
          ? 'ffmpeg could not be started'
          : `ffmpeg failed (exit code ${code ?? signal})`;
      reject(new AudioProcessingError(message, { cause, details: { exitCode: code, signal, timedOut } }));
    });
  });
}
