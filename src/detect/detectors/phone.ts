/**
 * PHONE_NUMBER: libphonenumber-js finds phone numbers in the display text (US as default region).
 */
import { findNumbers } from 'libphonenumber-js';
import type { Candidate } from '../../types.js';
import type { Detector } from '../types.js';
import { charRangeToWords } from '../../transcript/text-view.js';

export const phoneDetector: Detector = {
  name: 'phone',
  entityTypes: ['PHONE_NUMBER'],
  detect(ctx) {
    const out: Candidate[] = [];
    for (const found of findNumbers(ctx.display.text, { defaultCountry: 'US', v2: true })) {
      const range = charRangeToWords(ctx.display, found.startsAt, found.endsAt);
      if (!range) continue;
      out.push({
        type: 'PHONE_NUMBER',
        ...range,
        score: 0.9,
        detector: 'phone',
        reason: 'libphonenumber',
        value: found.number.number,
      });
    }
    return out;
  },
};
