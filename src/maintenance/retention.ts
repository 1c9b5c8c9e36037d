/**
 * One retention run: raw uploads older than the retention age are deleted and, when a vault is
 * configured, vault entries and occurrence rows too (pseudonymised outputs become anonymised).
 * Shared by `callredact retention run` and the workers' daily repeatable job.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { deleteRawOlderThan } from '../storage/raw-retention.js';
import { openVaultFromConfig } from '../vault/open-from-config.js';
import { retentionRunCommand } from '../vault/commands.js';
import type { Actor } from '../vault/audit.js';

const DAY_MS = 86_400_000;

export async function runRetentionOnce(
  config: Config,
  logger: Logger,
  options: { olderThanDays: number; actor: Actor; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const deleteRaw = (cutoff: Date) => deleteRawOlderThan(config.STORAGE_DIR, cutoff);
  const opened = await openVaultFromConfig(config, logger);
  if (!opened) {
    const cutoff = new Date(now.getTime() - options.olderThanDays * DAY_MS);
    const raw = await deleteRaw(cutoff);
    return `retention cutoff ${cutoff.toISOString()}: ${raw} raw upload(s) deleted (no vault configured)`;
  }
  try {
    return await retentionRunCommand({
      vault: opened.vault,
      actor: options.actor,
      olderThanDays: options.olderThanDays,
      now,
      deleteRawOlderThan: deleteRaw,
    });
  } finally {
    await opened.close();
  }
}
