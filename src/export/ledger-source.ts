/**
 * Calls of the ledger (the calls table) as an export source: completed calls chosen by id, state,
 * tenant or submission date. Everything is read through the storage interface, so the service's
 * store may be a folder or a bucket: each call's published output is read like a folder source's
 * call (manifest checked, every artefact matched to it; on a bucket the artefacts the manifest
 * names are first copied into a private scratch folder, removed by close()), and its raw
 * transcript comes from raw storage, so the export verification searches for the call's own raw
 * values.
 *
 * Review: when the review console has approvals for the tenant being exported (any call_approvals
 * row), only calls with an approved version are exported, each as its newest approved version
 * (a reviewer's corrected version, src/console/corrections.ts), the others are skipped as "not
 * approved"; without approvals, each call's newest fully rendered version.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CALL_STATES, type CallState } from '../calls/ledger.js';
import type { Db } from '../db/database.js';
import { versionKey } from '../console/corrections.js';
import { FIRST_VERSION } from '../console/shares.js';
import { InputError } from '../errors.js';
import { MANIFEST_FILE } from '../storage/publish.js';
import { artefactKey, readPublishedManifest, readText, type ObjectStore } from '../storage/store.js';
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

export interface LedgerSourceOptions {
  /** local folder for copies of bucket objects (a private subfolder is made and removed) */
  scratchDir: string;
}

export class LedgerSource implements ExportSource {
  readonly kind = 'ledger';
  readonly verification = 'originals' as const;
  private scratch: string | null = null;
  /** whether approvals decide (resolved once, in list()) */
  private reviewed = false;

  constructor(
    private readonly db: Db,
    private readonly store: ObjectStore,
    private readonly selection: LedgerSelection,
    private readonly options: LedgerSourceOptions,
  ) {}

  async list(): Promise<{ calls: SourceCallRef[]; skipped: { name: string; reason: string }[] }> {
    const { ids, states, tenant, since, until } = this.selection;
    let query = this.db
      .selectFrom('calls')
      .select(['id', 'state', 'tenant'])
      .orderBy('created_at')
      .orderBy('id');
    if (ids) query = query.where('id', 'in', ids);
    if (states) query = query.where('state', 'in', states);
    if (tenant !== undefined) query = query.where('tenant', '=', tenant);
    if (since) query = query.where('created_at', '>=', since);
    if (until) query = query.where('created_at', '<', until);
    const rows = await query.execute();
    const approved = await this.approvedCalls(
      tenant,
      rows.map((r) => r.tenant),
    );
    this.reviewed = approved !== null;
    const calls: SourceCallRef[] = [];
    const skipped: { name: string; reason: string }[] = [];
    for (const r of rows) {
      if (r.state !== 'completed') skipped.push({ name: r.id, reason: `not completed (${r.state})` });
      else if (approved && !approved.has(r.id)) skipped.push({ name: r.id, reason: 'not approved' });
      else calls.push({ name: r.id });
    }
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids ?? []) if (!found.has(id)) skipped.push({ name: id, reason: 'not in the ledger' });
    if (calls.length === 0 && skipped.length === 0)
      throw new InputError('--calls: no call of the ledger matches');
    return { calls, skipped };
  }

  /**
   * Ids of the calls with an approved version, when the review console has approvals for the
   * tenants concerned; null when it has none (then every completed call goes).
   */
  private async approvedCalls(tenant: string | undefined, tenants: string[]): Promise<Set<string> | null> {
    const scope = tenant !== undefined ? [tenant] : [...new Set(tenants)];
    if (scope.length === 0) return null;
    const rows = await this.db
      .selectFrom('call_approvals')
      .select('call_id')
      .where('tenant', 'in', scope)
      .execute();
    return rows.length === 0 ? null : new Set(rows.map((r) => r.call_id));
  }

  async open(ref: SourceCallRef): Promise<SourceCall> {
    const row = await this.db.selectFrom('calls').selectAll().where('id', '=', ref.name).executeTakeFirst();
    if (row?.state !== 'completed')
      throw new InputError(`call ${ref.name}: not a completed call of the ledger`);
    const version = await this.versionToExport(ref.name);
    const prefix = await versionKey(this.db, row, version);
    const call = await new FolderSource(await this.outputFolder(ref.name, prefix)).open(ref);
    const rawKey = row.transcript_key;
    return {
      ...call,
      name: ref.name,
      rawTranscript: async (): Promise<RawTranscript | null> => {
        if (!rawKey || (await this.store.stat(rawKey)) === null) return null;
        return {
          raw: await readText(this.store, rawKey),
          format: call.report.transcript.format,
          source: `call ${ref.name}`,
        };
      },
    };
  }

  /**
   * Which version of a call goes out: with review, the newest approved version (a reviewer's
   * correction can be the very redaction that makes a clip shareable); without, the newest
   * version fully rendered (corrections publish versions beside the worker's version 1).
   */
  private async versionToExport(callId: string): Promise<number> {
    if (this.reviewed) {
      const approval = await this.db
        .selectFrom('call_approvals')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('call_id', '=', callId)
        .executeTakeFirst();
      if (approval?.v == null) throw new InputError(`call ${callId}: not approved in the review console`);
      return Number(approval.v);
    }
    const ready = await this.db
      .selectFrom('call_versions')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('call_id', '=', callId)
      .where('state', '=', 'ready')
      .executeTakeFirst();
    return ready?.v == null ? FIRST_VERSION : Number(ready.v);
  }

  /**
   * A local folder holding the call's published output: the store's own folder, or a scratch
   * copy of the manifest and the artefacts it names (the folder source checks them against it).
   */
  private async outputFolder(name: string, prefix: string): Promise<string> {
    const local = this.store.localPath(`${prefix}/${MANIFEST_FILE}`);
    if (local !== null) return path.dirname(local);
    const manifest = await readPublishedManifest(this.store, prefix);
    if (!manifest) throw new InputError(`call ${name}: no published output`);
    if (this.scratch === null) {
      await fs.mkdir(this.options.scratchDir, { recursive: true, mode: 0o700 });
      this.scratch = await fs.mkdtemp(path.join(this.options.scratchDir, 'export-'));
    }
    // random folder names: call ids and keys never become local paths
    const dir = path.join(this.scratch, randomUUID());
    await fs.mkdir(dir, { mode: 0o700 });
    for (const artefact of Object.keys(manifest.artefacts)) {
      if (artefact.includes('/') || artefact.startsWith('.'))
        throw new InputError(`call ${name}: the manifest names an artefact outside its folder`);
      await pipeline(
        await this.store.get(artefactKey(prefix, manifest, artefact)),
        createWriteStream(path.join(dir, artefact), { mode: 0o600 }),
      );
    }
    const { base: _base, ...flat } = manifest;
    await fs.writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(flat));
    return dir;
  }

  /** Removes the scratch copies (bucket stores); the source can be listed and opened again after. */
  async close(): Promise<void> {
    if (this.scratch !== null) await fs.rm(this.scratch, { recursive: true, force: true });
    this.scratch = null;
  }
}
