/**
 * Turns the CLI's audio flags into AudioOptions through the same schema (and so the same bounds)
 * as the API's `audio_options`; errors name the flag.
 */
import { audioOptionsFrom, audioSettingsSchema, type AudioSettings } from '../calls/settings.js';
import { InputError } from '../errors.js';
import type { AudioOptions } from '../pipeline/redact-call.js';
import { explainIssues } from '../schema-issues.js';

export interface AudioFlags {
  bleep: string;
  bleepLevel: string;
  padding: string;
  mergeGap: string;
  perChannel?: boolean;
  mirrorChannels?: boolean;
  audioFormat: string;
  requireWordTimings?: boolean;
}

const FLAG: Record<keyof AudioSettings, string> = {
  bleep: '--bleep',
  bleep_level: '--bleep-level',
  padding: '--padding',
  merge_gap: '--merge-gap',
  per_channel: '--per-channel',
  mirror_channels: '--mirror-channels',
  format: '--audio-format',
  require_word_timings: '--require-word-timings',
};

export function audioOptionsFromFlags(flags: AudioFlags): AudioOptions {
  const settings = audioSettingsSchema.safeParse({
    bleep: flags.bleep,
    bleep_level: Number(flags.bleepLevel),
    padding: Number(flags.padding),
    merge_gap: Number(flags.mergeGap),
    per_channel: flags.perChannel ?? false,
    mirror_channels: flags.mirrorChannels ?? false,
    format: flags.audioFormat,
    require_word_timings: flags.requireWordTimings ?? false,
  });
  if (!settings.success) {
    const problems = explainIssues(settings.error.issues).map(
      (i) => `${FLAG[i.path[0] as keyof AudioSettings] ?? String(i.path[0])}: ${i.problem}`,
    );
    throw new InputError(`invalid audio options: ${problems.join('; ')}`);
  }
  return audioOptionsFrom(settings.data);
}
