/**
 * `callredact export clips|dataset SOURCE`: clips and speech datasets from a folder of redacted
 * outputs (as `redact --out` writes them), or with `--calls` from completed calls of the ledger.
 * Verified before publication; any failure refuses the whole export (exit 1, nothing written at
 * --out).
 */
import { Option, type Command } from 'commander';
import { resolveFfmpeg } from '../audio/index.js';
import { loadConfig } from '../config.js';
import { InputError } from '../errors.js';
import type { AudioTarget } from '../export/clip-audio.js';
import { exportClips } from '../export/clips.js';
import { DEFAULT_DATASET_OPTIONS, exportDataset } from '../export/dataset.js';
import { FolderSource } from '../export/folder-source.js';
import { LedgerSource, parseLedgerSelection } from '../export/ledger-source.js';
import { openStore, scratchDirOf } from '../storage/open-store.js';
import type { ExportSource } from '../export/source.js';
import { parseSplitRatios } from '../export/splits.js';
import { TEXT_MODES, type TextMode } from '../export/text.js';
import { DATASET_FORMATS, DEFAULT_SHARD_BYTES, type DatasetFormat } from '../export/writers/index.js';
import { exportProgress, formatClipSummary, formatDatasetSummary } from './export-progress.js';
import { withDatabase } from './with-database.js';

function number(flag: string, value: string, min: number, max = Infinity): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new InputError(
      `${flag} must be a number${Number.isFinite(max) ? ` in [${min}, ${max}]` : ` >= ${min}`}`,
    );
  return n;
}

function sampleRate(value: string): number | 'keep' {
  if (value === 'keep') return 'keep';
  const n = number('--sample-rate', value, 1000, 384000);
  if (!Number.isInteger(n)) throw new InputError('--sample-rate must be a whole number of Hz or "keep"');
  return n;
}

const SIZE_UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

function size(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)B?$/i.exec(value.trim());
  if (!m) throw new InputError('--shard-size takes bytes, optionally with K, M or G (e.g. 500M)');
  const bytes = Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toUpperCase()]!);
  if (bytes < 10 * 1024) throw new InputError('--shard-size must be at least 10K');
  return bytes;
}

function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

function timeRange(text: string): { start: number; end: number } {
  const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(text);
  const start = Number(m?.[1]);
  const end = Number(m?.[2]);
  if (!m || !(end > start))
    throw new InputError(`--range takes START-END in seconds (e.g. 12.5-20), got "${text}"`);
  return { start, end };
}

/** The export's source: the SOURCE folder, or with --calls the ledger's calls. */
async function withSource<T>(
  sourceDir: string | undefined,
  opts: { calls?: string[]; originals?: string },
  fn: (source: ExportSource) => Promise<T>,
): Promise<T> {
  if (opts.calls) {
    if (sourceDir !== undefined) throw new InputError('give a SOURCE folder or --calls, not both');
    if (opts.originals)
      throw new InputError(
        '--originals is for a SOURCE folder: calls of the ledger bring their raw transcripts',
      );
    const selection = parseLedgerSelection(opts.calls);
    const config = loadConfig();
    return withDatabase(async (db) => {
      const store = openStore(config);
      const source = new LedgerSource(db, store, selection, { scratchDir: scratchDirOf(config) });
      try {
        return await fn(source);
      } finally {
        await source.close();
        await store.close();
      }
    });
  }
  if (sourceDir === undefined) throw new InputError('give a SOURCE folder of redacted outputs, or --calls');
  return fn(new FolderSource(sourceDir, { originals: opts.originals }));
}

const CALLS_HELP =
  'instead of SOURCE: completed calls of the ledger (DATABASE_URL/SQLITE_PATH, STORAGE_URL/STORAGE_DIR); approved calls only once the review console has approvals: ids, state:S, tenant:T, since:DATE, until:DATE or all (comma-separated, repeatable)';

interface CommonFlags {
  out: string;
  calls?: string[];
  originals?: string;
  text: TextMode;
  sampleRate: string;
  channels: AudioTarget['channels'];
}

