/**
 * The review console: sign-in, upload, calls list, call page (review, approve, share), statistics
 * for managers, and the share-link page (/s/<token>, no sign-in). Hash routes (#/calls,
 * #/call/<id>, #/upload, #/stats) under `/`.
 */
import {
  api,
  ApiError,
  setCsrf,
  uploadCall,
  type CallSummary,
  type CallView,
  type SessionInfo,
  type Share,
  type VersionInfo,
} from './api.js';
import { announce, h, mount } from './dom.js';
import { liveCalls, type CallUpdate } from './live.js';
import { renderCall, TYPE_LABELS, type TranscriptView } from './transcript.js';

const app = document.getElementById('app')!;
const nav = document.getElementById('nav')!;
const who = document.getElementById('who')!;
let session: SessionInfo | null = null;
let stopPolling: (() => void) | null = null;

const canReview = (): boolean => session?.role === 'reviewer' || session?.role === 'admin';
const canUpload = (): boolean => session?.role === 'uploader' || session?.role === 'admin';
const canSeeCalls = (): boolean => ['uploader', 'reviewer', 'admin'].includes(session?.role ?? '');
const canReveal = (): boolean => session?.role === 'dpo';
const canSeeStats = (): boolean => session?.role === 'manager' || session?.role === 'admin';

function errorBox(err: unknown): HTMLElement {
  const message = err instanceof ApiError ? `${err.message} (${err.code})` : 'something went wrong';
  return h('p', { class: 'error', role: 'alert' }, message);
}

function page(title: string, ...children: (Node | string | null)[]): void {
  document.title = `${title} · callredact`;
  mount(app, h('h1', {}, title), ...children);
  app.focus();
}

// ---------------------------------------------------------------- sign-in

function signInPage(): void {
  nav.replaceChildren();
  who.replaceChildren();
  const input = h('input', { id: 'key', type: 'password', name: 'key', autocomplete: 'off', required: true });
  const message = h('div', { 'aria-live': 'assertive' });
  const form = h(
    'form',
    { class: 'card', 'aria-label': 'sign in' },
    h('label', { for: 'key' }, 'API key'),
    input,
    h('p', { class: 'muted' }, 'Your key is exchanged for a session; it is not kept in this browser.'),
    h('button', { class: 'primary', type: 'submit' }, 'Sign in'),
    message,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    api<SessionInfo>('POST', '/v1/session', { key: input.value.trim() })
      .then((s) => {
        input.value = '';
        startSession(s);
        location.hash = s.role === 'manager' ? '#/stats' : '#/calls';
        route();
      })
      .catch((err: unknown) => message.replaceChildren(errorBox(err)));
  });
  page('Sign in', form);
  input.focus();
}

function startSession(s: SessionInfo): void {
  session = s;
  setCsrf(s.csrf_token);
  const links: HTMLElement[] = [];
  if (canSeeCalls()) links.push(h('a', { href: '#/calls' }, 'Calls'));
  if (canUpload()) links.push(h('a', { href: '#/upload' }, 'Upload'));
  if (canSeeStats()) links.push(h('a', { href: '#/stats' }, 'Statistics'));
  if (canReveal()) links.push(h('a', { href: '#/reveal' }, 'Reveal'));
  nav.replaceChildren(...links);
  const signOut = h('button', { type: 'button' }, 'Sign out');
  signOut.addEventListener('click', () => {
    void api('DELETE', '/v1/session').finally(() => {
      session = null;
      location.hash = '';
      signInPage();
    });
  });
  who.replaceChildren(h('span', {}, `${s.label || s.role} · ${s.role} · ${s.tenant}`), signOut);
}

// ---------------------------------------------------------------- upload

/** Audio and transcript files paired by base name, as `callredact redact` pairs them. */
function pairFiles(files: File[]): { name: string; audio?: File; transcript?: File }[] {
  const byName = new Map<string, { name: string; audio?: File; transcript?: File }>();
  for (const file of files) {
    const dot = file.name.lastIndexOf('.');
    const base = dot > 0 ? file.name.slice(0, dot) : file.name;
    const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : '';
    const entry = byName.get(base) ?? { name: base };
    if (['json', 'vtt', 'srt', 'txt'].includes(ext)) entry.transcript = file;
    else entry.audio = file;
    byName.set(base, entry);
  }
  return [...byName.values()];
}

