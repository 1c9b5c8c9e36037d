/**
 * Registers the vault, audit and retention commands on the CLI. Each opens the vault from the
 * configuration, runs one function of vault-commands.ts and closes it again. Subject values
 * for access/erase are read from stdin when --value is not given, so they stay out of shell history.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import type { Config } from '../config.js';
import { rerenderCallIn } from '../storage/rerender.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { requireVault, type OpenedVault } from '../vault/open-from-config.js';
import {
  auditCheckpointCommand,
  auditVerifyCommand,
  retentionText,
  vaultAccessExportCommand,
  vaultEraseCommand,
  vaultEraseExportCommand,
  vaultRevealCommand,
  vaultRerenderCommand,
  vaultRotateCommand,
} from './vault-commands.js';
import { InputError } from '../errors.js';
import { type Db, openDatabase } from '../db/database.js';
import type { Role } from '../keys/api-keys.js';
import type { Actor } from '../vault/audit.js';
import { cliPrincipal } from './cli-credential.js';
import { runRetentionOnce } from '../maintenance/retention.js';

async function withVault<T>(
  fn: (opened: OpenedVault, ctx: ReturnType<typeof context>) => Promise<T>,
): Promise<T> {
  const ctx = context();
  const opened = await requireVault(ctx.config, ctx.logger);
  try {
    return await fn(opened, ctx);
  } finally {
    await opened.close();
  }
}

function context() {
  const config = loadConfig();
  return { config, logger: createLogger({ level: config.LOG_LEVEL ?? 'warn' }) };
}

async function readTextFile(file: string): Promise<string> {
  return fs.readFile(file, 'utf8').catch((err: unknown) => {
    throw new InputError('file cannot be read', { cause: err, details: { path: file } });
  });
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new InputError('give --value, or pipe the value on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const value = Buffer.concat(chunks).toString('utf8').trim();
  if (!value) throw new InputError('no value on stdin');
  return value;
}

interface SubjectFlags {
  type: string;
  value?: string;
  purpose?: string;
  keyFile?: string;
  tenant?: string;
}

/**
 * The actor and tenant of a CLI command, from the API key presented (never a claimed role). The
 * tenant is the key's; --tenant, when given, must name it.
 */
async function cliActor(
  db: Db,
  config: Config,
  opts: { keyFile?: string; tenant?: string },
  roles?: Role[],
): Promise<{ actor: Actor; tenant: string }> {
  const principal = await cliPrincipal(
    db,
    { keyFile: opts.keyFile, apiKey: config.CALLREDACT_API_KEY },
    { tenant: opts.tenant, ...(roles ? { roles } : {}) },
  );
  return { actor: { id: principal.id, role: principal.role }, tenant: principal.tenant };
}

