/**
 * The API's rate limits, counted in Redis so that every API process of a deployment shares them:
 *
 * - per API key: RATE_LIMIT_PER_MINUTE requests a minute (after authentication);
 * - per client address, for share links (opened without a key): RATE_LIMIT_PER_MINUTE a minute;
 * - per client address: AUTH_FAIL_LIMIT failed authentications (missing, invalid or expired key or
 *   session) within AUTH_FAIL_WINDOW_MS. Once reached, every request of that address to an
 *   authenticated endpoint is answered 429 before its credential is looked at, until the window
 *   ends (so a blocked address cannot tell a valid key from an invalid one).
 *
 * Both answer 429 RATE_LIMITED with Retry-After (seconds). When Redis is unreachable the counts
 * fall back to this process's memory (rate-limiter-flexible's insurance limiter): the limits hold
 * per process instead of failing open or failing every request.
 *
 * The client address is Express's req.ip: the socket's peer unless TRUST_PROXY names the proxies
 * whose X-Forwarded-For may be believed. IPv6 clients are counted per /64 (one host usually owns
 * the whole prefix).
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import ipaddr from 'ipaddr.js';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AuthenticationError, RateLimitError } from '../errors.js';
import { principalOf } from './auth.js';

export interface RateLimitOptions {
  /** the producer connection (fails fast while Redis is away) */
  redis: Redis;
  /** key prefix in Redis (the deployment's QUEUE_PREFIX keeps deployments on one Redis apart) */
  prefix: string;
  perKeyPerMinute: number;
  authFailLimit: number;
  authFailWindowMs: number;
}

export interface RateLimits {
  /** after authentication: RATE_LIMIT_PER_MINUTE per API key */
  perKey: RequestHandler;
  /** share links (no key): RATE_LIMIT_PER_MINUTE per client address */
  perAddress: RequestHandler;
  /** before authentication: 429 for an address over its failed-authentication limit */
  blockFailedAuth: RequestHandler;
  /** error middleware: counts an authentication failure against the client's address */
  countFailedAuth: ErrorRequestHandler;
}

/** The address a request is counted under: req.ip, IPv4-mapped IPv6 unwrapped, IPv6 cut to its /64. */
export function clientAddressKey(req: Request): string {
  const raw = req.ip ?? req.socket.remoteAddress ?? 'unknown';
  if (!ipaddr.isValid(raw)) return raw;
  let addr = ipaddr.parse(raw);
  if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) {
    addr = (addr as ipaddr.IPv6).toIPv4Address();
  }
  if (addr.kind() === 'ipv4') return addr.toString();
  const bytes = addr.toByteArray().slice(0, 8).concat([0, 0, 0, 0, 0, 0, 0, 0]);
  return `${ipaddr.fromByteArray(bytes).toString()}/64`;
}

function seconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}

function limited(res: Response, info: RateLimiterRes, message: string): RateLimitError {
  res.set('Retry-After', String(seconds(info.msBeforeNext)));
  return new RateLimitError(message);
}

export function createRateLimits(options: RateLimitOptions): RateLimits {
  const store = (keyPrefix: string, points: number, durationMs: number): RateLimiterRedis =>
    new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix: `${options.prefix}:ratelimit:${keyPrefix}`,
      points,
      duration: seconds(durationMs),
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points, duration: seconds(durationMs) }),
    });
  const failures = store('authfail', options.authFailLimit, options.authFailWindowMs);

  /** RATE_LIMIT_PER_MINUTE per key of a request (Redis keys `<prefix>:ratelimit:<storeName>`), with RateLimit headers (IETF draft) naming `name` */
  const perMinute = (
    storeName: string,
    name: string,
    keyOf: (req: Request, res: Response) => string,
    message: string,
  ): RequestHandler => {
    const limiter = store(storeName, options.perKeyPerMinute, 60_000);
    const policy = `"${name}";q=${options.perKeyPerMinute};w=60`;
    return (req, res, next) => {
      limiter.consume(keyOf(req, res)).then(
        (info) => {
          res.set('RateLimit-Policy', policy);
          res.set('RateLimit', `"${name}";r=${info.remainingPoints};t=${seconds(info.msBeforeNext)}`);
          next();
        },
        (rejection: unknown) => {
          if (rejection instanceof RateLimiterRes) {
            res.set('RateLimit-Policy', policy);
            res.set('RateLimit', `"${name}";r=0;t=${seconds(rejection.msBeforeNext)}`);
            next(limited(res, rejection, message));
          } else next(rejection);
        },
      );
    };
  };

  return {
    perKey: perMinute(
      'key',
      'per-key',
      (_req, res) => principalOf(res).id,
      'too many requests for this API key',
    ),
    perAddress: perMinute('shared', 'per-address', (req) => clientAddressKey(req), 'too many requests'),

    blockFailedAuth: (req, res, next) => {
      failures.get(clientAddressKey(req)).then((info) => {
        if (info && info.consumedPoints >= options.authFailLimit) {
          next(limited(res, info, 'too many failed authentications from this address'));
        } else next();
      }, next);
    },

    countFailedAuth: (err: unknown, req, _res, next) => {
      // the console's "who is signed in?" probe (GET /v1/session) tests no credential
      const probe = req.method === 'GET' && req.originalUrl.split('?')[0] === '/v1/session';
      if (!(err instanceof AuthenticationError) || probe) {
        next(err);
        return;
      }
      // consume rejects once the address is over the limit: the 401 stands, the next request gets 429
      failures.consume(clientAddressKey(req)).then(
        () => next(err),
        () => next(err),
      );
    },
  };
}
