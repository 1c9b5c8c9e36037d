/**
 * What the review console shows of a published call: the redacted words (with times and
 * speakers), each replacement tied to its type and detector score, and the bleeped spans. Read
 * from the published output only (manifest-checked, through the export's reader), so nothing but
 * redacted text can reach a browser from here.
 */
import path from 'node:path';
import { FolderSource } from '../export/folder-source.js';
import { readRedactedCall } from '../export/redacted-call.js';
import type { EntityType } from '../types.js';

/** Detections scored below this are flagged for a reviewer's attention. */
export const LOW_SCORE = 0.75;

export interface ViewWord {
  text: string;
  start: number | null;
  end: number | null;
  speaker: string | null;
  redaction?: { type: EntityType; operator: string; score: number; detector: string; low_score: boolean };
}

export interface CallView {
  words: ViewWord[];
  spans: { start: number; end: number }[];
  duration: number | null;
  timing: string;
  counts: Record<string, number>;
}

export async function readCallView(outputDir: string): Promise<CallView> {
  const source = new FolderSource(outputDir);
  const call = readRedactedCall(await source.open({ name: path.basename(outputDir) }));
  return {
    words: call.words.map((w) => {
      const entity = w.redaction ? call.report.entities[w.redaction.entity] : undefined;
      return {
        text: w.text,
        start: w.start ?? null,
        end: w.end ?? null,
        speaker: w.speaker ?? null,
        ...(w.redaction && entity
          ? {
              redaction: {
                type: w.redaction.type,
                operator: w.redaction.operator,
                score: entity.score,
                detector: entity.detector,
                low_score: entity.score < LOW_SCORE,
              },
            }
          : {}),
      };
    }),
    spans: call.spans.map((s) => ({ start: s.start, end: s.end })),
    duration: call.audio?.info.duration ?? null,
    timing: call.timing,
    counts: call.report.counts,
  };
}