function uploadPage(): void {
  const list = h('div', { 'aria-label': 'uploads', role: 'list' });
  const input = h('input', {
    id: 'files',
    type: 'file',
    multiple: true,
    accept: 'audio/*,.json,.vtt,.srt,.txt',
  });
  const tags = h('input', {
    id: 'tags',
    type: 'text',
    name: 'tags',
    placeholder: 'billing, escalation',
    'aria-describedby': 'tags-help',
  });
  const tagRow = h(
    'div',
    { class: 'row' },
    h('label', { for: 'tags' }, 'Tags for these calls'),
    tags,
    h(
      'span',
      { id: 'tags-help', class: 'muted' },
      'comma-separated; a-z, 0-9 and ._:/- (labels, not customer data)',
    ),
  );
  const drop = h(
    'div',
    { class: 'drop' },
    h('label', { for: 'files' }, 'Choose audio and transcript files (paired by name), or drop them here'),
    input,
  );
  const start = (files: File[]): void => {
    for (const pair of pairFiles(files)) {
      const bar = h('progress', { max: 1, value: 0, 'aria-label': `upload progress of ${pair.name}` });
      const state = h('span', { class: 'muted' }, 'uploading');
      list.append(h('div', { class: 'upload-item', role: 'listitem' }, h('span', {}, pair.name), bar, state));
      if (!pair.audio || !pair.transcript) {
        state.textContent = pair.audio ? 'no transcript with this name' : 'no audio with this name';
        state.className = 'error';
        continue;
      }
      const form = new FormData();
      form.set('audio', pair.audio);
      form.set('transcript', pair.transcript);
      if (tags.value.trim()) form.set('tags', tags.value);
      uploadCall(form, (f) => (bar.value = f))
        .then(({ id }) => {
          bar.value = 1;
          state.replaceChildren(h('a', { href: `#/call/${id}` }, 'queued: open'));
          announce(`${pair.name} uploaded`);
        })
        .catch((err: unknown) => {
          state.replaceChildren(errorBox(err));
        });
    }
  };
  input.addEventListener('change', () => start([...(input.files ?? [])]));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    start([...(e.dataTransfer?.files ?? [])]);
  });
  page(
    'Upload calls',
    tagRow,
    drop,
    list,
    h('p', {}, h('a', { href: '#/calls' }, 'See them in the calls list')),
  );
}

// ---------------------------------------------------------------- calls list

