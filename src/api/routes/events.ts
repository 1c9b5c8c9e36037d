/**
 * GET /v1/events: live updates of the calls a key may see, as server-sent events (the console's
 * calls list and call page listen; they poll when EventSource is missing or keeps failing).
 * Authenticated like every route (the console's session cookie, or an API key); a stream lasts
 * at most `maxStreamMs`, after which the browser reconnects by itself, authenticated again, with
 * Last-Event-ID so that nothing is missed: a revoked key or ended session stops getting updates
 * within that time. Events: `call` (data: the call's list row as JSON), and a comment every
 * 15 s to keep proxies from closing an idle stream.
 */
import { Router } from 'express';
import type { LiveCallEvents } from '../../console/live-events.js';
import { principalOf, requireRole } from '../auth.js';

export interface EventsRouteDeps {
  liveEvents: LiveCallEvents;
  /** longest life of one stream (default 60 s) */
  maxStreamMs?: number;
}

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 1_000;

export function eventsRouter(deps: EventsRouteDeps): Router {
  const router = Router();
  router.get('/', requireRole('uploader', 'reviewer', 'admin'), async (req, res) => {
    const principal = principalOf(res);
    const audience = {
      tenant: principal.tenant,
      ...(principal.role === 'uploader' ? { ownerKeyId: principal.id } : {}),
    };
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'private, no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${RETRY_MS}\n\n`);
    const send = (data: unknown, eventId: string): void => {
      res.write(`id: ${eventId}\nevent: call\ndata: ${JSON.stringify(data)}\n\n`);
    };
    const lastEventId = req.get('last-event-id');
    if (lastEventId) {
      for (const { event, eventId } of await deps.liveEvents.missedSince(audience, lastEventId))
        send(event, eventId);
    }
    const unsubscribe = deps.liveEvents.subscribe(
      audience,
      (event, eventId) => send(event, eventId),
      () => res.end(), // the API is stopping
    );
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    const end = setTimeout(() => res.end(), deps.maxStreamMs ?? 60_000);
    const stop = (): void => {
      clearInterval(heartbeat);
      clearTimeout(end);
      unsubscribe();
    };
    res.on('close', stop);
  });
  return router;
}
