import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { DEFAULT_AUDIO_OPTIONS } from '../pipeline/redact-call.js';
import { DEFAULT_POLICY, parsePolicy } from '../policy.js';
import { callId, callIdForFiles, canonicalJson } from './call-id.js';
import { audioOptionsFrom } from './settings.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples/calls');
const sample = (name: string) => path.join(SAMPLES, name);

describe('canonical JSON (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units, drops undefined members and writes ECMAScript numbers', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, é: 0.1, Z: 1e21, z: -0 })).toBe(
      '{"Z":1e+21,"a":[true,null,"x"],"b":1,"z":0,"é":0.1}',
    );
  });

  it('refuses values without a canonical form, as input errors', () => {
    expect(() => canonicalJson({ padding: Number.NaN })).toThrow(InputError);
    expect(() => canonicalJson({ allow: ['\ud800'] })).toThrow(InputError);
  });
});

describe('call id', () => {
  const base = {
    audioSha256: 'a'.repeat(64),
    transcriptSha256: 'b'.repeat(64),
    tenant: 'default',
    policy: DEFAULT_POLICY,
    audio: DEFAULT_AUDIO_OPTIONS,
  };

  it('keeps the ids of the sample calls (outputs name them)', async () => {
    const identity = { tenant: 'default', policy: DEFAULT_POLICY, audio: DEFAULT_AUDIO_OPTIONS };
    const ids = {
      'airline-booking': await callIdForFiles(
        { audioPath: sample('airline-booking.wav'), transcriptPath: sample('airline-booking.json') },
        identity,
      ),
      'mobile-plan-change': await callIdForFiles(
        { audioPath: undefined, transcriptPath: sample('mobile-plan-change.txt') },
        { ...identity, audio: null },
      ),
    };
    expect(ids).toEqual({
      'airline-booking': '48edec42b253b72b9eaaf0df09a1898e',
      'mobile-plan-change': '26a8caa34329bc7347a338328dc4c6fc',
    });
  });

  it('gives an upload with default audio_options the id of the same call redacted by the CLI', () => {
    expect(callId({ ...base, audio: audioOptionsFrom({}) })).toBe(callId(base));
    expect(callId({ ...base, audio: audioOptionsFrom({ bleep: 'tone', padding: 0.15 }) })).toBe(callId(base));
    expect(callId({ ...base, audio: audioOptionsFrom({ bleep: 'silence' }) })).not.toBe(callId(base));
  });

  it('changes with everything that shapes the outputs, and with the tenant', () => {
    const ids = [
      callId(base),
      callId({ ...base, tenant: 'acme' }),
      callId({ ...base, tenant: 'globex' }),
      callId({ ...base, audio: null }),
      callId({ ...base, format: 'callredact' }),
      callId({ ...base, policy: parsePolicy({ threshold: 0.7 }) }),
      callId({ ...base, audioSha256: 'c'.repeat(64) }),
      callId({ ...base, transcriptSha256: 'c'.repeat(64) }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-f0-9]{32}$/);
    // the same policy written differently is the same policy
    expect(callId({ ...base, policy: parsePolicy({ allow: [], threshold: 0.5 }) })).toBe(callId(base));
  });
});
