/**
 * Webhook signatures in the Standard Webhooks scheme (https://www.standardwebhooks.com): headers
 * webhook-id (the same on every retry of one event, so receivers can drop duplicates),
 * webhook-timestamp (Unix seconds of this attempt) and webhook-signature (`v1,<base64 HMAC-SHA256>`
 * over `<id>.<timestamp>.<body>`). A receiver checks the signature and that the timestamp is
 * recent, so a captured delivery cannot be replayed later.
 *
 * The key: a secret spelled `whsec_<base64>` is the base64-decoded bytes (what the Standard
 * Webhooks libraries expect); any other WEBHOOK_SECRET is used as its UTF-8 bytes.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { InputError } from '../errors.js';

export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';
/** how far a timestamp may be from the receiver's clock (either way) */
export const DEFAULT_TOLERANCE_SECONDS = 300;

function keyOf(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice(6), 'base64') : Buffer.from(secret, 'utf8');
}

function signature(secret: string, id: string, timestamp: string, body: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
}

export function signatureHeaders(
  secret: string,
  id: string,
  body: string,
  now: Date = new Date(),
): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
    [WEBHOOK_SIGNATURE_HEADER]: `v1,${signature(secret, id, timestamp, body)}`,
  };
}

/**
 * Throws an InputError unless the headers carry a valid v1 signature of `body` with a timestamp
 * within the tolerance. `headers` keys are matched case-insensitively.
 */
export function verifyWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  body: string,
  options: { now?: Date; toleranceSeconds?: number } = {},
): void {
  const get = (name: string) =>
    Object.entries(headers)
      .find(([k]) => k.toLowerCase() === name)?.[1]
      ?.trim() ?? '';
  const id = get(WEBHOOK_ID_HEADER);
  const timestamp = get(WEBHOOK_TIMESTAMP_HEADER);
  const signatures = get(WEBHOOK_SIGNATURE_HEADER);
  if (!id || !timestamp || !signatures)
    throw new InputError('webhook: missing webhook-id, -timestamp or -signature');
  if (!/^\d{1,12}$/.test(timestamp)) throw new InputError('webhook: malformed timestamp');
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (Math.abs(now - Number(timestamp)) > tolerance)
    throw new InputError('webhook: timestamp outside the tolerance');
  const expected = Buffer.from(signature(secret, id, timestamp, body), 'base64');
  // several space-separated signatures may be present (key rotation); one valid v1 suffices
  const ok = signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new InputError('webhook: signature does not match');
}
