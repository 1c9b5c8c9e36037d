/**
 * One retention run: raw uploads older than the retention age are deleted and, when a vault is
 * configured, vault entries and occurrence rows too (pseudonymised outputs become anonymised).
 * Shared by `callredact retention run` (which prints the summary) and the workers' daily
 * repeatable job (which logs it).
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { sweepOrphans, type OrphanSweep } from '../storage/orphan-sweep.js';
import { openStore } from '../storage/open-store.js';
import { deleteRawOlderThan } from '../storage/raw-retention.js';
import type { Actor } from '../vault/audit.js';
import { openVaultFromConfig } from '../vault/open-from-config.js';

const DAY_MS = 86_400_000;

export interface RetentionSummary {
  /** ISO time: what is older than this was deleted */
  cutoff: string;
  rawFiles: number;
  /** null when no vault is configured */
  vault: { entries: number; occurrences: number } | null;
  /** orphaned upload files and staging folders removed (older than ORPHAN_MAX_AGE_MS) */
  orphans: OrphanSweep;
}

export async function runRetentionOnce(
  config: Config,
  logger: Logger,
  options: { olderThanDays: number; actor: Actor; now?: Date },
): Promise<RetentionSummary> {
  const now = options.now ?? new Date();
  const orphans = await sweepOrphans(config.STORAGE_DIR, config.ORPHAN_MAX_AGE_MS, now.getTime());
  // raw uploads live in the service's store (STORAGE_URL's bucket, else the STORAGE_DIR folder)
  const store = openStore(config);
  const deleteRaw = (cutoff: Date) => deleteRawOlderThan(store, cutoff);
  let opened: Awaited<ReturnType<typeof openVaultFromConfig>> = null;
  try {
    opened = await openVaultFromConfig(config, logger);
    if (!opened) {
      const cutoff = new Date(now.getTime() - options.olderThanDays * DAY_MS);
      return { cutoff: cutoff.toISOString(), rawFiles: await deleteRaw(cutoff), vault: null, orphans };
    }
    const result = await opened.vault.runRetention(
      { olderThanDays: options.olderThanDays, now, deleteRawOlderThan: deleteRaw },
      options.actor,
    );
    return {
      cutoff: result.cutoff,
      rawFiles: result.rawFiles ?? 0,
      vault: { entries: result.entries, occurrences: result.occurrences },
      orphans,
    };
  } finally {
    await opened?.close();
    await store.close();
  }
}
