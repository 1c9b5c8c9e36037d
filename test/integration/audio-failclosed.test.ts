/**
 * Fail closed: every way audio redaction can go wrong ends in a clear error and no output file.
 */
import { execFile } from 'node:child_process';
import { chmod, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AudioError, AudioProcessingError, VerificationError } from '../../src/errors.js';
import {
  DEFAULT_BLEEP,
  DEFAULT_SPAN_PLAN,
  planSpans,
  probeAudio,
  redactAudio,
  type AudioInfo,
  type FfmpegTools,
} from '../../src/audio/index.js';
import type { Span } from '../../src/types.js';
import { makeNoise, useAudioWorkspace } from '../helpers/audio.js';

const run = promisify(execFile);

const ws = useAudioWorkspace();
let input: string;
let info: AudioInfo;

beforeAll(async () => {
  input = ws.file('input.wav');
  await makeNoise(input, { seconds: 3, rate: 16000, codec: 'pcm_s16le' });
  info = await probeAudio(input, ws.tools);
});

const file = ws.file;

/** A stand-in ffmpeg: a shell script that gets the real arguments (output path last). */
async function fakeFfmpeg(name: string, body: string): Promise<FfmpegTools> {
  const script = file(name);
  await writeFile(script, `#!/bin/sh\nfor last; do :; done\n${body}\n`);
  await chmod(script, 0o755);
  return { ...ws.tools, ffmpegPath: script };
}

async function copyWithHeader(name: string, edit: (bytes: Buffer) => Buffer): Promise<string> {
  const target = file(name);
  await writeFile(target, edit(await readFile(input)));
  return target;
}

describe('probeAudio rejects audio it cannot trust', () => {
  it('a truncated WAV (header declares more data than the file has)', async () => {
    const target = await copyWithHeader('truncated.wav', (b) => b);
    await truncate(target, (await stat(target)).size - 1001);
    await expect(probeAudio(target, ws.tools)).rejects.toThrow(AudioError);
    await expect(probeAudio(target, ws.tools)).rejects.toThrow(/truncated\.wav/);
  });

  it('a WAV whose data size lies (smaller than the samples that follow)', async () => {
    const target = await copyWithHeader('lying.wav', (b) => {
      const copy = Buffer.from(b);
      const data = copy.indexOf('data', 12, 'latin1');
      copy.writeUInt32LE(copy.readUInt32LE(data + 4) - 6400, data + 4);
      return copy;
    });
    // ffprobe alone accepts this file (it just reports a shorter duration); the chunk walk does not
    await expect(run('ffprobe', ['-v', 'error', target])).resolves.toBeDefined();
    await expect(probeAudio(target, ws.tools)).rejects.toThrow(AudioError);
  });

  it('a WAV with two data chunks', async () => {
    const target = await copyWithHeader('two-data.wav', (b) => {
      const extra = Buffer.alloc(8 + 3200);
      extra.write('data', 0, 'latin1');
      extra.writeUInt32LE(3200, 4);
      const joined = Buffer.concat([b, extra]);
      joined.writeUInt32LE(joined.length - 8, 4);
      return joined;
    });
    await expect(probeAudio(target, ws.tools)).rejects.toThrow(/2 data chunks/);
  });

  it('a file that is not audio at all', async () => {
    const text = file('notes.wav');
    await writeFile(text, 'this is a transcript, not audio\n'.repeat(100));
    await expect(probeAudio(text, ws.tools)).rejects.toThrow(AudioError);
    const missing = file('missing.wav');
    await expect(probeAudio(missing, ws.tools)).rejects.toThrow(AudioError);
  });

  it('error messages name the file but never its tags', async () => {
    const tagged = file('tagged.wav');
    await makeNoise(tagged, {
      seconds: 1,
      rate: 16000,
      codec: 'pcm_s16le',
      extra: ['-metadata', 'title=Rosalind Quill'],
    });
    expect((await readFile(tagged)).toString('latin1')).toContain('Rosalind Quill');
    await truncate(tagged, (await stat(tagged)).size - 500);
    const error = await probeAudio(tagged, ws.tools).then(
      () => new Error('no error'),
      (err: unknown) => err as Error,
    );
    expect(error).toBeInstanceOf(AudioError);
    expect(error.message).toContain('tagged.wav');
    expect(error.message).not.toContain('Quill');
  });
});

