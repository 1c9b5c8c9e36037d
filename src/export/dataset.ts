/**
 * exportDataset(): a source of redacted calls -> a verified speech dataset, published atomically.
 *
 *  1. plan: each call is read back (transcript parsed, report entities mapped) and cut into
 *     utterances; --drop-redacted and the duration limits filter them; raw values are derived for
 *     the verification when the source has originals;
 *  2. split: train/dev/test by call, calls sharing a vault token together (splits.ts);
 *  3. audio: per call one reference (the WAV in place, or one ffmpeg pass), every utterance's clip
 *     sliced from it and its bleeps checked against the call, sample for sample;
 *  4. manifests (writers/), then the text verification over every manifest and transcript file,
 *     the dataset card, the export manifest last, and the swap into place.
 * Any failure refuses the whole export: the staging folder is discarded, nothing is published.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FfmpegTools } from '../audio/types.js';
import { InputError, coerceError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { datasetCard, type CardInput } from './card.js';
import {
  checkClipBleeps,
  expectedFrames,
  prepareReferences,
  ReferenceReader,
  releaseReference,
  targetFormat,
  type AudioTarget,
} from './clip-audio.js';
import { bleepIntervals } from './cut.js';
import { callAlias, speakerAlias, utteranceId } from './ids.js';
import { scanExport, type ScanCall } from './leak-scan.js';
import { StagedExport } from './publish.js';
import { rawValues } from './raw-values.js';
import { readRedactedCall, type RedactedCall } from './redacted-call.js';
import type { ExportSource } from './source.js';
import { assignSplits, SPLITS, type Split, type SplitRatios } from './splits.js';
import { renderText, type TextMode } from './text.js';
import { buildUtterances, type Utterance } from './utterances.js';
import { datasetWriter, type DatasetFormat, type ExportedUtterance } from './writers/index.js';
import { writeText } from './writers/write.js';

export interface DatasetOptions {
  format: DatasetFormat;
  out: string;
  text: TextMode;
  dropRedacted: boolean;
  split: SplitRatios;
  seed: number;
  /** seconds */
  minDuration: number;
  maxDuration: number;
  audio: AudioTarget;
  /** seconds around the words of an utterance */
  margin: number;
  /** webdataset: bytes per shard */
  shardBytes?: number;
}

export const DEFAULT_DATASET_OPTIONS: Omit<DatasetOptions, 'format' | 'out'> = {
  text: 'placeholder',
  dropRedacted: false,
  split: { train: 0.8, dev: 0.1, test: 0.1 },
  seed: 0,
  minDuration: 0,
  maxDuration: Infinity,
  audio: { sampleRate: 16000, channels: 'mono' },
  margin: 0.1,
};

export type ExportStage = 'read' | 'audio' | 'verify';

export interface ExportProgress {
  start(stage: ExportStage, total: number): void;
  tick(label: string): void;
  stop(): void;
}

export interface DatasetSummary {
  out: string;
  calls: number;
  exportedCalls: number;
  skipped: Record<string, number>;
  utterances: Record<Split, number>;
  seconds: Record<Split, number>;
  dropped: CardInput['dropped'];
  verification: CardInput['verification'];
  files: number;
}

interface CallPlan {
  call: RedactedCall;
  utterances: Utterance[];
  alias: string;
}

/**
 * Calls converted per ffmpeg process: a spawn from this process (large: the detectors are loaded)
 * and an ffmpeg start-up per call cost more than the conversion of a short call; the batch's
 * scratch PCM (a few calls) is all the extra disk it takes.
 */
const CONVERT_BATCH = 8;

const zeroCounts = (): Record<EntityType, number> =>
  Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;

const noProgress: ExportProgress = { start: () => undefined, tick: () => undefined, stop: () => undefined };

