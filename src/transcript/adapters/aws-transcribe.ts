/**
 * Amazon Transcribe output JSON, two shapes:
 *
 * - Standard batch output: results.transcripts[].transcript, results.items[] (pronunciation and
 *   punctuation items, times as strings in seconds, alternatives[].content), speaker_labels
 *   (segments[].items[] repeat the times), channel_labels (channels[].items[] repeat the items),
 *   audio_segments[] (transcript + item ids) and, with alternatives, segments[].alternatives[].
 * - Call Analytics (post-call) output: Transcript[] turns with Content, ParticipantRole,
 *   Items[] (BeginOffsetMillis / EndOffsetMillis) and character offsets of detected issues,
 *   outcomes and action items.
 *
 * Canonical words are the pronunciation items; a punctuation item is attached to the word before
 * it ("Doe" + "." -> "Doe."), as in the transcript text.
 */
import { z } from 'zod';
import { isRecord, type JsonPath } from './json.js';
import { jsonParsed, word } from './json-adapter.js';
import { filterInPlace } from './json-patch.js';
import { applyCollapse, type EditPlan, KeyIndex } from './plan.js';
import { mapOffset, redactText, type ScopeWord, scrubUnaligned } from './text-redact.js';
import type { TranscriptAdapter } from './types.js';
import type { Word } from '../../types.js';
import { guardParse, secondsFromString, transcriptError, validateSchema } from './validate.js';

type Obj = Record<string, unknown>;

const Time = z.union([z.string(), z.number()]);
const Alternative = z.looseObject({ content: z.string(), confidence: z.unknown().optional() });
const Item = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  type: z.string(),
  alternatives: z.array(Alternative).min(1),
  start_time: Time.optional(),
  end_time: Time.optional(),
  speaker_label: z.string().optional(),
  channel_label: z.string().optional(),
});
const StandardSchema = z.looseObject({
  results: z.looseObject({
    transcripts: z.array(z.looseObject({ transcript: z.string() })).optional(),
    items: z.array(Item),
    speaker_labels: z
      .looseObject({
        segments: z
          .array(
            z.looseObject({
              speaker_label: z.string().optional(),
              items: z
                .array(z.looseObject({ start_time: Time.optional(), end_time: Time.optional() }))
                .optional(),
            }),
          )
          .optional(),
      })
      .optional(),
    channel_labels: z
      .looseObject({
        channels: z
          .array(z.looseObject({ channel_label: z.string().optional(), items: z.array(Item) }))
          .optional(),
      })
      .optional(),
    audio_segments: z
      .array(
        z.looseObject({
          transcript: z.string(),
          items: z.array(z.union([z.number(), z.string()])).optional(),
        }),
      )
      .optional(),
    segments: z
      .array(
        z.looseObject({
          alternatives: z
            .array(
              z.looseObject({
                transcript: z.string().optional(),
                items: z.array(z.looseObject({ type: z.string().optional() })).optional(),
              }),
            )
            .optional(),
        }),
      )
      .optional(),
  }),
});

const AnalyticsItem = z.looseObject({
  Content: z.string(),
  Type: z.string(),
  BeginOffsetMillis: z.number().optional(),
  EndOffsetMillis: z.number().optional(),
});
const AnalyticsSchema = z.looseObject({
  Transcript: z.array(
    z.looseObject({
      Content: z.string(),
      ParticipantRole: z.string().optional(),
      Items: z.array(AnalyticsItem).optional(),
    }),
  ),
  ChannelDefinitions: z
    .array(z.looseObject({ ChannelId: z.number().int().nonnegative(), ParticipantRole: z.string() }))
    .optional(),
});

function isPronunciation(type: unknown): boolean {
  return typeof type === 'string' && type.toLowerCase() === 'pronunciation';
}

function channelNumber(label: string | undefined): number | undefined {
  const m = label === undefined ? null : /(\d+)$/.exec(label);
  return m ? Number(m[1]) : undefined;
}

function timeKey(start: unknown, end: unknown): string {
  return `${String(start)}|${String(end)}`;
}

/**
 * Edit of each item of an item list: pronunciation items from `editOfWord`, punctuation between
 * two words of the same edit joins that edit (so it goes with them), other punctuation is kept.
 */
