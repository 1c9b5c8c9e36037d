/**
 * `callredact redact INPUT`: redacts one call or a folder of calls in-process (no Redis needed).
 * Each call gets OUT/<name>/ with the redacted transcript, the bleeped audio and report.json. Calls
 * run one after another; a failed call is reported and the rest still run. A progress bar is shown
 * on a terminal, plain lines otherwise; a summary ends the run.
 */
import path from 'node:path';
import cliProgress from 'cli-progress';
import { NO_ENGINE_MESSAGE } from '../asr/from-config.js';
import { callIdForFiles } from '../calls/call-id.js';
import type { Config } from '../config.js';
import { coerceError, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Policy } from '../policy.js';
import { createPipelineDeps, type PipelineDeps } from '../pipeline/deps.js';
import { type AudioOptions, redactCall } from '../pipeline/redact-call.js';
import type { Seed } from '../detect/seeds.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { collectCalls, type CallJob } from './collect-calls.js';

export interface RedactOptions {
  input: string;
  transcript?: string;
  out: string;
  format?: TranscriptFormat;
  policy: Policy;
  audio: AudioOptions;
  /** transcript only, even when audio is present */
  noAudio: boolean;
  tenant: string;
  seeds?: Seed[];
}

export interface CallOutcome {
  name: string;
  ok: boolean;
  outDir?: string;
  entities?: number;
  error?: string;
}

export interface RedactSummary {
  calls: number;
  succeeded: number;
  failed: CallOutcome[];
  entitiesByType: Record<EntityType, number>;
  bleepedSeconds: number;
}

interface Progress {
  start(total: number): void;
  done(outcome: CallOutcome): void;
  stop(): void;
}

function progressFor(stream: NodeJS.WriteStream): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: 'redacting [{bar}] {value}/{total} calls | {last}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    return {
      start: (total) => bar.start(total, 0, { last: '' }),
      done: (o) => bar.increment(1, { last: `${o.name}: ${o.ok ? 'ok' : 'failed'}` }),
      stop: () => bar.stop(),
    };
  }
  let index = 0;
  let total = 0;
  return {
    start: (t) => (total = t),
    done: (o) =>
      void stream.write(
        `[${++index}/${total}] ${o.name}: ${o.ok ? `ok, ${o.entities} entities -> ${o.outDir}` : `FAILED: ${o.error}`}\n`,
      ),
    stop: () => undefined,
  };
}

export async function runRedact(
  options: RedactOptions,
  config: Config,
  logger: Logger,
  stream: NodeJS.WriteStream = process.stderr,
): Promise<RedactSummary> {
  const jobs = await collectCalls(options.input, options.transcript);
  const deps = await createPipelineDeps(config, logger);
  const summary: RedactSummary = {
    calls: jobs.length,
    succeeded: 0,
    failed: [],
    entitiesByType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>,
    bleepedSeconds: 0,
  };
  const progress = progressFor(stream);
  progress.start(jobs.length);
  try {
    for (const job of jobs) {
      const outcome = await redactOne(job, options, deps, summary);
      if (!outcome.ok) summary.failed.push(outcome);
      progress.done(outcome);
    }
  } finally {
    progress.stop();
    await deps.close();
  }
  return summary;
}

async function redactOne(
  job: CallJob,
  options: RedactOptions,
  deps: PipelineDeps,
  summary: RedactSummary,
): Promise<CallOutcome> {
  const outDir = path.join(options.out, job.name);
  try {
    if (!job.transcriptPath && (options.noAudio || !job.audioPath))
      throw new InputError(`${job.audioPath ?? job.name}: no transcript with the same base name`);
    if (!job.transcriptPath && !deps.transcriber)
      throw new InputError(`${job.audioPath ?? job.name}: no transcript; ${NO_ENGINE_MESSAGE}`);
    const audioPath = options.noAudio ? undefined : job.audioPath;
    const transcriber =
      !job.transcriptPath && deps.transcriber
        ? { engine: deps.transcriber.engine, model: deps.transcriber.model }
        : undefined;
    const callId = await callIdForFiles(
      { audioPath, transcriptPath: job.transcriptPath },
      {
        tenant: options.tenant,
        policy: options.policy,
        audio: audioPath ? options.audio : null,
        format: options.format,
        transcriber,
      },
    );
    const result = await redactCall(
      {
        transcriptPath: job.transcriptPath,
        transcriptFormat: options.format,
        audioPath,
        policy: options.policy,
        audio: options.audio,
        outDir,
        tenant: options.tenant,
        callId,
        seeds: options.seeds,
      },
      deps,
    );
    for (const type of ENTITY_TYPES) summary.entitiesByType[type] += result.counts[type];
    summary.bleepedSeconds += result.report.audio?.bleepedSeconds ?? 0;
    summary.succeeded++;
    return { name: job.name, ok: true, outDir, entities: result.report.entities.length };
  } catch (err) {
    return { name: job.name, ok: false, error: coerceError(err).message };
  }
}

export function formatSummary(summary: RedactSummary): string {
  const lines = [
    `calls: ${summary.calls}, redacted: ${summary.succeeded}, failed: ${summary.failed.length}`,
    `entities: ${
      ENTITY_TYPES.filter((t) => summary.entitiesByType[t] > 0)
        .map((t) => `${t} ${summary.entitiesByType[t]}`)
        .join(', ') || 'none'
    }`,
    `audio bleeped: ${summary.bleepedSeconds.toFixed(2)} s`,
  ];
  for (const f of summary.failed) lines.push(`failed: ${f.name}: ${f.error}`);
  return lines.join('\n');
}
