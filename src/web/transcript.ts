/**
 * A redacted call on screen: the audio player with a timeline marking the bleeped spans, and the
 * transcript by speaker turn with every replacement highlighted by type and low scores flagged.
 * Clicking a word (or Enter on it) seeks the audio there. Keyboard: the transcript is one tab
 * stop; arrow keys move between words (left/right) and turns (up/down), Home/End jump, Enter
 * seeks, Space plays or pauses.
 */
import type { CallView } from './api.js';
import { h, seconds } from './dom.js';

export const TYPE_LABELS: Record<string, string> = {
  PERSON: 'name',
  PHONE_NUMBER: 'phone',
  ACCOUNT_NUMBER: 'account',
  US_SSN: 'SSN',
  ADDRESS: 'address',
  EMAIL: 'email',
  DATE_OF_BIRTH: 'birth date',
};

export interface TranscriptView {
  element: HTMLElement;
  audio: HTMLAudioElement | null;
  /** indices of the words currently selected (shift-click or shift-arrow) */
  selection(): number[];
}

export function renderCall(view: CallView, audioUrl: string | null): TranscriptView {
  const audio = audioUrl
    ? h('audio', { controls: true, preload: 'metadata', src: audioUrl, 'aria-label': 'redacted audio' })
    : null;
  const duration = view.duration ?? Math.max(0, ...view.words.map((w) => w.end ?? 0));
  const head = h('div', { class: 'head', 'aria-hidden': 'true' });
  const timeline = h('div', {
    class: 'timeline',
    role: 'slider',
    tabindex: 0,
    'aria-label': `timeline, ${view.spans.length} bleeped spans marked in red`,
    'aria-valuemin': 0,
    'aria-valuemax': Math.round(duration),
    'aria-valuenow': 0,
  });
  for (const span of view.spans) {
    timeline.append(
      h('div', {
        class: 'span',
        title: `bleeped ${seconds(span.start)}–${seconds(span.end)}`,
        style: `left:${(100 * span.start) / duration}%;width:${Math.max(0.3, (100 * (span.end - span.start)) / duration)}%`,
      }),
    );
  }
  timeline.append(head);
  const seek = (t: number): void => {
    if (!audio) return;
    audio.currentTime = Math.max(0, Math.min(duration, t));
  };
  timeline.addEventListener('click', (e) => {
    const rect = timeline.getBoundingClientRect();
    seek(((e.clientX - rect.left) / rect.width) * duration);
  });
  timeline.addEventListener('keydown', (e) => {
    if (!audio) return;
    if (e.key === 'ArrowRight') seek(audio.currentTime + 5);
    else if (e.key === 'ArrowLeft') seek(audio.currentTime - 5);
    else return;
    e.preventDefault();
  });

  const legend = h(
    'div',
    { class: 'legend', 'aria-label': 'replacement types' },
    ...Object.entries(TYPE_LABELS)
      .filter(([type]) => (view.counts[type] ?? 0) > 0)
      .map(([type, label]) => h('span', { class: `type-${type}` }, `${label} (${view.counts[type]})`)),
    view.words.some((w) => w.redaction?.low_score)
      ? h('span', { class: 'low-score' }, 'low score: check')
      : null,
  );

  // turns: consecutive words of one speaker
  const wordEls: HTMLElement[] = [];
  const transcript = h('div', {
    class: 'transcript',
    role: 'group',
    'aria-label': 'redacted transcript; arrow keys move between words, Enter plays from the word',
  });
  let turn: HTMLElement | null = null;
  let lastSpeaker: string | null | undefined;
  view.words.forEach((w, i) => {
    if (!turn || w.speaker !== lastSpeaker) {
      lastSpeaker = w.speaker;
      const words = h('div', { class: 'words' });
      turn = h('div', { class: 'turn' }, h('div', { class: 'speaker' }, w.speaker ?? '–'), words);
      transcript.append(turn);
    }
    const r = w.redaction;
    const label = r
      ? `${TYPE_LABELS[r.type] ?? r.type} redacted${r.low_score ? `, low score ${r.score.toFixed(2)}` : ''}, at ${seconds(w.start)}`
      : undefined;
    const el = h(
      'span',
      {
        class: ['word', r ? `redaction type-${r.type}` : '', r?.low_score ? 'low-score' : '']
          .join(' ')
          .trim(),
        tabindex: i === 0 ? 0 : -1,
        'data-index': i,
        'data-word': w.index,
        ...(label
          ? {
              'aria-label': `${w.text}: ${label}`,
              title: `${r!.type} · ${r!.detector} · score ${r!.score.toFixed(2)}`,
            }
          : {}),
      },
      w.text,
    );
    wordEls.push(el);
    turn.querySelector('.words')!.append(el, ' ');
  });

  let anchor: number | null = null;
  const selected = new Set<number>();
  const select = (from: number, to: number): void => {
    selected.clear();
    for (const el of wordEls) el.classList.remove('selected');
    for (let k = Math.min(from, to); k <= Math.max(from, to); k++) {
      selected.add(k);
      wordEls[k]!.classList.add('selected');
    }
  };
  const focusWord = (i: number): void => {
    const k = Math.max(0, Math.min(wordEls.length - 1, i));
    for (const el of wordEls) el.tabIndex = -1;
    wordEls[k]!.tabIndex = 0;
    wordEls[k]!.focus();
  };
  const seekWord = (i: number): void => {
    const start = view.words[i]?.start;
    if (start !== null && start !== undefined && audio) {
      seek(start);
      void audio.play().catch(() => undefined);
    }
  };
  transcript.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('.word');
    if (!el) return;
    const i = Number(el.dataset.index);
    if (e.shiftKey && anchor !== null) select(anchor, i);
    else {
      anchor = i;
      select(i, i);
      seekWord(i);
    }
    focusWord(i);
  });
  transcript.addEventListener('keydown', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('.word');
    if (!el) return;
    const i = Number(el.dataset.index);
    const turnStart = (k: number, dir: 1 | -1): number => {
      const turnEl = wordEls[k]!.closest('.turn');
      const sibling = dir > 0 ? turnEl?.nextElementSibling : turnEl?.previousElementSibling;
      const first = sibling?.querySelector<HTMLElement>('.word');
      return first ? Number(first.dataset.index) : k;
    };
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = i + 1;
    else if (e.key === 'ArrowLeft') next = i - 1;
    else if (e.key === 'ArrowDown') next = turnStart(i, 1);
    else if (e.key === 'ArrowUp') next = turnStart(i, -1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = wordEls.length - 1;
    else if (e.key === 'Enter') {
      anchor = i;
      select(i, i);
      seekWord(i);
    } else if (e.key === ' ' && audio) {
      if (audio.paused) void audio.play().catch(() => undefined);
      else audio.pause();
    } else return;
    e.preventDefault();
    if (next !== null) {
      const k = Math.max(0, Math.min(wordEls.length - 1, next));
      if (e.shiftKey) {
        anchor ??= i;
        select(anchor, k);
      }
      focusWord(k);
    }
  });

  if (audio) {
    let playing = -1;
    audio.addEventListener('timeupdate', () => {
      const t = audio.currentTime;
      head.style.left = `${(100 * t) / duration}%`;
      timeline.setAttribute('aria-valuenow', String(Math.round(t)));
      const k = view.words.findIndex((w) => w.start !== null && w.end !== null && t >= w.start && t < w.end);
      if (k !== playing) {
        wordEls[playing]?.classList.remove('playing');
        wordEls[k]?.classList.add('playing');
        playing = k;
      }
    });
  }

  const element = h(
    'section',
    { class: 'call-view', 'aria-label': 'redacted call' },
    h('div', { class: 'player' }, audio, timeline),
    legend,
    transcript,
  );
  return { element, audio, selection: () => [...selected].sort((a, b) => a - b) };
}
