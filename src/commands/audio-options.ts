/**
 * Turns the CLI's audio flags into AudioOptions, validating each number with a clear message.
 */
import { DEFAULT_AUDIO_OPTIONS, type AudioOptions } from '../pipeline/redact-call.js';
import { InputError } from '../errors.js';
import type { BleepKind, OutputAudioFormat } from '../audio/types.js';

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

function number(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new InputError(`${flag} must be a number in [${min}, ${max}]`);
  return n;
}

export function audioOptionsFromFlags(flags: AudioFlags): AudioOptions {
  return {
    plan: {
      padding: number('--padding', flags.padding, 0, 5),
      mergeGap: number('--merge-gap', flags.mergeGap, 0, 30),
      perChannel: flags.perChannel ?? false,
      mirrorChannels: flags.mirrorChannels ?? false,
    },
    bleep: {
      ...DEFAULT_AUDIO_OPTIONS.bleep,
      kind: flags.bleep as BleepKind,
      levelDb: number('--bleep-level', flags.bleepLevel, -60, 0),
    },
    format: flags.audioFormat as OutputAudioFormat,
    requireWordTimings: flags.requireWordTimings ?? false,
  };
}
