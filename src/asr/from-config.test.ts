/** The configured engine (ASR_* variables) and the line `callredact doctor` prints for it. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { ConfigError } from '../errors.js';
import { describeAsr, engineFromConfig } from './from-config.js';

describe('ASR_ENGINE=aws configuration', () => {
  it('needs a bucket and a region; the S3 settings of the configuration apply', () => {
    expect(() => engineFromConfig(parseConfig({ ASR_ENGINE: 'aws', AWS_REGION: 'eu-west-1' }))).toThrow(
      ConfigError,
    );
    expect(() => engineFromConfig(parseConfig({ ASR_ENGINE: 'aws', ASR_S3_BUCKET: 'media' }))).toThrow(
      /AWS_REGION/,
    );
    const e = engineFromConfig(
      parseConfig({ ASR_ENGINE: 'aws', ASR_S3_BUCKET: 'media', AWS_REGION: 'eu-west-1', ASR_MODEL: 'lm-1' }),
    );
    expect(e).toMatchObject({ name: 'aws', model: 'lm-1', accepts: 'original' });
  });
});

describe('doctor', () => {
  it('names the engine, where the audio goes, and why a configuration is not usable', () => {
    expect(describeAsr(parseConfig({}))).toMatch(/^none /);
    expect(describeAsr(parseConfig({ ASR_ENGINE: 'whisper', ASR_URL: 'http://127.0.0.1:9/inference' }))).toBe(
      'whisper: http://127.0.0.1:9/inference (audio stays on this machine)',
    );
    expect(describeAsr(parseConfig({ ASR_ENGINE: 'deepgram', ASR_API_KEY: 'dg-secret-key' }))).toBe(
      'deepgram model nova-3: https://api.deepgram.com/ (audio sent to this address)',
    );
    expect(describeAsr(parseConfig({ ASR_ENGINE: 'openai' }))).toMatch(
      /^openai: not usable: .*OPENAI_API_KEY/,
    );
    const aws = describeAsr(
      parseConfig({ ASR_ENGINE: 'aws', ASR_S3_BUCKET: 'call-media', AWS_REGION: 'eu-west-1' }),
    );
    expect(aws).toBe('aws: Amazon Transcribe eu-west-1, audio via s3://call-media (leaves the machine)');
  });
});
