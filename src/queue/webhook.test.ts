import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { CallRow } from '../calls/ledger.js';
import { callLinks, webhookBody } from './webhook.js';
import { signatureHeaders, verifyWebhook } from './webhook-signature.js';

const row = (over: Partial<CallRow>): CallRow => ({
  id: 'a'.repeat(32),
  tenant: 't',
  owner_key_id: 'key_1',
  lane: 'interactive',
  state: 'completed',
  stage: null,
  percent: 100,
  audio_key: 'raw/x/audio',
  transcript_key: 'raw/x/transcript',
  policy_key: 'raw/x/policy.json',
  output_key: 'outputs/x',
  callback_url: 'http://127.0.0.1:1/hook',
  counts: '{"PERSON":2}',
  audio_seconds: null,
  timings: '{"parse":3}',
  failure_code: null,
  failure_message: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('webhooks', () => {
  it('signs in the Standard Webhooks scheme, as the reference library verifies', () => {
    const body = '{"id":"x"}';
    const now = new Date();
    const raw = signatureHeaders('plain-secret', 'msg_1', body, now);
    expect(new Webhook('plain-secret', { format: 'raw' }).verify(body, raw)).toEqual({ id: 'x' });
    const whsec = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
    const std = signatureHeaders(whsec, 'msg_1', body, now);
    expect(new Webhook(whsec).verify(body, std)).toEqual({ id: 'x' });
    // and ours verifies what the library signs
    const signed = new Webhook(whsec).sign('msg_2', now, body);
    verifyWebhook(
      whsec,
      {
        'Webhook-Id': 'msg_2',
        'Webhook-Timestamp': String(Math.floor(+now / 1000)),
        'Webhook-Signature': signed,
      },
      body,
    );
  });

  it('refuses replays, tampering and the wrong key', () => {
    const body = '{"id":"x"}';
    const then = new Date('2026-01-01T00:00:00Z');
    const headers = signatureHeaders('s3cret', 'msg_1', body, then);
    verifyWebhook('s3cret', headers, body, { now: new Date(+then + 60_000) });
    // the same captured delivery ten minutes later
    expect(() => verifyWebhook('s3cret', headers, body, { now: new Date(+then + 600_000) })).toThrow(
      /tolerance/,
    );
    expect(() => verifyWebhook('s3cret', headers, '{"id":"y"}', { now: then })).toThrow(/does not match/);
    expect(() => verifyWebhook('other', headers, body, { now: then })).toThrow(/does not match/);
    // a fresh timestamp on an old signature does not help
    const moved = { ...headers, 'webhook-timestamp': String(Math.floor(+then / 1000) + 600) };
    expect(() => verifyWebhook('s3cret', moved, body, { now: new Date(+then + 600_000) })).toThrow(
      /does not match/,
    );
    expect(() => verifyWebhook('s3cret', {}, body)).toThrow(/missing/);
  });

  it('describes completed calls with counts and links', () => {
    expect(webhookBody(row({}), 'https://redact.example.com/')).toEqual({
      event: 'call.completed',
      id: 'a'.repeat(32),
      state: 'completed',
      counts: { PERSON: 2 },
      failure: null,
      links: callLinks('https://redact.example.com', 'a'.repeat(32)),
    });
    expect(callLinks(undefined, 'abc').transcript).toBe('/v1/calls/abc/transcript');
  });

  it('links only the published artefacts when they are known (a transcript-only call: no audio)', () => {
    const links = webhookBody(row({}), undefined, new Set(['transcript', 'report'] as const))?.links;
    const base = `/v1/calls/${'a'.repeat(32)}`;
    expect(links).toEqual({
      status: base,
      transcript: `${base}/transcript`,
      audio: null,
      report: `${base}/report`,
    });
  });

  it('describes failed calls without artefact links, and nothing for unfinished calls', () => {
    const body = webhookBody(
      row({ state: 'failed', failure_code: 'INVALID_AUDIO', failure_message: 'bad' }),
      undefined,
    );
    expect(body?.failure).toEqual({ code: 'INVALID_AUDIO', message: 'bad' });
    expect(body?.links.audio).toBeNull();
    expect(webhookBody(row({ state: 'active' }), undefined)).toBeNull();
  });
});
