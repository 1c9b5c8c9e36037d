/**
 * exportClips(): short clips of redacted calls, for people who train agents. A clip is chosen by
 * time range, by speaker turn, or around each match of a search over the redacted transcript
 * (with context seconds); overlapping choices in one call merge into one clip. A cut never splits
 * a word or a bleep (it widens until neither straddles a boundary). Each clip folder holds the
 * audio (WAV, the call's rate and channels unless asked otherwise), its redacted transcript slice
 * with times rebased to the clip (callredact JSON) and clip.json; the export's manifest.json lists
 * every file. The same verification as datasets (bleeps sample for sample, text scan) runs before
 * the atomic publish.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FfmpegTools } from '../audio/types.js';
import { InputError, coerceError } from '../errors.js';
import {
  checkClipBleeps,
  expectedFrames,
  prepareReference,
  ReferenceReader,
  releaseReference,
  targetFormat,
  type AudioTarget,
} from './clip-audio.js';
import { bleepIntervals, coverBleeps, type FrameRange } from './cut.js';
import type { ExportProgress } from './dataset.js';
import { scanExport, type ScanCall } from './leak-scan.js';
import { StagedExport } from './publish.js';
import { rawValues } from './raw-values.js';
import { readRedactedCall, type RedactedCall, type RedactedWord } from './redacted-call.js';
import type { ExportSource } from './source.js';
import { wordText, type TextMode } from './text.js';
import { speakerTurns } from './utterances.js';
import { writeText } from './writers/write.js';

export interface ClipSelection {
  /** seconds of the call */
  ranges: { start: number; end: number }[];
  /** speaker turn indices (0-based, as utterances.ts counts them) */
  turns: number[];
  /** words to find (case and punctuation ignored), consecutive */
  search?: string;
  /** seconds before and after each search match */
  context: number;
}

export interface ClipOptions {
  out: string;
  selection: ClipSelection;
  /** source call names to cut from (default: all) */
  calls?: string[];
  text: TextMode;
  audio: AudioTarget;
}

export interface ClipSummary {
  out: string;
  calls: number;
  clips: number;
  seconds: number;
  bleeps: number;
}

type Timed = RedactedWord & { start: number; end: number };
const isTimed = (w: RedactedWord): w is Timed => Number.isFinite(w.start) && Number.isFinite(w.end);

const norm = (s: string): string => s.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Matches of `phrase` (consecutive words, case and edge punctuation ignored) as the times of
 * their first and last words.
 */
export function searchMatches(words: readonly Timed[], phrase: string): { start: number; end: number }[] {
  const needle = phrase.split(/\s+/).map(norm).filter(Boolean);
  if (needle.length === 0) return [];
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + needle.length <= words.length; i++) {
    // a redacted word also answers to its type ("phone_number" finds tokens and masks too)
    const hit = (w: Timed, n: string) => norm(w.text) === n || w.redaction?.type.toLowerCase() === n;
    if (needle.every((n, k) => hit(words[i + k]!, n)))
      out.push({ start: words[i]!.start, end: words[i + needle.length - 1]!.end });
  }
  return out;
}

/** Seconds ranges chosen in one call, before widening. */
export function selectRanges(
  words: readonly RedactedWord[],
  selection: ClipSelection,
): { start: number; end: number }[] {
  const timed = words.filter(isTimed);
  const turns = speakerTurns(words);
  const chosen = [...selection.ranges];
  for (const t of selection.turns) {
    const turn = turns[t];
    if (turn) chosen.push({ start: turn.words[0]!.start, end: turn.words.at(-1)!.end });
  }
  if (selection.search)
    for (const m of searchMatches(timed, selection.search))
      chosen.push({ start: m.start - selection.context, end: m.end + selection.context });
  return chosen;
}

/**
 * Frames of a cut, widened until no word and no bleep straddles a boundary, then merged with
 * overlapping cuts. Words are in frames as [floor(start * rate), ceil(end * rate)).
 */
