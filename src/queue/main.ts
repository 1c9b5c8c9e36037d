/**
 * Standalone worker entry (`node dist/src/queue/main.js`, or `tsx src/queue/main.ts`): the same as
 * `callredact worker`, without the CLI around it.
 */
import { loadConfig } from '../config.js';
import { createLogger } from '../log.js';
import { startWorker } from './worker.js';

const config = loadConfig();
await startWorker(config, createLogger({ level: config.LOG_LEVEL, name: 'callredact-worker' }));
