/**
 * PERSON: compromise's people() tagger on the display text.
 */
import nlp from 'compromise';
import type { Candidate } from '../../types.js';
import type { Detector } from '../types.js';
import { charRangeToWords } from '../../transcript/text-view.js';

export const personDetector: Detector = {
  name: 'person-nlp',
  entityTypes: ['PERSON'],
  detect(ctx) {
    const out: Candidate[] = [];
    const doc = nlp(ctx.display.text);
    const people = doc.people().json({ offset: true }) as Array<{
      text: string;
      offset: { start: number; length: number };
    }>;
    for (const p of people) {
      const range = charRangeToWords(ctx.display, p.offset.start, p.offset.start + p.offset.length);
      if (!range) continue;
      out.push({
        type: 'PERSON',
        ...range,
        score: 0.7,
        detector: 'person-nlp',
        reason: 'compromise',
        value: p.text.toLowerCase().replace(/[^\p{L}\p{M}' -]/gu, ''),
      });
    }
    return out;
  },
};