export function registerExportCommands(program: Command): void {
  const group = program
    .command('export')
    .description('clips and speech datasets from redacted calls, verified before they are published');

  group
    .command('dataset')
    .description(
      'a speech dataset (one utterance per speaker turn) in NeMo, Hugging Face, Kaldi, Lhotse or WebDataset layout',
    )
    .argument('[source]', 'folder of redacted outputs (as `redact --out` writes them), or one call folder')
    .option('--calls <terms>', CALLS_HELP, list)
    .addOption(
      new Option('--format <format>', 'dataset layout').choices([...DATASET_FORMATS]).makeOptionMandatory(),
    )
    .requiredOption('-o, --out <dir>', 'export folder (created; an earlier export there is replaced)')
    .option(
      '--originals <dir>',
      'the raw transcripts the outputs were made from: the verification then searches for their values',
    )
    .addOption(
      new Option('--text <mode>', 'redactions in the text: type tags (<PHONE>) or as written')
        .choices([...TEXT_MODES])
        .default('placeholder'),
    )
    .option('--drop-redacted', 'leave out utterances holding any redaction (text and audio)')
    .option('--split <ratios>', 'train,dev,test shares of audio time, by call', '0.8,0.1,0.1')
    .option('--seed <n>', 'seed for ids and the split order (same seed + input = same bytes)', '0')
    .option('--min-duration <seconds>', 'leave out shorter utterances', '0')
    .option('--max-duration <seconds>', 'leave out longer utterances (default: no limit)')
    .option('--sample-rate <hz>', 'output sample rate, or "keep"', '16000')
    .addOption(
      new Option('--channels <mode>', 'mix to mono or keep the channels')
        .choices(['mono', 'keep'])
        .default('mono'),
    )
    .option(
      '--margin <seconds>',
      'audio kept before the first and after the last word',
      String(DEFAULT_DATASET_OPTIONS.margin),
    )
    .option(
      '--shard-size <bytes>',
      'webdataset: largest shard (K, M, G suffixes)',
      String(DEFAULT_SHARD_BYTES),
    )
    .action(
      async (
        sourceDir: string | undefined,
        opts: CommonFlags & {
          format: DatasetFormat;
          dropRedacted?: boolean;
          split: string;
          seed: string;
          minDuration: string;
          maxDuration?: string;
          margin: string;
          shardSize: string;
        },
      ) => {
        const seed = number('--seed', opts.seed, 0, 2 ** 32 - 1);
        if (!Number.isInteger(seed)) throw new InputError('--seed must be a whole number');
        const tools = await resolveFfmpeg(loadConfig());
        const summary = await withSource(sourceDir, opts, (source) =>
          exportDataset(
            source,
            {
              format: opts.format,
              out: opts.out,
              text: opts.text,
              dropRedacted: opts.dropRedacted ?? false,
              split: parseSplitRatios(opts.split),
              seed,
              minDuration: number('--min-duration', opts.minDuration, 0),
              maxDuration:
                opts.maxDuration === undefined ? Infinity : number('--max-duration', opts.maxDuration, 0),
              audio: { sampleRate: sampleRate(opts.sampleRate), channels: opts.channels },
              margin: number('--margin', opts.margin, 0, 5),
              shardBytes: size(opts.shardSize),
            },
            { tools, progress: exportProgress(process.stderr) },
          ),
        );
        process.stdout.write(formatDatasetSummary(summary) + '\n');
      },
    );

  group
    .command('clips')
    .description(
      'clips by time range, speaker turn or search (with context), each with its transcript slice and clip.json',
    )
    .argument('[source]', 'folder of redacted outputs (as `redact --out` writes them), or one call folder')
    .option('--calls <terms>', CALLS_HELP, list)
    .requiredOption('-o, --out <dir>', 'export folder (created; an earlier export there is replaced)')
    .option(
      '--call <names>',
      'source call folder names to cut from (comma-separated, repeatable; default all)',
      list,
    )
    .option('--range <start-end>', 'seconds of the call, e.g. 12.5-20 (comma-separated, repeatable)', list)
    .option('--turn <n>', 'speaker turn index, from 0 (comma-separated, repeatable)', list)
    .option('--search <words>', 'clip around each match of these words in the redacted transcript')
    .option('--context <seconds>', 'with --search: seconds before and after each match', '5')
    .option(
      '--originals <dir>',
      'the raw transcripts the outputs were made from: the verification then searches for their values',
    )
    .addOption(
      new Option('--text <mode>', 'redactions in the transcript slice: type tags or as written')
        .choices([...TEXT_MODES])
        .default('token'),
    )
    .option('--sample-rate <hz>', 'output sample rate, or "keep"', 'keep')
    .addOption(
      new Option('--channels <mode>', 'mix to mono or keep the channels')
        .choices(['mono', 'keep'])
        .default('keep'),
    )
    .action(
      async (
        sourceDir: string | undefined,
        opts: CommonFlags & {
          call?: string[];
          range?: string[];
          turn?: string[];
          search?: string;
          context: string;
        },
      ) => {
        const turns = (opts.turn ?? []).map((t) => {
          const n = number('--turn', t, 0);
          if (!Number.isInteger(n)) throw new InputError('--turn takes whole numbers');
          return n;
        });
        const ranges = (opts.range ?? []).map(timeRange);
        if (ranges.length === 0 && turns.length === 0 && !opts.search)
          throw new InputError('choose clips with --range, --turn or --search');
        const tools = await resolveFfmpeg(loadConfig());
        const summary = await withSource(sourceDir, opts, (source) =>
          exportClips(
            source,
            {
              out: opts.out,
              selection: {
                ranges,
                turns,
                search: opts.search,
                context: number('--context', opts.context, 0, 600),
              },
              calls: opts.call,
              text: opts.text,
              audio: { sampleRate: sampleRate(opts.sampleRate), channels: opts.channels },
            },
            { tools, progress: exportProgress(process.stderr) },
          ),
        );
        process.stdout.write(formatClipSummary(summary) + '\n');
      },
    );
}
