/**
 * Whisper JSON, three dialects:
 *
 * - openai-whisper (`--output_format json`): text, segments[] (id, seek, start, end, text, tokens,
 *   ...) and, with `--word_timestamps True`, segments[].words[] (word, start, end, probability).
 * - faster-whisper / WhisperX dumps: segments[] with words[] (word, start, end, probability or
 *   score, speaker), optionally word_segments[]; also a bare array of segments.
 * - whisper.cpp `-ojf` (full JSON): transcription[] with offsets (ms), timestamps, text and
 *   tokens[] (text, offsets, id, p, t_dtw). Word times come from the token offsets.
 *
 * Segments without word times give cue-level timing: their words are interpolated across the
 * segment. Token ids encode the text, so a segment that had an edit loses its openai-whisper
 * `tokens` list, and a merged whisper.cpp token gets id -1.
 */
import { z } from 'zod';
import type { Word } from '../../types.js';
import { interpolate } from './cues.js';
import { isRecord, type JsonPath } from './json.js';
import { jsonParsed, word } from './json-adapter.js';
import { applyCollapse, type EditPlan, KeyIndex } from './plan.js';
import { redactText, type ScopeWord } from './text-redact.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, validateSchema } from './validate.js';

type Obj = Record<string, unknown>;

const Speaker = z.union([z.string(), z.number()]).nullable().optional();
const WWord = z.looseObject({
  word: z.string(),
  start: z.number().nullable().optional(),
  end: z.number().nullable().optional(),
  speaker: Speaker,
});
const Segment = z.looseObject({
  start: z.number(),
  end: z.number(),
  text: z.string(),
  words: z.array(WWord).nullable().optional(),
  speaker: Speaker,
});
const ObjectSchema = z.looseObject({
  text: z.string().optional(),
  segments: z.array(Segment),
  word_segments: z.array(WWord).optional(),
});
const ArraySchema = z.array(Segment);
const Offsets = z.looseObject({ from: z.number(), to: z.number() });
const CppSchema = z.looseObject({
  transcription: z.array(
    z.looseObject({
      offsets: Offsets,
      text: z.string(),
      tokens: z.array(z.looseObject({ text: z.string(), offsets: Offsets.optional() })).optional(),
      speaker: z.string().optional(),
    }),
  ),
});

const SPECIAL_TOKEN = /^\s*(\[_[^\]]*\]|<\|[^|]*\|>)\s*$/;

function speakerOf(...candidates: unknown[]): string | undefined {
  for (const c of candidates) if (typeof c === 'string' || typeof c === 'number') return String(c);
  return undefined;
}

function leadingSpace(s: string): string {
  return /^\s*/.exec(s)![0];
}

/** Canonical words of one segment and, per element of its word list (or text token), the word index. */
interface SegmentMap {
  /** canonical indices of the segment's words, in order */
  words: number[];
  /** per element of segment.words / whisper.cpp tokens: canonical index or -1 */
  elements: number[];
  /** true when the words came from the segment text (no word list) */
  fromText: boolean;
}

function splitText(text: string): string[] {
  return text.split(/\s+/u).filter((t) => t.length > 0);
}

// ---------------------------------------------------------------------------------------------

