/**
 * Deepgram pre-recorded response: results.channels[c].alternatives[a] with transcript, words[]
 * (word, punctuated_word, start, end in seconds, speaker), paragraphs (transcript and
 * paragraphs[].sentences[].text), entities / topics / summaries; results.utterances[] (transcript
 * and words); results.summary, sentiments / topics / intents segments; search hits.
 *
 * Canonical words: alternative 0 of each channel, channel after channel; with more than one
 * channel (multichannel) the channel index becomes Word.channel. Word text is punctuated_word
 * when present, else word.
 */
import { z } from 'zod';
import type { Word } from '../../types.js';
import { isRecord, type JsonPath } from './json.js';
import { jsonParsed, word } from './json-adapter.js';
import { applyCollapse, collapse, type EditPlan, KeyIndex } from './plan.js';
import { locateWords, redactText, type ScopeWord, scrubUnaligned } from './text-redact.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, validateSchema } from './validate.js';

type Obj = Record<string, unknown>;

const DgWord = z.looseObject({
  word: z.string(),
  punctuated_word: z.string().optional(),
  start: z.number(),
  end: z.number(),
  speaker: z.union([z.number(), z.string()]).optional(),
});
const Sentence = z.looseObject({
  text: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
});
const Paragraphs = z.looseObject({
  transcript: z.string().optional(),
  paragraphs: z
    .array(z.looseObject({ sentences: z.array(Sentence).optional(), speaker: z.unknown().optional() }))
    .optional(),
});
const Alternative = z.looseObject({
  transcript: z.string(),
  words: z.array(DgWord),
  paragraphs: Paragraphs.optional(),
});
const DocSchema = z.looseObject({
  results: z.looseObject({
    channels: z.array(z.looseObject({ alternatives: z.array(Alternative).min(1) })).min(1),
    utterances: z
      .array(
        z.looseObject({
          transcript: z.string(),
          channel: z.number().int().nonnegative().optional(),
          words: z.array(DgWord).optional(),
        }),
      )
      .optional(),
  }),
});

type DgWordT = z.infer<typeof DgWord>;

function textOf(w: { word?: unknown; punctuated_word?: unknown }): string {
  return typeof w.punctuated_word === 'string' ? w.punctuated_word : String(w.word ?? '');
}

function key(channel: number, w: { start?: unknown; end?: unknown }): string {
  return `${channel}|${String(w.start)}|${String(w.end)}`;
}

function mergeWord(plan: EditPlan) {
  return (first: Obj, last: Obj, e: number): void => {
    const r = plan.replacement(e);
    first.word = r;
    if ('punctuated_word' in first) first.punctuated_word = r;
    if ('end' in last) first.end = last.end;
  };
}

/** Rewrites start_word/end_word of index-based annotations after a word list collapsed. */
function remapIndices(list: unknown, newIndex: (old: number) => number): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    if (typeof entry.start_word === 'number') entry.start_word = newIndex(entry.start_word);
    if (typeof entry.end_word === 'number') entry.end_word = newIndex(entry.end_word);
  }
}

/**
 * Redacts index-based annotations (entities.value, topics.text, segments.text) of a word list
 * with `scope` = the list's words before collapsing. `field` is the text key.
 */
function redactIndexed(
  list: unknown,
  field: string,
  scope: readonly ScopeWord[],
  replacementOf: (e: number) => string,
): void {
  if (!Array.isArray(list)) return;
  for (const entry of list) {
    if (!isRecord(entry) || typeof entry[field] !== 'string') continue;
    const s = typeof entry.start_word === 'number' ? entry.start_word : 0;
    const e = typeof entry.end_word === 'number' ? entry.end_word : scope.length;
    // end_word may be inclusive or exclusive: take the inclusive reading, it covers both
    const sub = scope.slice(Math.max(0, s), Math.min(scope.length, e + 1));
    if (!sub.some((w) => w.edit >= 0)) continue;
    const exactScope = scope.slice(Math.max(0, s), Math.min(scope.length, e));
    const wide = redactText(entry[field], sub, replacementOf);
    const exact = exactScope.some((w) => w.edit >= 0)
      ? redactText(entry[field], exactScope, replacementOf)
      : undefined;
    entry[field] = exact && !exact.rebuilt ? exact.text : wide.text;
  }
}

/**
 * paragraphs.transcript is the sentences joined under "Speaker N:" headings: each sentence's
 * original text is located in order and replaced by its redacted text; if that fails (or other
 * text is left over), the whole field is rebuilt from the redacted paragraphs.
 */