function countsText(counts: Record<string, number> | null): string {
  if (!counts) return '–';
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${TYPE_LABELS[t] ?? t} ${n}`);
  return parts.length ? parts.join(', ') : 'none';
}

function callsPage(): void {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const state = params.get('state') ?? '';
  const select = h(
    'select',
    { id: 'state', name: 'state' },
    ...['', 'queued', 'active', 'completed', 'failed'].map((s) =>
      h('option', { value: s, selected: s === state }, s || 'all states'),
    ),
  );
  const from = h('input', { id: 'from', type: 'date', value: params.get('from') ?? '' });
  const to = h('input', { id: 'to', type: 'date', value: params.get('to') ?? '' });
  const tag = h('input', {
    id: 'tag',
    type: 'search',
    value: params.get('tag') ?? '',
    placeholder: 'any tag',
  });
  const filter = (): void => {
    const q = new URLSearchParams();
    if (select.value) q.set('state', select.value);
    if (from.value) q.set('from', from.value);
    if (to.value) q.set('to', to.value);
    if (tag.value.trim()) q.set('tag', tag.value.trim().toLowerCase());
    location.hash = q.size ? `#/calls?${q}` : '#/calls';
  };
  for (const control of [select, from, to, tag]) control.addEventListener('change', filter);
  // the list's own query: the filters of the page's address
  const listQuery = (): URLSearchParams => {
    const q = new URLSearchParams({ limit: '50' });
    for (const key of ['state', 'from', 'to', 'tag']) {
      const value = params.get(key);
      if (value) q.set(key, value);
    }
    return q;
  };
  const body = h('tbody');
  const more = h('button', { type: 'button' }, 'Load more');
  const message = h('div');
  let cursor: string | null = null;
  const rows = new Map<string, HTMLTableRowElement>();
  const tagsShown = new Map<string, string[]>();
  const rowOf = (c: CallSummary, progress?: CallUpdate['progress']): HTMLTableRowElement => {
    tagsShown.set(c.id, c.tags);
    return h(
      'tr',
      { 'data-call': c.id },
      h(
        'td',
        {},
        h(
          'a',
          { href: `#/call/${c.id}`, 'aria-label': `open call ${c.id.slice(0, 10)}` },
          h('code', {}, c.id.slice(0, 10)),
        ),
      ),
      h(
        'td',
        {},
        h('span', { class: `state state-${c.state}` }, c.state),
        progress ? h('span', { class: 'muted' }, ` ${progress.stage} ${Math.round(progress.percent)}%`) : '',
      ),
      h('td', {}, countsText(c.counts)),
      h(
        'td',
        {},
        ...c.tags.map((t) =>
          h(
            'a',
            { class: 'tag', href: `#/calls?tag=${encodeURIComponent(t)}`, 'aria-label': `calls tagged ${t}` },
            t,
          ),
        ),
      ),
      h('td', { class: 'hide-narrow' }, new Date(c.created_at).toLocaleString()),
    );
  };
  const load = (): void => {
    const q = listQuery();
    if (cursor) q.set('cursor', cursor);
    api<{ calls: CallSummary[]; next: string | null }>('GET', `/v1/calls?${q}`)
      .then((page) => {
        for (const c of page.calls) {
          const row = rowOf(c);
          rows.set(c.id, row);
          body.append(row);
        }
        cursor = page.next;
        more.hidden = !cursor;
        if (rows.size === 0) message.replaceChildren(h('p', { class: 'muted' }, 'No calls yet.'));
      })
      .catch((err: unknown) => message.replaceChildren(errorBox(err)));
  };
  more.addEventListener('click', load);
  // live: server-sent events update the rows on screen (and add new calls to an unfiltered list);
  // without them, the first page is fetched again every 2 s while anything shown is unfinished
  const unfiltered = !['state', 'from', 'to', 'tag'].some((k) => params.get(k));
  const poll = (): void => {
    const pending = [...rows.values()].some((r) => /state-(queued|active)/.test(r.innerHTML));
    if (!pending) return;
    void api<{ calls: CallSummary[] }>('GET', `/v1/calls?${listQuery()}`).then((page) => {
      for (const c of page.calls) {
        const old = rows.get(c.id);
        if (!old) continue;
        const row = rowOf(c);
        old.replaceWith(row);
        rows.set(c.id, row);
      }
    });
  };
  const live = liveCalls((update) => {
    const old = rows.get(update.id);
    if (!old && !unfiltered) return;
    const row = rowOf({ ...update, tags: tagsShown.get(update.id) ?? [] }, update.progress);
    if (old) old.replaceWith(row);
    else {
      body.prepend(row);
      message.replaceChildren();
    }
    rows.set(update.id, row);
  }, poll);
  stopPolling = () => live.stop();
  page(
    'Calls',
    h(
      'div',
      { class: 'row' },
      h('label', { for: 'state' }, 'State'),
      select,
      h('label', { for: 'from' }, 'Received from'),
      from,
      h('label', { for: 'to' }, 'to'),
      to,
      h('label', { for: 'tag' }, 'Tag'),
      tag,
    ),
    h(
      'table',
      { 'aria-label': 'calls' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'Call'),
          h('th', {}, 'State'),
          h('th', {}, 'Redactions'),
          h('th', {}, 'Tags'),
          h('th', { class: 'hide-narrow' }, 'Received'),
        ),
      ),
      body,
    ),
    message,
    more,
  );
  load();
}

// ---------------------------------------------------------------- call page

