/**
 * redactCall(): the one use case behind the CLI, the queue worker and the archive re-processor.
 * [transcribe, for audio without a transcript] -> parse -> detect -> transform -> write transcript -> plan spans + bleep audio -> verify -> publish.
 * Everything is written to a staging folder and published atomically (manifest last); any failure
 * discards the staging folder, so a failed call leaves no output and the input untouched.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { analyze } from '../detect/analyze.js';
import type { Seed } from '../detect/seeds.js';
import type { DetectorRegistry } from '../detect/registry.js';
import { findUnsupportedText } from '../detect/scripts.js';
import { transcriptionDocument, transcriptionInfoOf } from '../asr/document.js';
import { NO_ENGINE_MESSAGE } from '../asr/from-config.js';
import type { Transcriber } from '../asr/transcriber.js';
import { AudioError, InputError, SupersededError, UnsupportedScriptError, coerceError } from '../errors.js';
import { typePolicy, type Policy } from '../policy.js';
import { StagedOutput, type Manifest } from '../storage/publish.js';
import type { ObjectStore, Staging } from '../storage/store.js';
import { buildEdits, type OperatorSet } from '../transform/apply.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import { ENTITY_TYPES, type Entity, type EntityType, type Word } from '../types.js';
import {
  audioExtension,
  DEFAULT_BLEEP,
  DEFAULT_SPAN_PLAN,
  planSpans,
  probeAudio,
  redactAudio,
  type FfmpegTools,
} from '../audio/index.js';
import type { AudioInfo, BleepOptions, OutputAudioFormat, SpanPlanOptions } from '../audio/types.js';
import { bleepedSeconds, countByType, type Report, reportEntities, unsupportedWarning } from './report.js';
import { verifyRedactedTranscript } from './verify.js';
import { applyCorrections, type Correction } from './corrections.js';

export const STAGES = ['transcribe', 'parse', 'detect', 'transform', 'audio', 'verify', 'publish'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Progress of a stage: the stages after transcription share 0..100 evenly; a transcribed call
 * gives the first half to transcription (by chunk), which dominates its time.
 */
function percentOf(stage: Stage, transcribed: boolean, fraction = 0): number {
  if (stage === 'transcribe') return Math.round(fraction * 50);
  const share = (STAGES.indexOf(stage) - 1) / (STAGES.length - 1);
  return Math.round(transcribed ? 50 + share * 50 : share * 100);
}

export interface AudioOptions {
  plan: SpanPlanOptions;
  bleep: BleepOptions;
  format: OutputAudioFormat;
  /** refuse cue-level (subtitle) timings for audio instead of bleeping whole cues */
  requireWordTimings: boolean;
}

export const DEFAULT_AUDIO_OPTIONS: AudioOptions = {
  plan: DEFAULT_SPAN_PLAN,
  bleep: DEFAULT_BLEEP,
  format: 'same',
  requireWordTimings: false,
};

export interface RedactCallInput {
  /** absent: the audio is transcribed first by deps.transcriber */
  transcriptPath?: string | undefined;
  /**
   * Where a transcription of this call is kept (a queued call's raw transcript key): reused when
   * present, so a retried call is not transcribed again and republishes the same bytes.
   */
  transcriptCachePath?: string | undefined;
  transcriptFormat?: TranscriptFormat;
  /** absent: transcript-only redaction */
  audioPath?: string;
  policy: Policy;
  audio: AudioOptions;
  /** final folder for this call's artefacts (CLI runs) */
  outDir?: string;
  /** or a prefix in a store (API, workers, archive runs); published there, manifest last */
  publishTo?: { store: ObjectStore; prefix: string };
  tenant: string;
  /** stable id of the call (content hash): names vault occurrences and the manifest */
  callId: string;
  /** known identifiers (from a CRM) to redact wherever they occur */
  seeds?: Seed[];
  /** a reviewer's corrections (console), applied to the detections in order */
  corrections?: readonly Correction[];
}