function redactParagraphTranscript(
  original: string,
  pairs: readonly { before: string; after: string }[],
  paragraphs: readonly Obj[],
): string {
  const located = locateWords(
    original,
    pairs.map((p) => p.before),
    false,
  );
  if (located) {
    let out = '';
    let cursor = 0;
    let leftover = '';
    located.forEach(([s, e], k) => {
      leftover += original.slice(cursor, s);
      out += original.slice(cursor, s) + pairs[k]!.after;
      cursor = e;
    });
    leftover += original.slice(cursor);
    out += original.slice(cursor);
    if (!/[\p{L}\p{N}]/u.test(leftover.replace(/(Speaker|Channel) \d+:/g, ''))) return out;
  }
  return paragraphs
    .map((p) => {
      const sentences = Array.isArray(p.sentences) ? (p.sentences as Obj[]) : [];
      const head = p.speaker === undefined ? '' : `Speaker ${String(p.speaker)}: `;
      return `\n${head}${sentences.map((s) => String(s.text)).join(' ')}\n`;
    })
    .join('');
}

/** Redacts alternative.paragraphs given the alternative's words (timed) and their edits. */
function redactParagraphs(
  group: unknown,
  words: readonly { start: number; end: number; text: string; edit: number }[],
  replacementOf: (e: number) => string,
): void {
  if (!isRecord(group) || !Array.isArray(group.paragraphs)) return;
  const paragraphs = group.paragraphs as Obj[];
  const pairs: { before: string; after: string }[] = [];
  let cursor = 0;
  for (const p of paragraphs) {
    if (!Array.isArray(p.sentences)) continue;
    const paragraphEdits: number[] = [];
    for (const s of p.sentences as Obj[]) {
      const before = s.text;
      if (typeof before !== 'string') continue;
      const start = typeof s.start === 'number' ? s.start : -Infinity;
      const end = typeof s.end === 'number' ? s.end : Infinity;
      // the words of a sentence: those (from the cursor on) that start inside its time span
      while (cursor < words.length && words[cursor]!.start < start - 0.001) cursor++;
      const scope: ScopeWord[] = [];
      let j = cursor;
      while (j < words.length && words[j]!.start <= end + 0.001) {
        scope.push({ text: words[j]!.text, edit: words[j]!.edit });
        j++;
      }
      cursor = j;
      const after = redactText(before, scope, replacementOf).text;
      s.text = after;
      pairs.push({ before, after });
      for (const w of scope) paragraphEdits.push(w.edit);
    }
    // num_words counts the paragraph's words: dropped (merged) words no longer count
    const dropped = collapse(paragraphEdits).filter((f) => f.kind === 'drop').length;
    if (typeof p.num_words === 'number' && dropped > 0) p.num_words = Math.max(0, p.num_words - dropped);
  }
  if (typeof group.transcript === 'string' && pairs.some((p) => p.before !== p.after)) {
    group.transcript = redactParagraphTranscript(group.transcript, pairs, paragraphs);
  }
}

