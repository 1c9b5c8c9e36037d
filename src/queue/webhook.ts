/**
 * Completion webhooks: a JSON body with ids, state, counts and links (never PII), signed with
 * HMAC-SHA256 over the exact body bytes in `X-Callredact-Signature: sha256=<hex>`. Delivery runs
 * as a job of the webhooks queue, so retries with backoff come from BullMQ.
 */
import { createHmac } from 'node:crypto';
import type { CallRow } from '../calls/ledger.js';

export const SIGNATURE_HEADER = 'X-Callredact-Signature';

export interface WebhookBody {
  event: 'call.completed' | 'call.failed';
  id: string;
  state: 'completed' | 'failed';
  counts: Record<string, number> | null;
  failure: { code: string; message: string } | null;
  links: { status: string; transcript: string | null; audio: string | null; report: string | null };
}

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function callLinks(
  baseUrl: string | undefined,
  id: string,
): WebhookBody['links'] & { status: string } {
  const base = `${(baseUrl ?? '').replace(/\/+$/, '')}/v1/calls/${id}`;
  return { status: base, transcript: `${base}/transcript`, audio: `${base}/audio`, report: `${base}/report` };
}

export function webhookBody(row: CallRow, baseUrl: string | undefined): WebhookBody | null {
  if (row.state !== 'completed' && row.state !== 'failed') return null;
  const links = callLinks(baseUrl, row.id);
  const completed = row.state === 'completed';
  return {
    event: completed ? 'call.completed' : 'call.failed',
    id: row.id,
    state: row.state,
    counts: completed && row.counts ? (JSON.parse(row.counts) as Record<string, number>) : null,
    failure: completed
      ? null
      : { code: row.failure_code ?? 'INTERNAL', message: row.failure_message ?? 'failed' },
    links: completed ? links : { status: links.status, transcript: null, audio: null, report: null },
  };
}

export class WebhookDeliveryError extends Error {}

/** POSTs the signed body; any non-2xx answer or network error throws so the job is retried. */
export async function deliverWebhook(
  url: string,
  body: WebhookBody,
  secret: string,
  timeoutMs = 10_000,
): Promise<void> {
  const text = JSON.stringify(body);
  let status: number;
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(secret, text) },
      body: text,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    status = res.status;
    await res.body?.cancel();
  } catch (err) {
    throw new WebhookDeliveryError(`webhook delivery failed (${(err as { name?: string }).name ?? 'error'})`);
  }
  if (status < 200 || status >= 300) throw new WebhookDeliveryError(`webhook answered HTTP ${status}`);
}
