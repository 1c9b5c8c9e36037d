/**
 * Finds the ffmpeg/ffprobe binaries: FFMPEG_PATH/FFPROBE_PATH first, then the system binaries on
 * PATH, then the optional @ffmpeg-installer/@ffprobe-installer packages. A path set in the
 * environment that does not run is a configuration error, never silently replaced.
 */
import { access, constants } from 'node:fs/promises';
import type { Config } from '../config.js';
import { ConfigError } from '../errors.js';
import { execFileGuarded as run } from '../proc/children.js';
import type { FfmpegTools } from './types.js';

type Source = FfmpegTools['source'];
type Tool = 'ffmpeg' | 'ffprobe';

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function version(file: string): Promise<string> {
  const { stdout } = await run(file, ['-hide_banner', '-version'], { timeout: 10_000 });
  return stdout.split('\n', 1)[0]?.trim() ?? '';
}

/** The bare name: execFile resolves it on PATH (config.ts stays the only reader of process.env). */
async function onPath(name: Tool): Promise<string | undefined> {
  try {
    await version(name);
    return name;
  } catch {
    return undefined;
  }
}

async function fromNpm(name: Tool): Promise<string | undefined> {
  try {
    const mod = (await import(
      name === 'ffmpeg' ? '@ffmpeg-installer/ffmpeg' : '@ffprobe-installer/ffprobe'
    )) as {
      default?: { path?: string };
      path?: string;
    };
    const file = mod.default?.path ?? mod.path;
    return file && (await isExecutable(file)) ? file : undefined;
  } catch {
    return undefined;
  }
}

async function locate(name: Tool, fromEnv: string | undefined): Promise<{ file: string; source: Source }> {
  if (fromEnv) return { file: fromEnv, source: 'env' };
  const system = await onPath(name);
  if (system) return { file: system, source: 'system' };
  const npm = await fromNpm(name);
  if (npm) return { file: npm, source: 'npm' };
  throw new ConfigError(
    `${name} not found: install ffmpeg or set ${name === 'ffmpeg' ? 'FFMPEG_PATH' : 'FFPROBE_PATH'}`,
  );
}

export async function resolveFfmpeg(
  config: Pick<Config, 'FFMPEG_PATH' | 'FFPROBE_PATH'>,
): Promise<FfmpegTools> {
  const [ffmpeg, ffprobe] = await Promise.all([
    locate('ffmpeg', config.FFMPEG_PATH),
    locate('ffprobe', config.FFPROBE_PATH),
  ]);
  const versions = await Promise.all(
    [ffmpeg, ffprobe].map(async (tool, i) => {
      try {
        return await version(tool.file);
      } catch (err) {
        const name = i === 0 ? 'ffmpeg' : 'ffprobe';
        throw new ConfigError(`${name} at ${tool.file} (${tool.source}) does not run`, { cause: err });
      }
    }),
  );
  const help = (topic: string) =>
    run(ffmpeg.file, ['-hide_banner', '-h', topic], { timeout: 10_000 }).catch(() => ({ stdout: '' }));
  const [aevalHelp, wavHelp] = await Promise.all([help('filter=aeval'), help('demuxer=wav')]);
  return {
    aevalTimeline: aevalHelp.stdout.includes("support for timeline through the 'enable' option"),
    wavMaxSize: wavHelp.stdout.includes('-max_size'),
    ffmpegPath: ffmpeg.file,
    ffprobePath: ffprobe.file,
    // the ffmpeg binary does the work; its origin is the one worth reporting
    source: ffmpeg.source,
    versions: { ffmpeg: versions[0] ?? '', ffprobe: versions[1] ?? '' },
  };
}

/** Filters and encoders redactAudio relies on; `callredact doctor` reports the missing ones. */
const REQUIRED_FILTERS = ['aeval', 'asetnsamples', 'asetpts', 'aformat'];
const OPTIONAL_ENCODERS = ['libmp3lame', 'libopus', 'libvorbis', 'aac', 'flac', 'pcm_s16le'];

/** Printable lines for `callredact doctor`: binaries, versions, missing filters/encoders. */
export async function describeFfmpeg(tools: FfmpegTools): Promise<string[]> {
  const lines = [
    `ffmpeg   ${tools.ffmpegPath} [${tools.source}] ${tools.versions?.ffmpeg ?? ''}`.trimEnd(),
    `ffprobe  ${tools.ffprobePath} ${tools.versions?.ffprobe ?? ''}`.trimEnd(),
  ];
  const [filters, encoders] = await Promise.all(
    ['-filters', '-encoders'].map(
      async (flag) => (await run(tools.ffmpegPath, ['-hide_banner', flag])).stdout,
    ),
  );
  const has = (list: string | undefined, name: string): boolean =>
    new RegExp(`\\s${name}\\s`).test(list ?? '');
  const missingFilters = REQUIRED_FILTERS.filter((f) => !has(filters, f));
  const missingEncoders = OPTIONAL_ENCODERS.filter((e) => !has(encoders, e));
  if (tools.aevalTimeline === false) {
    lines.push(
      'ffmpeg   aeval has no timeline support (old build): audio redaction runs several times slower',
    );
  }
  lines.push(
    missingFilters.length
      ? `ffmpeg   MISSING filters: ${missingFilters.join(', ')} (audio redaction fails)`
      : 'ffmpeg   filters ok',
    missingEncoders.length
      ? `ffmpeg   missing encoders: ${missingEncoders.join(', ')}`
      : 'ffmpeg   encoders ok',
  );
  return lines;
}
