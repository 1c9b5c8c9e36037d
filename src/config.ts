import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { formatIssues } from './schema-issues.js';

/**
 * The environment, parsed once. This is the only module that reads process.env; everything else
 * receives a Config (or the part of it it needs) as an argument.
 */
/** The tenant of single-tenant use: the CLI without --tenant, API keys created without one. */
export const DEFAULT_TENANT = 'default';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** unset: services log at info, the CLI at error (its summary reports failed calls) */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  /** Redis for the queue (API + workers only; the CLI never needs it). */
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Queue name prefix, so several deployments (or test runs) can share one Redis. */
  QUEUE_PREFIX: z.string().default('callredact'),
  /** PostgreSQL for vault + ledger when set; otherwise the embedded SQLite file below. */
  DATABASE_URL: z.string().optional(),
  SQLITE_PATH: z.string().default('data/callredact.sqlite'),
  /** Root of the blob store: raw uploads, published outputs. */
  STORAGE_DIR: z.string().default('data/storage'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(1024 ** 3),
  FFMPEG_PATH: z.string().optional(),
  FFPROBE_PATH: z.string().optional(),
  /** Vault master key: 32 bytes, base64 or hex. Or a file holding it. Never logged. */
  VAULT_MASTER_KEY: z.string().optional(),
  VAULT_MASTER_KEY_FILE: z.string().optional(),
  /** Default tenant for the CLI and for API keys created without one. */
  TENANT: z.string().default(DEFAULT_TENANT),
  /** CLI role for vault commands (`dpo` may re-identify); the --role flag overrides it. */
  CALLREDACT_ROLE: z.string().optional(),
  /** HMAC key for webhook signatures. */
  WEBHOOK_SECRET: z.string().optional(),
  /** Webhook receivers on loopback/private/link-local networks are refused unless allowed here. */
  CALLBACK_ALLOW_PRIVATE: z.stringbool().default(false),
  /** Comma-separated CIDR ranges allowed as webhook receivers besides public addresses (10.20.0.0/16,fd00::/8). */
  CALLBACK_ALLOW_CIDRS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((c) => ipaddr.isValidCIDR(c)), 'not a list of CIDR ranges'),
  WORKER_CONCURRENCY: z.coerce.number().int().positive().default(1),
  /** Job lock time; a crashed worker's job is retried after about this long. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** API requests per minute per API key. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /** How often the API re-enqueues ledger rows that have no queue job (e.g. after a Redis outage). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
  /** Absolute base for links in webhook bodies (e.g. https://redact.example.com); relative links when unset. */
  PUBLIC_BASE_URL: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** How often the workers' repeatable retention job runs (default daily). */
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(86_400_000),
});

export type Config = z.infer<typeof envSchema>;

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(`invalid environment: ${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

/** The process configuration, parsed from process.env (a few dozen variables: cheap, so not cached). */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
