/**
 * Live call updates for the console (server-sent events, GET /v1/events). One watcher per API
 * process reads the ledger for calls changed since its last look (one indexed query a second,
 * whatever the number of browsers, and only while someone listens) and hands each change to the
 * subscribers allowed to see that call: same tenant, and for uploaders only their own calls.
 * The ledger is the source because every process that moves a call (API, workers, reconciler)
 * writes it; Redis is not needed for this.
 *
 * An event carries what the calls list shows (id, state, progress, counts per type, times) and
 * nothing else: no text, no file names. Its id is the change's `updated_at|id`, so a browser
 * that reconnects with Last-Event-ID gets the changes it missed (up to a page of them).
 */
import type { Db } from '../db/database.js';
import type { CallRow } from '../calls/ledger.js';

export interface CallEvent {
  id: string;
  state: 'queued' | 'active' | 'completed' | 'failed';
  progress: { stage: string; percent: number } | null;
  counts: Record<string, number> | null;
  created_at: string;
  updated_at: string;
}

export interface Audience {
  tenant: string;
  /** uploaders: only calls they submitted */
  ownerKeyId?: string;
}

type Listener = (event: CallEvent, eventId: string) => void;

interface Subscription {
  audience: Audience;
  listener: Listener;
  end: () => void;
}

/** How far back each look reaches again: a change committed late (another process's clock, a slow transaction) is still seen. */
const OVERLAP_MS = 3_000;
const PAGE = 500;

type ChangedRow = Pick<
  CallRow,
  'id' | 'tenant' | 'owner_key_id' | 'state' | 'stage' | 'percent' | 'counts' | 'created_at' | 'updated_at'
>;

export function eventOf(row: ChangedRow): CallEvent {
  const state = row.state === 'received' ? 'queued' : (row.state as CallEvent['state']);
  return {
    id: row.id,
    state,
    progress: state === 'active' && row.stage ? { stage: row.stage, percent: row.percent ?? 0 } : null,
    counts: row.counts ? (JSON.parse(row.counts) as Record<string, number>) : null,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

export const eventIdOf = (row: Pick<CallRow, 'id' | 'updated_at'>): string => `${row.updated_at}|${row.id}`;

const COLUMNS = [
  'id',
  'tenant',
  'owner_key_id',
  'state',
  'stage',
  'percent',
  'counts',
  'created_at',
  'updated_at',
] as const;

export class LiveCallEvents {
  private readonly subscriptions = new Set<Subscription>();
  private timer: NodeJS.Timeout | undefined;
  private since = new Date().toISOString();
  /** changes already sent, by call: its updated_at (pruned past the overlap) */
  private readonly sent = new Map<string, string>();
  private polling: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly intervalMs = 1000,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  get listeners(): number {
    return this.subscriptions.size;
  }

  /** `end` is called when the hub closes (the API stopping): the stream should end then. */
  subscribe(audience: Audience, listener: Listener, end: () => void = () => undefined): () => void {
    if (this.closed) {
      end();
      return () => undefined;
    }
    const sub = { audience, listener, end };
    if (this.subscriptions.size === 0) {
      this.since = new Date(Date.now() - OVERLAP_MS).toISOString();
      this.timer = setInterval(() => void this.poll(), this.intervalMs);
      this.timer.unref();
    }
    this.subscriptions.add(sub);
    return () => {
      this.subscriptions.delete(sub);
      if (this.subscriptions.size === 0) this.stop();
    };
  }

  /** Changes to the audience's calls after an event id a browser last saw (its reconnect). */
  async missedSince(
    audience: Audience,
    lastEventId: string,
  ): Promise<{ event: CallEvent; eventId: string }[]> {
    const at = lastEventId.split('|')[0] ?? '';
    if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(at)) return [];
    let query = this.db
      .selectFrom('calls')
      .select(COLUMNS)
      .where('tenant', '=', audience.tenant)
      .where('updated_at', '>', at);
    if (audience.ownerKeyId) query = query.where('owner_key_id', '=', audience.ownerKeyId);
    const rows = await query.orderBy('updated_at').limit(PAGE).execute();
    return rows.map((row) => ({ event: eventOf(row), eventId: eventIdOf(row) }));
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Ends every stream and stops watching (the API's shutdown, before the HTTP server closes). */
  close(): void {
    this.closed = true;
    this.stop();
    for (const sub of [...this.subscriptions]) sub.end();
    this.subscriptions.clear();
  }

  /** One look at the ledger (exported for tests; the timer calls it). */
  poll(): Promise<void> {
    this.polling ??= this.look()
      .catch(this.onError)
      .finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async look(): Promise<void> {
    let from = new Date(Date.parse(this.since) - OVERLAP_MS).toISOString();
    // page on (updated_at) while pages come back full; changes already sent are skipped
    for (let pages = 0; pages < 20; pages++) {
      const rows = await this.db
        .selectFrom('calls')
        .select(COLUMNS)
        .where('updated_at', pages === 0 ? '>' : '>=', from)
        .orderBy('updated_at')
        .limit(PAGE)
        .execute();
      for (const row of rows) this.deliver(row);
      const last = rows[rows.length - 1];
      if (rows.length < PAGE || !last || last.updated_at === from) break;
      from = last.updated_at;
    }
    const horizon = new Date(Date.parse(this.since) - 2 * OVERLAP_MS).toISOString();
    for (const [id, at] of this.sent) if (at < horizon) this.sent.delete(id);
  }

  private deliver(row: ChangedRow): void {
    if (this.sent.get(row.id) === row.updated_at) return;
    this.sent.set(row.id, row.updated_at);
    if (row.updated_at > this.since) this.since = row.updated_at;
    const event = eventOf(row);
    const eventId = eventIdOf(row);
    for (const { audience, listener } of this.subscriptions) {
      if (audience.tenant !== row.tenant) continue;
      if (audience.ownerKeyId && audience.ownerKeyId !== row.owner_key_id) continue;
      listener(event, eventId);
    }
  }
}
