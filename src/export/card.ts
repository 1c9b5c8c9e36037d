/**
 * The dataset card (README.md of an export): what is in it, where it came from, the policy it was
 * made with and what the verification checked. Deterministic (no dates, no paths of this machine)
 * so the same input gives the same bytes. Counts only: no value, name or transcript text.
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';
import { SPLITS, type Split, type SplitRatios } from './splits.js';
import { TAGS, type TextMode } from './text.js';
import type { DatasetFormat } from './writers/types.js';

export interface CardInput {
  format: DatasetFormat;
  source: { kind: string; published: number; skipped: Record<string, number>; exported: number };
  perSplit: Record<Split, { utterances: number; seconds: number; calls: number; speakers: number }>;
  dropped: { redacted: number; short: number; long: number };
  /** entities of the exported calls, from their reports */
  entities: Record<EntityType, number>;
  /** redacted words inside the exported utterances */
  inUtterances: Record<EntityType, number>;
  /** operators the calls were redacted with, per type */
  operators: Partial<Record<EntityType, string[]>>;
  policy: {
    text: TextMode;
    dropRedacted: boolean;
    split: SplitRatios;
    seed: number;
    minDuration: number;
    maxDuration: number;
    sampleRate: number | 'keep';
    channels: 'mono' | 'keep';
    margin: number;
    shardBytes?: number;
  };
  groups: { count: number; largest: number };
  verification: {
    mode: 'originals' | 'redetect';
    files: number;
    records: number;
    valueRecords: number;
    redetected: number;
    clips: number;
    bleeps: number;
    converted: number;
  };
}

const LAYOUT: Record<DatasetFormat, string[]> = {
  nemo: [
    '`<split>_manifest.jsonl`: NeMo manifests (`audio_filepath`, `duration`, `text`), paths relative to this folder',
    '`audio/<split>/<id>.wav`: one file per utterance',
  ],
  hf: [
    '`<split>/metadata.jsonl` (`file_name`, `transcription`, `speaker_id`, `duration`) beside the WAV files',
    'load with `datasets.load_dataset("audiofolder", data_dir="<this folder>")`; `dev` is read as the validation split',
  ],
  kaldi: [
    '`data/<split>/`: `wav.scp`, `segments`, `text`, `utt2spk`, `spk2utt`, sorted for `utils/validate_data_dir.sh`',
    '`audio/<split>/<id>.wav`: one recording per utterance; `wav.scp` paths are relative to this folder',
  ],
  lhotse: [
    '`callredact_recordings_<split>.jsonl`, `callredact_supervisions_<split>.jsonl`: `lhotse.load_manifest(...)`',
    '`audio/<split>/<id>.wav`: sources relative to this folder (`RecordingSet.with_path_prefix` to move them)',
  ],
  webdataset: ['`<split>-NNNNNN.tar`: WebDataset shards; each sample is `<id>.wav`, `<id>.txt`, `<id>.json`'],
};

const hours = (s: number): string => (s / 3600).toFixed(3);

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export function datasetCard(input: CardInput): string {
  const { perSplit, policy, verification: v } = input;
  const total = SPLITS.reduce(
    (t, s) => ({
      utterances: t.utterances + perSplit[s].utterances,
      seconds: t.seconds + perSplit[s].seconds,
      calls: t.calls + perSplit[s].calls,
      speakers: t.speakers + perSplit[s].speakers,
    }),
    { utterances: 0, seconds: 0, calls: 0, speakers: 0 },
  );
  const skipped = Object.entries(input.source.skipped)
    .map(([reason, n]) => `${n} ${reason}`)
    .join('; ');
  const row = (label: string, f: (x: typeof total) => string): string[] => [
    label,
    ...SPLITS.map((s) => f(perSplit[s])),
    f(total),
  ];
  const lines = [
    '# Speech dataset exported by callredact',
    '',
    '**Licence:** _to be filled in by the publisher_',
    '',
    `Utterances of redacted call recordings in ${input.format} layout. Names, phone, account and social security numbers, addresses, emails and dates of birth were redacted in the transcripts and bleeped in the audio before export; the export was verified before it was published (below).`,
    '',
    '## Contents',
    '',
    ...table(
      ['', ...SPLITS, 'total'],
      [
        row('utterances', (x) => String(x.utterances)),
        row('hours', (x) => hours(x.seconds)),
        row('calls', (x) => String(x.calls)),
        row('speakers', (x) => String(x.speakers)),
      ],
    ),
    '',
    '## Source',
    '',
    `- source: ${input.source.kind}, ${input.source.published} published calls, ${input.source.exported} exported${skipped ? `; not exported: ${skipped}` : ''}`,
    `- utterances left out: ${input.dropped.redacted} holding a redaction (--drop-redacted), ${input.dropped.short} shorter than ${policy.minDuration} s, ${input.dropped.long} longer than ${Number.isFinite(policy.maxDuration) ? `${policy.maxDuration} s` : 'the maximum (none set)'}`,
    '',
    '## Entities',
    '',
    ...table(
      ['type', 'redacted in the exported calls', 'inside exported utterances', 'operator'],
      ENTITY_TYPES.map((t) => [
        t,
        String(input.entities[t]),
        String(input.inUtterances[t]),
        input.operators[t]?.join(', ') ?? '-',
      ]),
    ),
    '',
    '## Policy',
    '',
    `- text: ${policy.text === 'placeholder' ? `placeholder tags (${Object.values(TAGS).join(' ')})` : 'as written by the redaction (tokens, masks or placeholders)'}; utterances holding a redaction ${policy.dropRedacted ? 'dropped (text and audio)' : 'kept, their audio bleeped'}`,
    `- splits: train ${policy.split.train}, dev ${policy.split.dev}, test ${policy.split.test} of audio time, by call; calls sharing a vault token stay in one split (${input.groups.count} groups of calls; the largest holds ${input.groups.largest})`,
    `- seed: ${policy.seed} (ids, split order); speaker and call ids are anonymised per export (a seeded hash; source names and speaker labels are not included)`,
    `- utterance duration: ${policy.minDuration} s to ${Number.isFinite(policy.maxDuration) ? `${policy.maxDuration} s` : 'any length'}; ${policy.margin} s margin around the words, widened to cover any bleep`,
    `- audio: 16-bit PCM WAV, ${policy.sampleRate === 'keep' ? 'the source sample rate' : `${policy.sampleRate} Hz`}, ${policy.channels === 'mono' ? 'mono (channels mixed)' : 'channels as in the source'}${policy.shardBytes ? `; shards of at most ${policy.shardBytes} bytes` : ''}`,
    '',
    '## Verification',
    '',
    `- result: passed (a failure would have refused the export)`,
    `- text: ${v.files} files, ${v.records} records scanned; ${
      v.mode === 'originals'
        ? `${v.valueRecords} records searched for the raw values of their calls' detections in every normalisation (from the original transcripts)`
        : 'raw values not available to this export (no originals): not searched'
    }; ${v.redetected} utterance texts run through the detectors again, no finding outside redaction markers`,
    `- audio: ${v.clips} clips read back, ${v.bleeps} bleeps compared sample for sample with the call audio at their offsets${v.converted > 0 ? ` (${v.converted} calls resampled or mixed once by ffmpeg: compared with that converted call)` : ''}`,
    '',
    '## Layout',
    '',
    ...LAYOUT[input.format].map((l) => `- ${l}`),
    '- `manifest.json`: size and sha256 of every file, written last',
    '',
  ];
  return lines.join('\n');
}
