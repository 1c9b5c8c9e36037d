/**
 * Reviewed calls as labelled data. `eval`: one JSON line per corrected call in the format of
 * `callredact eval` (the original words, and as labels the entities of the call's latest version,
 * i.e. what the detectors found as the reviewer left it). `lists`: allow and deny entries for a
 * policy, from the net effect of the corrections (a reviewer's redaction still standing: deny; a
 * removed detection not redacted again: allow).
 *
 * Both carry raw text from the raw uploads: personal data. Only admins (HTTP) or operators with
 * database access (CLI) get them; calls whose raw upload is gone are counted as skipped.
 */
import { getCall } from '../calls/ledger.js';
import { readPublishedReport } from '../calls/view.js';
import type { Db } from '../db/database.js';
import { rangeText, REVIEW_DETECTOR } from '../pipeline/corrections.js';
import { readText, type ObjectStore } from '../storage/store.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import type { EntityType } from '../types.js';
import { latestReadyVersion, listCorrections, versionKey } from './corrections.js';

export interface EvalRecord {
  id: string;
  words: { text: string; start?: number; end?: number; speaker?: string }[];
  labels: { type: EntityType; start_word: number; end_word: number }[];
}

export interface PolicyLists {
  allow: string[];
  deny: { type: EntityType; value: string }[];
}

export interface CorrectionsExport {
  calls: EvalRecord[];
  lists: PolicyLists;
  /** corrected calls left out: raw upload gone or no ready version */
  skipped: number;
}

/** Ids of the calls with corrections (of one tenant, or all), oldest correction first. */
async function correctedCallIds(db: Db, tenant: string | undefined): Promise<string[]> {
  let q = db
    .selectFrom('call_corrections')
    .select(['call_id', (eb) => eb.fn.min('created_at').as('first')])
    .groupBy('call_id')
    .orderBy('first');
  if (tenant !== undefined) q = q.where('tenant', '=', tenant);
  return (await q.execute()).map((r) => r.call_id);
}

export async function exportCorrections(
  db: Db,
  store: ObjectStore,
  options: { tenant?: string } = {},
): Promise<CorrectionsExport> {
  const calls: EvalRecord[] = [];
  const allow = new Set<string>();
  const deny = new Map<string, { type: EntityType; value: string }>();
  let skipped = 0;
  for (const id of await correctedCallIds(db, options.tenant)) {
    const row = await getCall(db, id);
    if (!row) {
      skipped++;
      continue;
    }
    let report;
    let raw: string;
    // a version still being rendered is not part of the labels yet
    const latest = await latestReadyVersion(db, id);
    try {
      ({ report } = await readPublishedReport(store, await versionKey(db, row, latest)));
      raw = await readText(store, row.transcript_key);
    } catch {
      skipped++;
      continue;
    }
    const words = parseTranscript(raw, { source: 'raw transcript', format: report.transcript.format })
      .transcript.words;
    calls.push({
      id,
      words: words.map((w) => ({
        text: w.text,
        ...(w.start !== undefined ? { start: w.start } : {}),
        ...(w.end !== undefined ? { end: w.end } : {}),
        ...(w.speaker !== undefined ? { speaker: w.speaker } : {}),
      })),
      labels: report.entities.map((e) => ({ type: e.type, start_word: e.start_word, end_word: e.end_word })),
    });
    for (const e of report.entities.filter((x) => x.detector === REVIEW_DETECTOR)) {
      const value = rangeText(words, e.start_word, e.end_word);
      if (value) deny.set(`${e.type}\u0000${value}`, { type: e.type, value });
    }
    for (const c of await listCorrections(db, id, latest)) {
      if (c.action !== 'remove') continue;
      if (report.entities.some((e) => e.start_word < c.end_word && c.start_word < e.end_word)) continue;
      // the removed detection's own words: the correction's range
      const value = rangeText(words, c.start_word, c.end_word);
      if (value) allow.add(value);
    }
  }
  return {
    calls,
    lists: {
      allow: [...allow].sort(),
      deny: [...deny.values()].sort((a, b) => a.type.localeCompare(b.type) || a.value.localeCompare(b.value)),
    },
    skipped,
  };
}

export const evalJsonl = (calls: readonly EvalRecord[]): string =>
  calls.map((c) => JSON.stringify(c) + '\n').join('');
