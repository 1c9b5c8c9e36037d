/**
 * Dataset and clip exports requested over the API (POST /v1/exports): the request is recorded in the
 * `exports` table and run in the API process, one export at a time (an export is CPU and disk
 * bound; running several at once would only slow each down). The calls come from the ledger of
 * the requester's tenant through the service's store (LedgerSource: approved versions once the
 * review console has approvals); the verified dataset is packed into one tar archive that is put
 * into the store at `exports/<id>/dataset.tar`, which GET /v1/exports/{id}/result streams.
 *
 * An export that was running when the API stopped is marked failed (INTERRUPTED) at the next
 * start: the request can simply be made again. Failures record the error's code and message,
 * which carry no PII by the error hierarchy's contract.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';
import type { FfmpegTools } from '../audio/types.js';
import type { Db } from '../db/database.js';
import { coerceError, InputError, NotFoundError } from '../errors.js';
import type { Logger } from '../log.js';
import type { ObjectStore } from '../storage/store.js';
import {
  DEFAULT_DATASET_OPTIONS,
  exportDataset,
  type DatasetOptions,
  type DatasetSummary,
} from './dataset.js';
import { exportClips, type ClipOptions, type ClipSummary } from './clips.js';
import { LedgerSource, parseLedgerSelection } from './ledger-source.js';
import { TEXT_MODES } from './text.js';
import { DATASET_FORMATS } from './writers/index.js';

/** the CLI's --calls terms: ids, state:S, since:DATE, until:DATE, all (the tenant is the requester's) */
const callsTerms = z.array(z.string().min(1).max(200)).min(1).max(1000).default(['all']);

/** `export dataset` over HTTP (the default kind). */
const datasetRequestSchema = z
  .object({
    kind: z.literal('dataset').default('dataset'),
    format: z.enum(DATASET_FORMATS),
    calls: callsTerms,
    text: z.enum(TEXT_MODES).default(DEFAULT_DATASET_OPTIONS.text),
    drop_redacted: z.boolean().default(false),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(0),
    min_duration: z.number().min(0).default(0),
    max_duration: z.number().positive().optional(),
    sample_rate: z.union([z.number().int().min(8000).max(48000), z.literal('keep')]).default(16000),
    channels: z.enum(['mono', 'keep']).default('mono'),
    split: z
      .object({ train: z.number().min(0), dev: z.number().min(0), test: z.number().min(0) })
      .strict()
      .refine((s) => s.train + s.dev + s.test > 0, 'split ratios must not all be 0')
      .default(DEFAULT_DATASET_OPTIONS.split),
    shard_bytes: z.number().int().min(1024).optional(),
  })
  .strict();

/** `export clips` over HTTP: clips by time range, speaker turn or search, as the CLI cuts them. */
const clipsRequestSchema = z
  .object({
    kind: z.literal('clips'),
    calls: callsTerms,
    /** seconds of each call */
    ranges: z
      .array(
        z
          .object({ start: z.number().min(0), end: z.number().positive() })
          .strict()
          .refine((r) => r.end > r.start, 'a range ends after it starts'),
      )
      .max(1000)
      .default([]),
    /** speaker turn indices, from 0 */
    turns: z.array(z.number().int().min(0)).max(1000).default([]),
    /** words to find in the redacted transcript (consecutive; case and punctuation ignored) */
    search: z.string().trim().min(1).max(200).optional(),
    /** with search: seconds before and after each match */
    context: z.number().min(0).max(600).default(5),
    text: z.enum(TEXT_MODES).default('token'),
    sample_rate: z.union([z.number().int().min(8000).max(48000), z.literal('keep')]).default('keep'),
    channels: z.enum(['mono', 'keep']).default('keep'),
  })
  .strict()
  .refine((r) => r.ranges.length > 0 || r.turns.length > 0 || r.search !== undefined, {
    message: 'choose clips with ranges, turns or search',
  });

