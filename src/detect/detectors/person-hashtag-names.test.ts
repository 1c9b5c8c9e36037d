import { describe, expect, it } from 'vitest';
import { spanTable } from '../../../test/helpers/entity-spans.js';
import { tagIsFullName } from './person-hashtag-names.js';

// invented names and tags; exact PERSON word ranges (end exclusive)
describe('hashtags that spell a full name (person-hashtag-names.ts)', () => {
  spanTable('PERSON', 'exact ranges', [
    ['a given name and a family name at a capital', 'Seriously #AlanPardew is back', [[1, 2]]],
    ['a tag of more words is a topic', 'Seriously #AlanPardewFacts and #TeamAlan', []],
  ]);
  it.each([
    ['PaulMckenna', true],
    ['davidsmith', true],
    ['christmas', false],
    ['Christmas', false],
    ['RIPPaulMckenna', false],
    ['Velkanathan', false],
  ])('tagIsFullName(%s) = %s', (body, expected) => {
    expect(tagIsFullName(body)).toBe(expected);
  });
});