function callPage(id: string, requested: number | null): void {
  const holder = h('div', {}, h('p', { class: 'muted' }, 'Loading…'));
  page(`Call ${id.slice(0, 10)}`, holder);
  let waiting: ReturnType<typeof liveCalls> | undefined;
  const show = (): void => {
    api<{ state: string; failure: { message: string } | null }>('GET', `/v1/calls/${id}`)
      .then(async (status) => {
        if (status.state !== 'queued' && status.state !== 'active') waiting?.stop();
        if (status.state !== 'completed') {
          holder.replaceChildren(
            h('p', {}, `State: ${status.state}`, status.failure ? ` (${status.failure.message})` : ''),
          );
          if ((status.state === 'queued' || status.state === 'active') && !waiting) {
            // wait for the call's next change (server-sent events; polled every 1.5 s without them)
            waiting = liveCalls(
              (update) => {
                if (update.id !== id) return;
                if (update.state === 'completed' || update.state === 'failed') {
                  waiting?.stop();
                  show();
                } else
                  holder.replaceChildren(
                    h(
                      'p',
                      {},
                      `State: ${update.state}`,
                      update.progress
                        ? ` (${update.progress.stage} ${Math.round(update.progress.percent)}%)`
                        : '',
                    ),
                  );
              },
              show,
              1500,
            );
            stopPolling = () => waiting?.stop();
          }
          return;
        }
        const query = requested ? `?version=${requested}` : '';
        let view = await api<CallView>('GET', `/v1/calls/${id}/view${query}`);
        // without a version asked for, the latest (corrected) one is shown
        if (!requested && view.latest_version !== view.version) {
          view = await api<CallView>('GET', `/v1/calls/${id}/view?version=${view.latest_version}`);
        }
        const audioUrl =
          view.version === 1 ? `/v1/calls/${id}/audio` : `/v1/calls/${id}/versions/${view.version}/audio`;
        const rendered = renderCall(view, audioUrl);
        holder.replaceChildren(
          versionsPanel(id, view),
          reviewPanel(id, view),
          canReview() && view.version === view.latest_version ? correctionPanel(id, view, rendered) : '',
          rendered.element,
        );
      })
      .catch((err: unknown) => holder.replaceChildren(errorBox(err)));
  };
  show();
}

/** The call's versions (1: as the worker made it; then one per round of corrections). */
function versionsPanel(id: string, view: CallView): HTMLElement {
  const list = h('ul', { class: 'versions' });
  const panel = h(
    'nav',
    { class: 'card', 'aria-label': 'versions' },
    h('h2', {}, `Version ${view.version}${view.version === view.latest_version ? ' (latest)' : ''}`),
    list,
  );
  api<{ versions: VersionInfo[] }>('GET', `/v1/calls/${id}/versions`)
    .then(({ versions }) => {
      list.replaceChildren(
        ...versions.map((v) =>
          h(
            'li',
            {},
            v.version === view.version
              ? h('strong', { 'aria-current': 'true' }, `Version ${v.version}`)
              : v.state !== 'ready'
                ? h('span', {}, `Version ${v.version}`)
                : h('a', { href: `#/call/${id}?v=${v.version}` }, `Version ${v.version}`),
            ` · ${v.version === 1 ? 'detected' : `${v.corrections} correction${v.corrections === 1 ? '' : 's'} by ${v.created_by}`}`,
            ` · ${new Date(v.created_at).toLocaleString()}`,
            v.approval ? ' · approved' : '',
            v.state === 'rendering' ? ' · rendering…' : '',
            v.state === 'failed' ? ` · failed: ${v.failure ?? ''}` : '',
          ),
        ),
      );
    })
    .catch((err: unknown) => list.replaceChildren(errorBox(err)));
  return panel;
}

/**
 * Version `version` once it is ready or failed, looked up every second (null when the page
 * changed meanwhile: route() stops the wait).
 */
function renderedVersion(id: string, version: number): Promise<VersionInfo | null> {
  return new Promise((resolve, reject) => {
    let timer: number | undefined;
    const stop = (): void => {
      window.clearTimeout(timer);
      resolve(null);
    };
    stopPolling = stop;
    const look = (): void => {
      api<{ versions: VersionInfo[] }>('GET', `/v1/calls/${id}/versions`)
        .then(({ versions }) => {
          if (stopPolling !== stop) return;
          const v = versions.find((x) => x.version === version);
          if (v && v.state !== 'rendering') {
            stopPolling = null;
            resolve(v);
          } else timer = window.setTimeout(look, 1000);
        })
        .catch((err: unknown) => {
          if (stopPolling === stop) stopPolling = null;
          reject(err instanceof Error ? err : new Error('version lookup failed'));
        });
    };
    timer = window.setTimeout(look, 500);
  });
}

/**
 * Corrections on the latest version: redact the selected words as a type, or remove the selected
 * redactions (false positives). Either makes a new version, rendered by a worker ("rendering…"),
 * then shown.
 */
