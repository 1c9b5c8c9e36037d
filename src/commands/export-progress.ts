/**
 * Progress and summaries of `callredact export`: a bar on a terminal, plain lines otherwise (as
 * `redact` does). Lines name source calls by folder name only (the user's own input names).
 */
import cliProgress from 'cli-progress';
import type { ClipSummary } from '../export/clips.js';
import type { DatasetSummary, ExportProgress, ExportStage } from '../export/dataset.js';
import { SPLITS } from '../export/splits.js';

const STAGE_LABEL: Record<ExportStage, string> = {
  read: 'reading calls',
  audio: 'cutting clips',
  verify: 'verifying',
};

export function exportProgress(stream: NodeJS.WriteStream): ExportProgress {
  if (stream.isTTY) {
    let bar: cliProgress.SingleBar | undefined;
    return {
      start(stage, total) {
        bar = new cliProgress.SingleBar(
          { format: `${STAGE_LABEL[stage]} [{bar}] {value}/{total} | {last}`, stream, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { last: '' });
      },
      tick: (label) => bar?.increment(1, { last: label }),
      stop: () => {
        bar?.stop();
        bar = undefined;
      },
    };
  }
  let stage: ExportStage = 'read';
  let index = 0;
  let total = 0;
  return {
    start(s, t) {
      stage = s;
      index = 0;
      total = t;
    },
    tick: (label) => void stream.write(`${STAGE_LABEL[stage]} [${++index}/${total}] ${label}\n`),
    stop: () => undefined,
  };
}

const hours = (s: number): string => `${(s / 3600).toFixed(3)} h`;

export function formatDatasetSummary(s: DatasetSummary): string {
  const skipped = Object.entries(s.skipped).map(([why, n]) => `${n} ${why}`);
  const v = s.verification;
  return [
    `exported ${s.exportedCalls} of ${s.calls} calls to ${s.out}${skipped.length ? ` (not exported: ${skipped.join(', ')})` : ''}`,
    `utterances: ${SPLITS.map((x) => `${x} ${s.utterances[x]} (${hours(s.seconds[x])})`).join(', ')}`,
    `left out: ${s.dropped.redacted} with redactions, ${s.dropped.short} too short, ${s.dropped.long} too long`,
    `verified: ${v.clips} clips, ${v.bleeps} bleeps sample-exact; ${v.records} text records in ${v.files} files (${v.mode === 'originals' ? 'raw values from the originals + re-detection' : 're-detection only: no --originals'})`,
  ].join('\n');
}

export function formatClipSummary(s: ClipSummary): string {
  return `${s.clips} clips (${s.seconds.toFixed(1)} s) from ${s.calls} calls to ${s.out}; ${s.bleeps} bleeps verified sample-exact`;
}