export function settleCuts(
  ranges: readonly { start: number; end: number }[],
  words: readonly RedactedWord[],
  intervals: readonly FrameRange[],
  rate: number,
  frames: number,
): FrameRange[] {
  const wordFrames = words
    .filter(isTimed)
    .map((w) => ({ start: Math.floor(w.start * rate), end: Math.ceil(w.end * rate) }));
  const settled = ranges
    .map((r) => ({
      start: Math.max(0, Math.floor(r.start * rate)),
      end: Math.min(frames, Math.ceil(r.end * rate)),
    }))
    .filter((r) => r.end > r.start)
    .map((r) => {
      let cut = r;
      for (;;) {
        const next = coverBleeps(coverBleeps(cut, wordFrames), intervals);
        if (next.start === cut.start && next.end === cut.end) return cut;
        cut = next;
      }
    })
    .sort((a, b) => a.start - b.start);
  const merged: FrameRange[] = [];
  for (const r of settled) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

const ms = (s: number): number => Math.round(s * 1000) / 1000;

function clipTranscript(words: readonly RedactedWord[], start: number, end: number, text: TextMode) {
  const inside = words.filter(isTimed).filter((w) => w.start >= start - 1e-9 && w.end <= end + 1e-9);
  return inside.map((w) => {
    const out: Record<string, unknown> = {
      text: wordText(w, text),
      start: ms(w.start - start),
      end: ms(w.end - start),
    };
    if (w.speaker !== undefined) out['speaker'] = w.speaker;
    if (w.channel !== undefined) out['channel'] = w.channel;
    return { json: out, word: w };
  });
}

export async function exportClips(
  source: ExportSource,
  options: ClipOptions,
  deps: { tools: FfmpegTools; progress?: ExportProgress },
): Promise<ClipSummary> {
  const { calls: all } = await source.list();
  const refs = options.calls ? all.filter((r) => options.calls!.includes(r.name)) : all;
  if (options.calls) {
    const missing = options.calls.filter((n) => !refs.some((r) => r.name === n));
    if (missing.length > 0)
      throw new InputError(`no published call named ${missing.join(', ')} in the source`);
  }
  const staged = await StagedExport.create(options.out);
  const scanCalls = new Map<string, ScanCall>();
  const owners = new Map<string, { label: string; callId: string }>();
  const clipList: Record<string, unknown>[] = [];
  const textFiles: string[] = [];
  const summary: ClipSummary = { out: staged.finalDir, calls: 0, clips: 0, seconds: 0, bleeps: 0 };
  try {
    deps.progress?.start('audio', refs.length);
    for (const ref of refs) {
      const opened = await source.open(ref);
      const call: RedactedCall = readRedactedCall(opened);
      deps.progress?.tick(ref.name);
      if (!call.audio || call.timing === 'none') continue;
      const { sampleRate } = targetFormat(call.audio.info, options.audio);
      const chosen = selectRanges(call.words, options.selection);
      const planned = settleCuts(
        chosen,
        call.words,
        bleepIntervals(call.spans, sampleRate, expectedFrames(call.audio.info, sampleRate)),
        sampleRate,
        expectedFrames(call.audio.info, sampleRate),
      );
      if (planned.length === 0) continue;
      const raw = await opened.rawTranscript();
      scanCalls.set(call.callId, {
        values: raw ? rawValues(call, raw) : null,
        replacements: new Set(call.report.entities.map((e) => e.replacement)),
      });
      summary.calls++;
      const ref2 = await prepareReference(
        call.audio.path,
        call.audio.info,
        options.audio,
        path.join(staged.root, '.scratch.pcm'),
        deps.tools,
      );
      const reader = await ReferenceReader.open(ref2);
      try {
        const intervals = bleepIntervals(call.spans, ref2.sampleRate, ref2.frames);
        const cuts = settleCuts(chosen, call.words, intervals, ref2.sampleRate, ref2.frames);
        for (const cut of cuts) {
          const start = cut.start / ref2.sampleRate;
          const end = cut.end / ref2.sampleRate;
          const id = `${call.callId.slice(0, 12)}-${Math.round(start * 1000)}-${Math.round(end * 1000)}`;
          await mkdir(path.join(staged.root, id), { recursive: true });
          const frames = await reader.writeClip(cut, path.join(staged.root, id, 'audio.wav'));
          const checked = await checkClipBleeps(
            reader,
            path.join(staged.root, id, 'audio.wav'),
            cut.start,
            intervals,
            id,
          );
          const words = clipTranscript(call.words, start, end, options.text);
          const bleeps = intervals
            .filter((iv) => iv.start >= cut.start && iv.end <= cut.end)
            .map((iv) => ({
              start: ms((iv.start - cut.start) / ref2.sampleRate),
              end: ms((iv.end - cut.start) / ref2.sampleRate),
            }));
          const clip = {
            id,
            call: call.callId,
            start: ms(start),
            end: ms(end),
            /** exact first frame in the call (at sample_rate) */
            start_frame: cut.start,
            duration: ms(frames / ref2.sampleRate),
            sample_rate: ref2.sampleRate,
            channels: ref2.channels,
            frames,
            bleeps,
            redactions: words
              .filter((w) => w.word.redaction)
              .map((w) => ({ type: w.word.redaction!.type, start: w.json['start'], end: w.json['end'] })),
          };
          textFiles.push(
            await writeText(
              staged.root,
              `${id}/transcript.json`,
              JSON.stringify({ words: words.map((w) => w.json) }, null, 2) + '\n',
            ),
          );
          textFiles.push(
            await writeText(staged.root, `${id}/clip.json`, JSON.stringify(clip, null, 2) + '\n'),
          );
          owners.set(id, { label: id, callId: call.callId });
          clipList.push(clip);
          summary.clips++;
          summary.seconds += frames / ref2.sampleRate;
          summary.bleeps += checked;
        }
      } finally {
        await reader.close();
        await releaseReference(ref2);
      }
    }
    deps.progress?.stop();
    if (summary.clips === 0) throw new InputError('no clip matched the selection');
    textFiles.push(
      await writeText(staged.root, 'clips.json', JSON.stringify({ clips: clipList }, null, 2) + '\n'),
    );
    const ownerOf = (text: string) => {
      const m = /[0-9a-f]{12}-\d+-\d+/.exec(text);
      return m ? (owners.get(m[0]) ?? null) : null;
    };
    await scanExport({ root: staged.root, files: textFiles, calls: scanCalls, ownerOf });
    await staged.publish('clips');
    return summary;
  } catch (err) {
    deps.progress?.stop();
    await staged.discard();
    throw coerceError(err, 'export failed');
  }
}
