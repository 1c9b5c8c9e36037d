/**
 * Plain text (.txt): words are the whitespace tokens, without times (timing 'none'). Writing
 * replaces each edit's words (from the first word's first char to the last word's last char,
 * keeping edge punctuation) and leaves every other char, line breaks included, as it was.
 */
import type { Edit, Word } from '../../types.js';
import { type CueToken, cueSplices } from './cues.js';
import { collapse, EditPlan } from './plan.js';
import { applySplices } from './text-redact.js';
import type { TranscriptAdapter } from './types.js';
import { guardParse, transcriptError } from './validate.js';

export const textAdapter: TranscriptAdapter = {
  format: 'text',

  sniff(_text, fileName) {
    return /\.txt$/i.test(fileName ?? '');
  },

  parse({ raw }, source) {
    return guardParse(source, () => {
      const tokens: CueToken[] = [];
      for (const m of raw.matchAll(/[^\s\uFEFF]+/gu)) {
        tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
      }
      if (tokens.length === 0) throw transcriptError(source, undefined, 'the transcript has no words');
      const words: Word[] = tokens.map((t) => ({ text: t.text }));
      return {
        format: 'text',
        transcript: { words },
        timing: 'none',
        extension: '.txt',
        write(edits: readonly Edit[]): string {
          const plan = new EditPlan(edits, words);
          if (plan.empty) return raw;
          const runs: { first: number; last: number; replacement: string }[] = [];
          collapse(words.map((_, i) => plan.edit(i))).forEach((f, j) => {
            if (f.kind === 'first')
              runs.push({ first: j, last: f.last, replacement: plan.replacement(f.edit) });
          });
          return applySplices(raw, cueSplices(raw, tokens, [], runs));
        },
      };
    });
  },
};
