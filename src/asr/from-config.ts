/**
 * The configured speech-to-text engine (ASR_* variables, src/config.ts), or null for
 * ASR_ENGINE=none. Missing keys are configuration errors at start-up, not per call.
 */
import type { FfmpegTools } from '../audio/index.js';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../log.js';
import { s3SettingsOf } from '../storage/open-store.js';
import { assemblyAiEngine } from './engines/assemblyai.js';
import { awsTranscribeEngine } from './engines/aws.js';
import { deepgramEngine } from './engines/deepgram.js';
import { openAiEngine } from './engines/openai.js';
import { createTranscriber, type Transcriber } from './transcriber.js';
import type { SpeechEngine } from './types.js';

export const DEFAULT_URLS = {
  whisper: 'http://127.0.0.1:8080/inference',
  openai: 'https://api.openai.com/v1/audio/transcriptions',
  deepgram: 'https://api.deepgram.com',
  assemblyai: 'https://api.assemblyai.com',
} as const;

/** 10 minutes of 16 kHz mono PCM is 19.2 MB, under OpenAI's 25 MB file limit. */
const OPENAI_MAX_CHUNK_SECONDS = 600;

export function engineFromConfig(config: Config): SpeechEngine | null {
  const language = config.ASR_LANGUAGE;
  switch (config.ASR_ENGINE) {
    case 'none':
      return null;
    case 'whisper':
      return openAiEngine({
        name: 'whisper',
        url: config.ASR_URL ?? DEFAULT_URLS.whisper,
        apiKey: config.ASR_API_KEY,
        model: config.ASR_MODEL ?? null,
        language,
        maxChunkSeconds: 0,
      });
    case 'openai':
      return openAiEngine({
        name: 'openai',
        url: config.ASR_URL ?? DEFAULT_URLS.openai,
        apiKey: key(config.ASR_API_KEY ?? config.OPENAI_API_KEY, 'openai', 'OPENAI_API_KEY'),
        model: config.ASR_MODEL ?? 'whisper-1',
        language,
        maxChunkSeconds: OPENAI_MAX_CHUNK_SECONDS,
      });
    case 'deepgram':
      return deepgramEngine({
        url: config.ASR_URL ?? DEFAULT_URLS.deepgram,
        apiKey: key(config.ASR_API_KEY ?? config.DEEPGRAM_API_KEY, 'deepgram', 'DEEPGRAM_API_KEY'),
        model: config.ASR_MODEL ?? 'nova-3',
        language,
      });
    case 'assemblyai':
      return assemblyAiEngine({
        url: config.ASR_URL ?? DEFAULT_URLS.assemblyai,
        apiKey: key(config.ASR_API_KEY ?? config.ASSEMBLYAI_API_KEY, 'assemblyai', 'ASSEMBLYAI_API_KEY'),
        model: config.ASR_MODEL ?? null,
        language,
        pollIntervalMs: config.ASR_POLL_INTERVAL_MS,
      });
    case 'aws': {
      // Amazon Transcribe reads media only from S3: the audio goes through ASR_S3_BUCKET
      if (!config.ASR_S3_BUCKET) {
        throw new ConfigError(
          'ASR_ENGINE=aws needs ASR_S3_BUCKET: Amazon Transcribe reads the audio only from an S3 bucket',
        );
      }
      const s3 = s3SettingsOf(config);
      if (!s3.region)
        throw new ConfigError('ASR_ENGINE=aws needs AWS_REGION (the region of Amazon Transcribe)');
      return awsTranscribeEngine({
        region: s3.region,
        bucket: config.ASR_S3_BUCKET,
        endpoint: config.ASR_URL ?? config.AWS_ENDPOINT_URL,
        s3Endpoint: s3.endpoint,
        s3ForcePathStyle: s3.forcePathStyle,
        credentials: s3.credentials,
        model: config.ASR_MODEL ?? null,
        language,
        pollIntervalMs: config.ASR_POLL_INTERVAL_MS,
      });
    }
  }
}

export function transcriberFromConfig(
  config: Config,
  tools: FfmpegTools,
  logger: Logger,
): Transcriber | null {
  const engine = engineFromConfig(config);
  return (
    engine &&
    createTranscriber(engine, {
      tools,
      logger,
      timeoutMs: config.ASR_TIMEOUT_MS,
      retries: config.ASR_RETRIES,
      retryDelayMs: config.ASR_RETRY_DELAY_MS,
      chunkSeconds: config.ASR_CHUNK_SECONDS,
      overlapSeconds: config.ASR_CHUNK_OVERLAP_SECONDS,
    })
  );
}

function key(value: string | undefined, engine: string, variable: string): string {
  if (!value) throw new ConfigError(`ASR_ENGINE=${engine} needs an API key: set ASR_API_KEY or ${variable}`);
  return value;
}

/** The error for audio without a transcript when no engine is configured: says how to configure one. */
export const NO_ENGINE_MESSAGE =
  'audio without a transcript needs a speech-to-text engine: set ASR_ENGINE (whisper with ASR_URL of a whisper.cpp server, openai, deepgram or assemblyai with ASR_API_KEY, or aws with ASR_S3_BUCKET), or send a transcript with the audio';

/** Engine and model of the configured transcriber (what a call id records), or null. */
export function transcriberIdentity(config: Config): { engine: string; model: string | null } | null {
  const engine = engineFromConfig(config);
  return engine && { engine: engine.name, model: engine.model };
}

/**
 * The speech-to-text line of `callredact doctor`: the engine, where the audio goes and whether it
 * leaves the machine; a configuration the engine refuses is shown with the reason, not thrown.
 * Keys are never shown, nor the credentials of a URL.
 */
export function describeAsr(config: Config): string {
  let engine: SpeechEngine | null;
  try {
    engine = engineFromConfig(config);
  } catch (err) {
    return `${config.ASR_ENGINE}: not usable: ${err instanceof Error ? err.message : String(err)}`;
  }
  if (!engine) return 'none (audio without a transcript is refused; set ASR_ENGINE)';
  const model = engine.model ? ` model ${engine.model}` : '';
  if (engine.name === 'aws') {
    const region = config.AWS_REGION ?? config.AWS_DEFAULT_REGION ?? '';
    const endpoint = config.ASR_URL ?? config.AWS_ENDPOINT_URL;
    return `aws${model}: Amazon Transcribe ${endpoint ? safeUrl(endpoint) : region}, audio via s3://${config.ASR_S3_BUCKET ?? ''} (leaves the machine)`;
  }
  const url = config.ASR_URL ?? DEFAULT_URLS[engine.name];
  const where = isLoopback(url) ? 'stays on this machine' : 'sent to this address';
  return `${engine.name}${model}: ${safeUrl(url)} (audio ${where})`;
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    return u.href;
  } catch {
    return '(invalid URL)';
  }
}

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}
