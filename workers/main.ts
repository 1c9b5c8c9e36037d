/**
 * Standalone worker entry (`node dist/workers/main.js`, or `tsx workers/main.ts`): the same as
 * `callredact worker`, without the CLI around it.
 */
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/log.js';
import { startWorker } from '../src/queue/worker.js';

const config = loadConfig();
await startWorker(config, createLogger({ level: config.LOG_LEVEL, name: 'callredact-worker' }));