function itemEdits(items: readonly Obj[], editOfPron: (item: Obj, pos: number) => number): number[] {
  const edits = new Array<number>(items.length).fill(-1);
  let prevEdit = -1;
  const pendingPunct: number[] = [];
  items.forEach((item, j) => {
    if (isPronunciation(item.type ?? item.Type)) {
      const e = editOfPron(item, j);
      edits[j] = e;
      if (e >= 0 && e === prevEdit) for (const p of pendingPunct) edits[p] = e;
      pendingPunct.length = 0;
      prevEdit = e;
    } else pendingPunct.push(j);
  });
  return edits;
}

/** Scope words (text with attached punctuation) of an item list, for text-field redaction. */
function scopeWordsOfItems(
  items: readonly Obj[],
  contentOf: (item: Obj) => string,
  edits: readonly number[],
): ScopeWord[] {
  const out: ScopeWord[] = [];
  items.forEach((item, j) => {
    const text = contentOf(item);
    if (isPronunciation(item.type ?? item.Type) || out.length === 0) out.push({ text, edit: edits[j]! });
    else out[out.length - 1]!.text += text;
  });
  return out;
}

function itemContent(item: Obj): string {
  const alts = item.alternatives;
  if (Array.isArray(alts) && isRecord(alts[0]) && typeof alts[0].content === 'string') return alts[0].content;
  return typeof item.content === 'string' ? item.content : '';
}

function setItemContent(item: Obj, text: string): void {
  if (Array.isArray(item.alternatives)) {
    for (const a of item.alternatives) if (isRecord(a) && 'content' in a) a.content = text;
  }
  if ('content' in item) item.content = text;
}

// ---------------------------------------------------------------------------------------------

