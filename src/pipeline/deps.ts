/**
 * Builds the pipeline's dependencies from the configuration: ffmpeg binaries, the speech-to-text
 * engine (ASR_ENGINE; none: audio without a transcript is refused) and the operators
 * (placeholder and mask always; token when a vault master key is configured). Shared by the CLI,
 * the queue worker and the archive re-processor. Call close() when done (it closes the vault's
 * database connection).
 */
import type { Config } from '../config.js';
import { transcriberFromConfig } from '../asr/from-config.js';
import { resolveFfmpeg } from '../audio/index.js';
import type { Logger } from '../log.js';
import { BUILTIN_OPERATORS } from '../transform/apply.js';
import { createTokenOperator } from '../transform/token-operator.js';
import { openVaultFromConfig } from '../vault/open-from-config.js';
import type { RedactCallDeps } from './redact-call.js';

export interface PipelineDeps extends RedactCallDeps {
  close(): Promise<void>;
}

export async function createPipelineDeps(config: Config, logger: Logger): Promise<PipelineDeps> {
  const tools = await resolveFfmpeg(config);
  const transcriber = transcriberFromConfig(config, tools, logger);
  const opened = await openVaultFromConfig(config, logger);
  return {
    tools,
    logger,
    transcriber,
    operatorsFor: ({ tenant, callId }) =>
      opened
        ? { ...BUILTIN_OPERATORS, token: createTokenOperator({ vault: opened.vault, tenant, callId }) }
        : BUILTIN_OPERATORS,
    close: async () => {
      await opened?.close();
    },
  };
}