export const exportRequestSchema = z.union([clipsRequestSchema, datasetRequestSchema]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;
type DatasetRequest = z.infer<typeof datasetRequestSchema>;
type ClipsRequest = z.infer<typeof clipsRequestSchema>;

export type ExportState = 'running' | 'completed' | 'failed';

export interface ExportRecord {
  id: string;
  state: ExportState;
  request: ExportRequest;
  summary: Omit<DatasetSummary, 'out'> | Omit<ClipSummary, 'out'> | null;
  error: { code: string; message: string } | null;
  created_at: string;
  finished_at: string | null;
}

const now = (): string => new Date().toISOString();

/** The dataset options of a request (the terms are checked here, before anything is recorded). */
function datasetOptions(request: DatasetRequest, out: string): DatasetOptions {
  return {
    ...DEFAULT_DATASET_OPTIONS,
    format: request.format,
    out,
    text: request.text,
    dropRedacted: request.drop_redacted,
    seed: request.seed,
    minDuration: request.min_duration,
    maxDuration: request.max_duration ?? Infinity,
    audio: { sampleRate: request.sample_rate, channels: request.channels },
    split: request.split,
    ...(request.shard_bytes !== undefined ? { shardBytes: request.shard_bytes } : {}),
  };
}

function clipOptions(request: ClipsRequest, out: string): ClipOptions {
  return {
    out,
    selection: {
      ranges: request.ranges,
      turns: request.turns,
      ...(request.search !== undefined ? { search: request.search } : {}),
      context: request.context,
    },
    text: request.text,
    audio: { sampleRate: request.sample_rate, channels: request.channels },
  };
}

/** The selection of a request: the CLI's terms, but always within the requester's tenant. */
function selectionOf(request: ExportRequest, tenant: string) {
  const selection = parseLedgerSelection(request.calls);
  if (selection.tenant !== undefined && selection.tenant !== tenant)
    throw new InputError('calls: an export covers the calls of your own tenant only');
  return { ...selection, tenant };
}

export interface ExportJobsDeps {
  db: Db;
  store: ObjectStore;
  tools: FfmpegTools;
  /** local folder for the export being built and the bucket copies it reads */
  scratchDir: string;
  logger: Logger;
}

export class ExportJobs {
  private chain: Promise<void> = Promise.resolve();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly deps: ExportJobsDeps) {}

  /** Marks exports left running by a stopped API as failed; call once at start-up. */
  async recoverInterrupted(): Promise<number> {
    const result = await this.deps.db
      .updateTable('exports')
      .set({
        state: 'failed',
        error_code: 'INTERRUPTED',
        error: 'the API stopped while this export was running; request it again',
        finished_at: now(),
      })
      .where('state', '=', 'running')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Records the request and queues it; returns its id at once. */
  async submit(tenant: string, createdBy: string, request: ExportRequest): Promise<string> {
    selectionOf(request, tenant); // refuse bad terms now, with a 400, not later as a failed export
    const id = `exp_${randomBytes(12).toString('hex')}`;
    await this.deps.db
      .insertInto('exports')
      .values({
        id,
        tenant,
        created_by: createdBy,
        request: JSON.stringify(request),
        state: 'running',
        summary: null,
        error_code: null,
        error: null,
        result_key: null,
        created_at: now(),
        finished_at: null,
      })
      .execute();
    const run = this.chain.then(() => this.run(id, tenant, request));
    this.chain = run;
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
    return id;
  }

  /** The export of this tenant, or NotFoundError (another tenant's export does not exist for you). */
  async get(tenant: string, id: string): Promise<ExportRecord & { result_key: string | null }> {
    const row = await this.deps.db
      .selectFrom('exports')
      .selectAll()
      .where('id', '=', id)
      .where('tenant', '=', tenant)
      .executeTakeFirst();
    if (!row) throw new NotFoundError('no such export');
    return {
      id: row.id,
      state: row.state as ExportState,
      request: JSON.parse(row.request) as ExportRequest,
      summary: row.summary ? (JSON.parse(row.summary) as ExportRecord['summary']) : null,
      error: row.error_code ? { code: row.error_code, message: row.error ?? '' } : null,
      created_at: row.created_at,
      finished_at: row.finished_at,
      result_key: row.result_key,
    };
  }

  /** Waits for the exports in progress (shutdown, tests). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async run(id: string, tenant: string, request: ExportRequest): Promise<void> {
    const work = path.join(this.deps.scratchDir, `export-${id}`);
    const source = new LedgerSource(this.deps.db, this.deps.store, selectionOf(request, tenant), {
      scratchDir: path.join(work, 'source'),
    });
    try {
      const out = path.join(work, 'dataset');
      const deps = { tools: this.deps.tools };
      const summary =
        request.kind === 'clips'
          ? await exportClips(source, clipOptions(request, out), deps)
          : await exportDataset(source, datasetOptions(request, out), deps);
      await source.close();
      const archive = path.join(work, 'dataset.tar');
      // portable: no owner names, modes or times of this machine in the archive
      await tar.c({ cwd: work, file: archive, portable: true, noMtime: true }, ['dataset']);
      const resultKey = `exports/${id}/dataset.tar`;
      await this.deps.store.putFile(resultKey, archive, { move: true });
      const { out: _local, ...counts } = summary;
      await this.deps.db
        .updateTable('exports')
        .set({
          state: 'completed',
          summary: JSON.stringify(counts),
          result_key: resultKey,
          finished_at: now(),
        })
        .where('id', '=', id)
        .execute();
      this.deps.logger.info({ export: id, kind: request.kind, calls: summary.calls }, 'export completed');
    } catch (err) {
      const error = coerceError(err, 'export failed');
      // no server paths in what the requester reads: a file is named by its own name only
      const message = error.message.replace(/\/[^\s:'"]+/g, (p) => path.basename(p));
      await this.deps.db
        .updateTable('exports')
        .set({ state: 'failed', error_code: error.code, error: message, finished_at: now() })
        .where('id', '=', id)
        .execute()
        .catch(() => undefined);
      this.deps.logger.warn({ export: id, code: error.code }, 'export failed');
    } finally {
      await source.close().catch(() => undefined);
      await fs.rm(work, { recursive: true, force: true });
    }
  }
}
