/**
 * OpenAI-compatible transcription: a whisper.cpp server (`/inference`, or its
 * `/v1/audio/transcriptions`), OpenAI's `/v1/audio/transcriptions`, and the many servers that copy
 * it (faster-whisper-server, LocalAI, vLLM). One multipart POST with the audio as `file`,
 * `response_format=verbose_json` and `timestamp_granularities[]=word`.
 *
 * Words come from the top-level `words` list (OpenAI: one entry per word) or from
 * `segments[].words` (whisper.cpp: one entry per token, a new word starting with a space).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { TranscriptionError } from '../../errors.js';
import { formatIssues } from '../../schema-issues.js';
import type { Word } from '../../types.js';
import { engineFetch, engineJson } from '../http.js';
import type { AsrEngineName, EngineRequest, EngineResult, SpeechEngine } from '../types.js';

export interface OpenAiEngineOptions {
  name: Extract<AsrEngineName, 'whisper' | 'openai'>;
  url: string;
  apiKey?: string | undefined;
  model: string | null;
  language?: string | undefined;
  /** OpenAI takes files up to 25 MB: 10 min of 16 kHz mono PCM is 19.2 MB */
  maxChunkSeconds: number;
}

const VWord = z.looseObject({ word: z.string(), start: z.number(), end: z.number() });
const Verbose = z.looseObject({
  words: z.array(VWord).optional(),
  segments: z.array(z.looseObject({ words: z.array(VWord).nullish() })).optional(),
});

export function openAiEngine(o: OpenAiEngineOptions): SpeechEngine {
  return {
    name: o.name,
    model: o.model,
    maxChunkSeconds: o.maxChunkSeconds,
    accepts: 'wav',
    async transcribe(file: string, request: EngineRequest): Promise<EngineResult> {
      const form = new FormData();
      form.set('file', await fs.openAsBlob(file, { type: 'audio/wav' }), 'audio.wav');
      if (o.model) form.set('model', o.model);
      if (o.language) form.set('language', o.language);
      form.set('response_format', 'verbose_json');
      form.append('timestamp_granularities[]', 'word');
      form.set('temperature', '0');
      const ctx = { engine: o.name, signal: request.signal };
      const headers: Record<string, string> = o.apiKey ? { authorization: `Bearer ${o.apiKey}` } : {};
      const res = await engineFetch(o.url, { method: 'POST', body: form, headers }, ctx);
      return { words: verboseWords(await engineJson(res, ctx), o.name) };
    },
  };
}

/** Canonical words of a verbose_json answer. */
export function verboseWords(json: unknown, engine: string): Word[] {
  const parsed = Verbose.safeParse(json);
  if (!parsed.success) {
    throw new TranscriptionError(`${engine}: unexpected answer (${formatIssues(parsed.error.issues)})`);
  }
  const { words, segments } = parsed.data;
  if (words) return words.map((w) => timed(w.word.trim(), w.start, w.end)).filter((w) => w.text !== '');
  const tokens = (segments ?? []).flatMap((s) => s.words ?? []);
  if (segments && segments.length > 0 && tokens.length === 0) {
    throw new TranscriptionError(
      `${engine}: the answer has no word timings (the server must support timestamp_granularities[]=word)`,
    );
  }
  return mergeTokens(tokens);
}

/** whisper.cpp lists tokens: one starting with a space begins a word, the others continue it. */
function mergeTokens(tokens: readonly z.infer<typeof VWord>[]): Word[] {
  const spaced = tokens.some((t) => /^\s/.test(t.word));
  const out: Word[] = [];
  for (const t of tokens) {
    const text = t.word.trim();
    if (text === '' || /^\[_[^\]]*\]$|^<\|[^|]*\|>$/.test(text)) continue; // blank and special tokens
    const last = out[out.length - 1];
    if (spaced && last && !/^\s/.test(t.word)) {
      last.text += text;
      last.end = t.end;
    } else {
      out.push(timed(text, t.start, t.end));
    }
  }
  return out;
}

function timed(text: string, start: number, end: number): Word {
  return { text, start, end: Math.max(start, end) };
}
