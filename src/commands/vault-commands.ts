/**
 * The vault's CLI commands as plain functions: explicit arguments in, printable text out. The CLI
 * (vault-cli.ts) opens the vault (requireVault), authenticates the key (cli-credential.ts) and prints
 * the result.
 */
import {
  type SubjectAccessExport,
  subjectAccess,
  type SubjectErasureResult,
  subjectErase,
} from '../calls/subject-requests.js';
import { folderOutputs } from '../storage/call-outputs.js';
import { InputError } from '../errors.js';
import type { RetentionSummary } from '../maintenance/retention.js';
import type { OrphanSweep } from '../storage/orphan-sweep.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { Actor } from '../vault/audit.js';
import { loadMasterKey, type VaultLogger } from '../vault/master-key.js';
import type { RetentionOptions } from '../vault/retention.js';
import { parseCheckpoints } from '../vault/audit.js';
import type { ErasureProgress, RerenderCall } from '../vault/erasures.js';
import type { Vault } from '../vault/vault.js';

function entityType(input: string): EntityType {
  const type = input.trim().toUpperCase();
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new InputError(`unknown entity type; expected one of ${ENTITY_TYPES.join(', ')}`);
  }
  return type as EntityType;
}

/** `vault reveal TOKEN... --purpose TEXT`: one `TOKEN<TAB>value` line per token. */
export async function vaultRevealCommand(args: {
  vault: Vault;
  tenant: string;
  actor: Actor;
  tokens: string[];
  purpose: string;
}): Promise<string> {
  const revealed = await args.vault.reveal(args);
  return revealed.map((r) => `${r.token}\t${r.value}`).join('\n');
}

/** `vault rotate --new-key-file PATH`: the new key comes from a file, never from argv. */
export async function vaultRotateCommand(args: {
  vault: Vault;
  actor: Actor;
  newKeyFile: string;
  logger: VaultLogger;
}): Promise<string> {
  const newKey = await loadMasterKey({ keyFile: args.newKeyFile }, args.logger);
  if (!newKey) throw new InputError('a new master key file is required');
  const { masterKeyVersion, rewrapped } = await args.vault.rotate(newKey, args.actor);
  return (
    `master key rotated to version ${masterKeyVersion}; ${rewrapped} tenant key(s) rewrapped.\n` +
    `Point VAULT_MASTER_KEY_FILE (or VAULT_MASTER_KEY) at the new key before the next start; ` +
    `the old key no longer opens the vault.`
  );
}

interface SubjectArgs {
  vault: Vault;
  tenant: string;
  actor: Actor;
  type: string;
  value: string;
  purpose?: string;
}

/** `vault access --type T --value V`: the calls the subject's value appears in. */
export async function vaultAccessCommand(args: SubjectArgs): Promise<string> {
  const { token, callIds } = await args.vault.findOccurrences({ ...args, type: entityType(args.type) });
  if (!token) return 'value not found in the vault';
  return [`token ${token} appears in ${callIds.length} call(s):`, ...callIds].join('\n');
}

const seconds = (t: number | null) => (t === null ? '?' : t.toFixed(2));

/** The access export as text: per subject its token (and value), per call each occurrence. */
export function accessExportText(e: SubjectAccessExport): string {
  const lines: string[] = [];
  for (const [i, s] of e.subjects.entries()) {
    const head = `subject ${i + 1} (${s.type})`;
    if (!s.token) {
      lines.push(`${head}: not found in the vault`);
      continue;
    }
    const value = s.value === undefined ? '' : `, value ${JSON.stringify(s.value)}`;
    lines.push(`${head}: token ${s.token}${value}; ${s.calls.length} call(s)`);
    for (const c of s.calls) {
      lines.push(`  ${c.callId}: ${c.occurrences.length} occurrence(s)`);
      for (const o of c.occurrences) {
        const who = [
          o.speaker ? `speaker ${o.speaker}` : null,
          o.channel === null ? null : `channel ${o.channel}`,
        ]
          .filter(Boolean)
          .join(', ');
        lines.push(
          `    ${o.field} words ${o.start_word}-${o.end_word}, ${seconds(o.start)}-${seconds(o.end)} s` +
            (who ? ` (${who})` : ''),
        );
      }
    }
  }
  return lines.join('\n');
}

/**
 * `vault access --type T [--value V] [--purpose P] [--json]`: the same export as
 * POST /v1/subjects/access (JSON), or a readable summary of it. With a purpose the value is
 * revealed (an audited reveal), as over HTTP.
 */
export async function vaultAccessExportCommand(
  args: SubjectArgs & { outputRoots: readonly string[]; json?: boolean },
): Promise<string> {
  const result = await subjectAccess({
    vault: args.vault,
    tenant: args.tenant,
    actor: args.actor,
    outputs: folderOutputs(args.outputRoots),
    subjects: [{ type: entityType(args.type), value: args.value }],
    purpose: args.purpose,
  });
  return args.json ? JSON.stringify(result, null, 2) : accessExportText(result);
}

/** `vault erase ... --json`: the same result as POST /v1/subjects/erase. */
export async function vaultEraseExportCommand(
  args: SubjectArgs & { outputRoots: readonly string[]; rerender: boolean },
): Promise<SubjectErasureResult> {
  return subjectErase({
    vault: args.vault,
    tenant: args.tenant,
    actor: args.actor,
    outputs: folderOutputs(args.outputRoots),
    subjects: [{ type: entityType(args.type), value: args.value }],
    purpose: args.purpose,
    rerender: args.rerender,
  });
}

