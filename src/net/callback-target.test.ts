import http from 'node:http';
import type { AddressInfo } from 'node:net';
import ipaddr from 'ipaddr.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverWebhook, type WebhookBody } from '../queue/webhook.js';
import {
  checkCallbackUrl,
  guardedLookup,
  isAllowedAddress,
  PUBLIC_ONLY,
  type CallbackPolicy,
} from './callback-target.js';

const refusedUrls = [
  'http://127.0.0.1/',
  'http://127.1/',
  'http://0x7f000001/',
  'http://0x7f.0.0.1/',
  'http://2130706433/',
  'http://017700000001/',
  'http://0177.0.0.1/',
  'http://127.000.000.001/',
  'http://[::1]/',
  'http://[0:0:0:0:0:0:0:1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://[::ffff:7f00:1]/',
  'http://[0:0:0:0:0:ffff:7f00:1]/',
  'http://[::ffff:169.254.169.254]/',
  'http://localhost:6379/',
  'http://LOCALHOST./',
  'http://169.254.169.254/latest/meta-data/',
  'http://0xa9fea9fe/',
  'http://10.0.0.5/',
  'http://172.16.3.4/',
  'http://192.168.1.1/',
  'http://100.64.0.1/',
  'http://[fd00::1]/',
  'http://[fc00::1]/',
  'http://[fe80::1]/',
  'http://[ff02::1]/',
  'http://224.0.0.1/',
  'http://0.0.0.0/',
  'http://0/',
  'http://[::]/',
  'http://255.255.255.255/',
  'http://[64:ff9b::7f00:1]/',
  'http://[2002:7f00:1::]/',
];

describe('callback receivers (SSRF)', () => {
  it.each(refusedUrls)('refuses %s', async (url) => {
    await expect(checkCallbackUrl(url, PUBLIC_ONLY)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('accepts public addresses, and refuses other schemes and credentials', async () => {
    await expect(checkCallbackUrl('https://93.184.215.14/hook', PUBLIC_ONLY)).resolves.toBeInstanceOf(URL);
    await expect(checkCallbackUrl('https://[2606:4700::1111]/hook', PUBLIC_ONLY)).resolves.toBeInstanceOf(
      URL,
    );
    await expect(checkCallbackUrl('file:///etc/passwd', PUBLIC_ONLY)).rejects.toThrow(/http/);
    await expect(checkCallbackUrl('gopher://93.184.215.14/', PUBLIC_ONLY)).rejects.toThrow(/http/);
    await expect(checkCallbackUrl('https://u:p@93.184.215.14/', PUBLIC_ONLY)).rejects.toThrow(/credentials/);
  });

  it('refuses a name when any address it resolves to is internal', async () => {
    const mixed = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    await expect(checkCallbackUrl('https://hooks.example.com/', PUBLIC_ONLY, mixed)).rejects.toThrow(
      /not allowed/,
    );
  });

  it('allows private receivers only when configured', () => {
    const cidrs: CallbackPolicy = { allowPrivate: false, allowCidrs: [ipaddr.parseCIDR('10.20.0.0/16')] };
    expect(isAllowedAddress('10.20.1.2', cidrs)).toBe(true);
    expect(isAllowedAddress('::ffff:10.20.1.2', cidrs)).toBe(true);
    expect(isAllowedAddress('10.21.1.2', cidrs)).toBe(false);
    expect(isAllowedAddress('127.0.0.1', cidrs)).toBe(false);
    const anyPrivate: CallbackPolicy = { allowPrivate: true, allowCidrs: [] };
    expect(isAllowedAddress('192.168.0.10', anyPrivate)).toBe(true);
    // never: unspecified and multicast, whatever the configuration
    expect(isAllowedAddress('0.0.0.0', anyPrivate)).toBe(false);
    expect(isAllowedAddress('ff02::1', anyPrivate)).toBe(false);
  });

  describe('at delivery', () => {
    const received: string[] = [];
    const receiver = http.createServer((req, res) => {
      received.push(req.url ?? '');
      res.end();
    });
    let port = 0;
    beforeAll(async () => {
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      port = (receiver.address() as AddressInfo).port;
    });
    afterAll(() => receiver.close());

    const body: WebhookBody = {
      event: 'call.completed',
      id: 'x',
      state: 'completed',
      counts: {},
      failure: null,
      links: { status: '/s', transcript: null, audio: null, report: null },
    };

    it('does not post to a loopback receiver stored before the check existed', async () => {
      await expect(deliverWebhook(`http://127.0.0.1:${port}/a`, body, 's')).rejects.toThrow(/refused/);
      await expect(deliverWebhook(`http://localhost:${port}/b`, body, 's')).rejects.toThrow(/refused/);
      expect(received).toEqual([]);
      const allowed: CallbackPolicy = { allowPrivate: false, allowCidrs: [ipaddr.parseCIDR('127.0.0.1/32')] };
      await deliverWebhook(`http://127.0.0.1:${port}/c`, body, 's', allowed);
      expect(received).toEqual(['/c']);
    });

    it('connects to the address it checked (a name that rebinds to loopback is refused)', async () => {
      let calls = 0;
      // first answer public (as at submission), then loopback: the connection must not follow
      const rebinding = async () => [{ address: calls++ === 0 ? '93.184.215.14' : '127.0.0.1', family: 4 }];
      await expect(
        checkCallbackUrl('http://rebind.example.com/', PUBLIC_ONLY, rebinding),
      ).resolves.toBeInstanceOf(URL);
      const error = await new Promise<Error>((resolve) => {
        const req = http.request(`http://rebind.example.com:${port}/d`, {
          lookup: guardedLookup(PUBLIC_ONLY, rebinding) as never,
          agent: false,
        });
        req.on('error', resolve);
        req.on('response', () => resolve(new Error('connected')));
        req.end();
      });
      expect(error.message).toMatch(/not allowed/);
      expect(received).not.toContain('/d');
    });
  });
});