function parseStandard(raw: string, source: string, doc: unknown) {
  const data = validateSchema(StandardSchema, doc, raw, source);
  const results = data.results;
  const speakerByTime = new Map<string, string>();
  for (const seg of results.speaker_labels?.segments ?? []) {
    for (const it of seg.items ?? []) {
      const label = (it as Obj).speaker_label ?? seg.speaker_label;
      if (typeof label === 'string') speakerByTime.set(timeKey(it.start_time, it.end_time), label);
    }
  }
  const words: Word[] = [];
  const itemOfWord: number[] = [];
  const wordOfItem: number[] = [];
  const time = (v: string | number | undefined, j: number, key: string): number | undefined => {
    if (v === undefined) return undefined;
    const t = typeof v === 'number' ? v : secondsFromString(v);
    if (!Number.isFinite(t)) {
      throw transcriptError(source, ['results', 'items', j, key], 'is not a time in seconds');
    }
    return t;
  };
  results.items.forEach((item, j) => {
    const content = item.alternatives[0]!.content;
    if (isPronunciation(item.type)) {
      const start = time(item.start_time, j, 'start_time');
      const end = time(item.end_time, j, 'end_time');
      const speaker = item.speaker_label ?? speakerByTime.get(timeKey(item.start_time, item.end_time));
      wordOfItem.push(words.length);
      itemOfWord.push(j);
      words.push(word(content, start, end, speaker, channelNumber(item.channel_label)));
    } else {
      wordOfItem.push(words.length - 1);
      if (words.length > 0) words[words.length - 1]!.text += content;
    }
  });
  const pronKeys = itemOfWord.map((j) => {
    const it = results.items[j]!;
    return timeKey(it.start_time, it.end_time);
  });
  const chanKeys = itemOfWord.map((j) => {
    const it = results.items[j]!;
    return `${it.channel_label ?? ''}|${timeKey(it.start_time, it.end_time)}|${it.alternatives[0]!.content}`;
  });
  const idToWord = new Map<string, number>();
  results.items.forEach((it, j) => {
    if (it.id !== undefined && isPronunciation(it.type)) idToWord.set(String(it.id), wordOfItem[j]!);
  });
  const timed = words.some((w) => w.start !== undefined);

  return jsonParsed('aws-transcribe', raw, source, doc as { results: Obj }, {
    words,
    timing: timed ? 'word' : 'none',
    pathOf: (i) => ['results', 'items', itemOfWord[i]!] as JsonPath,
    redact(copy, plan) {
      const res = copy.results;
      const replacementOf = (e: number): string => plan.replacement(e);
      const mergeItem = (first: Obj, last: Obj, e: number): void => {
        setItemContent(first, plan.replacement(e));
        if ('end_time' in last) first.end_time = last.end_time;
      };
      // 1. the main item list
      const items = res.items as Obj[];
      const edits = itemEdits(items, (_item, j) => plan.edit(wordOfItem[j]!));
      const { removed } = applyCollapse(items, edits, mergeItem);
      const removedIds = new Set(removed.filter((it) => it.id !== undefined).map((it) => String(it.id)));

      // 2. full transcripts
      const allWords: ScopeWord[] = words.map((w, i) => ({ text: w.text, edit: plan.edit(i) }));
      const transcripts = Array.isArray(res.transcripts) ? (res.transcripts as Obj[]) : [];
      const channels = [...new Set(words.map((w) => w.channel))];
      transcripts.forEach((t, k) => {
        let scope = allWords;
        if (transcripts.length > 1 && transcripts.length === channels.length && channels[k] !== undefined) {
          scope = allWords.filter((_, i) => words[i]!.channel === channels[k]);
        }
        t.transcript = redactText(t.transcript as string, scope, replacementOf).text;
      });

      // 3. speaker segments: time-only copies of the pronunciation items
      const speakerSegs =
        isRecord(res.speaker_labels) && Array.isArray(res.speaker_labels.segments)
          ? (res.speaker_labels.segments as Obj[])
          : [];
      const byTime = new KeyIndex(pronKeys);
      for (const seg of speakerSegs) {
        if (!Array.isArray(seg.items)) continue;
        const segItems = seg.items as Obj[];
        const segEdits = segItems.map((it) => plan.edit(byTime.take(timeKey(it.start_time, it.end_time))));
        applyCollapse(segItems, segEdits, (first, last) => {
          if ('end_time' in last) first.end_time = last.end_time;
        });
      }

      // 4. per-channel copies of the items
      const chans =
        isRecord(res.channel_labels) && Array.isArray(res.channel_labels.channels)
          ? (res.channel_labels.channels as Obj[])
          : [];
      const byChan = new KeyIndex(chanKeys);
      for (const ch of chans) {
        const chItems = ch.items as Obj[];
        const chEdits = itemEdits(chItems, (it) => {
          const i = byChan.take(
            `${String(it.channel_label ?? '')}|${timeKey(it.start_time, it.end_time)}|${itemContent(it)}`,
          );
          return i >= 0 ? plan.edit(i) : editAtItemTime(plan, it);
        });
        applyCollapse(chItems, chEdits, mergeItem);
      }

      // 5. audio segments: transcript + item ids
      if (Array.isArray(res.audio_segments)) {
        for (const seg of res.audio_segments as Obj[]) {
          const ids = Array.isArray(seg.items) ? (seg.items as unknown[]) : [];
          const scopeIdx = [
            ...new Set(ids.map((id) => idToWord.get(String(id))).filter((i) => i !== undefined)),
          ];
          scopeIdx.sort((a, b) => a - b);
          const scope = scopeIdx.map((i) => allWords[i]!);
          if (typeof seg.transcript === 'string') {
            seg.transcript =
              scope.length > 0 ? redactText(seg.transcript, scope, replacementOf).text : seg.transcript;
          }
          if (Array.isArray(seg.items))
            filterInPlace(seg.items as unknown[], (id) => !removedIds.has(String(id)));
        }
      }

      // 6. alternative hypotheses: not copies of the words, matched by time
      if (Array.isArray(res.segments)) {
        for (const seg of res.segments as Obj[]) {
          if (!Array.isArray(seg.alternatives)) continue;
          for (const alt of seg.alternatives as Obj[]) {
            if (!Array.isArray(alt.items)) {
              if (typeof alt.transcript === 'string') alt.transcript = scrubUnaligned(alt.transcript, plan);
              continue;
            }
            const altItems = alt.items as Obj[];
            const altEdits = itemEdits(altItems, (it) => editAtItemTime(plan, it));
            const scope = scopeWordsOfItems(altItems, itemContent, altEdits);
            if (typeof alt.transcript === 'string')
              alt.transcript = redactText(alt.transcript, scope, replacementOf).text;
            applyCollapse(altItems, altEdits, mergeItem);
          }
        }
      }
    },
  });
}

function editAtItemTime(plan: EditPlan, it: Obj): number {
  const s = typeof it.start_time === 'number' ? it.start_time : secondsFromString(String(it.start_time));
  const e = typeof it.end_time === 'number' ? it.end_time : secondsFromString(String(it.end_time));
  if (!Number.isFinite(s) || !Number.isFinite(e)) return -1;
  return plan.editAtTime(
    s,
    e,
    channelNumber(typeof it.channel_label === 'string' ? it.channel_label : undefined),
  );
}

// ---------------------------------------------------------------------------------------------