export function registerVaultCommands(program: Command): void {
  const vault = program.command('vault').description('pseudonymisation vault: reveal, rotate, access, erase');
  vault
    .command('reveal')
    .description('re-identify tokens (dpo role; audited before any value is shown)')
    .argument('<tokens...>', 'tokens, with or without brackets')
    .requiredOption('--purpose <text>', 'why the values are needed (recorded in the audit log)')
    .option('--key-file <file>', 'file (mode 0600) holding your API key (default $CALLREDACT_API_KEY)')
    .option('--tenant <name>', 'tenant (default $TENANT)')
    .action(async (tokens: string[], opts: { purpose: string; keyFile?: string; tenant?: string }) => {
      const text = await withVault(async ({ vault: v, database }, { config }) =>
        vaultRevealCommand({
          vault: v,
          ...(await cliActor(database.db, config, opts)),
          tokens: tokens.map((t) => t.replace(/^\[|\]$/g, '')),
          purpose: opts.purpose,
        }),
      );
      process.stdout.write(text + '\n');
    });
  vault
    .command('rotate')
    .description('add a master key version and rewrap the tenant keys (values are not decrypted)')
    .requiredOption('--new-key-file <file>', 'file holding the new 32-byte key (base64 or hex)')
    .option('--key-file <file>', 'file (mode 0600) holding your API key (default $CALLREDACT_API_KEY)')
    .action(async (opts: { newKeyFile: string; keyFile?: string }) => {
      const text = await withVault(async ({ vault: v, database }, { config, logger }) =>
        vaultRotateCommand({
          vault: v,
          actor: (await cliActor(database.db, config, opts, ['admin'])).actor,
          newKeyFile: opts.newKeyFile,
          logger,
        }),
      );
      process.stdout.write(text + '\n');
    });
  const subjectCommand = (name: string, description: string) =>
    vault
      .command(name)
      .description(description)
      .requiredOption('--type <type>', 'entity type, e.g. PHONE_NUMBER')
      .option('--value <value>', 'the value (read from stdin when omitted)')
      .option('--purpose <text>', 'recorded in the audit log')
      .option('--key-file <file>', 'file (mode 0600) holding your API key (default $CALLREDACT_API_KEY)')
      .option('--tenant <name>', 'tenant (default $TENANT)');
  const subjectArgs = async (opts: SubjectFlags, { vault: v, database }: OpenedVault, config: Config) => ({
    vault: v,
    ...(await cliActor(database.db, config, opts)),
    type: opts.type,
    value: opts.value ?? (await readStdin()),
    ...(opts.purpose ? { purpose: opts.purpose } : {}),
  });

  subjectCommand(
    'access',
    'export where a value appears: calls, fields, types, times, token, and with --purpose the value (dpo role)',
  )
    .option('--json', 'the machine-readable export of POST /v1/subjects/access')
    .option('--outputs <dirs...>', 'output roots holding published calls (default $STORAGE_DIR/outputs)')
    .action(async (opts: SubjectFlags & { json?: boolean; outputs?: string[] }) => {
      const text = await withVault(async (opened, { config }) =>
        vaultAccessExportCommand({
          ...(await subjectArgs(opts, opened, config)),
          outputRoots: opts.outputs ?? [path.join(config.STORAGE_DIR, 'outputs')],
          json: opts.json === true,
        }),
      );
      process.stdout.write(text + '\n');
    });
  subjectCommand('erase', 'crypto-shred a value: its token can never be revealed again (dpo role)')
    .option('--rerender', 'replace the token by a placeholder in the published outputs of the affected calls')
    .option('--outputs <dirs...>', 'output roots to re-render (default $STORAGE_DIR/outputs and /versions)')
    .option('--json', 'the machine-readable result of POST /v1/subjects/erase')
    .action(async (opts: SubjectFlags & { rerender?: boolean; outputs?: string[]; json?: boolean }) => {
      const text = await withVault(async (opened, { config }) => {
        const roots = opts.outputs ?? [
          path.join(config.STORAGE_DIR, 'outputs'),
          path.join(config.STORAGE_DIR, 'versions'),
        ];
        const args = await subjectArgs(opts, opened, config);
        if (opts.json) {
          const result = await vaultEraseExportCommand({
            ...args,
            outputRoots: roots,
            rerender: opts.rerender === true,
          });
          if (opts.rerender && result.erasures.some((e) => e.state !== 'complete')) process.exitCode = 1;
          return JSON.stringify(result, null, 2);
        }
        return vaultEraseCommand({ ...args, ...(opts.rerender ? { rerender: rerenderCallIn(roots) } : {}) });
      });
      process.stdout.write(text + '\n');
    });
  vault
    .command('rerender')
    .description("resume re-rendering the outputs of an erasure's affected calls (dpo role)")
    .argument('<erasure-id>', 'the id `vault erase` printed (era_...)')
    .option('--outputs <dirs...>', 'output roots to re-render (default $STORAGE_DIR/outputs and /versions)')
    .option('--key-file <file>', 'file (mode 0600) holding your API key (default $CALLREDACT_API_KEY)')
    .option('--tenant <name>', 'tenant (default $TENANT)')
    .action(async (erasureId: string, opts: { outputs?: string[]; keyFile?: string; tenant?: string }) => {
      const result = await withVault(async ({ vault: v, database }, { config }) =>
        vaultRerenderCommand({
          vault: v,
          ...(await cliActor(database.db, config, opts)),
          erasureId,
          rerender: rerenderCallIn(
            opts.outputs ?? [
              path.join(config.STORAGE_DIR, 'outputs'),
              path.join(config.STORAGE_DIR, 'versions'),
            ],
          ),
          onProgress: (p) => process.stderr.write(`re-rendered ${p.rerendered.length}/${p.callIds.length}\n`),
        }),
      );
      process.stdout.write(result.text + '\n');
      if (!result.ok) process.exitCode = 1;
    });

  const audit = program.command('audit').description('audit log');
  audit
    .command('verify')
    .description('walk the HMAC chain; exit 1 and name the first broken record and the key it needs')
    .option('--checkpoint <file>', 'checkpoints written by `audit checkpoint`: detects a deleted tail')
    .action(async (opts: { checkpoint?: string }) => {
      const checkpoints = opts.checkpoint === undefined ? undefined : await readTextFile(opts.checkpoint);
      const result = await withVault(({ vault: v }) =>
        auditVerifyCommand({ vault: v, ...(checkpoints === undefined ? {} : { checkpoints }) }),
      );
      process.stdout.write(result.text + '\n');
      if (!result.ok) process.exitCode = 1;
    });
  audit
    .command('checkpoint')
    .description('write a signed checkpoint (head, count, time) as a JSON line, out of band')
    .option('--out <file>', 'append to this file (default stdout, e.g. for a log shipper)')
    .option('--every <seconds>', 'keep running and write one every N seconds')
    .action(async (opts: { out?: string; every?: string }) => {
      const every = opts.every === undefined ? 0 : Number(opts.every);
      if (!Number.isFinite(every) || every < 0) throw new InputError('--every must be a number of seconds');
      const writeOne = async () => {
        const line = (await withVault(({ vault: v }) => auditCheckpointCommand({ vault: v }))) + '\n';
        if (opts.out) await fs.appendFile(opts.out, line, { mode: 0o600 });
        else process.stdout.write(line);
      };
      await writeOne();
      while (every > 0) {
        await new Promise((resolve) => setTimeout(resolve, every * 1000));
        await writeOne();
      }
    });

  program
    .command('retention')
    .description('retention')
    .command('run')
    .description('delete raw uploads and vault entries older than the retention age')
    .option('--days <n>', 'age in days (default $RETENTION_DAYS)')
    .option('--key-file <file>', 'file (mode 0600) holding your API key (default $CALLREDACT_API_KEY)')
    .action(async (opts: { days?: string; keyFile?: string }) => {
      const { config, logger } = context();
      const database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        sqlitePath: config.SQLITE_PATH,
      });
      const { actor } = await cliActor(database.db, config, opts, ['admin']).finally(() => database.close());
      const days = opts.days === undefined ? config.RETENTION_DAYS : Number(opts.days);
      if (!Number.isInteger(days) || days <= 0) throw new InputError('--days must be a positive integer');
      const summary = await runRetentionOnce(config, logger, {
        olderThanDays: days,
        actor,
      });
      process.stdout.write(retentionText(summary) + '\n');
    });
}
