/**
 * What the review console shows of a published call: the redacted words (with times and
 * speakers), each replacement tied to its type and detector score, and the bleeped spans. Read
 * from the published output only (manifest-checked, through the export's reader), so nothing but
 * redacted text can reach a browser from here.
 */
import { createHash } from 'node:crypto';
import { originalIndex, readRedactedCall } from '../export/redacted-call.js';
import { InputError, NotFoundError } from '../errors.js';
import type { Report } from '../pipeline/report.js';
import {
  artefactKey,
  readPublishedManifest,
  readText,
  type Manifest,
  type ObjectStore,
} from '../storage/store.js';
import type { EntityType } from '../types.js';

/** Detections scored below this are flagged for a reviewer's attention. */
export const LOW_SCORE = 0.75;

export interface ViewWord {
  /** index of the word (its first, for a replacement) in the original transcript: corrections name words by it */
  index: number;
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

/** An artefact's text, checked against the manifest (a changed artefact is never shown). */
async function checkedText(
  store: ObjectStore,
  prefix: string,
  manifest: Manifest,
  name: string,
): Promise<string> {
  const text = await readText(store, artefactKey(prefix, manifest, name));
  const sha = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha !== manifest.artefacts[name]?.sha256) throw new InputError(`${name} does not match its manifest`);
  return text;
}

/** The report of the call published under `prefix` (the entities' word ranges, counts). */
export async function readPublishedReport(
  store: ObjectStore,
  prefix: string,
): Promise<{ manifest: Manifest; report: Report }> {
  const manifest = await readPublishedManifest(store, prefix);
  if (!manifest) throw new NotFoundError('this version is not published');
  return {
    manifest,
    report: JSON.parse(await checkedText(store, prefix, manifest, 'report.json')) as Report,
  };
}

/** The view of the call published under `prefix` in the store (a folder or a bucket). */
export async function readCallView(store: ObjectStore, prefix: string): Promise<CallView> {
  const { manifest, report } = await readPublishedReport(store, prefix);
  const file = report.transcript.file;
  const call = readRedactedCall({
    name: manifest.callId,
    callId: manifest.callId,
    report,
    transcript: {
      raw: await checkedText(store, prefix, manifest, file),
      format: report.transcript.format,
      file,
    },
    audioPath: null,
    rawTranscript: () => Promise.resolve(null),
  });
  const indices = originalIndex(call);
  return {
    words: call.words.map((w, i) => {
      const entity = w.redaction ? call.report.entities[w.redaction.entity] : undefined;
      return {
        index: indices[i]!,
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
    duration: report.audio?.output.duration ?? null,
    timing: call.timing,
    counts: call.report.counts,
  };
}