function correctionPanel(id: string, view: CallView, rendered: TranscriptView): HTMLElement {
  const type = h(
    'select',
    { id: 'correction-type' },
    ...Object.entries(TYPE_LABELS).map(([t, label]) => h('option', { value: t }, label)),
  );
  const add = h('button', { type: 'button' }, 'Redact selection');
  const remove = h('button', { type: 'button' }, 'Remove selected redactions');
  const message = h('div', { 'aria-live': 'polite' });
  const busy = (on: boolean): void => {
    add.disabled = on;
    remove.disabled = on;
    if (on) message.replaceChildren(h('p', { class: 'muted' }, 'Re-rendering transcript and audio…'));
  };
  const failed = (text: string): void => {
    busy(false);
    message.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
  };
  const submit = (corrections: unknown[]): void => {
    busy(true);
    api<{ version: number; state: VersionInfo['state']; failure: string | null }>(
      'POST',
      `/v1/calls/${id}/corrections`,
      { base_version: view.version, corrections },
    )
      .then(async (made) => {
        message.replaceChildren(
          h('p', { class: 'muted', id: 'rendering' }, `Version ${made.version}: rendering…`),
        );
        // a worker renders the version: its state is looked up until it is ready or failed
        const done = made.state === 'rendering' ? await renderedVersion(id, made.version) : made;
        if (!done) return; // the page was left
        if (done.state === 'failed') return failed(`Version ${done.version} failed: ${done.failure ?? ''}`);
        announce(`version ${done.version} ready`);
        location.hash = `#/call/${id}?v=${done.version}`;
      })
      .catch((err: unknown) => {
        busy(false);
        message.replaceChildren(errorBox(err));
      });
  };
  const selected = (): number[] => rendered.selection();
  add.addEventListener('click', () => {
    const sel = selected();
    if (sel.length === 0) {
      message.replaceChildren(
        h('p', { class: 'error', role: 'alert' }, 'Select words first (click, shift-click).'),
      );
      return;
    }
    const first = view.words[sel[0]!]!;
    const last = sel[sel.length - 1]!;
    // the range ends where the next word begins (a replacement may stand for several words)
    const end = view.words[last + 1]?.index ?? view.words[last]!.index + 1;
    submit([{ action: 'add', type: type.value, start_word: first.index, end_word: end }]);
  });
  remove.addEventListener('click', () => {
    const targets = selected()
      .map((i) => view.words[i]!)
      .filter((w) => w.redaction);
    if (targets.length === 0) {
      message.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Select a redaction first.'));
      return;
    }
    submit(targets.map((w) => ({ action: 'remove', start_word: w.index, end_word: w.index + 1 })));
  });
  return h(
    'section',
    { class: 'card', 'aria-label': 'corrections' },
    h('h2', {}, 'Correct'),
    h(
      'p',
      { class: 'muted' },
      'Select words in the transcript (click, shift-click or shift-arrows), then redact them as a type or remove a redaction that is not personal data. The call is re-rendered as a new version.',
    ),
    h('div', { class: 'row' }, h('label', { for: 'correction-type' }, 'Redaction type'), type, add, remove),
    message,
  );
}

function reviewPanel(id: string, view: CallView): HTMLElement {
  const panel = h('section', { class: 'card', 'aria-label': 'review' });
  const approval = h(
    'p',
    { id: 'approval' },
    view.approval
      ? `Version ${view.version} approved ${new Date(view.approval.approved_at).toLocaleString()} by ${view.approval.approved_by}`
      : `Version ${view.version}: not approved`,
  );
  panel.append(approval);
  if (!canReview()) return panel;
  const shares = h('div', { 'aria-label': 'share links' });
  const refresh = (): void => {
    api<{ shares: Share[] }>('GET', `/v1/calls/${id}/shares`)
      .then(({ shares: list }) => {
        shares.replaceChildren(
          ...list.map((s) => {
            const revoke = h(
              'button',
              { type: 'button', 'aria-label': `revoke share link ${s.id}` },
              'Revoke',
            );
            revoke.addEventListener('click', () => {
              api('DELETE', `/v1/calls/${id}/shares/${s.id}`)
                .then(() => {
                  announce('link revoked');
                  refresh();
                })
                .catch((err: unknown) => shares.prepend(errorBox(err)));
            });
            return h(
              'div',
              { class: 'row share' },
              h(
                'span',
                {},
                `${s.id} · expires ${new Date(s.expires_at).toLocaleString()} · opened ${s.openings}×`,
              ),
              s.revoked_at ? h('strong', {}, 'revoked') : revoke,
            );
          }),
        );
      })
      .catch((err: unknown) => shares.replaceChildren(errorBox(err)));
  };
  const approve = h(
    'button',
    { type: 'button', class: 'primary', disabled: Boolean(view.approval) },
    'Approve this version',
  );
  const share = h('button', { type: 'button', disabled: !view.approval }, 'Create share link');
  const created = h('p', { class: 'share-url', 'aria-live': 'polite' });
  approve.addEventListener('click', () => {
    api<{ approved_by: string; approved_at: string }>('POST', `/v1/calls/${id}/approve`, {
      version: view.version,
    })
      .then((a) => {
        approval.textContent = `Version ${view.version} approved ${new Date(a.approved_at).toLocaleString()} by ${a.approved_by}`;
        approve.disabled = true;
        share.disabled = false;
        announce('approved');
      })
      .catch((err: unknown) => panel.append(errorBox(err)));
  });
  share.addEventListener('click', () => {
    api<{ url: string }>('POST', `/v1/calls/${id}/shares`, { version: view.version, expires_in_hours: 72 })
      .then(({ url }) => {
        const full = new URL(url, location.origin).toString();
        created.replaceChildren(
          'Share link (shown once, valid 72 h): ',
          h('a', { href: full, id: 'share-link' }, full),
        );
        refresh();
      })
      .catch((err: unknown) => panel.append(errorBox(err)));
  });
  panel.append(h('div', { class: 'row' }, approve, share), created, shares);
  refresh();
  return panel;
}

