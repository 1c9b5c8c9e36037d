/**
 * Deepgram pre-recorded audio: POST /v1/listen with the audio as the body
 * (`Authorization: Token KEY`), options in the query. The answer is read by the project's
 * Deepgram adapter; `multichannel` for stereo calls puts each word on its channel, `diarize`
 * gives speakers.
 */
import fs from 'node:fs';
import { TranscriptionError } from '../../errors.js';
import { engineFetch, engineJson } from '../http.js';
import type { EngineRequest, EngineResult, SpeechEngine } from '../types.js';
import { wordsOfDocument } from './vendor-document.js';

export interface DeepgramEngineOptions {
  /** API base, e.g. https://api.deepgram.com */
  url: string;
  apiKey: string;
  model: string;
  language?: string | undefined;
}

export function deepgramEngine(o: DeepgramEngineOptions): SpeechEngine {
  return {
    name: 'deepgram',
    model: o.model,
    maxChunkSeconds: 0,
    accepts: 'original',
    async transcribe(file: string, request: EngineRequest): Promise<EngineResult> {
      const url = new URL('/v1/listen', o.url);
      url.searchParams.set('model', o.model);
      url.searchParams.set('punctuate', 'true');
      url.searchParams.set('diarize', 'true');
      if (request.channels > 1) url.searchParams.set('multichannel', 'true');
      if (o.language) url.searchParams.set('language', o.language);
      const ctx = { engine: 'deepgram', signal: request.signal };
      const res = await engineFetch(
        url.href,
        {
          method: 'POST',
          body: await fs.openAsBlob(file),
          headers: { authorization: `Token ${o.apiKey}`, 'content-type': 'application/octet-stream' },
        },
        ctx,
      );
      const json = await engineJson(res, ctx);
      if (typeof json !== 'object' || json === null || !('results' in json)) {
        throw new TranscriptionError('deepgram: the answer has no results');
      }
      return { words: wordsOfDocument(json, 'deepgram', 'deepgram') };
    },
  };
}