export interface RedactCallDeps {
  tools: FfmpegTools;
  /** operators for one call (the token operator is bound to the tenant and call) */
  operatorsFor(call: { tenant: string; callId: string }): OperatorSet;
  logger: Logger;
  registry?: DetectorRegistry;
  /** speech to text for audio without a transcript; null/absent: such calls are refused */
  transcriber?: Transcriber | null;
  /** cancels a transcription in flight */
  signal?: AbortSignal;
  onProgress?: (stage: Stage, percent: number) => void;
  /**
   * Runs just before the outputs are published; throwing discards them (the queue checks that the
   * attempt still owns its job and the call is not completed already).
   */
  beforePublish?: () => Promise<void>;
}

export interface RedactCallResult {
  manifest: Manifest;
  report: Report;
  timings: Partial<Record<Stage, number>>;
  counts: Record<EntityType, number>;
}

const MAX_TRANSCRIPT_BYTES = 256 * 1024 * 1024;

async function readTranscriptFile(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(`${file}: not a file`);
    if (stat.size > MAX_TRANSCRIPT_BYTES) throw new InputError(`${file}: transcript larger than 256 MiB`);
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `${file}: cannot read transcript (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

/** The transcript of a call without one: the kept transcription, else the engine's, then kept. */
async function transcribeCall(
  input: RedactCallInput,
  deps: RedactCallDeps,
  audioInfo: AudioInfo,
  onFraction: (fraction: number) => void,
): Promise<string> {
  if (input.transcriptCachePath) {
    const kept = await fs.readFile(input.transcriptCachePath, 'utf8').catch(() => null);
    if (kept !== null && transcriptionInfoOf(kept)) return kept;
  }
  if (!deps.transcriber) throw new InputError(NO_ENGINE_MESSAGE);
  const transcription = await deps.transcriber.transcribe(input.audioPath!, audioInfo, {
    signal: deps.signal,
    onProgress: onFraction,
  });
  const raw = transcriptionDocument(transcription);
  if (input.transcriptCachePath) {
    // written whole or not at all: a crash mid-write must not leave half a transcript to reuse
    const tmp = path.join(path.dirname(input.transcriptCachePath), `.asr-${process.pid}-${Date.now()}`);
    await fs.writeFile(tmp, raw);
    await fs.rename(tmp, input.transcriptCachePath);
  }
  return raw;
}

/** planSpans, with the transcript named in errors (the span planner only knows words and times). */
function planSpansFor(
  input: RedactCallInput,
  words: readonly Word[],
  entities: readonly Entity[],
  info: AudioInfo,
) {
  try {
    return planSpans(words, entities, info, input.audio.plan);
  } catch (err) {
    if (err instanceof AudioError) throw new AudioError(`${sourceOf(input)}: ${err.message}`, { cause: err });
    throw err;
  }
}

function stageOutputs(input: RedactCallInput): Promise<Staging> {
  if (input.publishTo) return input.publishTo.store.stage(input.publishTo.prefix);
  if (input.outDir === undefined) throw new InputError('no output folder or store given');
  return StagedOutput.create(input.outDir);
}

/**
 * What to do with words the detectors cannot inspect: the policy's onUnsupported, else refuse
 * unless every redacted type is masked (a mask hides the value whether or not it was understood).
 */
export function onUnsupported(policy: Policy): 'refuse' | 'warn' {
  if (policy.onUnsupported) return policy.onUnsupported;
  const operators = ENTITY_TYPES.map((t) => typePolicy(policy, t)).filter((p) => p !== null);
  return operators.every((p) => p.operator === 'mask') ? 'warn' : 'refuse';
}

/** How a call's transcript is named in errors: its path, or the engine that made it. */
function sourceOf(input: RedactCallInput): string {
  return input.transcriptPath ?? 'transcription';
}

export async function redactCall(input: RedactCallInput, deps: RedactCallDeps): Promise<RedactCallResult> {
  const transcribing = input.transcriptPath === undefined;
  const timings: Partial<Record<Stage, number>> = {};
  let stage: Stage = transcribing ? 'transcribe' : 'parse';
  let stageStarted = performance.now();
  const enter = (next: Stage): void => {
    timings[stage] = Math.round(performance.now() - stageStarted);
    stage = next;
    stageStarted = performance.now();
    deps.onProgress?.(next, percentOf(next, transcribing));
  };
  deps.onProgress?.(stage, 0);

  const audioInfo = input.audioPath ? await probeAudio(input.audioPath, deps.tools) : null;
  let raw: string;
  if (input.transcriptPath !== undefined) {
    raw = await readTranscriptFile(input.transcriptPath);
  } else {
    if (!input.audioPath || !audioInfo) throw new InputError('a call needs a transcript or audio');
    raw = await transcribeCall(input, deps, audioInfo, (f) =>
      deps.onProgress?.('transcribe', percentOf('transcribe', true, f)),
    );
    enter('parse');
  }
  const source = sourceOf(input);
  const parsed = parseTranscript(raw, {
    source,
    format: transcribing ? 'callredact' : input.transcriptFormat,
  });
  const transcription = transcribing ? transcriptionInfoOf(raw) : null;
  const words = parsed.transcript.words;
  const warnings: string[] = [];
  if (input.audioPath && parsed.timing === 'none') {
    throw new AudioError(
      `${source}: transcript has no timings (${parsed.format}); audio redaction needs word timings`,
    );
  }
  if (input.audioPath && parsed.timing === 'cue') {
    if (input.audio.requireWordTimings) {
      throw new AudioError(`${source}: only cue-level timings (${parsed.format}); word timings required`);
    }
    warnings.push(`${parsed.format} has cue-level timings only: whole cues containing PII are bleeped`);
  }

  const unsupported = findUnsupportedText(words);
  if (unsupported.words > 0) {
    if (onUnsupported(input.policy) === 'refuse') {
      throw new UnsupportedScriptError(
        `${source}: ${unsupportedWarning(unsupported)}; refused by policy (onUnsupported: refuse)`,
        { details: { words: unsupported.words, scripts: unsupported.scripts } },
      );
    }
    warnings.push(unsupportedWarning(unsupported));
  }

  enter('detect');
  const detected = analyze(words, { policy: input.policy, registry: deps.registry, seeds: input.seeds });
  const entities = input.corrections?.length
    ? applyCorrections(detected, input.corrections, words, input.policy)
    : detected;

  enter('transform');
  const operators = deps.operatorsFor({ tenant: input.tenant, callId: input.callId });
  const items = await buildEdits(entities, input.policy, operators);
  const written = parsed.write(items.map((i) => i.edit));

  const staged = await stageOutputs(input);
  try {
    const transcriptFile = `transcript${parsed.extension}`;
    await staged.write(transcriptFile, written);

    enter('audio');
    let audio: Report['audio'] = null;
    if (input.audioPath && audioInfo) {
      const spans = planSpansFor(input, words, entities, audioInfo);
      const audioFile = `audio${audioExtension(audioInfo, input.audio.format)}`;
      const { info: output } = await redactAudio(
        {
          input: input.audioPath,
          output: staged.pathFor(audioFile),
          info: audioInfo,
          spans,
          bleep: input.audio.bleep,
          format: input.audio.format,
        },
        deps.tools,
      );
      audio = {
        file: audioFile,
        input: audioInfo,
        output,
        bleep: input.audio.bleep.kind,
        spans,
        bleepedSeconds: bleepedSeconds(spans),
      };
    }

    enter('verify');
    verifyRedactedTranscript(written, parsed, entities);
    const counts = countByType(items);
    const report: Report = {
      version: 1,
      callId: input.callId,
      transcript: { format: parsed.format, timing: parsed.timing, words: words.length, file: transcriptFile },
      ...(transcription ? { transcription } : {}),
      audio,
      counts,
      erasedSubjects: operators.token?.erasedSubjects?.() ?? 0,
      entities: reportEntities(items, words),
      unsupported,
      warnings,
    };
    await staged.write('report.json', JSON.stringify(report, null, 2) + '\n');

    enter('publish');
    await deps.beforePublish?.();
    const manifest = await staged.publish(input.callId);
    timings.publish = Math.round(performance.now() - stageStarted);
    deps.onProgress?.('publish', 100);
    deps.logger.info(
      { callId: input.callId, entities: items.length, timings, bleepedSeconds: audio?.bleepedSeconds ?? 0 },
      'call redacted',
    );
    return { manifest, report, timings, counts };
  } catch (err) {
    await staged.discard();
    const error = coerceError(err, `${stage} failed`);
    // a superseded attempt did not fail the call: its caller logs what happened instead
    if (!(error instanceof SupersededError)) {
      deps.logger.warn({ callId: input.callId, stage, code: error.code }, 'call failed');
    }
    throw error;
  }
}