// ---------------------------------------------------------------- statistics

function statsPage(): void {
  const holder = h('div', {}, 'Loading…');
  const period = h(
    'select',
    { id: 'period' },
    h('option', { value: 'day' }, 'per day'),
    h('option', { value: 'week' }, 'per week'),
  );
  const load = (): void => {
    api<{
      k: number;
      suppressed_periods: number;
      groups: {
        period: string;
        calls: number;
        completed: number | null;
        failed: number | null;
        redaction_rate: number | null;
        entities: Record<string, number>;
        mean_processing_ms: number | null;
        mean_duration_s: number | null;
        corrections: Record<string, { added: number; removed: number }>;
      }[];
    }>('GET', `/v1/stats?period=${period.value}`)
      .then((s) => {
        const num = (x: number | null, unit = ''): string => (x === null ? 'suppressed' : `${x}${unit}`);
        holder.replaceChildren(
          h(
            'p',
            { class: 'muted' },
            `Groups of fewer than ${s.k} calls are suppressed (${s.suppressed_periods} periods left out).`,
          ),
          h(
            'table',
            { class: 'stats-table', 'aria-label': 'statistics' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', {}, 'Period'),
                h('th', { class: 'num' }, 'Calls'),
                h('th', { class: 'num' }, 'Completed'),
                h('th', { class: 'num' }, 'Failed'),
                h('th', { class: 'num' }, 'Redaction rate'),
                h('th', {}, 'Entities'),
                h('th', { class: 'num hide-narrow' }, 'Mean processing'),
                h('th', { class: 'num hide-narrow' }, 'Mean duration'),
                h('th', { class: 'hide-narrow' }, 'Review corrections (added/removed)'),
              ),
            ),
            h(
              'tbody',
              {},
              ...s.groups.map((g) =>
                h(
                  'tr',
                  {},
                  h('td', {}, g.period),
                  h('td', { class: 'num' }, String(g.calls)),
                  h('td', { class: 'num' }, num(g.completed)),
                  h('td', { class: 'num' }, num(g.failed)),
                  h(
                    'td',
                    { class: 'num' },
                    g.redaction_rate === null ? 'suppressed' : `${Math.round(g.redaction_rate * 100)} %`,
                  ),
                  h('td', {}, countsText(g.entities)),
                  h('td', { class: 'num hide-narrow' }, num(g.mean_processing_ms, ' ms')),
                  h('td', { class: 'num hide-narrow' }, num(g.mean_duration_s, ' s')),
                  h(
                    'td',
                    { class: 'hide-narrow' },
                    Object.entries(g.corrections)
                      .map(([t, c]) => `${TYPE_LABELS[t] ?? t} +${c.added}/−${c.removed}`)
                      .join(', ') || '–',
                  ),
                ),
              ),
            ),
          ),
        );
      })
      .catch((err: unknown) => holder.replaceChildren(errorBox(err)));
  };
  period.addEventListener('change', load);
  page('Statistics', h('div', { class: 'row' }, h('label', { for: 'period' }, 'Group'), period), holder);
  load();
}