function parseSegments(raw: string, source: string, doc: unknown) {
  const isArray = Array.isArray(doc);
  const base: JsonPath = isArray ? [] : ['segments'];
  const segments = isArray
    ? validateSchema(ArraySchema, doc, raw, source)
    : validateSchema(ObjectSchema, doc, raw, source).segments;
  const words: Word[] = [];
  const paths: JsonPath[] = [];
  const maps: SegmentMap[] = [];
  let cueTiming = false;
  segments.forEach((seg, s) => {
    const map: SegmentMap = { words: [], elements: [], fromText: false };
    const list = seg.words ?? [];
    if (list.length > 0) {
      // WhisperX leaves numbers unaligned (no start/end): place them between their neighbours
      const texts = list.map((w) => w.word.trim());
      list.forEach((w, j) => {
        if (texts[j]!.length === 0) {
          map.elements.push(-1);
          return;
        }
        let start = w.start ?? undefined;
        let end = w.end ?? undefined;
        if (start === undefined) {
          start = seg.start;
          for (let k = j - 1; k >= 0; k--) {
            const e = list[k]!.end;
            if (typeof e === 'number') {
              start = e;
              break;
            }
          }
        }
        if (end === undefined) {
          end = seg.end;
          for (let k = j + 1; k < list.length; k++) {
            const st = list[k]!.start;
            if (typeof st === 'number') {
              end = st;
              break;
            }
          }
          end = Math.max(end, start);
        }
        map.elements.push(words.length);
        map.words.push(words.length);
        paths.push([...base, s, 'words', j]);
        words.push(word(texts[j]!, start, end, speakerOf(w.speaker, seg.speaker)));
      });
    } else {
      cueTiming = true;
      map.fromText = true;
      const texts = splitText(seg.text);
      const times = interpolate(texts, seg.start, seg.end);
      texts.forEach((t, j) => {
        map.words.push(words.length);
        paths.push([...base, s, 'text']);
        words.push(word(t, times[j]!.start, times[j]!.end, speakerOf(seg.speaker)));
      });
    }
    maps.push(map);
  });

  return jsonParsed('whisper', raw, source, doc as Obj | Obj[], {
    words,
    timing: cueTiming ? 'cue' : 'word',
    pathOf: (i) => paths[i]!,
    redact(copy, plan) {
      const replacementOf = (e: number): string => plan.replacement(e);
      const merge = (first: Obj, last: Obj, e: number): void => {
        first.word = leadingSpace(String(first.word)) + plan.replacement(e);
        if ('end' in last) first.end = last.end;
      };
      const segs = (Array.isArray(copy) ? copy : (copy.segments as Obj[])) as Obj[];
      segs.forEach((seg, s) => {
        const map = maps[s]!;
        const scope: ScopeWord[] = map.words.map((i) => ({ text: words[i]!.text, edit: plan.edit(i) }));
        if (!scope.some((w) => w.edit >= 0)) return;
        seg.text = redactText(String(seg.text), scope, replacementOf).text;
        if (Array.isArray(seg.tokens)) seg.tokens = [];
        if (!map.fromText && Array.isArray(seg.words)) {
          applyCollapse(
            seg.words as Obj[],
            map.elements.map((i) => plan.edit(i)),
            merge,
          );
        }
      });
      if (!Array.isArray(copy)) {
        if (typeof copy.text === 'string') {
          const all = words.map((w, i) => ({ text: w.text, edit: plan.edit(i) }));
          copy.text = redactText(copy.text, all, replacementOf).text;
        }
        if (Array.isArray(copy.word_segments)) redactWordSegments(copy.word_segments as Obj[], words, plan);
      }
    },
  });
}

/**
 * WhisperX word_segments: the segment words again, in order (unaligned ones without times), so
 * each entry takes the next canonical word with its text.
 */
function redactWordSegments(list: Obj[], words: readonly Word[], plan: EditPlan): void {
  const index = new KeyIndex(words.map((w) => w.text));
  const edits = list.map((w) => {
    const i = index.take(String(w.word ?? '').trim());
    if (i >= 0) return plan.edit(i);
    return typeof w.start === 'number' && typeof w.end === 'number' ? plan.editAtTime(w.start, w.end) : -1;
  });
  applyCollapse(list, edits, (first, last, e) => {
    first.word = leadingSpace(String(first.word)) + plan.replacement(e);
    if ('end' in last) first.end = last.end;
  });
}

// ---------------------------------------------------------------------------------------------

