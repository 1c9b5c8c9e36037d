/**
 * Live call updates: server-sent events from /v1/events (the session cookie goes along), with the
 * browser's own reconnect (the server ends each stream after a minute; the browser comes back
 * with Last-Event-ID and misses nothing). When EventSource is missing, or the stream cannot be
 * (re)opened, the page falls back to polling every 2 s.
 */
import type { CallSummary } from './api.js';

export type CallUpdate = Omit<CallSummary, 'tags'> & { progress: { stage: string; percent: number } | null };

export interface Live {
  stop(): void;
  /** 'events' while the stream works, 'polling' after falling back */
  readonly mode: 'events' | 'polling';
}

export function liveCalls(onUpdate: (call: CallUpdate) => void, poll: () => void, pollMs = 2000): Live {
  let timer: number | undefined;
  let source: EventSource | undefined;
  const state = { mode: 'events' as 'events' | 'polling' };
  const fallBack = (): void => {
    source?.close();
    source = undefined;
    if (timer !== undefined) return;
    state.mode = 'polling';
    document.body.dataset.live = 'polling';
    timer = window.setInterval(poll, pollMs);
  };
  if (typeof EventSource === 'undefined') fallBack();
  else {
    source = new EventSource('/v1/events');
    document.body.dataset.live = 'connecting';
    source.addEventListener('open', () => (document.body.dataset.live = 'events'));
    source.addEventListener('call', (e) => {
      try {
        onUpdate(JSON.parse((e as MessageEvent<string>).data) as CallUpdate);
      } catch {
        /* a malformed event changes nothing */
      }
    });
    // the browser retries by itself; CLOSED means it gave up (e.g. 401 after the session ended)
    source.addEventListener('error', () => {
      if (source?.readyState === EventSource.CLOSED) fallBack();
    });
  }
  return {
    stop: () => {
      source?.close();
      if (timer !== undefined) window.clearInterval(timer);
    },
    get mode() {
      return state.mode;
    },
  };
}
