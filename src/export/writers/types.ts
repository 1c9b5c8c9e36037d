import type { Split } from '../splits.js';

export const DATASET_FORMATS = ['nemo', 'hf', 'kaldi', 'lhotse', 'webdataset'] as const;
export type DatasetFormat = (typeof DATASET_FORMATS)[number];

/** One utterance as written: anonymised ids, final text, the clip's exact length. */
export interface ExportedUtterance {
  /** `<speaker>-<call>-<nnnn>` (ids.ts) */
  id: string;
  split: Split;
  /** anonymised speaker id */
  speaker: string;
  /** anonymised call id */
  call: string;
  text: string;
  frames: number;
  sampleRate: number;
  channels: number;
  /** where its WAV was written, relative to the export root */
  audio: string;
}

export interface WrittenFiles {
  /** manifests and transcript files (and shards), relative to the root: what the verification scans */
  text: string[];
}

export interface DatasetWriter {
  readonly format: DatasetFormat;
  /** where the WAV of an utterance is written during the export, relative to the root */
  audioPath(utterance: { id: string; split: Split }): string;
  /** writes the manifests of all utterances (sorted by id) under `root` */
  finish(root: string, utterances: readonly ExportedUtterance[]): Promise<WrittenFiles>;
}

/** seconds of a clip, as manifests write them (6 decimals: below one sample at 16 kHz) */
export const seconds = (u: Pick<ExportedUtterance, 'frames' | 'sampleRate'>): number =>
  Number((u.frames / u.sampleRate).toFixed(6));

/** C-locale (byte order) comparison, as Kaldi's `LC_ALL=C sort` */
export const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

export function bySplit<T extends { split: Split }>(items: readonly T[], split: Split): T[] {
  return items.filter((u) => u.split === split);
}

export const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r) + '\n').join('');
