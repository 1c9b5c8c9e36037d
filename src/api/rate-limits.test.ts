import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { clientAddressKey } from './rate-limits.js';

const req = (ip: string): Request => ({ ip, socket: { remoteAddress: ip } }) as unknown as Request;

describe('client address key', () => {
  it('unwraps IPv4-mapped IPv6 and counts IPv6 per /64', () => {
    expect(clientAddressKey(req('203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddressKey(req('::ffff:203.0.113.7'))).toBe('203.0.113.7');
    expect(clientAddressKey(req('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(clientAddressKey(req('2001:db8:1:2:bbbb::9'))).toBe(clientAddressKey(req('2001:db8:1:2::5')));
    expect(clientAddressKey(req('2001:db8:1:3::5'))).not.toBe(clientAddressKey(req('2001:db8:1:2::5')));
  });
});

describe('TRUST_PROXY', () => {
  it('is off by default, takes a hop count or proxy addresses, and refuses "true"', () => {
    expect(parseConfig({}).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.1' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.0.2.1',
    ]);
    expect(() => parseConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => parseConfig({ TRUST_PROXY: 'proxy.example.com' })).toThrow(/TRUST_PROXY/);
  });
});
