/**
 * Completion webhooks: a JSON body with ids, state, counts and links (never PII), signed in the
 * Standard Webhooks scheme (webhook-signature.ts: id, timestamp, v1 HMAC-SHA256). Delivery runs
 * as a job of the webhooks queue, so retries with backoff come from BullMQ.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { signatureHeaders } from './webhook-signature.js';
import { checkCallbackUrl, guardedLookup, PUBLIC_ONLY, type CallbackPolicy } from '../net/callback-target.js';
import type { CallRow } from '../calls/ledger.js';
import { artefactLinks, type ArtefactKind } from '../calls/artefact-links.js';

export interface WebhookBody {
  event: 'call.completed' | 'call.failed';
  id: string;
  state: 'completed' | 'failed';
  counts: Record<string, number> | null;
  failure: { code: string; message: string } | null;
  links: { status: string; transcript: string | null; audio: string | null; report: string | null };
}

export function callLinks(
  baseUrl: string | undefined,
  id: string,
): WebhookBody['links'] & { status: string } {
  const base = `${(baseUrl ?? '').replace(/\/+$/, '')}/v1/calls/${id}`;
  return { status: base, transcript: `${base}/transcript`, audio: `${base}/audio`, report: `${base}/report` };
}

/**
 * `published`: the artefacts the call's manifest holds (artefact-links.ts); a completed call links
 * only those (a transcript-only call has no audio). Without it every artefact is linked.
 */
export function webhookBody(
  row: CallRow,
  baseUrl: string | undefined,
  published?: ReadonlySet<ArtefactKind>,
): WebhookBody | null {
  if (row.state !== 'completed' && row.state !== 'failed') return null;
  const all = callLinks(baseUrl, row.id);
  const links = published ? { ...artefactLinks(all.status, published), status: all.status } : all;
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

/**
 * POSTs the signed body; any non-2xx answer (redirects included: none is followed) or network
 * error throws so the job is retried. The receiver is checked again here, and the connection goes
 * to the address that passed the check (guardedLookup), so a name that re-resolves to an internal
 * address after submission is refused.
 */
export async function deliverWebhook(
  url: string,
  body: WebhookBody,
  secret: string,
  policy: CallbackPolicy = PUBLIC_ONLY,
  timeoutMs = 10_000,
): Promise<void> {
  const text = JSON.stringify(body);
  let target: URL;
  try {
    target = await checkCallbackUrl(url, policy);
  } catch (err) {
    throw new WebhookDeliveryError(`webhook receiver refused (${(err as Error).message})`);
  }
  // one id per event, the same on every retry: receivers drop duplicates by it
  const headers = {
    'content-type': 'application/json',
    ...signatureHeaders(secret, `msg_${body.id}_${body.state}`, text),
  };
  const status = await post(target, text, headers, policy, timeoutMs).catch((err: unknown) => {
    throw new WebhookDeliveryError(
      `webhook delivery failed (${(err as { code?: string; name?: string }).code ?? (err as Error).name ?? 'error'})`,
    );
  });
  if (status < 200 || status >= 300) throw new WebhookDeliveryError(`webhook answered HTTP ${status}`);
}

function post(
  target: URL,
  text: string,
  headers: Record<string, string>,
  policy: CallbackPolicy,
  timeoutMs: number,
): Promise<number> {
  const request = target.protocol === 'https:' ? https.request : http.request;
  return new Promise((resolve, reject) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(text)) },
        lookup: guardedLookup(policy) as unknown as LookupFunction,
        agent: false,
        timeout: timeoutMs,
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(text);
  });
}