/** Re-renders one call's outputs without a token (storage/rerender.ts bound to output roots). */
export type { RerenderCall } from '../vault/erasures.js';

/** Progress of an erasure's re-rendering, one readable block. */
export function erasureText(p: ErasureProgress): string {
  const lines = [
    `erasure ${p.id}: ${p.state === 'complete' ? 'complete' : 're-render pending'}; ` +
      `${p.rerendered.length} of ${p.callIds.length} call(s) re-rendered`,
  ];
  for (const f of p.failures) lines.push(`  failed ${f.callId}: ${f.code} ${f.message}`);
  if (p.state !== 'complete') lines.push(`resume with: callredact vault rerender ${p.id}`);
  return lines.join('\n');
}

/**
 * `vault erase --type T --value V`: crypto-shreds the value, records the erasure with its affected
 * calls and, with `rerender`, re-renders their published outputs (placeholder instead of token).
 */
export async function vaultEraseCommand(args: SubjectArgs & { rerender?: RerenderCall }): Promise<string> {
  const { token, callIds, erasureId } = await args.vault.erase({ ...args, type: entityType(args.type) });
  if (!token)
    return `value not found in the vault; erasure ${erasureId} recorded, later calls will not tokenise it`;
  const lines = [
    `token ${token} erased; it can no longer be revealed. erasure ${erasureId}, ${callIds.length} call(s) affected:`,
    ...callIds,
  ];
  if (args.rerender) {
    const progress = await args.vault.resumeErasure(
      { tenant: args.tenant, erasureId, actor: args.actor },
      args.rerender,
    );
    lines.push(erasureText(progress));
  } else {
    lines.push(`re-render their outputs with: callredact vault rerender ${erasureId}`);
  }
  return lines.join('\n');
}

/** `vault rerender ERASURE_ID`: resumes re-rendering; ok is false while calls remain. */
export async function vaultRerenderCommand(args: {
  vault: Vault;
  tenant: string;
  actor: Actor;
  erasureId: string;
  rerender: RerenderCall;
  onProgress?: (p: ErasureProgress) => void;
}): Promise<{ ok: boolean; text: string; progress: ErasureProgress }> {
  const progress = await args.vault.resumeErasure(
    { tenant: args.tenant, erasureId: args.erasureId, actor: args.actor },
    args.rerender,
    args.onProgress,
  );
  return { ok: progress.state === 'complete', text: erasureText(progress), progress };
}

const KEY_HINT = 'VAULT_AUDIT_KEY(_FILE), or derived from the vault master key when that is unset';

/** `audit verify [--checkpoint FILE]`: exit non-zero when ok is false; names the key it needs. */
export async function auditVerifyCommand(args: {
  vault: Vault;
  checkpoints?: string;
}): Promise<{ ok: boolean; text: string }> {
  const checkpoints = args.checkpoints === undefined ? [] : parseCheckpoints(args.checkpoints);
  const result = await args.vault.verifyAudit(checkpoints);
  const anchored = checkpoints.length
    ? `, matches ${checkpoints.length} checkpoint(s)`
    : ', no checkpoint given';
  return result.ok
    ? {
        ok: true,
        text: `audit log intact: ${result.records} record(s)${anchored} (audit key ${result.keyId})`,
      }
    : {
        ok: false,
        text:
          `audit log broken at record ${result.brokenId}: ${result.reason}\n` +
          `verified with audit key ${result.keyId} (${KEY_HINT})`,
      };
}

/** `audit checkpoint`: one signed JSON line (head id, head hash, count, time, key id, MAC). */
export async function auditCheckpointCommand(args: { vault: Vault }): Promise<string> {
  return JSON.stringify(await args.vault.auditCheckpoint());
}

/** `retention run [--days N]` through an open vault: days default to RETENTION_DAYS. */
export async function retentionRunCommand(
  args: { vault: Vault; actor: Actor } & Omit<RetentionOptions, 'now'> & { now?: Date },
): Promise<string> {
  const result = await args.vault.runRetention(
    {
      olderThanDays: args.olderThanDays,
      now: args.now ?? new Date(),
      ...(args.deleteRawOlderThan ? { deleteRawOlderThan: args.deleteRawOlderThan } : {}),
    },
    args.actor,
  );
  return retentionText({
    cutoff: result.cutoff,
    rawFiles: result.rawFiles,
    vault: { entries: result.entries, occurrences: result.occurrences },
  });
}

/** What a retention run deleted; raw uploads are left out when the run did not look at them. */
export function retentionText(
  summary: Omit<RetentionSummary, 'rawFiles' | 'orphans'> & { rawFiles?: number; orphans?: OrphanSweep },
): string {
  const o = summary.orphans;
  const orphans =
    o && o.incomingFiles + o.stagingFolders > 0
      ? `; ${o.incomingFiles} orphaned upload file(s), ${o.stagingFolders} staging folder(s) removed`
      : '';
  const raw = summary.rawFiles === undefined ? undefined : `${summary.rawFiles} raw upload(s)`;
  if (!summary.vault)
    return `retention cutoff ${summary.cutoff}: ${raw ?? '0 raw upload(s)'} deleted (no vault configured)${orphans}`;
  const parts = [
    `${summary.vault.entries} vault entr(ies)`,
    `${summary.vault.occurrences} occurrence row(s)`,
    ...(raw ? [raw] : []),
  ];
  return `retention cutoff ${summary.cutoff}: ${parts.join(', ')} deleted${orphans}`;
}
