/**
 * The pseudonymisation vault: issues consistent tokens for detected values, stores each value
 * encrypted under a key of its own (a subject key in the key store, destroyed by erasure), and
 * reverses tokens only for the dpo role, with a stated purpose, after an audit record is written. Data subject requests (access, erasure) and retention
 * work on the same tables.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { sql, SqliteAdapter } from 'kysely';
import { ForbiddenError, InputError, NotFoundError, VaultError } from '../errors.js';
import type { Db } from '../db/database.js';
import type { EntityType } from '../types.js';
import {
  type Actor,
  type AuditAction,
  type AuditCheckpoint,
  auditCheckpoint,
  type AuditKey,
  appendAudit,
  auditKeyFrom,
  type AuditVerification,
  deriveAuditKey,
  verifyAudit,
} from './audit.js';
import { seal, unseal } from './crypto.js';
import { Keyring, type SubjectKey, type TenantKeys } from './keyring.js';
import type { KeyStore } from './keystore.js';
import {
  type ErasureProgress,
  erasureProgress,
  recordErasure,
  type RerenderCall,
  resumeErasure,
} from './erasures.js';
import { normaliseValue } from './normalise.js';
import { runRetention, type RetentionOptions, type RetentionResult } from './retention.js';
import { parseToken, tokenFor, valueHash } from './tokens.js';

/** The only role that may re-identify or answer data subject requests. */
export const REVEAL_ROLE = 'dpo';

/** Rows per INSERT statement: far below SQLite's and Postgres' bound-parameter limits. */
const CHUNK = 500;
/** A 40-bit token collides with another value of the same tenant and type very rarely. */
const MAX_TOKEN_ATTEMPTS = 8;

export interface TokenRequest {
  type: EntityType;
  value: string;
}

export interface RevealRequest {
  tenant: string;
  tokens: readonly string[];
  purpose: string;
  actor: Actor;
}

export interface RevealedValue {
  token: string;
  type: EntityType;
  value: string;
}

export interface SubjectRequest {
  tenant: string;
  type: EntityType;
  /** the value as the data subject gives it; normalised like detected values */
  value: string;
  actor: Actor;
  /** free text for the audit log, e.g. a ticket number */
  purpose?: string;
}

export interface SubjectResult {
  /** null when the value is not in the vault */
  token: string | null;
  callIds: string[];
}

export interface ErasureResult extends SubjectResult {
  /** the persisted erasure request (vault_erasures): affected calls and re-render progress */
  erasureId: string;
}

export interface OpenVaultOptions {
  db: Db;
  masterKey: Buffer;
  /** injectable clock (tests of retention) */
  clock?: () => Date;
  /** the audit chain's key (VAULT_AUDIT_KEY); derived from the master key when absent */
  auditKey?: Buffer;
  /** where wrapped keys live (keystore.ts); the vault database when absent */
  keyStore?: KeyStore;
}

export async function openVault(options: OpenVaultOptions): Promise<Vault> {
  const clock = options.clock ?? (() => new Date());
  const auditKey = options.auditKey ? auditKeyFrom(options.auditKey) : deriveAuditKey(options.masterKey);
  const keyring = await Keyring.open(options.db, options.masterKey, clock, options.keyStore);
  return new Vault(options.db, keyring, clock, auditKey);
}

/** AAD of a value sealed with the tenant data key (entries written before per-subject keys). */
const valueAad = (tenant: string, token: string, dataKeyVersion: number) =>
  `${tenant}|${token}|${dataKeyVersion}`;
/** AAD of a value sealed with its subject's own key. */
const subjectValueAad = (tenant: string, token: string, ref: string) => `${tenant}|${token}|${ref}`;

/**
 * How the audit log names a subject: its random reference, never its token (a token in the log
 * would let anyone holding the token key confirm a guessed value long after erasure). Entries from
 * before per-subject keys get a reference keyed under the audit key.
 */
