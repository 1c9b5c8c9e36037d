/**
 * BullMQ sandboxed processor: runs in a child process, so CPU-heavy pipeline work never blocks the
 * parent's lock renewal. Thin: validate job data, then src/queue/process-call.ts.
 */
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { createLogger } from '../src/log.js';
import { createPipelineDeps } from '../src/pipeline/deps.js';
import { createProducerConnection } from '../src/queue/connections.js';
import { callJobSchema } from '../src/queue/jobs.js';
import { processCallJob, type CallJobResult, type ProcessCallContext } from '../src/queue/process-call.js';
import { createQueues, enqueueWebhook } from '../src/queue/producer.js';

// If the worker process dies, nobody renews this job's lock: stop rather than finish a job that
// another worker will run again.
process.on('disconnect', () => process.exit(1));

let context: Promise<ProcessCallContext> | undefined;

async function createContext(): Promise<ProcessCallContext> {
  const config = loadConfig();
  const logger = createLogger({ level: config.LOG_LEVEL, name: 'callredact-sandbox' });
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, sqlitePath: config.SQLITE_PATH });
  const queues = createQueues(config.QUEUE_PREFIX, createProducerConnection(config.REDIS_URL, logger));
  return {
    db: database.db,
    storageDir: config.STORAGE_DIR,
    pipeline: await createPipelineDeps(config, logger),
    logger,
    enqueueWebhook: (callId) => enqueueWebhook(queues, callId),
  };
}

export default async function processCall(job: SandboxedJob): Promise<CallJobResult> {
  const data = callJobSchema.safeParse(job.data);
  if (!data.success) throw new UnrecoverableError('INVALID_JOB: job data does not match the schema');
  const ctx = await (context ??= createContext());
  return processCallJob(ctx, data.data, (stage, percent) => job.updateProgress({ stage, percent }));
}
