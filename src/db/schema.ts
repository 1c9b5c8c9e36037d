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
  vault_tombstones: VaultTombstonesTable;
  vault_erasures: VaultErasuresTable;
  vault_subject_keys: VaultSubjectKeysTable;
  api_keys: ApiKeysTable;
  calls: CallsTable;
  sessions: SessionsTable;
  call_approvals: CallApprovalsTable;
  share_links: ShareLinksTable;
  share_openings: ShareOpeningsTable;
  archive_runs: ArchiveRunsTable;
  archive_items: ArchiveItemsTable;
  archive_outputs: ArchiveOutputsTable;
  call_versions: CallVersionsTable;
  call_corrections: CallCorrectionsTable;
  exports: ExportsTable;
  archive_published: ArchivePublishedTable;
  archive_policies: ArchivePoliciesTable;
  call_tags: CallTagsTable;
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
  /** length of the call's audio (null: transcript only, or completed before it was recorded) */
  audio_seconds: number | null;
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
  /** running (listing) | draining (--queue: listed, jobs in flight) | stopped | finished */
  state: string;
  cursor: string | null;
  enumerated: number;
  /** inline | queue */
  mode: string;
  /** 1, then +1 for each re-run and retry: part of queue job ids */
  pass: number;
  /** pairing rules (archive/pairing.ts); null: same base name */
  pairing_json: string | null;
  started_at: string;
  updated_at: string;
  finished_at: string | null;
}

/** One call (or unpaired file) of an archive run: queued | done | skipped | failed | unpaired. */
export interface ArchiveItemsTable {
  run_id: string;
  name: string;
  /** short hash of the name: the queue job names the item by it (names stay out of Redis) */
  item_key: string | null;
  /** hash of the tenant and the source files' keys, sizes and versions (see archive/run.ts) */
  source_fp: string | null;
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

/** What is published at a destination name, and from what: content, policy, pipeline version. */
export interface ArchivePublishedTable {
  dest: string;
  name: string;
  call_id: string;
  /** audio sha256 + transcript sha256 */
  content_sha: string;
  policy_sha: string;
  pipeline_version: string;
  /** entity types the published call contains (JSON array) */
  types_json: string;
  /** the source files' fingerprint when published (see archive/run.ts) */
  source_fp: string | null;
  /** `<bytes>:<version>` of the manifest published (see archive/run.ts); null: unknown */
  manifest_version: string | null;
  updated_at: string;
}

/** Policies of archive runs by hash (to compare an earlier policy with a changed one). */
export interface ArchivePoliciesTable {
  policy_sha: string;
  policy_json: string;
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
  /** per-subject key reference (vault_subject_keys); null for entries sealed with the tenant data key */
  subject_ref: string | null;
}

/** Values erased by a data subject request: later calls saying them get a one-off replacement. */
export interface VaultTombstonesTable {
  tenant: string;
  value_hash: string;
  erasure_id: string;
  created_at: string;
}

/** Erasure requests and their re-rendering progress (JSON arrays of call ids). */
export interface VaultErasuresTable {
  id: string;
  tenant: string;
  entity_type: string;
  token: string | null;
  state: string;
  call_ids: string;
  rerendered: string;
  failures: string;
  created_at: string;
  updated_at: string;
}

/**
 * One random key per vault entry, wrapped with the tenant data key; erasure deletes it. The
 * database key store's table (unused with VAULT_KEYSTORE_DIR); master_key_version holds the version
 * of the tenant data key that wraps it.
 */
export interface VaultSubjectKeysTable {
  tenant: string;
  ref: string;
  master_key_version: number;
  wrapped_key: string;
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
  /** JSON: subject references (never tokens) and counts of tokens not in the vault */
  tokens: string;
  purpose: string;
  outcome: string;
  prev_hash: string;
  hash: string;
  /** id of the audit key that keyed this record's HMAC; null for unkeyed legacy records */
  key_id: string | null;
}

/** Review console sessions (src/console/sessions.ts): only the sha256 of the session id is stored. */
export interface SessionsTable {
  id_hash: string;
  key_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** Approved versions of a call's published output (src/console/shares.ts). */
export interface CallApprovalsTable {
  call_id: string;
  version: number;
  tenant: string;
  approved_by: string;
  approved_at: string;
}

/** Share links to an approved version: only the sha256 of the link token is stored. */
export interface ShareLinksTable {
  id: string;
  token_hash: string;
  call_id: string;
  version: number;
  tenant: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  revoked_by: string | null;
  revoked_at: string | null;
}

/** Every opening of a share link, refused ones included. */
export interface ShareOpeningsTable {
  share_id: string;
  at: string;
  outcome: string;
}

/** Tags given to a call at upload; created_at is the call's, for paging the list by tag. */
export interface CallTagsTable {
  call_id: string;
  tenant: string;
  tag: string;
  created_at: string;
}

/** Corrected versions of a call (version 1, the worker's output, has no row). */
export interface CallVersionsTable {
  call_id: string;
  version: number;
  tenant: string;
  /** storage prefix the version is published under */
  output_key: string;
  /** rendering | ready | failed */
  state: string;
  created_by: string;
  created_at: string;
  render_ms: number | null;
  /** why a failed version failed (`CODE: message`, PII-free); null otherwise */
  failure: string | null;
}

/** A reviewer's correction: a word range of the original transcript (indices only, never text). */
export interface CallCorrectionsTable {
  call_id: string;
  /** the version this correction first produced */
  version: number;
  /** order within the version */
  seq: number;
  tenant: string;
  /** add | remove */
  action: string;
  /** the type added, or the type of the removed redaction */
  entity_type: string;
  start_word: number;
  end_word: number;
  created_by: string;
  created_at: string;
}

/** Dataset exports requested over the API (src/export/jobs.ts); request/summary are JSON. */
export interface ExportsTable {
  id: string;
  tenant: string;
  created_by: string;
  request: string;
  state: string;
  summary: string | null;
  error_code: string | null;
  error: string | null;
  result_key: string | null;
  created_at: string;
  finished_at: string | null;
}