function subjectRefOf(
  auditKey: AuditKey,
  tenant: string,
  row: { token: string; subject_ref: string | null },
) {
  return (
    row.subject_ref ??
    `legacy_${createHmac('sha256', auditKey.key).update(`${tenant}\0${row.token}`).digest('hex').slice(0, 32)}`
  );
}

/**
 * The replacement for a value whose subject was erased: token-shaped, derived from the call id so
 * it differs in every call (no linkage across calls, none to the erased token) yet is the same when
 * the same call is processed again (byte-identical re-runs). It is stored nowhere, so it cannot be
 * revealed; it reads as "not found" like any unknown token.
 */
function erasedReplacement(tokenKey: Buffer, callId: string, v: PendingValue): string {
  const oneOff = createHmac('sha256', tokenKey).update(`erased\0${callId}\0`).update(v.hash).digest();
  return tokenFor(v.type, oneOff);
}

const isToken = (t: string): boolean => {
  try {
    parseToken(t);
    return true;
  } catch {
    return false;
  }
};

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

interface PendingValue {
  type: EntityType;
  value: string;
  hash: Buffer;
  hashHex: string;
}

/**
 * SQLite keeps overwritten pages in its WAL file until a checkpoint: after an erasure the erased
 * token would linger there. A truncating checkpoint copies the pages into the main file (where
 * secure_delete has zeroed the deleted rows) and empties the WAL. Best effort: a reader holding an
 * old snapshot makes it partial, and the next erasure or SQLite's own checkpoint finishes it.
 * PostgreSQL's WAL is the server's: the README's threat model says what it holds.
 */
async function checkpointSqliteWal(db: Db): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db).catch(() => undefined);
}

