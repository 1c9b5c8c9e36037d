/**
 * Span planner (pure): entity word ranges -> audio time spans to bleep.
 *
 * Each entity covers [first word start - padding, last word end + padding], clamped to the audio.
 * Spans on the same channel (or both on every channel) merge when they overlap, touch, or are
 * less than `mergeGap` apart. The transcript must belong to this audio: a word time past its end
 * (beyond END_TOLERANCE) is an AudioError, because bleeping the wrong recording is worse than
 * failing.
 */
import { AudioError } from '../errors.js';
import type { Entity, Span, Word } from '../types.js';
import type { AudioInfo, SpanPlanOptions } from './types.js';

/** seconds a word may end after the audio (ASR timestamp rounding) */
export const END_TOLERANCE = 0.5;

const NO_TIMINGS = 'transcript has no word timings; audio redaction needs them';

function timed(word: Word | undefined): word is Word & { start: number; end: number } {
  return word !== undefined && Number.isFinite(word.start) && Number.isFinite(word.end);
}

/** Word times inside the audio (with END_TOLERANCE); intake checks them before a call is queued. */
export function checkWordTimes(words: readonly Word[], info: AudioInfo): void {
  let anyTimed = false;
  words.forEach((word, index) => {
    if (!timed(word)) return;
    anyTimed = true;
    if (word.start < 0 || word.end < word.start) {
      throw new AudioError(`word ${index} has an invalid time range`, { details: { word: index } });
    }
    if (word.end > info.duration + END_TOLERANCE) {
      throw new AudioError(
        `word ${index} ends at ${word.end.toFixed(3)} s, after the end of the audio (${info.duration.toFixed(3)} s): transcript and audio do not match`,
        { details: { word: index, wordEnd: word.end, duration: info.duration } },
      );
    }
  });
  if (words.length > 0 && !anyTimed) throw new AudioError(NO_TIMINGS);
}

/** The channel a span goes on: undefined = every channel. */
function spanChannel(words: readonly Word[], info: AudioInfo, options: SpanPlanOptions): number | undefined {
  if (!options.perChannel || options.mirrorChannels || info.channels < 2) return undefined;
  const channels = new Set(words.map((w) => w.channel));
  // unknown or mixed channels: bleeping every channel is the safe side
  if (channels.size !== 1) return undefined;
  const [channel] = channels;
  if (channel === undefined) return undefined;
  if (!Number.isInteger(channel) || channel < 0 || channel >= info.channels) {
    throw new AudioError(`word channel ${channel} does not exist in audio with ${info.channels} channels`);
  }
  return channel;
}

function mergeSorted(spans: Span[], mergeGap: number): Span[] {
  const merged: Span[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end + mergeGap) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

export function planSpans(
  words: readonly Word[],
  entities: readonly Entity[],
  info: AudioInfo,
  options: SpanPlanOptions,
): Span[] {
  checkWordTimes(words, info);
  const byChannel = new Map<number | undefined, Span[]>();
  for (const entity of entities) {
    const covered = words.slice(entity.startWord, entity.endWord);
    if (covered.length === 0) {
      throw new AudioError(
        `entity word range ${entity.startWord}-${entity.endWord} is outside the transcript`,
      );
    }
    if (!covered.every(timed)) throw new AudioError(NO_TIMINGS, { details: { startWord: entity.startWord } });
    const first = covered.reduce((min, w) => Math.min(min, w.start), Infinity);
    const last = covered.reduce((max, w) => Math.max(max, w.end), -Infinity);
    const start = Math.max(0, first - options.padding);
    const end = Math.min(info.duration, last + options.padding);
    if (end <= start) continue;
    const channel = spanChannel(covered, info, options);
    const list = byChannel.get(channel) ?? [];
    list.push(channel === undefined ? { start, end } : { start, end, channel });
    byChannel.set(channel, list);
  }
  return [...byChannel.values()]
    .flatMap((list) => mergeSorted(list, options.mergeGap))
    .sort((a, b) => a.start - b.start || (a.channel ?? -1) - (b.channel ?? -1));
}
