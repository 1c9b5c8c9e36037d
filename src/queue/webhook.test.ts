import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CallRow } from '../calls/ledger.js';
import { callLinks, signBody, webhookBody } from './webhook.js';

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
  timings: '{"parse":3}',
  failure_code: null,
  failure_message: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('webhooks', () => {
  it('signs the exact body bytes with HMAC-SHA256', () => {
    const body = '{"id":"x"}';
    const expected = createHmac('sha256', 'secret').update(body).digest('hex');
    expect(signBody('secret', body)).toBe(`sha256=${expected}`);
    expect(signBody('other', body)).not.toBe(`sha256=${expected}`);
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