export class Vault {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly clock: () => Date,
    private readonly auditKey: AuditKey,
  ) {}

  /**
   * Tokens for one call's values, in order, recording token -> encrypted value and call -> token in
   * one transaction. Idempotent: rerunning a call (or running it concurrently) adds no rows.
   */
  async issueTokens(input: {
    tenant: string;
    callId: string;
    items: readonly TokenRequest[];
    /** how many of the items are values of erased subjects (given a one-off replacement) */
    onErased?: (count: number) => void;
  }): Promise<string[]> {
    const { tenant, callId } = input;
    if (input.items.length === 0) return [];
    const keys = await this.keyring.tenantKeys(tenant);
    const byHash = new Map<string, PendingValue>();
    const erasedHashes = new Set<string>();
    const itemHashes = input.items.map(({ type, value }) => {
      const normalised = normaliseValue(type, value);
      const hash = valueHash(keys.tokenKey, type, normalised);
      const hashHex = hash.toString('hex');
      byHash.set(hashHex, { type, value: normalised, hash, hashHex });
      return hashHex;
    });
    const now = this.clock().toISOString();

    const tokenOf = await this.db.transaction().execute(async (trx) => {
      const found = new Map<string, string>();
      // an erased value stays erased: a one-off replacement, no entry, no occurrence
      for (const part of chunks([...byHash.keys()])) {
        const erased = await trx
          .selectFrom('vault_tombstones')
          .select('value_hash')
          .where('tenant', '=', tenant)
          .where('value_hash', 'in', part)
          .execute();
        for (const { value_hash } of erased) {
          found.set(value_hash, erasedReplacement(keys.tokenKey, callId, byHash.get(value_hash)!));
          byHash.delete(value_hash);
          erasedHashes.add(value_hash);
        }
      }
      const refOf = new Map<string, string>();
      const lookup = async (hashes: string[]) => {
        for (const part of chunks(hashes)) {
          const rows = await trx
            .selectFrom('vault_entries')
            .select(['token', 'value_hash', 'subject_ref'])
            .where('tenant', '=', tenant)
            .where('value_hash', 'in', part)
            .execute();
          for (const r of rows) {
            found.set(r.value_hash, r.token);
            if (r.subject_ref) refOf.set(r.value_hash, r.subject_ref);
          }
        }
      };
      let missing = [...byHash.keys()];
      await lookup(missing);
      // an entry whose key is gone was erased (the database was restored from a backup taken before
      // the erasure): it stays erased, and the old token is not handed out again
      const refs = [...refOf.values()];
      const live = refs.length ? await this.keyring.store.existingSubjectKeys(trx, tenant, refs) : new Set();
      for (const [h, ref] of refOf) {
        if (live.has(ref)) continue;
        found.set(h, erasedReplacement(keys.tokenKey, callId, byHash.get(h)!));
        byHash.delete(h);
        erasedHashes.add(h);
      }
      missing = missing.filter((h) => byHash.has(h));
      for (let attempt = 0; ; attempt++) {
        missing = missing.filter((h) => !found.has(h));
        if (missing.length === 0) break;
        if (attempt >= MAX_TOKEN_ATTEMPTS) throw new VaultError('could not allocate a unique token');
        const subjectKeys = missing.map(() => this.keyring.newSubjectKey(tenant, keys));
        const rows = missing
          .map((h, i) => this.newEntry(tenant, keys, byHash.get(h)!, attempt, now, subjectKeys[i]!))
          // one insert order for every writer, so concurrent batches cannot deadlock
          .sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
        // the keys first: an entry is never stored without its key
        await this.keyring.store.addSubjectKeys(
          trx,
          tenant,
          subjectKeys.map((k) => k.wrapped),
          now,
        );
        for (const part of chunks(rows)) {
          await trx
            .insertInto('vault_entries')
            .values(part)
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
        // rows that did not land lost a race (same value: now found) or hit a token collision with
        // a different value (still missing: next attempt derives another token)
        await lookup(missing);
        const landed = new Set(
          rows.filter((r) => found.get(r.value_hash) === r.token).map((r) => r.subject_ref),
        );
        const orphans = subjectKeys.map((k) => k.ref).filter((ref) => !landed.has(ref));
        // a concurrent writer's entry won: its key is the one that counts, this one goes
        await this.keyring.store.deleteSubjectKeys(trx, tenant, orphans);
      }
      const tokens = [...new Set([...found].filter(([h]) => !erasedHashes.has(h)).map(([, t]) => t))].sort();
      for (const part of chunks(tokens)) {
        await trx
          .insertInto('vault_occurrences')
          .values(part.map((token) => ({ tenant, token, call_id: callId, created_at: now })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      return found;
    });
    input.onErased?.(itemHashes.filter((h) => erasedHashes.has(h)).length);
    return itemHashes.map((h) => tokenOf.get(h)!);
  }

  private newEntry(
    tenant: string,
    keys: TenantKeys,
    v: PendingValue,
    attempt: number,
    now: string,
    subject: SubjectKey,
  ) {
    const token = tokenFor(v.type, v.hash, attempt);
    const sealed = seal(
      subject.key,
      Buffer.from(v.value, 'utf8'),
      subjectValueAad(tenant, token, subject.ref),
    );
    return {
      tenant,
      token,
      value_hash: v.hashHex,
      data_key_version: keys.dataKeyVersion,
      iv: sealed.iv.toString('base64'),
      ciphertext: sealed.data.toString('base64'),
      created_at: now,
      subject_ref: subject.ref,
    };
  }

  private audit(
    db: Db,
    actor: Actor,
    action: AuditAction,
    tenant: string,
    tokens: readonly string[],
    purpose: string,
    outcome: string,
  ) {
    return appendAudit(db, this.auditKey, {
      actor,
      action,
      tenant,
      tokens,
      purpose,
      outcome,
      at: this.clock(),
    });
  }

  private async requireDpo(
    actor: Actor,
    action: AuditAction,
    tenant: string,
    tokens: readonly string[],
    purpose: string,
  ) {
    if (actor.role === REVEAL_ROLE) return;
    await this.audit(this.db, actor, action, tenant, tokens, purpose, 'forbidden');
    throw new ForbiddenError(`this action requires the ${REVEAL_ROLE} role`);
  }

  /**
   * Refuses (403, audited as forbidden) an actor that may not reveal, before any check of how its
   * tokens are spelled; the well-formed tokens are recorded by subject reference.
   */
  async requireRevealRole(request: RevealRequest): Promise<void> {
    if (request.actor.role === REVEAL_ROLE) return;
    const purpose = typeof request.purpose === 'string' ? request.purpose.trim() : '';
    const tokens = [...new Set(request.tokens.filter(isToken).map((t) => parseToken(t).token))];
    const { refs } = await this.entriesOfTokens(request.tenant, tokens);
    await this.requireDpo(request.actor, 'reveal', request.tenant, refs, purpose);
  }

  /** The vault rows of tokens and the subject references an audit record names them by. */
  private async entriesOfTokens(tenant: string, tokens: readonly string[]) {
    const rows = [];
    for (const part of chunks(tokens)) {
      rows.push(
        ...(await this.db
          .selectFrom('vault_entries')
          .select(['token', 'subject_ref', 'data_key_version', 'iv', 'ciphertext'])
          .where('tenant', '=', tenant)
          .where('token', 'in', part)
          .execute()),
      );
    }
    const unknown = tokens.length - rows.length;
    const refs = [
      ...rows.map((r) => subjectRefOf(this.auditKey, tenant, r)).sort(),
      ...(unknown > 0 ? [`unknown:${unknown}`] : []),
    ];
    return { rows, unknown, refs };
  }

  /**
   * Re-identification. The audit record is written after decryption and before anything is
   * returned; if it cannot be written, the caller gets an error and no value. Records name
   * subjects by reference, never by token.
   */
  async reveal(request: RevealRequest): Promise<RevealedValue[]> {
    const { tenant, actor } = request;
    const purpose = typeof request.purpose === 'string' ? request.purpose.trim() : '';
    // every attempt leaves a record, refusals included: who, what, why and the outcome
    const refuse = async (outcome: string, refs: readonly string[], err: Error): Promise<never> => {
      await this.audit(this.db, actor, 'reveal', tenant, refs, purpose, outcome);
      throw err;
    };
    // the role answers first: a caller who may not reveal learns nothing from how its tokens are
    // spelled (403 before any 400)
    await this.requireRevealRole(request);
    let parsed: ReturnType<typeof parseToken>[];
    try {
      parsed = request.tokens.map((t) => parseToken(t));
    } catch (err) {
      const malformed = request.tokens.filter((t) => !isToken(t)).length;
      return refuse(`refused: ${malformed} malformed token(s)`, [], err as Error);
    }
    const tokens = [...new Set(parsed.map((p) => p.token))];
    const { rows, unknown, refs } = await this.entriesOfTokens(tenant, tokens);
    if (!purpose) {
      await refuse('refused: no purpose', refs, new InputError('a purpose is required to reveal tokens'));
    }
    if (tokens.length === 0) await refuse('refused: no tokens', [], new InputError('no tokens given'));

    // one message for unknown, erased and other tenants' tokens: existence is not disclosed
    const notFound = () => new NotFoundError('token not found');
    if (unknown > 0) await refuse('not_found', refs, notFound());
    const values = new Map<string, string>();
    try {
      const keys = await this.keyring.tenantKeys(tenant);
      for (const r of rows) {
        const value = await this.decrypt(tenant, keys, r);
        // the entry outlived its key (a database restored from before an erasure): erased
        if (value === null) await refuse('not_found: subject key destroyed', refs, notFound());
        else values.set(r.token, value);
      }
    } catch (err) {
      if (err instanceof NotFoundError) throw err;
      await this.audit(this.db, actor, 'reveal', tenant, refs, purpose, 'integrity_error');
      throw err;
    }
    await this.audit(this.db, actor, 'reveal', tenant, refs, purpose, 'granted');
    return parsed.map((p) => ({ token: p.token, type: p.type, value: values.get(p.token)! }));
  }

  /** The plaintext of an entry, or null when its subject key is gone. */
  private async decrypt(
    tenant: string,
    keys: TenantKeys,
    row: {
      token: string;
      subject_ref: string | null;
      data_key_version: number;
      iv: string;
      ciphertext: string;
    },
  ): Promise<string | null> {
    if (row.data_key_version !== keys.dataKeyVersion) {
      throw new VaultError('vault entry uses an unknown data key version');
    }
    const sealed = { iv: Buffer.from(row.iv, 'base64'), data: Buffer.from(row.ciphertext, 'base64') };
    if (row.subject_ref === null) {
      return unseal(keys.dataKey, sealed, valueAad(tenant, row.token, row.data_key_version)).toString('utf8');
    }
    const key = await this.keyring.subjectKey(this.db, tenant, keys, row.subject_ref);
    if (!key) return null;
    return unseal(key, sealed, subjectValueAad(tenant, row.token, row.subject_ref)).toString('utf8');
  }

  /** The token a value has in the vault, or null (no write for unknown tenants or values). */
  private async entryOfValue(
    tenant: string,
    type: EntityType,
    value: string,
  ): Promise<{ token: string; subject_ref: string | null } | null> {
    const keys = await this.keyring.existingTenantKeys(tenant);
    if (!keys) return null;
    const hash = valueHash(keys.tokenKey, type, normaliseValue(type, value)).toString('hex');
    const row = await this.db
      .selectFrom('vault_entries')
      .select(['token', 'subject_ref'])
      .where('tenant', '=', tenant)
      .where('value_hash', '=', hash)
      .executeTakeFirst();
    return row ?? null;
  }

  private async callIdsOf(db: Db, tenant: string, token: string): Promise<string[]> {
    const rows = await db
      .selectFrom('vault_occurrences')
      .select('call_id')
      .where('tenant', '=', tenant)
      .where('token', '=', token)
      .orderBy('call_id')
      .execute();
    return rows.map((r) => r.call_id);
  }

  /** Data subject access: the calls in which the subject's value was tokenised. Audited. */
  async findOccurrences(request: SubjectRequest): Promise<SubjectResult> {
    const { tenant, actor } = request;
    const purpose = request.purpose?.trim() || 'data subject access request';
    await this.requireDpo(actor, 'access', tenant, [], purpose);
    const entry = await this.entryOfValue(tenant, request.type, request.value);
    const token = entry?.token ?? null;
    const callIds = token ? await this.callIdsOf(this.db, tenant, token) : [];
    await this.audit(
      this.db,
      actor,
      'access',
      tenant,
      entry ? [subjectRefOf(this.auditKey, tenant, entry)] : [],
      purpose,
      token ? 'found' : 'not_found',
    );
    return { token, callIds };
  }

  /**
   * Data subject erasure (crypto-shredding): the encrypted value and its occurrence rows are
   * deleted, so the token can never be reversed again. Returns the affected calls, which the
   * pipeline re-renders with placeholders. Deletion and audit record commit together.
   */
  async erase(request: SubjectRequest): Promise<ErasureResult> {
    const { tenant, actor } = request;
    const purpose = request.purpose?.trim() || 'data subject erasure request';
    await this.requireDpo(actor, 'erase', tenant, [], purpose);
    const keys = await this.keyring.tenantKeys(tenant);
    const hash = valueHash(keys.tokenKey, request.type, normaliseValue(request.type, request.value)).toString(
      'hex',
    );
    const entry = await this.entryOfValue(tenant, request.type, request.value);
    const token = entry?.token ?? null;
    const erasureId = `era_${randomBytes(12).toString('hex')}`;
    const now = this.clock().toISOString();
    const result = await this.db.transaction().execute(async (trx) => {
      const callIds = token ? await this.callIdsOf(trx, tenant, token) : [];
      // even a value not (yet) in the vault is tombstoned: later calls must not tokenise it
      await trx
        .insertInto('vault_tombstones')
        .values({ tenant, value_hash: hash, erasure_id: erasureId, created_at: now })
        .onConflict((oc) => oc.doNothing())
        .execute();
      if (token) {
        await trx
          .deleteFrom('vault_occurrences')
          .where('tenant', '=', tenant)
          .where('token', '=', token)
          .execute();
        await trx
          .deleteFrom('vault_entries')
          .where('tenant', '=', tenant)
          .where('token', '=', token)
          .execute();
        // crypto-shredding: without its key, every copy of the ciphertext (backups, WAL) is noise
        if (entry?.subject_ref) await this.keyring.store.deleteSubjectKeys(trx, tenant, [entry.subject_ref]);
      }
      await recordErasure(trx, { id: erasureId, tenant, type: request.type, token, callIds, now });
      await this.audit(
        trx,
        actor,
        'erase',
        tenant,
        entry ? [subjectRefOf(this.auditKey, tenant, entry)] : [],
        purpose,
        token ? `erased ${erasureId}` : `not_found ${erasureId}`,
      );
      return { token, callIds, erasureId };
    });
    await checkpointSqliteWal(this.db);
    return result;
  }

  /** Re-renders the erasure's affected calls that are not done yet (dpo; audited). */
  async resumeErasure(
    request: { tenant: string; erasureId: string; actor: Actor },
    rerender: RerenderCall,
    onProgress?: (p: ErasureProgress) => void,
  ): Promise<ErasureProgress> {
    const { tenant, actor, erasureId } = request;
    await this.requireDpo(actor, 'rerender', tenant, [], erasureId);
    const progress = await resumeErasure(this.db, tenant, erasureId, rerender, this.clock, onProgress);
    const outcome = `${progress.state} ${progress.rerendered.length}/${progress.callIds.length} failed ${progress.failures.length}`;
    await this.audit(this.db, actor, 'rerender', tenant, [], erasureId, outcome);
    // a completed erasure dropped the token it kept for re-rendering
    if (progress.state === 'complete') await checkpointSqliteWal(this.db);
    return progress;
  }

  /** Where an erasure's re-rendering stands (dpo). */
  async erasureProgress(request: {
    tenant: string;
    erasureId: string;
    actor: Actor;
  }): Promise<ErasureProgress> {
    await this.requireDpo(request.actor, 'rerender', request.tenant, [], request.erasureId);
    return erasureProgress(this.db, request.tenant, request.erasureId);
  }

  /** Master key rotation: see Keyring.rotate. Audited. */
  async rotate(newMasterKey: Buffer, actor: Actor): Promise<{ masterKeyVersion: number; rewrapped: number }> {
    const result = await this.keyring.rotate(newMasterKey);
    await this.audit(
      this.db,
      actor,
      'rotate',
      '*',
      [],
      'master key rotation',
      `version ${result.masterKeyVersion}`,
    );
    return result;
  }

  verifyAudit(checkpoints: readonly AuditCheckpoint[] = []): Promise<AuditVerification> {
    return verifyAudit(this.db, this.auditKey, checkpoints);
  }

  /** A signed checkpoint of the audit chain's head (write it out of band). */
  auditCheckpoint(): Promise<AuditCheckpoint> {
    return auditCheckpoint(this.db, this.auditKey, this.clock());
  }

  /** Retention across all tenants: see retention.ts. Audited as the given actor. */
  async runRetention(options: RetentionOptions, actor: Actor): Promise<RetentionResult> {
    const result = await runRetention(this.db, options, (db, tenant, refs) =>
      this.keyring.store.deleteSubjectKeys(db, tenant, refs),
    );
    const outcome = `entries ${result.entries}, occurrences ${result.occurrences}, raw ${result.rawFiles ?? '-'}`;
    await this.audit(
      this.db,
      actor,
      'retention',
      '*',
      [],
      `retention ${options.olderThanDays} days`,
      outcome,
    );
    return result;
  }
}
