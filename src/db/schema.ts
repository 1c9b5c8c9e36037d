/**
 * Table types for kysely. Each module that owns tables adds its interfaces here and its DDL as a
 * migration under migrations/. Timestamps are ISO-8601 strings (portable across both backends).
 */
export interface Tables {
  vault_master_keys: VaultMasterKeysTable;
  vault_tenant_keys: VaultTenantKeysTable;
  vault_entries: VaultEntriesTable;
  vault_occurrences: VaultOccurrencesTable;
  vault_audit: VaultAuditTable;
  api_keys: ApiKeysTable;
  calls: CallsTable;
  archive_runs: ArchiveRunsTable;
  archive_items: ArchiveItemsTable;
  archive_outputs: ArchiveOutputsTable;
}

/** API keys: only the sha256 of the key is stored (src/keys). */
export interface ApiKeysTable {
  id: string;
  key_hash: string;
  role: string;
  tenant: string;
  label: string;
  created_at: string;
  revoked_at: string | null;
}

/** The call ledger: one row per submitted call (src/calls/ledger.ts). counts/timings are JSON. */
export interface CallsTable {
  id: string;
  tenant: string;
  owner_key_id: string;
  lane: string;
  state: string;
  stage: string | null;
  percent: number | null;
  audio_key: string;
  transcript_key: string;
  policy_key: string;
  output_key: string;
  callback_url: string | null;
  counts: string | null;
  timings: string | null;
  failure_code: string | null;
  failure_message: string | null;
  created_at: string;
  updated_at: string;
}

/** Archive runs (src/archive): the run, its listing cursor; counts come from its items. */
export interface ArchiveRunsTable {
  id: string;
  tenant: string;
  source: string;
  dest: string;
  policy_sha: string;
  policy_json: string;
  /** running | stopped | finished */
  state: string;
  cursor: string | null;
  enumerated: number;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** One call (or unpaired file) of an archive run: done | skipped | failed | unpaired. */
export interface ArchiveItemsTable {
  run_id: string;
  name: string;
  state: string;
  audio_key: string | null;
  transcript_key: string | null;
  call_id: string | null;
  /** error code and PII-free message, or why a file is unpaired */
  reason: string | null;
  updated_at: string;
}

/** Outputs already published: call id + pipeline version, at a destination and name. */
export interface ArchiveOutputsTable {
  work_key: string;
  dest: string;
  name: string;
  created_at: string;
}

/** Vault (src/vault): one row per master key version; only a key-check value, never the key. */
export interface VaultMasterKeysTable {
  version: number;
  key_check: string;
  created_at: string;
}

/** Per-tenant data key and token (HMAC) key, each AES-GCM-wrapped with the master key. */
export interface VaultTenantKeysTable {
  tenant: string;
  data_key_version: number;
  master_key_version: number;
  wrapped_data_key: string;
  wrapped_token_key: string;
  created_at: string;
}

/** token -> encrypted normalised value. value_hash is the full keyed HMAC (no plaintext). */
export interface VaultEntriesTable {
  tenant: string;
  token: string;
  value_hash: string;
  data_key_version: number;
  iv: string;
  ciphertext: string;
  created_at: string;
}

/** Which calls a token appears in (data subject access and erasure). */
export interface VaultOccurrencesTable {
  tenant: string;
  token: string;
  call_id: string;
  created_at: string;
}

/** Append-only, hash-chained record of every re-identification and data subject request. */
export interface VaultAuditTable {
  id: number;
  at: string;
  actor_id: string;
  actor_role: string;
  action: string;
  tenant: string;
  /** JSON array of tokens */
  tokens: string;
  purpose: string;
  outcome: string;
  prev_hash: string;
  hash: string;
}
