/** `callredact webhooks verify`: what a receiver runs to check a delivery it got. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signatureHeaders } from '../../src/queue/webhook-signature.js';
import { runCli } from '../helpers/cli.js';

describe('callredact webhooks verify', () => {
  it('accepts a fresh, correctly signed body and refuses a tampered or replayed one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-whv-'));
    const env = { WEBHOOK_SECRET: 'receiver-secret' };
    const body = '{"event":"call.completed","id":"abc"}';
    const file = path.join(dir, 'body.json');
    await fs.writeFile(file, body);
    const h = signatureHeaders('receiver-secret', 'msg_abc_completed', body);
    const args = (hdr: Record<string, string>, bodyFile: string) => [
      'webhooks',
      'verify',
      '--id',
      hdr['webhook-id']!,
      '--timestamp',
      hdr['webhook-timestamp']!,
      '--signature',
      hdr['webhook-signature']!,
      '--body',
      bodyFile,
    ];
    const ok = await runCli(args(h, file), { env });
    expect(ok).toMatchObject({ code: 0, stdout: 'webhook valid\n' });

    await fs.writeFile(path.join(dir, 'tampered.json'), body.replace('abc', 'abd'));
    const tampered = await runCli(args(h, path.join(dir, 'tampered.json')), { env });
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain('signature does not match');

    const old = signatureHeaders(
      'receiver-secret',
      'msg_abc_completed',
      body,
      new Date(Date.now() - 3_600_000),
    );
    const replayed = await runCli(args(old, file), { env });
    expect(replayed.code).toBe(1);
    expect(replayed.stderr).toContain('timestamp outside the tolerance');
    await fs.rm(dir, { recursive: true, force: true });
  });
});