function parseCpp(raw: string, source: string, doc: unknown) {
  const data = validateSchema(CppSchema, doc, raw, source);
  const words: Word[] = [];
  const paths: JsonPath[] = [];
  const maps: SegmentMap[] = [];
  let cueTiming = false;
  data.transcription.forEach((seg, s) => {
    const map: SegmentMap = { words: [], elements: [], fromText: false };
    const tokens = seg.tokens ?? [];
    const timed =
      tokens.some((t) => !SPECIAL_TOKEN.test(t.text)) &&
      tokens.every((t) => SPECIAL_TOKEN.test(t.text) || t.offsets !== undefined);
    if (timed) {
      let current = -1;
      tokens.forEach((t, j) => {
        if (SPECIAL_TOKEN.test(t.text) || t.text.length === 0) {
          map.elements.push(-1);
          return;
        }
        const startsWord = current < 0 || /^\s/.test(t.text);
        const piece = t.text.trim();
        if (startsWord && piece.length > 0) {
          current = words.length;
          map.words.push(current);
          paths.push(['transcription', s, 'tokens', j]);
          words.push(word(piece, t.offsets!.from / 1000, t.offsets!.to / 1000, seg.speaker));
        } else if (current >= 0) {
          const w = words[current]!;
          w.text += piece;
          w.end = Math.max(w.end!, t.offsets!.to / 1000);
        }
        map.elements.push(current);
      });
    } else {
      cueTiming = true;
      map.fromText = true;
      const texts = splitText(seg.text);
      const times = interpolate(texts, seg.offsets.from / 1000, seg.offsets.to / 1000);
      texts.forEach((t, j) => {
        map.words.push(words.length);
        paths.push(['transcription', s, 'text']);
        words.push(word(t, times[j]!.start, times[j]!.end, seg.speaker));
      });
    }
    maps.push(map);
  });

  return jsonParsed('whisper', raw, source, doc as { transcription: Obj[] }, {
    words,
    timing: cueTiming ? 'cue' : 'word',
    pathOf: (i) => paths[i]!,
    redact(copy, plan) {
      copy.transcription.forEach((seg, s) => {
        const map = maps[s]!;
        const scope: ScopeWord[] = map.words.map((i) => ({ text: words[i]!.text, edit: plan.edit(i) }));
        if (!scope.some((w) => w.edit >= 0)) return;
        seg.text = redactText(String(seg.text), scope, (e) => plan.replacement(e)).text;
        if (map.fromText || !Array.isArray(seg.tokens)) return;
        const tokens = seg.tokens as Obj[];
        // tokens of an edit's words, and special tokens between them, merge into the first
        const edits = tokens.map((_, j) => plan.edit(map.elements[j]!));
        let prev = -1;
        let pending: number[] = [];
        edits.forEach((e, j) => {
          if (map.elements[j]! < 0) {
            pending.push(j);
            return;
          }
          if (e >= 0 && e === prev) for (const p of pending) edits[p] = e;
          pending = [];
          prev = e;
        });
        // punctuation tokens ending an edit stay, as they stay in the segment text ("[NAME].")
        for (let j = tokens.length - 1; j >= 0; j--) {
          const e = edits[j]!;
          if (e < 0 || (j + 1 < tokens.length && edits[j + 1] === e)) continue;
          let k = j;
          while (
            k >= 0 &&
            edits[k] === e &&
            !/[\p{L}\p{N}]/u.test(String(tokens[k]!.text)) &&
            !SPECIAL_TOKEN.test(String(tokens[k]!.text))
          ) {
            if (k > 0 && edits[k - 1] !== e) break;
            edits[k] = -1;
            k--;
          }
        }
        applyCollapse(tokens, edits, (first, last, e) => {
          first.text = (/^\s/.test(String(first.text)) ? ' ' : '') + plan.replacement(e);
          for (const k of ['offsets', 'timestamps']) {
            const f = first[k];
            const l = last[k];
            if (isRecord(f) && isRecord(l) && 'to' in l) f.to = l.to;
          }
          if ('id' in first) first.id = -1;
        });
      });
    },
  });
}

// ---------------------------------------------------------------------------------------------

function isSegment(v: unknown): boolean {
  return isRecord(v) && typeof v.text === 'string' && 'start' in v && 'end' in v;
}

export const whisperAdapter: TranscriptAdapter = {
  format: 'whisper',

  sniff(text) {
    const v = text.tryJson()?.value;
    if (Array.isArray(v)) return v.length > 0 && isSegment(v[0]);
    if (!isRecord(v) || 'results' in v) return false;
    if (Array.isArray(v.transcription)) return true;
    return Array.isArray(v.segments) && (v.segments.length === 0 || isSegment(v.segments[0]));
  },

  parse(text, source) {
    const raw = text.raw;
    return guardParse(source, () => {
      const doc = text.json(source);
      if (isRecord(doc) && Array.isArray(doc.transcription)) return parseCpp(raw, source, doc);
      return parseSegments(raw, source, doc);
    });
  },
};
