/**
 * Calls of the ledger (the calls table) as an export source: completed calls chosen by id, state,
 * tenant or submission date. Each call's published output folder is read like a folder source's
 * call (manifest checked, every artefact matched to it), and its raw transcript comes from raw
 * storage, so the export verification searches for the call's own raw values.
 */
import fs from 'node:fs/promises';
import { CALL_STATES, type CallState } from '../calls/ledger.js';
import type { Db } from '../db/database.js';
import { InputError } from '../errors.js';
import { resolveStorageKey } from '../storage/uploads.js';
import { FolderSource } from './folder-source.js';
import type { ExportSource, RawTranscript, SourceCall, SourceCallRef } from './source.js';

export interface LedgerSelection {
  ids?: string[];
  states?: CallState[];
  tenant?: string;
  /** ISO date or time: calls submitted at or after it */
  since?: string;
  /** ISO date or time: calls submitted before it */
  until?: string;
}

/**
 * `--calls` terms, comma-separated: a call id, `state:S`, `tenant:T`, `since:DATE`, `until:DATE`,
 * or `all`. Ids are alternatives; the other terms narrow.
 */
export function parseLedgerSelection(terms: readonly string[]): LedgerSelection {
  const selection: LedgerSelection = {};
  for (const term of terms
    .flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean)) {
    const [key, ...rest] = term.split(':');
    const value = rest.join(':');
    if (term === 'all') continue;
    if (rest.length === 0) (selection.ids ??= []).push(term);
    else if (key === 'state') {
      if (!(CALL_STATES as readonly string[]).includes(value))
        throw new InputError(`--calls state:${value}: not a call state (${CALL_STATES.join(', ')})`);
      (selection.states ??= []).push(value as CallState);
    } else if (key === 'tenant') selection.tenant = value;
    else if (key === 'since' || key === 'until') {
      if (Number.isNaN(Date.parse(value))) throw new InputError(`--calls ${key}:${value}: not an ISO date`);
      selection[key] = new Date(value).toISOString();
    } else
      throw new InputError(
        `--calls: unknown term "${key}:" (use an id, state:, tenant:, since:, until: or all)`,
      );
  }
  return selection;
}

export class LedgerSource implements ExportSource {
  readonly kind = 'ledger';
  readonly verification = 'originals' as const;

  constructor(
    private readonly db: Db,
    private readonly storageDir: string,
    private readonly selection: LedgerSelection,
  ) {}

  async list(): Promise<{ calls: SourceCallRef[]; skipped: { name: string; reason: string }[] }> {
    const { ids, states, tenant, since, until } = this.selection;
    let query = this.db.selectFrom('calls').select(['id', 'state']).orderBy('created_at').orderBy('id');
    if (ids) query = query.where('id', 'in', ids);
    if (states) query = query.where('state', 'in', states);
    if (tenant !== undefined) query = query.where('tenant', '=', tenant);
    if (since) query = query.where('created_at', '>=', since);
    if (until) query = query.where('created_at', '<', until);
    const rows = await query.execute();
    const calls = rows.filter((r) => r.state === 'completed').map((r) => ({ name: r.id }));
    const skipped = rows
      .filter((r) => r.state !== 'completed')
      .map((r) => ({ name: r.id, reason: `not completed (${r.state})` }));
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids ?? []) if (!found.has(id)) skipped.push({ name: id, reason: 'not in the ledger' });
    if (calls.length === 0 && skipped.length === 0)
      throw new InputError('--calls: no call of the ledger matches');
    return { calls, skipped };
  }

  async open(ref: SourceCallRef): Promise<SourceCall> {
    const row = await this.db
      .selectFrom('calls')
      .select(['output_key', 'transcript_key', 'state'])
      .where('id', '=', ref.name)
      .executeTakeFirst();
    if (row?.state !== 'completed')
      throw new InputError(`call ${ref.name}: not a completed call of the ledger`);
    const call = await new FolderSource(resolveStorageKey(this.storageDir, row.output_key)).open(ref);
    const rawFile = row.transcript_key ? resolveStorageKey(this.storageDir, row.transcript_key) : null;
    return {
      ...call,
      name: ref.name,
      rawTranscript: async (): Promise<RawTranscript | null> =>
        rawFile
          ? {
              raw: await fs.readFile(rawFile, 'utf8'),
              format: call.report.transcript.format,
              source: `call ${ref.name}`,
            }
          : null,
    };
  }
}
