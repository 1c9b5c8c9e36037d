import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { loadMasterKey, parseMasterKey } from './master-key.js';

const noWarnings = { warn: () => expect.unreachable('no warning expected') };

describe('master key', () => {
  it('accepts 32 bytes as hex or base64', () => {
    const key = randomBytes(32);
    expect(parseMasterKey(key.toString('hex')).equals(key)).toBe(true);
    expect(parseMasterKey(`${key.toString('base64')}\n`).equals(key)).toBe(true);
  });

  it('rejects other lengths and formats without echoing the input', () => {
    for (const bad of [
      randomBytes(16).toString('hex'),
      randomBytes(31).toString('base64'),
      'not a key!',
      '',
    ]) {
      let error: unknown;
      try {
        parseMasterKey(bad);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      if (bad) expect((error as Error).message).not.toContain(bad);
    }
  });

  it('returns null when nothing is configured and prefers the variable over the file', async () => {
    expect(await loadMasterKey({}, noWarnings)).toBeNull();
    const key = randomBytes(32);
    const loaded = await loadMasterKey({ key: key.toString('hex'), keyFile: '/nonexistent' }, noWarnings);
    expect(loaded?.equals(key)).toBe(true);
  });

  it('reports an unreadable key file as a config error', async () => {
    await expect(loadMasterKey({ keyFile: '/nonexistent/master.key' }, noWarnings)).rejects.toThrow(
      ConfigError,
    );
  });
});