function parseAnalytics(raw: string, source: string, doc: unknown) {
  const data = validateSchema(AnalyticsSchema, doc, raw, source);
  const channelOfRole = new Map<string, number>();
  for (const d of data.ChannelDefinitions ?? []) channelOfRole.set(d.ParticipantRole, d.ChannelId);
  const words: Word[] = [];
  const pathOfWord: JsonPath[] = [];
  /** per turn: the canonical word index of each item (punctuation: the word before) */
  const turnItemWords: number[][] = [];
  data.Transcript.forEach((turn, t) => {
    const map: number[] = [];
    let lastWord = -1;
    (turn.Items ?? []).forEach((item, j) => {
      if (isPronunciation(item.Type)) {
        const start = item.BeginOffsetMillis === undefined ? undefined : item.BeginOffsetMillis / 1000;
        const end = item.EndOffsetMillis === undefined ? undefined : item.EndOffsetMillis / 1000;
        const role = turn.ParticipantRole;
        lastWord = words.length;
        map.push(lastWord);
        pathOfWord.push(['Transcript', t, 'Items', j]);
        words.push(
          word(item.Content, start, end, role, role === undefined ? undefined : channelOfRole.get(role)),
        );
      } else {
        map.push(lastWord);
        if (lastWord >= 0) words[lastWord]!.text += item.Content;
      }
    });
    turnItemWords.push(map);
  });
  const timed = words.some((w) => w.start !== undefined);

  return jsonParsed('aws-transcribe', raw, source, doc as { Transcript: Obj[] }, {
    words,
    timing: timed ? 'word' : 'none',
    pathOf: (i) => pathOfWord[i]!,
    redact(copy, plan) {
      copy.Transcript.forEach((turn, t) => {
        const map = turnItemWords[t]!;
        const items = Array.isArray(turn.Items) ? (turn.Items as Obj[]) : [];
        const edits = itemEdits(items, (_it, j) => plan.edit(map[j]!));
        const scopeIdx = [...new Set(map.filter((i) => i >= 0))];
        const scope: ScopeWord[] = scopeIdx.map((i) => ({ text: words[i]!.text, edit: plan.edit(i) }));
        const content = turn.Content as string;
        const red = redactText(content, scope, (e) => plan.replacement(e));
        turn.Content = red.text;
        if (red.text !== content) {
          for (const key of ['IssuesDetected', 'OutcomesDetected', 'ActionItemsDetected']) {
            const list = turn[key];
            if (!Array.isArray(list)) continue;
            for (const entry of list) {
              const offs = isRecord(entry) ? entry.CharacterOffsets : undefined;
              if (!isRecord(offs)) continue;
              const remap = (v: unknown, bias: 'start' | 'end'): unknown =>
                typeof v !== 'number'
                  ? v
                  : red.rebuilt
                    ? Math.min(v, red.text.length)
                    : mapOffset(v, red.splices, bias);
              offs.Begin = remap(offs.Begin, 'start');
              offs.End = remap(offs.End, 'end');
            }
          }
        }
        applyCollapse(items, edits, (first, last, e) => {
          first.Content = plan.replacement(e);
          if ('EndOffsetMillis' in last) first.EndOffsetMillis = last.EndOffsetMillis;
        });
      });
    },
  });
}

function isAnalytics(v: Obj): boolean {
  if (!Array.isArray(v.Transcript)) return false;
  const first: unknown = v.Transcript[0];
  return (
    'JobStatus' in v ||
    'ConversationCharacteristics' in v ||
    (isRecord(first) && ('ParticipantRole' in first || 'Items' in first))
  );
}

function isStandard(v: Obj): boolean {
  return isRecord(v.results) && (Array.isArray(v.results.items) || Array.isArray(v.results.transcripts));
}

export const awsTranscribeAdapter: TranscriptAdapter = {
  format: 'aws-transcribe',

  sniff(text) {
    const v = text.tryJson()?.value;
    return isRecord(v) && (isStandard(v) || isAnalytics(v));
  },

  parse(text, source) {
    const raw = text.raw;
    return guardParse(source, () => {
      const doc = text.json(source);
      if (isRecord(doc) && isAnalytics(doc)) return parseAnalytics(raw, source, doc);
      if (isRecord(doc) && Array.isArray(doc.Transcript) && !isRecord(doc.results)) {
        return parseAnalytics(raw, source, doc);
      }
      return parseStandard(raw, source, doc);
    });
  },
};
