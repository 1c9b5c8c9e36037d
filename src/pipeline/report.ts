/**
 * report.json: what was redacted, where and by whom, never the raw value. Deterministic (no
 * timestamps, no timings) so a rerun of the same call produces a byte-identical report.
 */
import type { TranscriptionInfo } from '../asr/document.js';
import type { AudioInfo, BleepKind } from '../audio/types.js';
import type { RedactionItem } from '../transform/apply.js';
import { speakerIds } from '../transcript/adapters/cue-labels.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';
import { ENTITY_TYPES, type EntityType, type Span, type TimingGranularity, type Word } from '../types.js';

export interface ReportEntity {
  type: EntityType;
  replacement: string;
  operator: string;
  start_word: number;
  end_word: number;
  /** seconds; null when the transcript has no timings */
  start: number | null;
  end: number | null;
  speaker: string | null;
  channel: number | null;
  detector: string;
  score: number;
  reason: string | null;
}

export interface Report {
  version: 1;
  callId: string;
  transcript: { format: TranscriptFormat; timing: TimingGranularity; words: number; file: string };
  /**
   * Set when the transcript came from a speech-to-text engine: engine, model, chunks and the time
   * the transcription took (kept with the transcript, so a rerun reports the same)
   */
  transcription?: TranscriptionInfo;
  audio: {
    file: string;
    input: AudioInfo;
    output: AudioInfo;
    bleep: BleepKind;
    spans: Span[];
    bleepedSeconds: number;
  } | null;
  counts: Record<EntityType, number>;
  /** values of erased data subjects, replaced by one-off tokens that no vault entry reverses */
  erasedSubjects: number;
  entities: ReportEntity[];
  /** words with letters of a script the detectors do not inspect (src/detect/scripts.ts), and those scripts */
  unsupported: { words: number; scripts: string[] };
  warnings: string[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

export function countByType(items: readonly { entity: { type: EntityType } }[]): Record<EntityType, number> {
  const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const item of items) counts[item.entity.type]++;
  return counts;
}

/** A report shows speakers as the transcript's words would after speakerIds(): never a name. */
export function reportSpeakers(words: readonly Word[]): Map<string, string> {
  const id = speakerIds();
  const ids = new Map<string, string>();
  for (const { speaker } of words) if (speaker !== undefined) ids.set(speaker, id(speaker) ?? speaker);
  return ids;
}

export function reportEntities(items: readonly RedactionItem[], words: readonly Word[]): ReportEntity[] {
  const speakers = reportSpeakers(words);
  return items.map(({ entity, edit, operator }) => {
    const first = words[entity.startWord];
    const last = words[entity.endWord - 1];
    return {
      type: entity.type,
      replacement: edit.replacement,
      operator,
      start_word: entity.startWord,
      end_word: entity.endWord,
      start: first?.start === undefined ? null : round3(first.start),
      end: last?.end === undefined ? null : round3(last.end),
      speaker: first?.speaker === undefined ? null : (speakers.get(first.speaker) ?? null),
      channel: first?.channel ?? null,
      detector: entity.detector,
      score: round3(entity.score),
      reason: entity.reason ?? null,
    };
  });
}

/** The report's warning for words not inspected: a count and script names, never the words. */
export const unsupportedWarning = (u: { words: number; scripts: readonly string[] }): string =>
  `${u.words} word${u.words === 1 ? '' : 's'} in unsupported script (${u.scripts.join(', ')}), not inspected`;

export const bleepedSeconds = (spans: readonly Span[]): number =>
  round3(spans.reduce((sum, s) => sum + (s.end - s.start), 0));
