/**
 * Where a webhook may go (SSRF guard). A callback URL must name a public unicast address: loopback,
 * private, link-local, unique-local, multicast, unspecified, carrier-grade NAT, reserved and
 * IPv4-embedding IPv6 ranges (mapped, NAT64, 6to4, Teredo) are refused, whatever the spelling: the
 * WHATWG URL parser already folds 0x7f000001, 2130706433, 0177.0.0.1 and 127.1 into 127.0.0.1,
 * and ipaddr.js classifies the result. Host names are resolved, and every address they resolve to
 * must pass; delivery connects through `guardedLookup`, so the address checked is the address
 * connected to (no DNS rebinding between check and connect). Receivers on private networks are
 * allowed explicitly (CALLBACK_ALLOW_PRIVATE, CALLBACK_ALLOW_CIDRS).
 */
import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';

export interface CallbackPolicy {
  /** any address except unspecified, multicast and broadcast (a receiver on a private network) */
  allowPrivate: boolean;
  /** ranges allowed besides public unicast, e.g. 10.20.0.0/16 */
  allowCidrs: [ipaddr.IPv4 | ipaddr.IPv6, number][];
}

/** The default: public unicast addresses only. */
export const PUBLIC_ONLY: CallbackPolicy = { allowPrivate: false, allowCidrs: [] };

export function callbackPolicyFromConfig(
  config: Pick<Config, 'CALLBACK_ALLOW_PRIVATE' | 'CALLBACK_ALLOW_CIDRS'>,
): CallbackPolicy {
  return {
    allowPrivate: config.CALLBACK_ALLOW_PRIVATE,
    allowCidrs: config.CALLBACK_ALLOW_CIDRS.map((cidr: string) => ipaddr.parseCIDR(cidr)),
  };
}

/** never a sensible receiver, allow list or not */
const NEVER = new Set(['unspecified', 'multicast', 'broadcast']);

export function isAllowedAddress(address: string, policy: CallbackPolicy): boolean {
  if (!ipaddr.isValid(address)) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1 in any spelling) is judged as the IPv4 address it carries
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (NEVER.has(range)) return false;
  if (range === 'unicast') return true;
  if (policy.allowPrivate) return true;
  return policy.allowCidrs.some(
    ([net, bits]) => net.kind() === ip.kind() && (ip as ipaddr.IPv4).match(net as ipaddr.IPv4, bits),
  );
}

/** The URL's host without IPv6 brackets. */
function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

export type LookupAll = (host: string) => Promise<{ address: string; family: number }[]>;

const systemLookup: LookupAll = (host) => dns.promises.lookup(host, { all: true, verbatim: true });

/**
 * Resolves the callback URL's host and checks every address; throws an InputError naming the
 * field (never the URL) when one is refused or the host does not resolve.
 */
export async function checkCallbackUrl(
  raw: string,
  policy: CallbackPolicy,
  lookup: LookupAll = systemLookup,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new InputError('callback_url: must be an http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InputError('callback_url: must be an http(s) URL');
  if (url.username || url.password)
    throw new InputError('callback_url: credentials in the URL are not allowed');
  await resolveAllowed(hostOf(url), policy, lookup);
  return url;
}

async function resolveAllowed(
  host: string,
  policy: CallbackPolicy,
  lookup: LookupAll,
): Promise<{ address: string; family: number }> {
  const refused = (): InputError =>
    new InputError('callback_url: the receiver address is not allowed (loopback, private or reserved)');
  if (net.isIP(host)) {
    if (!isAllowedAddress(host, policy)) throw refused();
    return { address: host, family: net.isIP(host) };
  }
  let addresses: { address: string; family: number }[];
  try {
    addresses = await lookup(host);
  } catch {
    throw new InputError('callback_url: the receiver host does not resolve');
  }
  if (addresses.length === 0) throw new InputError('callback_url: the receiver host does not resolve');
  if (!addresses.every((a) => isAllowedAddress(a.address, policy))) throw refused();
  return addresses[0]!;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string, family: number) => void;

/**
 * A `lookup` for http(s).request / net.connect that resolves, checks and hands the connection
 * exactly the address it checked. (IP-literal hosts skip `lookup` in Node: check them first with
 * checkCallbackUrl.)
 */
export function guardedLookup(policy: CallbackPolicy, lookup: LookupAll = systemLookup) {
  return (host: string, options: unknown, callback: LookupCallback): void => {
    const all = (options as { all?: boolean } | undefined)?.all === true;
    resolveAllowed(host, policy, lookup).then(
      (picked) =>
        all
          ? (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
              picked,
            ])
          : callback(null, picked.address, picked.family),
      (err: unknown) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  };
}