export const deepgramAdapter: TranscriptAdapter = {
  format: 'deepgram',

  sniff(text) {
    const v = text.tryJson()?.value;
    return isRecord(v) && isRecord(v.results) && Array.isArray(v.results.channels);
  },

  parse(text, source) {
    const raw = text.raw;
    return guardParse(source, () => {
      const doc = text.json(source);
      const data = validateSchema(DocSchema, doc, raw, source);
      const channels = data.results.channels;
      const multichannel = channels.length > 1;
      const words: Word[] = [];
      const paths: JsonPath[] = [];
      /** canonical index of the first word of each channel */
      const channelStart: number[] = [];
      channels.forEach((ch, c) => {
        channelStart.push(words.length);
        ch.alternatives[0]!.words.forEach((w: DgWordT, i) => {
          paths.push(['results', 'channels', c, 'alternatives', 0, 'words', i]);
          const speaker = w.speaker === undefined ? undefined : String(w.speaker);
          words.push(word(textOf(w), w.start, w.end, speaker, multichannel ? c : undefined));
        });
      });
      channelStart.push(words.length);
      const keys = words.map((w, i) => {
        const c = channelStart.findIndex((s, k) => i >= s && i < channelStart[k + 1]!);
        return key(c, w);
      });

      return jsonParsed('deepgram', raw, source, doc as { results: Obj }, {
        words,
        timing: 'word',
        pathOf: (i) => paths[i]!,
        redact(copy, plan) {
          const replacementOf = (e: number): string => plan.replacement(e);
          const merge = mergeWord(plan);
          const results = copy.results;
          let mainScope: ScopeWord[] = [];
          let mainNewIndex: (old: number) => number = (old) => old;
          (results.channels as Obj[]).forEach((ch, c) => {
            const alts = ch.alternatives as Obj[];
            alts.forEach((alt, a) => {
              const altWords = alt.words as Obj[];
              const edits = altWords.map((w, i) =>
                a === 0
                  ? plan.edit(channelStart[c]! + i)
                  : plan.editAtTime(Number(w.start), Number(w.end), multichannel ? c : undefined),
              );
              const scope: ScopeWord[] = altWords.map((w, i) => ({ text: textOf(w), edit: edits[i]! }));
              const timed = altWords.map((w, i) => ({
                start: Number(w.start),
                end: Number(w.end),
                ...scope[i]!,
              }));
              alt.transcript = redactText(alt.transcript as string, scope, replacementOf).text;
              redactParagraphs(alt.paragraphs, timed, replacementOf);
              redactIndexed(alt.entities, 'value', scope, replacementOf);
              redactIndexed(alt.entities, 'raw_value', scope, replacementOf);
              redactIndexed(alt.topics, 'text', scope, replacementOf);
              if (Array.isArray(alt.summaries)) {
                for (const s of alt.summaries as Obj[]) {
                  if (typeof s.summary === 'string') s.summary = scrubUnaligned(s.summary, plan);
                }
              }
              if (Array.isArray(alt.translations)) {
                for (const t of alt.translations as Obj[]) {
                  if (typeof t.translation === 'string') t.translation = scrubUnaligned(t.translation, plan);
                }
              }
              const { newIndex } = applyCollapse(altWords, edits, merge);
              remapIndices(alt.entities, newIndex);
              remapIndices(alt.topics, newIndex);
              remapIndices(alt.summaries, newIndex);
              if (c === 0 && a === 0) {
                mainScope = scope;
                mainNewIndex = newIndex;
              }
            });
            if (Array.isArray(ch.search)) {
              for (const s of ch.search as Obj[]) {
                if (!Array.isArray(s.hits)) continue;
                for (const h of s.hits as Obj[]) {
                  if (typeof h.snippet === 'string') h.snippet = scrubUnaligned(h.snippet, plan);
                }
              }
            }
          });

          // utterances: copies of the channel words, matched by channel and times
          if (Array.isArray(results.utterances)) {
            const index = new KeyIndex(keys);
            for (const u of results.utterances as Obj[]) {
              const c = typeof u.channel === 'number' ? u.channel : 0;
              const uWords = Array.isArray(u.words) ? (u.words as Obj[]) : [];
              const edits = uWords.map((w) => {
                const i = index.take(key(c, w));
                return i >= 0
                  ? plan.edit(i)
                  : plan.editAtTime(Number(w.start), Number(w.end), multichannel ? c : undefined);
              });
              let scope: ScopeWord[] = uWords.map((w, i) => ({ text: textOf(w), edit: edits[i]! }));
              if (uWords.length === 0) {
                // no word list: the channel words inside the utterance's time span
                const s = Number(u.start);
                const e = Number(u.end);
                scope = words
                  .map((w, i) => ({ w, i }))
                  .filter(
                    ({ w }) =>
                      (w.channel ?? 0) === (multichannel ? c : 0) &&
                      w.start! >= s - 0.001 &&
                      w.start! <= e + 0.001,
                  )
                  .map(({ w, i }) => ({ text: w.text, edit: plan.edit(i) }));
              }
              if (typeof u.transcript === 'string')
                u.transcript = redactText(u.transcript, scope, replacementOf).text;
              applyCollapse(uWords, edits, merge);
            }
          }

          // request-level annotations index the words of channel 0, alternative 0
          for (const k of ['sentiments', 'topics', 'intents']) {
            const group = results[k];
            if (!isRecord(group) || !Array.isArray(group.segments)) continue;
            redactIndexed(group.segments, 'text', mainScope, replacementOf);
            remapIndices(group.segments, mainNewIndex);
          }
          if (isRecord(results.summary) && typeof results.summary.short === 'string') {
            results.summary.short = scrubUnaligned(results.summary.short, plan);
          }
          if (isRecord(results.paragraphs)) {
            const timed = words
              .map((w, i) => ({ start: w.start!, end: w.end!, text: w.text, edit: plan.edit(i) }))
              .filter((_, i) => (words[i]!.channel ?? 0) === 0);
            redactParagraphs(results.paragraphs, timed, replacementOf);
          }
        },
      });
    });
  },
};
