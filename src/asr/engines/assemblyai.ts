/**
 * AssemblyAI: upload the audio (POST /v2/upload -> upload_url), ask for a transcript
 * (POST /v2/transcript -> id), poll GET /v2/transcript/{id} until `completed` or `error`, then
 * delete it from AssemblyAI (DELETE /v2/transcript/{id}, best effort) so the words do not stay
 * there. The completed transcript is read by the project's AssemblyAI adapter.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { TranscriptionError } from '../../errors.js';
import { engineFetch, engineJson, sleep, type EngineFetch } from '../http.js';
import type { EngineRequest, EngineResult, SpeechEngine } from '../types.js';
import { wordsOfDocument } from './vendor-document.js';

export interface AssemblyAiEngineOptions {
  /** API base, e.g. https://api.assemblyai.com */
  url: string;
  apiKey: string;
  /** speech_model; AssemblyAI's default when null */
  model: string | null;
  language?: string | undefined;
  pollIntervalMs: number;
}

const Upload = z.looseObject({ upload_url: z.string() });
const Job = z.looseObject({ id: z.string(), status: z.string(), error: z.string().nullish() });

export function assemblyAiEngine(o: AssemblyAiEngineOptions): SpeechEngine {
  const headers = { authorization: o.apiKey };
  const call = async (path: string, init: RequestInit, ctx: EngineFetch): Promise<unknown> =>
    engineJson(
      await engineFetch(
        new URL(path, o.url).href,
        { ...init, headers: { ...headers, ...init.headers } },
        ctx,
      ),
      ctx,
    );

  return {
    name: 'assemblyai',
    model: o.model,
    maxChunkSeconds: 0,
    accepts: 'original',
    async transcribe(file: string, request: EngineRequest): Promise<EngineResult> {
      const ctx = { engine: 'assemblyai', signal: request.signal };
      const upload = shaped(
        Upload,
        await call(
          '/v2/upload',
          {
            method: 'POST',
            body: await fs.openAsBlob(file),
            headers: { 'content-type': 'application/octet-stream' },
          },
          ctx,
        ),
      );
      const body: Record<string, unknown> = {
        audio_url: upload.upload_url,
        speaker_labels: true,
        punctuate: true,
      };
      if (request.channels > 1) body.multichannel = true;
      if (o.model) body.speech_model = o.model;
      if (o.language) body.language_code = o.language;
      let job = shaped(
        Job,
        await call(
          '/v2/transcript',
          { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } },
          ctx,
        ),
      );
      const path = `/v2/transcript/${encodeURIComponent(job.id)}`;
      let doc: unknown = job;
      while (job.status !== 'completed') {
        if (job.status === 'error')
          throw new TranscriptionError(`assemblyai: transcription failed: ${job.error ?? 'no reason given'}`);
        await sleep(o.pollIntervalMs, request.signal);
        doc = await call(path, { method: 'GET' }, ctx);
        job = shaped(Job, doc);
      }
      const words = wordsOfDocument(doc, 'assemblyai', 'assemblyai');
      await call(path, { method: 'DELETE' }, ctx).catch(() => undefined);
      return { words };
    },
  };
}

function shaped<T extends z.ZodType>(schema: T, json: unknown): z.infer<T> {
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new TranscriptionError('assemblyai: unexpected answer (no id, status or upload_url)');
  return parsed.data;
}
