/**
 * AssemblyAI transcript JSON: text, words[] (text, start/end in milliseconds, confidence, speaker,
 * channel "1", "2"... when multichannel), utterances[] (text + words), and when present the
 * sentences / paragraphs endpoint shapes, sentiment_analysis_results, entities, chapters, summary,
 * auto_highlights_result, iab_categories_result and content_safety_labels.
 *
 * Canonical words are the top-level words (else the utterances', sentences' or paragraphs'
 * words). AssemblyAI numbers channels from 1; Word.channel counts from 0 like the other formats.
 */
import { z } from 'zod';
import type { Word } from '../../types.js';
import { isRecord, type JsonPath } from './json.js';
import { jsonParsed, word } from './json-adapter.js';
import { applyCollapse, type EditPlan, KeyIndex } from './plan.js';
import { redactText, type ScopeWord, scrubUnaligned } from './text-redact.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, validateSchema } from './validate.js';

type Obj = Record<string, unknown>;

const AaiWord = z.looseObject({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  speaker: z.string().nullable().optional(),
  channel: z.union([z.string(), z.number()]).nullable().optional(),
});
const Block = z.looseObject({ text: z.string().optional(), words: z.array(AaiWord).optional() });
const DocSchema = z.looseObject({
  text: z.string().nullable().optional(),
  words: z.array(AaiWord).nullable().optional(),
  utterances: z.array(Block).nullable().optional(),
  sentences: z.array(Block).optional(),
  paragraphs: z.array(Block).optional(),
});

const BLOCK_LISTS = ['utterances', 'sentences', 'paragraphs'] as const;