export async function exportDataset(
  source: ExportSource,
  options: DatasetOptions,
  deps: { tools: FfmpegTools; progress?: ExportProgress },
): Promise<DatasetSummary> {
  const progress = deps.progress ?? noProgress;
  const writer = datasetWriter(options.format, { shardBytes: options.shardBytes });
  const { calls: refs, skipped: unpublished } = await source.list();
  const skipped: Record<string, number> = {};
  for (const s of unpublished) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;

  // 1. plan
  const plans: CallPlan[] = [];
  const scanCalls = new Map<string, ScanCall>();
  const dropped = { redacted: 0, short: 0, long: 0 };
  const entities = zeroCounts();
  const operators: Partial<Record<EntityType, Set<string>>> = {};
  const seenCalls = new Set<string>();
  progress.start('read', refs.length);
  try {
    for (const ref of refs) {
      const opened = await source.open(ref);
      const call = readRedactedCall(opened);
      progress.tick(ref.name);
      if (seenCalls.has(call.callId)) {
        skipped['duplicate of another call'] = (skipped['duplicate of another call'] ?? 0) + 1;
        continue;
      }
      seenCalls.add(call.callId);
      if (!call.audio || call.timing === 'none') {
        skipped['without audio'] = (skipped['without audio'] ?? 0) + 1;
        continue;
      }
      const raw = await opened.rawTranscript();
      scanCalls.set(call.callId, {
        values: raw ? rawValues(call, raw) : null,
        replacements: new Set(call.report.entities.map((e) => e.replacement)),
      });
      const { sampleRate } = targetFormat(call.audio.info, options.audio);
      const kept = buildUtterances(call, {
        rate: sampleRate,
        frames: expectedFrames(call.audio.info, sampleRate),
        margin: options.margin,
      }).filter((u) => {
        const seconds = (u.range.end - u.range.start) / u.rate;
        if (options.dropRedacted && (u.redacted || u.bleeped)) dropped.redacted++;
        else if (seconds < options.minDuration) dropped.short++;
        else if (seconds > options.maxDuration) dropped.long++;
        else return true;
        return false;
      });
      if (kept.length === 0) {
        skipped['with no utterance left'] = (skipped['with no utterance left'] ?? 0) + 1;
        continue;
      }
      for (const e of call.report.entities) {
        entities[e.type]++;
        (operators[e.type] ??= new Set()).add(e.operator);
      }
      plans.push({ call, utterances: kept, alias: callAlias(options.seed, call.callId) });
    }
  } finally {
    progress.stop();
  }
  if (plans.length === 0) throw new InputError('nothing to export: no call with audio and utterances left');

  // 2. split
  const splits = assignSplits(
    plans.map((p) => ({
      callId: p.call.callId,
      tokens: p.call.tokens,
      seconds: p.utterances.reduce((s, u) => s + (u.range.end - u.range.start) / u.rate, 0),
    })),
    options.split,
    options.seed,
  );

  const staged = await StagedExport.create(options.out);
  try {
    // 3. audio
    const exported: ExportedUtterance[] = [];
    const owners = new Map<string, { label: string; callId: string }>();
    const inUtterances = zeroCounts();
    let clips = 0;
    let bleeps = 0;
    let converted = 0;
    progress.start('audio', plans.length);
    for (let first = 0; first < plans.length; first += CONVERT_BATCH) {
      const batch = plans.slice(first, first + CONVERT_BATCH);
      const refs = await prepareReferences(
        batch.map((plan, i) => ({
          audioPath: plan.call.audio!.path,
          info: plan.call.audio!.info,
          scratch: path.join(staged.root, `.scratch-${i}.pcm`),
        })),
        options.audio,
        deps.tools,
      );
      try {
        for (const [i, plan] of batch.entries()) {
          const ref = refs[i]!;
          if (ref.converted) converted++;
          const { call } = plan;
          const split = splits.byCall.get(call.callId)!;
          const reader = await ReferenceReader.open(ref);
          try {
            // cut again against the reference's real length (a resampler may end a sample early)
            const actual = buildUtterances(call, {
              rate: ref.sampleRate,
              frames: ref.frames,
              margin: options.margin,
            });
            const intervals = bleepIntervals(call.spans, ref.sampleRate, ref.frames);
            for (const planned of plan.utterances) {
              const u = actual[planned.turn]!;
              const speaker = speakerAlias(options.seed, call.callId, u.speaker);
              const id = utteranceId(speaker, plan.alias, u.turn);
              const rel = writer.audioPath({ id, split });
              const file = path.join(staged.root, rel);
              await mkdir(path.dirname(file), { recursive: true });
              const frames = await reader.writeClip(u.range, file);
              bleeps += await checkClipBleeps(reader, file, u.range.start, intervals, id);
              clips++;
              for (const w of u.words) if (w.redaction) inUtterances[w.redaction.type]++;
              owners.set(id, { label: id, callId: call.callId });
              exported.push({
                id,
                split,
                speaker,
                call: plan.alias,
                text: renderText(u.words, options.text),
                frames,
                sampleRate: ref.sampleRate,
                channels: ref.channels,
                audio: rel,
              });
            }
          } finally {
            await reader.close();
          }
          progress.tick(call.name);
        }
      } finally {
        await Promise.all(refs.map((ref) => releaseReference(ref)));
      }
    }
    progress.stop();

    // 4. manifests, verification, card, publish
    exported.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const written = await writer.finish(staged.root, exported);
    const ownerOf = (text: string) => {
      const m = /s[0-9a-f]{12}-c[0-9a-f]{12}-\d{4}/.exec(text);
      return m ? (owners.get(m[0]) ?? null) : null;
    };
    progress.start('verify', 1);
    const scan = await scanExport({ root: staged.root, files: written.text, calls: scanCalls, ownerOf });

    const perSplit = Object.fromEntries(
      SPLITS.map((s) => {
        const list = exported.filter((u) => u.split === s);
        return [
          s,
          {
            utterances: list.length,
            seconds: list.reduce((t, u) => t + u.frames / u.sampleRate, 0),
            calls: new Set(list.map((u) => u.call)).size,
            speakers: new Set(list.map((u) => u.speaker)).size,
          },
        ];
      }),
    ) as CardInput['perSplit'];
    const verification: CardInput['verification'] = {
      mode: source.verification,
      files: scan.files + 1,
      records: scan.records,
      valueRecords: scan.valueRecords,
      redetected: scan.redetected,
      clips,
      bleeps,
      converted,
    };
    const card = datasetCard({
      format: options.format,
      source: { kind: source.kind, published: refs.length, skipped, exported: plans.length },
      perSplit,
      dropped,
      entities,
      inUtterances,
      operators: Object.fromEntries(Object.entries(operators).map(([t, s]) => [t, [...s].sort()])),
      policy: {
        text: options.text,
        dropRedacted: options.dropRedacted,
        split: options.split,
        seed: options.seed,
        minDuration: options.minDuration,
        maxDuration: options.maxDuration,
        sampleRate: options.audio.sampleRate,
        channels: options.audio.channels,
        margin: options.margin,
        shardBytes: options.format === 'webdataset' ? options.shardBytes : undefined,
      },
      groups: { count: splits.groups, largest: splits.largestGroup },
      verification,
    });
    // the card holds counts only, but it is scanned like every other text file before it joins
    await writeText(staged.root, 'README.md', card);
    await scanExport({ root: staged.root, files: ['README.md'], calls: scanCalls, ownerOf });
    progress.tick('verified');
    progress.stop();
    const manifest = await staged.publish('dataset');
    return {
      out: staged.finalDir,
      calls: refs.length + unpublished.length,
      exportedCalls: plans.length,
      skipped,
      utterances: Object.fromEntries(SPLITS.map((s) => [s, perSplit[s].utterances])) as Record<Split, number>,
      seconds: Object.fromEntries(SPLITS.map((s) => [s, perSplit[s].seconds])) as Record<Split, number>,
      dropped,
      verification,
      files: Object.keys(manifest.files).length + 1,
    };
  } catch (err) {
    progress.stop();
    await staged.discard();
    throw coerceError(err, 'export failed');
  }
}
