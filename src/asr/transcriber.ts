/**
 * A call's audio to words on the call's time line: the engine's length limit decides the chunks
 * (stitch.ts), each chunk is one request with a timeout and retries (retry.ts), progress is
 * reported per chunk. Chunk files are 16 kHz mono WAV in a private temp folder, removed at the end.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SPEECH_SAMPLE_RATE, writeSpeechChunk, type AudioInfo, type FfmpegTools } from '../audio/index.js';
import { TranscriptionError } from '../errors.js';
import { makeScratchDir, removeScratchDir } from '../proc/scratch.js';
import type { Logger } from '../log.js';
import type { Word } from '../types.js';
import { withRetries } from './retry.js';
import { planChunks, stitchChunks, type ChunkWindow, type TranscribedChunk } from './stitch.js';
import type { AsrEngineName, SpeechEngine, Transcription } from './types.js';

export interface TranscriberOptions {
  tools: FfmpegTools;
  logger: Logger;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  /** overrides the engine's own limit; 0 = never chunk */
  chunkSeconds?: number | undefined;
  overlapSeconds: number;
}

export interface TranscribeCall {
  signal?: AbortSignal | undefined;
  /** 0..1 after each chunk */
  onProgress?: ((fraction: number) => void) | undefined;
}

export interface Transcriber {
  readonly engine: AsrEngineName;
  readonly model: string | null;
  transcribe(audioPath: string, info: AudioInfo, call?: TranscribeCall): Promise<Transcription>;
}

export function createTranscriber(engine: SpeechEngine, o: TranscriberOptions): Transcriber {
  return {
    engine: engine.name,
    model: engine.model,
    async transcribe(audioPath, info, call = {}) {
      const started = performance.now();
      const windows = planChunks({
        totalSamples: info.samples ?? Math.round(info.duration * info.sampleRate),
        sampleRate: info.sampleRate,
        maxSeconds: o.chunkSeconds ?? engine.maxChunkSeconds,
        overlapSeconds: o.overlapSeconds,
      });
      // one request with the file as it is: the engine decodes it, or it is already what whisper takes
      const whole = windows.length === 1 && (engine.accepts === 'original' || isSpeechWav(info));
      const tmp = whole ? null : await makeScratchDir(path.join(os.tmpdir(), 'callredact-asr-'));
      try {
        const chunks: TranscribedChunk[] = [];
        for (const [i, window] of windows.entries()) {
          const file = tmp ? await chunkFile(audioPath, info, window, tmp, i, o.tools) : audioPath;
          const channels = tmp ? 1 : info.channels;
          const { words } = await withRetries((signal) => engine.transcribe(file, { signal, channels }), {
            engine: engine.name,
            timeoutMs: o.timeoutMs,
            retries: o.retries,
            delayMs: o.retryDelayMs,
            signal: call.signal,
            onRetry: (attempt, error) =>
              o.logger.warn(
                { engine: engine.name, chunk: i, attempt, code: error.code },
                'transcription retry',
              ),
          });
          checkTimed(words, engine.name);
          chunks.push({ window, words });
          if (tmp) await fs.rm(file, { force: true });
          call.onProgress?.((i + 1) / windows.length);
        }
        return {
          words: stitchChunks(chunks, info.sampleRate),
          engine: engine.name,
          model: engine.model,
          chunks: windows.length,
          elapsedMs: Math.round(performance.now() - started),
        };
      } finally {
        if (tmp) await removeScratchDir(tmp);
      }
    },
  };
}

async function chunkFile(
  input: string,
  info: AudioInfo,
  window: ChunkWindow,
  dir: string,
  index: number,
  tools: FfmpegTools,
): Promise<string> {
  const output = path.join(dir, `chunk-${index}.wav`);
  await writeSpeechChunk({ input, output, ...window, sampleRate: info.sampleRate }, tools);
  return output;
}

function isSpeechWav(info: AudioInfo): boolean {
  return (
    info.container === 'wav' &&
    info.codec === 'pcm_s16le' &&
    info.sampleRate === SPEECH_SAMPLE_RATE &&
    info.channels === 1
  );
}

/** Audio redaction needs a time for every word: an engine answer without them is unusable. */
function checkTimed(words: readonly Word[], engine: string): void {
  const bad = words.findIndex(
    (w) => !Number.isFinite(w.start) || !Number.isFinite(w.end) || (w.end as number) < (w.start as number),
  );
  if (bad >= 0) throw new TranscriptionError(`${engine}: word ${bad} of the answer has no valid time`);
}