function channelOf(v: unknown): number | undefined {
  if (v === null || v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number.parseInt(String(v), 10);
  return Number.isInteger(n) && n >= 1 ? n - 1 : undefined;
}

function key(w: { start?: unknown; end?: unknown; channel?: unknown }): string {
  return `${String(w.start)}|${String(w.end)}|${String(w.channel ?? '')}`;
}

export const assemblyaiAdapter: TranscriptAdapter = {
  format: 'assemblyai',

  sniff(text) {
    const v = text.tryJson()?.value;
    if (!isRecord(v) || 'results' in v || 'segments' in v) return false;
    const hasWords = BLOCK_LISTS.some((k) => Array.isArray(v[k])) || Array.isArray(v.words);
    const marked =
      typeof v.text === 'string' ||
      'status' in v ||
      'audio_url' in v ||
      'audio_duration' in v ||
      'utterances' in v;
    return hasWords && marked;
  },

  parse(text, source) {
    const raw = text.raw;
    return guardParse(source, () => {
      const doc = text.json(source);
      const data = validateSchema(DocSchema, doc, raw, source);
      let list = data.words ?? [];
      const paths: JsonPath[] = [];
      if (list.length > 0) list.forEach((_, i) => paths.push(['words', i]));
      else {
        for (const k of BLOCK_LISTS) {
          const blocks = data[k];
          if (!blocks || blocks.length === 0) continue;
          list = [];
          blocks.forEach((b, bi) =>
            (b.words ?? []).forEach((w, wi) => {
              list.push(w);
              paths.push([k, bi, 'words', wi]);
            }),
          );
          break;
        }
      }
      const words: Word[] = list.map((w) =>
        word(w.text, w.start / 1000, w.end / 1000, w.speaker ?? undefined, channelOf(w.channel)),
      );
      const keys = list.map(key);
      const fromTop = (data.words ?? []).length > 0;

      return jsonParsed('assemblyai', raw, source, doc as Obj, {
        words,
        timing: 'word',
        pathOf: (i) => paths[i]!,
        redact(copy, plan) {
          const replacementOf = (e: number): string => plan.replacement(e);
          const merge = (first: Obj, last: Obj, e: number): void => {
            first.text = plan.replacement(e);
            if ('end' in last) first.end = last.end;
          };
          const all: ScopeWord[] = words.map((w, i) => ({ text: w.text, edit: plan.edit(i) }));
          if (fromTop && Array.isArray(copy.words)) {
            const topWords = copy.words as Obj[];
            applyCollapse(
              topWords,
              topWords.map((_, i) => plan.edit(i)),
              merge,
            );
          }
          if (typeof copy.text === 'string') copy.text = redactText(copy.text, all, replacementOf).text;

          for (const k of BLOCK_LISTS) {
            if (!Array.isArray(copy[k])) continue;
            const index = new KeyIndex(keys);
            for (const block of copy[k] as Obj[]) {
              const bWords = Array.isArray(block.words) ? (block.words as Obj[]) : [];
              const edits = bWords.map((w) => {
                const i = index.take(key(w));
                return i >= 0
                  ? plan.edit(i)
                  : plan.editAtTime(Number(w.start) / 1000, Number(w.end) / 1000, channelOf(w.channel));
              });
              const scope =
                bWords.length > 0
                  ? bWords.map((w, j) => ({ text: String(w.text), edit: edits[j]! }))
                  : wordsInSpan(words, plan, block.start, block.end, block.channel);
              if (typeof block.text === 'string')
                block.text = redactText(block.text, scope, replacementOf).text;
              applyCollapse(bWords, edits, merge);
            }
          }

          // time-aligned analyses: the words inside each result's span
          const timeAligned = (list: unknown, span: (o: Obj) => [unknown, unknown], field = 'text'): void => {
            if (!Array.isArray(list)) return;
            for (const o of list) {
              if (!isRecord(o) || typeof o[field] !== 'string') continue;
              const [s, e] = span(o);
              const scope = wordsInSpan(words, plan, s, e, o.channel);
              o[field] = redactText(o[field], scope, replacementOf).text;
            }
          };
          timeAligned(copy.sentiment_analysis_results, (o) => [o.start, o.end]);
          timeAligned(copy.entities, (o) => [o.start, o.end]);
          const tsSpan = (o: Obj): [unknown, unknown] => {
            const ts = isRecord(o.timestamp) ? o.timestamp : {};
            return [ts.start, ts.end];
          };
          if (isRecord(copy.iab_categories_result)) timeAligned(copy.iab_categories_result.results, tsSpan);
          if (isRecord(copy.content_safety_labels)) timeAligned(copy.content_safety_labels.results, tsSpan);

          // generated or unaligned free text
          if (typeof copy.summary === 'string') copy.summary = scrubUnaligned(copy.summary, plan);
          if (Array.isArray(copy.chapters)) {
            for (const c of copy.chapters as Obj[]) {
              for (const f of ['summary', 'headline', 'gist']) {
                if (typeof c[f] === 'string') c[f] = scrubUnaligned(c[f], plan);
              }
            }
          }
          if (isRecord(copy.auto_highlights_result) && Array.isArray(copy.auto_highlights_result.results)) {
            for (const h of copy.auto_highlights_result.results as Obj[]) {
              if (typeof h.text === 'string') h.text = scrubUnaligned(h.text, plan);
            }
          }
        },
      });
    });
  },
};

/** Canonical words (as scope words) whose start lies in [startMs, endMs] on `channel`. */
function wordsInSpan(
  words: readonly Word[],
  plan: EditPlan,
  startMs: unknown,
  endMs: unknown,
  channel: unknown,
): ScopeWord[] {
  const s = typeof startMs === 'number' ? startMs / 1000 : -Infinity;
  const e = typeof endMs === 'number' ? endMs / 1000 : Infinity;
  const c = channelOf(channel);
  const out: ScopeWord[] = [];
  words.forEach((w, i) => {
    if (c !== undefined && w.channel !== undefined && w.channel !== c) return;
    if (w.start! >= s - 0.0005 && w.start! <= e + 0.0005) out.push({ text: w.text, edit: plan.edit(i) });
  });
  return out;
}
