/**
 * The settings a call is processed with: the policy and the audio options. Audio options as data
 * are snake_case JSON (the API's `audio_options` field, the CLI flags, the file stored beside a
 * raw upload), validated by one zod schema that holds their bounds, and turned into the
 * pipeline's AudioOptions.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { DEFAULT_AUDIO_OPTIONS, type AudioOptions } from '../pipeline/redact-call.js';
import { type Policy, policySchema } from '../policy.js';
import { formatIssues } from '../schema-issues.js';
import { TRANSCRIPT_FORMATS, type TranscriptFormat } from '../transcript/adapters/types.js';

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

/** The engine that transcribes a call uploaded without a transcript (part of the call id). */
export const transcriberSchema = z.object({ engine: z.string(), model: z.string().nullable() }).strict();

export const callSettingsSchema = z
  .object({
    policy: policySchema,
    /** null: a transcript-only call (uploaded without audio) */
    audio: audioSettingsSchema.nullable().default({}),
    transcriber: transcriberSchema.optional(),
    /** a format told by the upload's file extension (.txt, .srt, .vtt); absent: detected */
    transcript_format: z.enum(TRANSCRIPT_FORMATS).optional(),
  })
  .strict();

export type CallSettings = z.infer<typeof callSettingsSchema>;

/** `value` validated by `schema`; the InputError names `field` and the bad paths, never values. */
export function validated<T extends z.ZodType>(schema: T, value: unknown, field: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new InputError(`invalid ${field}: ${formatIssues(parsed.error.issues, [field])}`);
  return parsed.data;
}

/**
 * The stored settings of an uploaded call, ready for redactCall; `transcribe` when it came without
 * a transcript.
 */
export async function readCallSettings(file: string): Promise<{
  policy: Policy;
  audio: AudioOptions;
  transcribe: boolean;
  /** false for a transcript-only call: no audio was stored */
  hasAudio: boolean;
  transcriptFormat?: TranscriptFormat;
}> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) throw new InputError('policy: stored settings are not valid JSON');
    throw err;
  }
  const settings = validated(callSettingsSchema, json, 'stored settings');
  return {
    policy: settings.policy,
    audio: audioOptionsFrom(settings.audio ?? {}),
    transcribe: settings.transcriber !== undefined,
    hasAudio: settings.audio !== null,
    ...(settings.transcript_format ? { transcriptFormat: settings.transcript_format } : {}),
  };
}
