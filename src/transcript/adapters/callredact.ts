/**
 * callredact canonical JSON: {"words": [{"text", "start", "end", "speaker", "channel"?}], ...}
 * with times in seconds. Unknown top-level and per-word fields are preserved. Writing collapses
 * the words of an edit into one word: text = replacement, start = first word's start, end = last
 * word's end, every other field from the first word. A speaker that is not a role or an engine
 * id (a name, possibly) is written as "voice-N".
 */
import { z } from 'zod';
import { speakerIds } from './cue-labels.js';
import { isRecord } from './json.js';
import { jsonParsed, word } from './json-adapter.js';
import { applyCollapse } from './plan.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, validateSchema } from './validate.js';

const WordSchema = z.looseObject({
  text: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
  speaker: z.string().optional(),
  channel: z.number().int().nonnegative().optional(),
});
const DocSchema = z.looseObject({ words: z.array(WordSchema) });

type Doc = { words: Record<string, unknown>[] } & Record<string, unknown>;

/** Top-level keys that mark an AssemblyAI transcript rather than a canonical one. */
const FOREIGN_KEYS = [
  'status',
  'audio_url',
  'audio_duration',
  'utterances',
  'acoustic_model',
  'results',
  'segments',
];

export const callredactAdapter: TranscriptAdapter = {
  format: 'callredact',

  sniff(text) {
    const v = text.tryJson()?.value;
    if (!isRecord(v) || !Array.isArray(v.words)) return false;
    if (typeof v.text === 'string' || FOREIGN_KEYS.some((k) => k in v)) return false;
    const first: unknown = v.words[0];
    return v.words.length === 0 || (isRecord(first) && typeof first.text === 'string');
  },

  parse(text, source) {
    const raw = text.raw;
    return guardParse(source, () => {
      const doc = text.json(source);
      const data = validateSchema(DocSchema, doc, raw, source);
      const words = data.words.map((w) => word(w.text, w.start, w.end, w.speaker, w.channel));
      const timed = words.filter((w) => w.start !== undefined || w.end !== undefined).length;
      return jsonParsed('callredact', raw, source, doc as Doc, {
        words,
        timing: timed === 0 ? 'none' : 'word',
        pathOf: (i) => ['words', i],
        redact(copy, plan) {
          // a speaker field may hold a person's name: the output keeps role and engine ids only
          const speakerId = speakerIds();
          for (const w of copy.words) if (typeof w.speaker === 'string') w.speaker = speakerId(w.speaker);
          applyCollapse(
            copy.words,
            copy.words.map((_, i) => plan.edit(i)),
            (first, last, edit) => {
              first.text = plan.replacement(edit);
              if ('end' in last) first.end = last.end;
            },
          );
        },
      });
    });
  },
};
