/**
 * Aggregated, generalised statistics for managers: per day or ISO week, call volumes, outcomes,
 * entity counts per type, the share of calls with at least one redaction, processing times, audio
 * durations and reviewers' corrections per type.
 * Never a call id, a word or a token. Small groups identify people, so any group of fewer than
 * `k` calls is suppressed: a period with fewer than k calls is left out whole (only the number of
 * such periods is given); within a period an entity type found in fewer than k calls is not
 * shown, and a split (completed / failed, redacted / not) is shown only when each of its parts is
 * empty or holds at least k calls. No totals across periods are given, so a suppressed period cannot be recovered by
 * subtraction.
 */
import type { Db } from '../db/database.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

export type StatsPeriod = 'day' | 'week';

export interface StatsQuery {
  tenant: string;
  period: StatsPeriod;
  k: number;
  from?: string;
  to?: string;
}

export interface StatsGroup {
  /** YYYY-MM-DD of the day, or of the Monday of the ISO week */
  period: string;
  calls: number;
  /** null when it, or its complement within the period, is a group of 1 to k-1 calls */
  completed: number | null;
  failed: number | null;
  /** share of completed calls with at least one redaction */
  redaction_rate: number | null;
  /** entity counts per type; types found in fewer than k calls are absent */
  entities: Partial<Record<EntityType, number>>;
  /** mean processing time of completed calls, ms */
  mean_processing_ms: number | null;
  /** mean audio duration of completed calls with audio, seconds (null below k such calls) */
  mean_duration_s: number | null;
  /**
   * reviewers' corrections of the period's calls per type: redactions added and removed; types
   * corrected in fewer than k calls are absent
   */
  corrections: Partial<Record<EntityType, { added: number; removed: number }>>;
}

export interface Stats {
  k: number;
  period: StatsPeriod;
  groups: StatsGroup[];
  /** periods left out because they held fewer than k calls */
  suppressed_periods: number;
}

/** The day (UTC) of an ISO timestamp, or the Monday of its ISO week. */
export function periodOf(iso: string, period: StatsPeriod): string {
  const day = iso.slice(0, 10);
  if (period === 'day') return day;
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

interface Accumulator {
  calls: number;
  completed: number;
  failed: number;
  redacted: number;
  entities: Map<EntityType, { count: number; calls: number }>;
  processingMs: number;
  timed: number;
  durationS: number;
  durations: number;
  corrections: Map<EntityType, { added: number; removed: number; calls: Set<string> }>;
}

export async function callStats(db: Db, q: StatsQuery): Promise<Stats> {
  let query = db
    .selectFrom('calls')
    .select(['id', 'created_at', 'state', 'counts', 'timings', 'audio_seconds'])
    .where('tenant', '=', q.tenant);
  if (q.from) query = query.where('created_at', '>=', q.from);
  if (q.to) query = query.where('created_at', '<', q.to);
  const groups = new Map<string, Accumulator>();
  for (const row of await query.execute()) {
    const key = periodOf(row.created_at, q.period);
    let acc = groups.get(key);
    if (!acc) {
      acc = {
        calls: 0,
        completed: 0,
        failed: 0,
        redacted: 0,
        entities: new Map(),
        processingMs: 0,
        timed: 0,
        durationS: 0,
        durations: 0,
        corrections: new Map(),
      };
      groups.set(key, acc);
    }
    acc.calls++;
    if (row.state === 'failed') acc.failed++;
    if (row.state !== 'completed') continue;
    acc.completed++;
    const counts = row.counts ? (JSON.parse(row.counts) as Partial<Record<EntityType, number>>) : {};
    let any = false;
    for (const type of ENTITY_TYPES) {
      const n = counts[type] ?? 0;
      if (n <= 0) continue;
      any = true;
      const e = acc.entities.get(type) ?? { count: 0, calls: 0 };
      e.count += n;
      e.calls++;
      acc.entities.set(type, e);
    }
    if (any) acc.redacted++;
    if (row.audio_seconds !== null) {
      acc.durationS += Number(row.audio_seconds);
      acc.durations++;
    }
    if (row.timings) {
      const timings = JSON.parse(row.timings) as Record<string, number>;
      acc.processingMs += Object.values(timings).reduce((a, b) => a + b, 0);
      acc.timed++;
    }
  }
  // corrections count towards the period of their call (its submission), like everything else
  let corrections = db
    .selectFrom('call_corrections')
    .innerJoin('calls', 'calls.id', 'call_corrections.call_id')
    .select([
      'calls.id as call_id',
      'calls.created_at',
      'call_corrections.entity_type',
      'call_corrections.action',
    ])
    .where('calls.tenant', '=', q.tenant);
  if (q.from) corrections = corrections.where('calls.created_at', '>=', q.from);
  if (q.to) corrections = corrections.where('calls.created_at', '<', q.to);
  for (const c of await corrections.execute()) {
    const acc = groups.get(periodOf(c.created_at, q.period));
    if (!acc) continue;
    const type = c.entity_type as EntityType;
    const e = acc.corrections.get(type) ?? { added: 0, removed: 0, calls: new Set<string>() };
    if (c.action === 'add') e.added++;
    else e.removed++;
    e.calls.add(c.call_id);
    acc.corrections.set(type, e);
  }
  const shown: StatsGroup[] = [];
  let suppressed = 0;
  for (const [period, acc] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (acc.calls < q.k) {
      suppressed++;
      continue;
    }
    // a count and its complement are both groups: a shown count must not reveal a small complement
    const visible = (n: number): boolean => n === 0 || n >= q.k;
    const outcomes =
      visible(acc.completed) && visible(acc.failed) && visible(acc.calls - acc.completed - acc.failed);
    const rate = acc.completed >= q.k && visible(acc.redacted) && visible(acc.completed - acc.redacted);
    const entities: Partial<Record<EntityType, number>> = {};
    for (const [type, e] of acc.entities) if (e.calls >= q.k) entities[type] = e.count;
    shown.push({
      period,
      calls: acc.calls,
      completed: outcomes ? acc.completed : null,
      failed: outcomes ? acc.failed : null,
      redaction_rate: rate ? round(acc.redacted / acc.completed) : null,
      entities,
      mean_processing_ms: acc.timed >= q.k ? Math.round(acc.processingMs / acc.timed) : null,
      mean_duration_s: acc.durations >= q.k ? Math.round((10 * acc.durationS) / acc.durations) / 10 : null,
      corrections: Object.fromEntries(
        [...acc.corrections]
          .filter(([, e]) => e.calls.size >= q.k)
          .map(([type, e]) => [type, { added: e.added, removed: e.removed }]),
      ),
    });
  }
  return { k: q.k, period: q.period, groups: shown, suppressed_periods: suppressed };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
