/**
 * Registers the service commands: serve (HTTP API), worker (BullMQ worker), keys (API keys) and
 * reprocess (archive runs on the bulk queue). They need Redis and/or the database; the redact,
 * detect and eval commands do not. The API server and the worker are loaded when `serve` and
 * `worker` start: the CLI has no static import of src/api/ (its use cases live in src/calls/).
 */
import fs from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { loadConfig } from '../config.js';
import { coerceError, InputError, VaultIntegrityError } from '../errors.js';
import { createApiKey, listApiKeys, revokeApiKey, ROLES, type Role } from '../keys/api-keys.js';
import { createLogger } from '../log.js';
import { runReprocess } from './reprocess.js';
import { parseTags } from '../calls/tags.js';
import { withDatabase } from './with-database.js';

/**
 * A service that cannot start exits non-zero with the reason, at once: whatever it had opened
 * (Redis connections retrying, timers) must not keep a half-started process alive.
 */
function exitOnStartFailure(what: string): (err: unknown) => never {
  return (err) => {
    const error = coerceError(err);
    const hint =
      error instanceof VaultIntegrityError
        ? ' (VAULT_MASTER_KEY / VAULT_MASTER_KEY_FILE is not the key this vault was created with)'
        : '';
    process.stderr.write(`callredact ${what}: cannot start: ${error.message}${hint}\n`);
    process.exit(1);
  };
}

export function registerServiceCommands(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP upload API (PORT, REDIS_URL, DATABASE_URL/SQLITE_PATH, STORAGE_DIR)')
    .action(async () => {
      const config = loadConfig();
      const { startServer } = await import('../api/server.js');
      await startServer(config, createLogger({ level: config.LOG_LEVEL ?? 'info' })).catch(
        exitOnStartFailure('serve'),
      );
    });

  program
    .command('worker')
    .description('run one queue worker process (interactive and bulk lanes); run more to scale out')
    .action(async () => {
      const config = loadConfig();
      const { startWorker } = await import('../queue/worker.js');
      await startWorker(config, createLogger({ level: config.LOG_LEVEL ?? 'info' })).catch(
        exitOnStartFailure('worker'),
      );
    });

  const keys = program.command('keys').description('API keys (only their hash is stored)');
  keys
    .command('create')
    .description('create a key and print it once')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).makeOptionMandatory())
    .option('--tenant <name>', 'tenant (default $TENANT)')
    .option('--label <text>', 'what the key is for', '')
    .action(async (opts: { role: Role; tenant?: string; label: string }) => {
      const created = await withDatabase((db) =>
        createApiKey(db, { role: opts.role, tenant: opts.tenant ?? loadConfig().TENANT, label: opts.label }),
      );
      process.stdout.write(`${created.key}\n`);
      process.stderr.write(
        `key id ${created.id} (${created.role}, tenant ${created.tenant}); the key is shown only once\n`,
      );
    });
  keys
    .command('list')
    .description('list keys (ids, roles, tenants, labels; never the keys)')
    .action(async () => {
      const rows = await withDatabase((db) => listApiKeys(db));
      for (const k of rows) process.stdout.write(`${JSON.stringify(k)}\n`);
    });
  keys
    .command('revoke')
    .description('revoke a key by id')
    .argument('<id>')
    .action(async (id: string) => {
      const revoked = await withDatabase((db) => revokeApiKey(db, id));
      if (!revoked) throw new InputError(`no active key with id ${id}`);
      process.stdout.write(`revoked ${id}\n`);
    });

  program
    .command('reprocess')
    .description('re-process an archive folder through the bulk queue (workers must be running)')
    .argument('<folder>', 'folder of calls: audio + transcript paired by base name')
    .option('--policy <file>', 'policy JSON for every call')
    .option('--tenant <name>', 'tenant (default $TENANT)')
    .option('--wait', 'follow the calls until they have all finished')
    .option('--tag <tag...>', 'tags for every call, shown and filterable in the console (a-z 0-9 ._:/-)')
    .action(
      async (folder: string, opts: { policy?: string; tenant?: string; wait?: boolean; tag?: string[] }) => {
        const config = loadConfig();
        const policyJson = opts.policy
          ? await fs.readFile(opts.policy, 'utf8').catch(() => {
              throw new InputError(`${opts.policy}: cannot read policy`);
            })
          : undefined;
        const result = await runReprocess(
          {
            folder,
            tenant: opts.tenant ?? config.TENANT,
            policyJson,
            wait: opts.wait ?? false,
            tags: parseTags(opts.tag),
          },
          config,
          createLogger({ level: config.LOG_LEVEL ?? 'error' }),
        );
        const fresh = result.submitted.filter((s) => s.created).length;
        process.stdout.write(
          `submitted ${result.submitted.length} call(s) to the bulk queue (${fresh} new), rejected ${result.rejected.length}\n`,
        );
        for (const s of result.submitted) process.stdout.write(`${s.name}\t${s.id}\n`);
        for (const r of result.rejected) process.stdout.write(`rejected: ${r.name}: ${r.error}\n`);
        if (result.finished) {
          process.stdout.write(
            `finished: ${result.finished.completed} completed, ${result.finished.failed} failed\n`,
          );
        }
        if (result.rejected.length > 0 || (result.finished?.failed ?? 0) > 0) process.exitCode = 1;
      },
    );
}