// ---------------------------------------------------------------- reveal (dpo)

/**
 * Re-identification of tokens for the dpo role: a purpose is required and every request (refused
 * ones too) is recorded in the vault's audit log by the API. The values stay on this page only.
 */
function revealPage(): void {
  const tokens = h('textarea', {
    id: 'tokens',
    rows: 3,
    required: true,
    spellcheck: false,
    placeholder: 'PERSON_7F3K9QX2 EMAIL_…',
  });
  const purpose = h('input', {
    id: 'purpose',
    type: 'text',
    required: true,
    maxlength: 500,
    autocomplete: 'off',
  });
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'card', 'aria-label': 'reveal tokens' },
    h('label', { for: 'tokens' }, 'Tokens (separated by spaces or lines)'),
    tokens,
    h('label', { for: 'purpose' }, 'Purpose (recorded in the audit log)'),
    purpose,
    h('button', { class: 'primary', type: 'submit' }, 'Reveal'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const list = tokens.value
      .split(/[\s,]+/)
      .map((t) => t.replace(/^\[|\]$/g, ''))
      .filter(Boolean);
    if (list.length === 0 || purpose.value.trim() === '') {
      result.replaceChildren(h('p', { class: 'error', role: 'alert' }, 'Tokens and a purpose are required.'));
      return;
    }
    api<{ values: { token: string; type: string; value: string }[] }>('POST', '/v1/vault/reveal', {
      tokens: list,
      purpose: purpose.value.trim(),
    })
      .then(({ values }) => {
        result.replaceChildren(
          h(
            'table',
            { 'aria-label': 'revealed values' },
            h('thead', {}, h('tr', {}, h('th', {}, 'Token'), h('th', {}, 'Type'), h('th', {}, 'Value'))),
            h(
              'tbody',
              {},
              ...values.map((v) =>
                h(
                  'tr',
                  {},
                  h('td', {}, h('code', {}, v.token)),
                  h('td', {}, TYPE_LABELS[v.type] ?? v.type),
                  h('td', {}, v.value),
                ),
              ),
            ),
          ),
          h(
            'p',
            { class: 'muted' },
            `${values.length} of ${list.length} tokens revealed; this request is audited.`,
          ),
        );
      })
      .catch((err: unknown) => result.replaceChildren(errorBox(err)));
  });
  page('Reveal tokens', form, result);
}

// ---------------------------------------------------------------- share link page

function sharePage(token: string): void {
  nav.replaceChildren();
  who.replaceChildren(h('span', {}, 'shared link'));
  const holder = h('div', {}, 'Loading…');
  page('Shared call', holder);
  api<CallView>('GET', `/v1/shared/${encodeURIComponent(token)}`)
    .then((view) => {
      const rendered = renderCall(view, `/v1/shared/${encodeURIComponent(token)}/audio`);
      holder.replaceChildren(
        h(
          'p',
          { class: 'muted' },
          `Approved redacted version ${view.version}. Link valid until ${new Date(view.expires_at ?? '').toLocaleString()}.`,
        ),
        rendered.element,
      );
    })
    .catch((err: unknown) => holder.replaceChildren(errorBox(err)));
}

// ---------------------------------------------------------------- routing

function route(): void {
  stopPolling?.();
  stopPolling = null;
  if (!session) return signInPage();
  const hash = location.hash.replace(/^#/, '');
  const call = /^\/call\/([a-f0-9]{32,64})(?:\?v=(\d{1,6}))?$/.exec(hash);
  if (call && canSeeCalls()) return callPage(call[1]!, call[2] ? Number(call[2]) : null);
  if (hash.startsWith('/upload') && canUpload()) return uploadPage();
  if (hash.startsWith('/stats') && canSeeStats()) return statsPage();
  if (canReveal()) return revealPage();
  if (canSeeCalls()) return callsPage();
  if (canSeeStats()) return statsPage();
  page('Nothing to see', h('p', {}, `The ${session.role} role has no pages in this console.`));
}

async function boot(): Promise<void> {
  const share = /^\/s\/([A-Za-z0-9_-]+)$/.exec(location.pathname);
  if (share) return sharePage(share[1]!);
  try {
    startSession(await api<SessionInfo>('GET', '/v1/session'));
  } catch {
    session = null;
  }
  window.addEventListener('hashchange', route);
  route();
}

void boot();