describe('redactAudio leaves no output on failure', () => {
  const request = (output: string, spans: Span[] = [{ start: 0.5, end: 1 }]) => ({
    input,
    output,
    info,
    spans,
    bleep: DEFAULT_BLEEP,
    format: 'same' as const,
    // the fake ffmpeg scripts below only run on the ffmpeg engine (PCM WAV would take the fast path)
    engine: 'ffmpeg' as const,
  });

  it('a span past the end of the audio', async () => {
    const output = file('past-end.wav');
    await expect(redactAudio(request(output, [{ start: 2.5, end: 3.6 }]), ws.tools)).rejects.toThrow(
      AudioError,
    );
    expect(existsSync(output)).toBe(false);
  });

  it('a transcript for another (longer) recording', () => {
    const words = [{ text: 'later', start: 5, end: 5.4 }];
    expect(() => planSpans(words, [], info, DEFAULT_SPAN_PLAN)).toThrow(/after the end of the audio/);
  });

  it('ffmpeg fails (input replaced after probing)', async () => {
    const swapped = file('swapped.wav');
    await writeFile(swapped, await readFile(input));
    const swappedInfo = await probeAudio(swapped, ws.tools);
    await writeFile(swapped, 'not audio any more');
    const output = file('swapped.out.wav');
    await expect(
      redactAudio({ ...request(output), input: swapped, info: swappedInfo }, ws.tools),
    ).rejects.toThrow(AudioProcessingError);
    expect(existsSync(output)).toBe(false);
  });

  it('ffmpeg writes part of the output, then exits with an error', async () => {
    const fake = await fakeFfmpeg('ffmpeg-partial.sh', 'head -c 5000 /dev/urandom > "$last"; exit 1');
    const output = file('partial.wav');
    await expect(redactAudio(request(output), fake)).rejects.toThrow(/ffmpeg failed/);
    expect(existsSync(output)).toBe(false);
  });

  it('ffmpeg hangs: killed at the timeout', async () => {
    const fake = await fakeFfmpeg('ffmpeg-hang.sh', 'echo partial > "$last"; exec sleep 30');
    const output = file('hang.wav');
    const error = await redactAudio({ ...request(output), timeoutMs: 300 }, fake).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(AudioProcessingError);
    expect((error as AudioProcessingError).details).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
    expect(existsSync(output)).toBe(false);
  });

  it('ffmpeg "succeeds" with a shorter file: verification fails', async () => {
    const fake = await fakeFfmpeg(
      'ffmpeg-short.sh',
      `exec ffmpeg -v error -y -f lavfi -i anoisesrc=d=2:r=16000 -c:a pcm_s16le -fflags +bitexact "$last"`,
    );
    const output = file('short.wav');
    await expect(redactAudio(request(output), fake)).rejects.toThrow(VerificationError);
    expect(existsSync(output)).toBe(false);
  });

  it('ffmpeg "succeeds" with another codec: verification fails', async () => {
    const fake = await fakeFfmpeg(
      'ffmpeg-codec.sh',
      `exec ffmpeg -v error -y -f lavfi -i anoisesrc=d=3:r=16000 -c:a pcm_s24le -fflags +bitexact "$last"`,
    );
    const output = file('codec.wav');
    await expect(redactAudio(request(output), fake)).rejects.toThrow(/codec pcm_s24le/);
    expect(existsSync(output)).toBe(false);
  });

  it('the input file is left untouched', async () => {
    const before = await readFile(input);
    const output = file('ok.wav');
    await redactAudio(request(output), ws.tools);
    expect(await readFile(input)).toEqual(before);
    expect(existsSync(output)).toBe(true);
  });
});

describe('redactAudio with the decoded-PCM engine (MP3) leaves no output on failure', () => {
  let mp3: string;
  let mp3Info: AudioInfo;
  beforeAll(async () => {
    mp3 = file('input.mp3');
    await makeNoise(mp3, { seconds: 3, rate: 16000, codec: 'libmp3lame' });
    mp3Info = await probeAudio(mp3, ws.tools);
  });
  const request = (output: string, extra: { timeoutMs?: number } = {}) => ({
    input: mp3,
    output,
    info: mp3Info,
    spans: [{ start: 0.5, end: 1 }],
    bleep: DEFAULT_BLEEP,
    format: 'same' as const,
    engine: 'node' as const,
    ...extra,
  });
  /** the decoder writes decoded.raw (its last argument), the encoder the output: one faked */
  const fakeRole = (name: string, role: 'decoder' | 'encoder', body: string) =>
    fakeFfmpeg(
      name,
      role === 'decoder'
        ? `case "$last" in *decoded.raw) ${body};; *) exec ffmpeg "$@";; esac`
        : `case "$last" in *decoded.raw) exec ffmpeg "$@";; *) ${body};; esac`,
    );

  it('works with the real ffmpeg (the fakes below change one process only)', async () => {
    const output = file('decoded-ok.mp3');
    const { info: after } = await redactAudio(request(output), ws.tools);
    expect(after.codec).toBe('mp3');
  });

  it('the decoder fails (input replaced after probing)', async () => {
    const swapped = file('swapped.mp3');
    await writeFile(swapped, await readFile(mp3));
    const swappedInfo = await probeAudio(swapped, ws.tools);
    await writeFile(swapped, 'not audio any more');
    const output = file('swapped.out.mp3');
    await expect(
      redactAudio({ ...request(output), input: swapped, info: swappedInfo }, ws.tools),
    ).rejects.toThrow(AudioProcessingError);
    expect(existsSync(output)).toBe(false);
  });

  it('the decoder "succeeds" with less audio: the short output fails verification', async () => {
    const fake = await fakeRole('dec-short.sh', 'decoder', 'head -c 16000 /dev/zero > "$last"; exit 0');
    const output = file('dec-short.mp3');
    await expect(redactAudio(request(output), fake)).rejects.toThrow(VerificationError);
    expect(existsSync(output)).toBe(false);
  });

  it('the encoder writes part of the output, then fails', async () => {
    const fake = await fakeRole('enc-fail.sh', 'encoder', 'head -c 1000 /dev/urandom > "$last"; exit 1');
    const output = file('enc-fail.mp3');
    await expect(redactAudio(request(output), fake)).rejects.toThrow(/ffmpeg failed/);
    expect(existsSync(output)).toBe(false);
  });

  it('the encoder hangs: killed at the timeout', async () => {
    const fake = await fakeRole('enc-hang.sh', 'encoder', 'echo partial > "$last"; exec sleep 30');
    const output = file('enc-hang.mp3');
    const error = await redactAudio(request(output, { timeoutMs: 2000 }), fake).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(AudioProcessingError);
    expect((error as AudioProcessingError).details).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
    expect(existsSync(output)).toBe(false);
  });
});
