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
  /**
   * Where uploads and outputs live: unset (the folder STORAGE_DIR), a folder path or file:// URL,
   * or s3://bucket/prefix (S3-compatible; STORAGE_DIR then only holds local scratch files).
   */
  STORAGE_URL: z.string().optional(),
  /** S3 endpoint override (MinIO, other S3-compatible stores); AWS_ENDPOINT_URL_S3 is read too. */
  S3_ENDPOINT: z.url().optional(),
  AWS_ENDPOINT_URL_S3: z.url().optional(),
  AWS_ENDPOINT_URL: z.url().optional(),
  /** path-style addressing (http://host/bucket/key), which most S3-compatible stores want */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  AWS_REGION: z.string().optional(),
  AWS_DEFAULT_REGION: z.string().optional(),
  /** static credentials; when unset the AWS SDK's default chain (profiles, instance roles) applies */
  AWS_ACCESS_KEY_ID: z.string().optional(),
  AWS_SECRET_ACCESS_KEY: z.string().optional(),
  AWS_SESSION_TOKEN: z.string().optional(),
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
  /**
   * Audit chain key (32 bytes, base64 or hex), or a file holding it. Unset: derived from the master
   * key (HKDF). Set it to verify the audit log without the master key and across master key rotation.
   */
  VAULT_AUDIT_KEY: z.string().optional(),
  VAULT_AUDIT_KEY_FILE: z.string().optional(),
  /**
   * Folder for the vault's wrapped keys (tenant keys and one key per subject), apart from the
   * database: a database backup or WAL then holds only ciphertext whose keys erasure destroys.
   * Unset: the keys live in the vault database. Every API/worker process needs the same folder.
   */
  VAULT_KEYSTORE_DIR: z.string().optional(),
  /** Default tenant for the CLI and for API keys created without one. */
  TENANT: z.string().default(DEFAULT_TENANT),
  /** API key (cr_...) for the CLI's vault, audit-sensitive and retention commands (or --key-file). */
  CALLREDACT_API_KEY: z.string().optional(),
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
  /**
   * Job lock time: renewed every half of it while a job runs. A dead worker's job goes to another
   * worker once its lock has expired and a stalled-job check has seen it twice.
   */
  WORKER_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** How often each worker looks for jobs of dead workers; default min(5 s, WORKER_LOCK_MS). */
  WORKER_STALLED_INTERVAL_MS: z.coerce.number().int().min(100).optional(),
  /**
   * SIGTERM: how long a worker lets its active jobs finish before it hands them back to the queue
   * and exits (0 hands them back at once). Keep it under the orchestrator's stop timeout minus a
   * few seconds (Kubernetes: 30 s, docker stop: 10 s).
   */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  /** API requests per minute per API key. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  /**
   * Failed authentications (missing, invalid or expired key or session) per client address within
   * AUTH_FAIL_WINDOW_MS; past it the address gets 429 with Retry-After until the window ends.
   * Counted in Redis, shared by all API processes.
   */
  /**
   * HTTP server timeouts (slow clients): the request headers must arrive within
   * HTTP_HEADERS_TIMEOUT_MS, a whole request (a large upload on a slow link) within
   * HTTP_REQUEST_TIMEOUT_MS, and a connection that sends nothing for HTTP_IDLE_TIMEOUT_MS is
   * closed (a stalled upload's partial file is then removed).
   */
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(60_000),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(60 * 60_000),
  HTTP_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
  AUTH_FAIL_LIMIT: z.coerce.number().int().positive().default(20),
  AUTH_FAIL_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(15 * 60_000),
  /**
   * Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs): empty or
   * "false" = none (the socket's peer is the client); a hop count ("1" = one proxy in front); or a
   * comma list of proxy addresses / CIDR ranges (also "loopback", "linklocal", "uniquelocal").
   * "true" (believe any sender) is refused: any client could then pick its own address.
   */
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((s, ctx): boolean | number | string[] => {
      const value = s.trim();
      if (value === '' || value === 'false') return false;
      if (/^\d+$/.test(value)) return Number(value);
      const names = new Set(['loopback', 'linklocal', 'uniquelocal']);
      const list = value
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean);
      const bad = list.filter((c) => !names.has(c) && !ipaddr.isValid(c) && !ipaddr.isValidCIDR(c));
      if (value === 'true' || bad.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: 'give a hop count or proxy addresses / CIDR ranges (loopback, linklocal, uniquelocal)',
        });
        return z.NEVER;
      }
      return list;
    }),
  /**
   * Upload bytes in raw/.incoming and `.staging-*` output folders older than this are orphans of
   * a killed process: removed at API start, every ORPHAN_SWEEP_INTERVAL_MS and by retention.
   * Longer than an upload may last (the request timeout is 1 h).
   */
  ORPHAN_MAX_AGE_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(2 * 3_600_000),
  ORPHAN_SWEEP_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(1_000)
    .default(15 * 60_000),
  /** How often the API re-enqueues ledger rows that have no queue job (e.g. after a Redis outage). */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().positive().default(10_000),
  /** Absolute base for links in webhook bodies (e.g. https://redact.example.com); relative links when unset. */
  PUBLIC_BASE_URL: z.url().optional(),
  RETENTION_DAYS: z.coerce.number().int().positive().default(30),
  /** How often the workers' repeatable retention job runs (default daily). */
  RETENTION_INTERVAL_MS: z.coerce.number().int().min(1_000).default(86_400_000),
  /**
   * Speech to text for calls that come without a transcript (src/asr/): none refuses them. The
   * audio is sent to this engine only; vendor engines take it off the machine (README).
   */
  ASR_ENGINE: z.enum(['none', 'whisper', 'openai', 'deepgram', 'assemblyai', 'aws']).default('none'),
  /** whisper/openai: the transcription endpoint; deepgram/assemblyai: the API base; default per engine */
  ASR_URL: z.url().optional(),
  /** the engine's API key; the vendor-named variables below are read when it is unset */
  ASR_API_KEY: z.string().optional(),
  OPENAI_API_KEY: z.string().optional(),
  DEEPGRAM_API_KEY: z.string().optional(),
  ASSEMBLYAI_API_KEY: z.string().optional(),
  /** model name sent to the engine (whisper-1, nova-3, universal ...); engine default when unset */
  ASR_MODEL: z.string().optional(),
  /** language code sent to the engine (en, en-US ...); engine default (often detection) when unset */
  ASR_LANGUAGE: z.string().optional(),
  /** one request (one chunk) may take this long before it is abandoned and retried */
  ASR_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(600_000),
  /** further attempts after a retryable answer (429, 5xx, timeout, connection refused) */
  ASR_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
  /** first retry delay; doubles per attempt */
  ASR_RETRY_DELAY_MS: z.coerce.number().int().min(0).default(1_000),
  /** longest audio per request, seconds (0: never chunk); unset: the engine's own limit */
  ASR_CHUNK_SECONDS: z.coerce.number().min(0).optional(),
  ASR_CHUNK_OVERLAP_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /** how often asynchronous engines (assemblyai, aws) are asked whether a transcript is ready */
  ASR_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(3_000),
  /** aws: the S3 bucket Amazon Transcribe reads the audio from (region: AWS_REGION above) */
  ASR_S3_BUCKET: z.string().optional(),
  /** Statistics (GET /v1/stats): any group of fewer calls than this is suppressed. */
  STATS_MIN_GROUP: z.coerce.number().int().min(2).default(5),
  /** Review console sign-in sessions expire after this long. */
  SESSION_TTL_MS: z.coerce
    .number()
    .int()
    .min(60_000)
    .default(8 * 3_600_000),
  /** Longest lifetime of a share link, in hours (a link may ask for less). */
  SHARE_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 30),
});

export type Config = z.infer<typeof envSchema>;

/** Every variable the configuration knows (deployment files are checked against it). */
export const CONFIG_KEYS: readonly string[] = Object.keys(envSchema.shape);

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
