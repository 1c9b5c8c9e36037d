/**
 * Local stand-ins for speech-to-text engines: a real HTTP server on an ephemeral port that records
 * every request and answers with whatever the test scripts (status, JSON body, delay), plus
 * builders of each engine's documented answer shape from a list of timed words.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import busboy from 'busboy';
import type { Word } from '../../src/types.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Answer {
  status?: number;
  json?: unknown;
  text?: string;
  /** wait this long before answering (a slow engine) */
  delayMs?: number;
  /** extra response headers (e.g. x-amzn-errortype) */
  headers?: Record<string, string>;
}

export interface EngineServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startEngineServer(
  answer: (req: RecordedRequest, index: number) => Answer | Promise<Answer>,
): Promise<EngineServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(recorded);
      void Promise.resolve(answer(recorded, requests.length - 1)).then(async (a) => {
        if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
        if (res.destroyed) return;
        const body = a.json !== undefined ? JSON.stringify(a.json) : (a.text ?? '');
        res.writeHead(a.status ?? 200, {
          'content-type': a.json !== undefined ? 'application/json' : 'text/plain',
          ...a.headers,
        });
        res.end(body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Fields and the file of a multipart request (the OpenAI-style upload). */
export function multipart(req: RecordedRequest): Promise<{ fields: [string, string][]; file: Buffer }> {
  return new Promise((resolve, reject) => {
    const fields: [string, string][] = [];
    const parts: Buffer[] = [];
    const bb = busboy({ headers: req.headers });
    bb.on('field', (name, value) => fields.push([name, value]));
    bb.on('file', (_name, stream) => stream.on('data', (c: Buffer) => parts.push(c)));
    bb.on('close', () => resolve({ fields, file: Buffer.concat(parts) }));
    bb.on('error', reject);
    bb.end(req.body);
  });
}

/** Sample rate, channels and seconds of a canonical PCM WAV. */
export function wavShape(wav: Buffer): { rate: number; channels: number; seconds: number } {
  let offset = 12;
  let rate = 0;
  let channels = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      channels = wav.readUInt16LE(offset + 10);
      rate = wav.readUInt32LE(offset + 12);
    }
    if (id === 'data') return { rate, channels, seconds: size / (rate * channels * 2) };
    offset += 8 + size + (size % 2);
  }
  throw new Error('not a WAV');
}

/** OpenAI verbose_json with timestamp_granularities[]=word: top-level words, no spaces. */
export function openAiVerbose(words: readonly Word[], duration: number): unknown {
  return {
    task: 'transcribe',
    language: 'english',
    duration,
    text: words.map((w) => w.text).join(' '),
    words: words.map((w) => ({ word: w.text, start: w.start, end: w.end })),
  };
}

/**
 * whisper.cpp server verbose_json: segments with token-level `words` (a new word starts with a
 * space); each word of more than 4 letters is split into two tokens, as whisper tokenizes.
 */
export function whisperCppVerbose(words: readonly Word[], duration: number): unknown {
  const tokens = words.flatMap((w) => {
    if (w.text.length <= 4) return [{ word: ` ${w.text}`, start: w.start, end: w.end, probability: 0.9 }];
    const mid = Math.round(((w.start! + w.end!) / 2) * 100) / 100;
    return [
      { word: ` ${w.text.slice(0, 3)}`, start: w.start, end: mid, probability: 0.9 },
      { word: w.text.slice(3), start: mid, end: w.end, probability: 0.8 },
    ];
  });
  return {
    task: 'transcribe',
    language: 'en',
    duration,
    text: words.map((w) => ` ${w.text}`).join(''),
    segments: [
      {
        id: 0,
        text: words.map((w) => ` ${w.text}`).join(''),
        start: words[0]?.start ?? 0,
        end: words.at(-1)?.end ?? 0,
        tokens: tokens.map((_, i) => 50_000 + i),
        words: tokens,
        temperature: 0,
        avg_logprob: -0.2,
        no_speech_prob: 0.01,
      },
    ],
  };
}

/** Deepgram /v1/listen answer (one channel per list; speakers as numbers). */
export function deepgramAnswer(channels: readonly (readonly Word[])[]): unknown {
  return {
    metadata: { request_id: 'req-1', duration: 10, channels: channels.length, models: ['model-1'] },
    results: {
      channels: channels.map((words) => ({
        alternatives: [
          {
            transcript: words.map((w) => w.text.toLowerCase()).join(' '),
            confidence: 0.98,
            words: words.map((w) => ({
              word: w.text.toLowerCase(),
              start: w.start,
              end: w.end,
              confidence: 0.97,
              speaker: Number(w.speaker ?? 0),
              punctuated_word: w.text,
            })),
          },
        ],
      })),
    },
  };
}

/** AssemblyAI completed transcript (times in milliseconds, speakers as letters). */
export function assemblyAiTranscript(id: string, words: readonly Word[]): unknown {
  return {
    id,
    status: 'completed',
    audio_url: 'https://cdn.assemblyai.com/upload/abc',
    text: words.map((w) => w.text).join(' '),
    words: words.map((w) => ({
      text: w.text,
      start: Math.round(w.start! * 1000),
      end: Math.round(w.end! * 1000),
      confidence: 0.95,
      speaker: w.speaker ?? 'A',
    })),
    error: null,
  };
}

/**
 * Amazon Transcribe batch output (what a COMPLETED job writes to the output bucket): times as
 * strings in seconds, a punctuation item after the last word, speaker labels as spk_N.
 */
export function awsTranscribeOutput(jobName: string, words: readonly Word[]): unknown {
  const label = (w: Word): string => `spk_${w.speaker ?? '0'}`;
  const items: Record<string, unknown>[] = words.map((w, i) => ({
    id: i,
    type: 'pronunciation',
    alternatives: [{ confidence: '0.998', content: w.text }],
    start_time: w.start!.toFixed(3),
    end_time: w.end!.toFixed(3),
    speaker_label: label(w),
  }));
  items.push({ id: words.length, type: 'punctuation', alternatives: [{ confidence: '0.0', content: '.' }] });
  return {
    jobName,
    accountId: '111122223333',
    status: 'COMPLETED',
    results: {
      transcripts: [{ transcript: `${words.map((w) => w.text).join(' ')}.` }],
      speaker_labels: {
        speakers: new Set(words.map(label)).size,
        segments: words.map((w) => ({
          start_time: w.start!.toFixed(3),
          end_time: w.end!.toFixed(3),
          speaker_label: label(w),
          items: [{ start_time: w.start!.toFixed(3), end_time: w.end!.toFixed(3), speaker_label: label(w) }],
        })),
      },
      items,
    },
  };
}
