/**
 * redactCall(): the one use case behind the CLI, the queue worker and the archive re-processor.
 * parse -> detect -> transform -> write transcript -> plan spans + bleep audio -> verify -> publish.
 * Everything is written to a staging folder and published atomically (manifest last); any failure
 * discards the staging folder, so a failed call leaves no output and the input untouched.
 */
import fs from 'node:fs/promises';
import type { Logger } from 'pino';
import { analyze } from '../detect/analyze.js';
import type { Seed } from '../detect/seeds.js';
import type { DetectorRegistry } from '../detect/registry.js';
import { findUnsupportedText } from '../detect/scripts.js';
import { AudioError, InputError, UnsupportedScriptError, coerceError } from '../errors.js';
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

export const STAGES = ['parse', 'detect', 'transform', 'audio', 'verify', 'publish'] as const;
export type Stage = (typeof STAGES)[number];

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
  transcriptPath: string;
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
}

export interface RedactCallDeps {
  tools: FfmpegTools;
  /** operators for one call (the token operator is bound to the tenant and call) */
  operatorsFor(call: { tenant: string; callId: string }): OperatorSet;
  logger: Logger;
  registry?: DetectorRegistry;
  onProgress?: (stage: Stage, percent: number) => void;
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
    if (err instanceof AudioError)
      throw new AudioError(`${input.transcriptPath}: ${err.message}`, { cause: err });
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

export async function redactCall(input: RedactCallInput, deps: RedactCallDeps): Promise<RedactCallResult> {
  const timings: Partial<Record<Stage, number>> = {};
  let stage: Stage = 'parse';
  let stageStarted = performance.now();
  const enter = (next: Stage): void => {
    timings[stage] = Math.round(performance.now() - stageStarted);
    stage = next;
    stageStarted = performance.now();
    deps.onProgress?.(next, Math.round((STAGES.indexOf(next) / STAGES.length) * 100));
  };
  deps.onProgress?.('parse', 0);

  const raw = await readTranscriptFile(input.transcriptPath);
  const parsed = parseTranscript(raw, { source: input.transcriptPath, format: input.transcriptFormat });
  const words = parsed.transcript.words;
  const warnings: string[] = [];
  const audioInfo = input.audioPath ? await probeAudio(input.audioPath, deps.tools) : null;
  if (input.audioPath && parsed.timing === 'none') {
    throw new AudioError(
      `${input.transcriptPath}: transcript has no timings (${parsed.format}); audio redaction needs word timings`,
    );
  }
  if (input.audioPath && parsed.timing === 'cue') {
    if (input.audio.requireWordTimings) {
      throw new AudioError(
        `${input.transcriptPath}: only cue-level timings (${parsed.format}); word timings required`,
      );
    }
    warnings.push(`${parsed.format} has cue-level timings only: whole cues containing PII are bleeped`);
  }

  const unsupported = findUnsupportedText(words);
  if (unsupported.words > 0) {
    if (onUnsupported(input.policy) === 'refuse') {
      throw new UnsupportedScriptError(
        `${input.transcriptPath}: ${unsupportedWarning(unsupported)}; refused by policy (onUnsupported: refuse)`,
        { details: { words: unsupported.words, scripts: unsupported.scripts } },
      );
    }
    warnings.push(unsupportedWarning(unsupported));
  }

  enter('detect');
  const entities = analyze(words, { policy: input.policy, registry: deps.registry, seeds: input.seeds });

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
      audio,
      counts,
      entities: reportEntities(items, words),
      unsupported,
      warnings,
    };
    await staged.write('report.json', JSON.stringify(report, null, 2) + '\n');

    enter('publish');
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
    deps.logger.warn({ callId: input.callId, stage, code: error.code }, 'call failed');
    throw error;
  }
}
