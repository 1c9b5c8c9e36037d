import os from 'node:os';
import type { Config } from '../config.js';
import { describeAsr } from '../asr/from-config.js';
import { resolveFfmpeg } from '../audio/index.js';

/** What `callredact doctor` prints: which ffmpeg/ffprobe binaries are used and why, and versions. */
export async function runDoctor(config: Config): Promise<string> {
  const tools = await resolveFfmpeg(config);
  return [
    `node     ${process.version} (${os.platform()} ${os.arch()})`,
    `ffmpeg   ${tools.ffmpegPath} [${tools.source}] ${tools.versions?.ffmpeg ?? ''}`.trimEnd(),
    `ffprobe  ${tools.ffprobePath} [${tools.source}] ${tools.versions?.ffprobe ?? ''}`.trimEnd(),
    `redis    ${config.REDIS_URL.replace(/\/\/[^@/]*@/, '//***@')} (API and workers only)`,
    `database ${config.DATABASE_URL ? 'postgres (DATABASE_URL)' : `sqlite ${config.SQLITE_PATH}`}`,
    `asr      ${describeAsr(config)}`,
  ].join('\n');
}
