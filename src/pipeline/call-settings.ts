/**
 * The settings an uploaded call is processed with, stored beside the raw upload: the policy and
 * the audio options. Audio options as data are snake_case JSON (the API's `audio_options` field),
 * validated by zod and turned into the pipeline's AudioOptions; the CLI builds the same
 * AudioOptions from its flags.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import { type Policy, policySchema } from '../policy.js';
import { DEFAULT_AUDIO_OPTIONS, type AudioOptions } from './redact-call.js';

export const audioSettingsSchema = z
  .object({
    bleep: z.enum(['tone', 'silence', 'noise']).optional(),
    bleep_level: z.number().min(-60).max(0).optional(),
    padding: z.number().min(0).max(5).optional(),
    merge_gap: z.number().min(0).max(30).optional(),
    per_channel: z.boolean().optional(),
    mirror_channels: z.boolean().optional(),
    format: z.enum(['same', 'wav', 'mp3', 'flac', 'opus']).optional(),
    require_word_timings: z.boolean().optional(),
  })
  .strict();

export type AudioSettings = z.infer<typeof audioSettingsSchema>;

export function audioOptionsFrom(settings: AudioSettings): AudioOptions {
  const d = DEFAULT_AUDIO_OPTIONS;
  return {
    plan: {
      padding: settings.padding ?? d.plan.padding,
      mergeGap: settings.merge_gap ?? d.plan.mergeGap,
      perChannel: settings.per_channel ?? d.plan.perChannel,
      mirrorChannels: settings.mirror_channels ?? d.plan.mirrorChannels,
    },
    bleep: {
      ...d.bleep,
      kind: settings.bleep ?? d.bleep.kind,
      levelDb: settings.bleep_level ?? d.bleep.levelDb,
    },
    format: settings.format ?? d.format,
    requireWordTimings: settings.require_word_timings ?? d.requireWordTimings,
  };
}

export const callSettingsSchema = z
  .object({ policy: policySchema, audio: audioSettingsSchema.default({}) })
  .strict();

export type CallSettings = z.infer<typeof callSettingsSchema>;

/** The stored settings of an uploaded call, ready for redactCall. */
export async function readCallSettings(file: string): Promise<{ policy: Policy; audio: AudioOptions }> {
  const settings = callSettingsSchema.parse(JSON.parse(await fs.readFile(file, 'utf8')));
  return { policy: settings.policy, audio: audioOptionsFrom(settings.audio) };
}
