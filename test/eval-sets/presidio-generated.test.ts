import { describe, expect, it } from 'vitest';
import { generatedDocs, templateText } from '../../scripts/eval-sets/presidio-generated.js';
import { PRESIDIO_FILE, presidioDocs } from '../../scripts/eval-sets/presidio-synth.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';
import { splitDocs } from '../../scripts/eval-sets/render.js';

const span = (text: string, value: string, type: string) => {
  const start = text.indexOf(value);
  if (start < 0) throw new Error(`${value} not in ${text}`);
  return {
    entity_type: type,
    entity_value: value,
    start_position: start,
    end_position: start + value.length,
  };
};

/** Invented samples in the two generations' layouts. */
const synthSamples = Array.from({ length: 12 }, (_, i) => {
  const text = `Ask ${['Ivo', 'Dara', 'Lene'][i % 3]} about template ${i}`;
  return {
    full_text: text,
    masked: `Ask {{first_name}} about template ${i}`,
    spans: [span(text, ['Ivo', 'Dara', 'Lene'][i % 3]!, 'PERSON')],
    template_id: i,
  };
});
const block = 'Send it to 14 Velkova 9\n>Suite 5\n>Tamsby\n>Norland 10613 please, not to Orrel.';
const generatedSamples = [
  ...synthSamples.map((s, i) => {
    const text = `Ask Quenby about template ${i}`;
    return { ...s, full_text: text, spans: [span(text, 'Quenby', 'PERSON')], template_id: 100 + i };
  }),
  {
    full_text: block,
    masked: 'Send it to {{address}} please, not to {{city}}.',
    spans: [
      span(block, '14', 'ADDRESS'),
      span(block, 'Velkova 9', 'ADDRESS'),
      span(block, 'Suite 5', 'ADDRESS'),
      span(block, 'Tamsby', 'LOCATION'),
      span(block, 'Norland', 'LOCATION'),
      span(block, '10613', 'ADDRESS'),
      span(block, 'Orrel', 'LOCATION'),
      span(block, 'please', 'TITLE'),
    ],
    template_id: 7,
  },
];

const repo: SourceRepo = {
  dir: '/nowhere',
  rev: 'HEAD',
  commit: undefined,
  read: (file) => JSON.stringify(file === PRESIDIO_FILE ? synthSamples : generatedSamples),
  list: () => [],
};

describe('presidio-generated', () => {
  it('masks placeholders, spacing and case out of a template', () => {
    expect(templateText('Call {{first_name}}  at\n{{phone_number}}!')).toBe('call {} at {}!');
    expect(templateText('call {{name}} at {{phone}}!')).toBe(
      templateText('Call {{first_name}} at {{phone_number}}!'),
    );
  });

  it('puts a sentence of a shared template into the split presidio-synth gave that template', () => {
    const { docs, shared } = generatedDocs(repo);
    expect(shared).toBe(12);
    const { dev } = splitDocs(presidioDocs(repo), 'presidio-synth');
    const synthDev = new Set(dev.map((d) => Number(d.id.replace('presidio-', ''))));
    expect(synthDev.size).toBeGreaterThan(0);
    expect(synthDev.size).toBeLessThan(12);
    docs.slice(0, 12).forEach((doc, i) => expect(doc.split).toBe(synthDev.has(i) ? 'dev' : 'test'));
    // a template presidio-synth lacks keeps the usual split by its key
    expect(docs[12]!.split).toBeUndefined();
    expect(docs[12]!.splitKey).toBe('template-7');
  });

  it('joins address parts and the places touching them across line marks; a lone place is a negative', () => {
    const doc = generatedDocs(repo).docs[12]!;
    const [segment] = doc.segments;
    const text = segment!.text;
    expect(segment!.labels.map((l) => [l.type, text.slice(l.start, l.end)])).toEqual([
      ['ADDRESS', '14 Velkova 9\n>Suite 5\n>Tamsby\n>Norland 10613'],
    ]);
    expect(segment!.negatives!.map((n) => [n.kind, text.slice(n.start, n.end)])).toEqual([['city', 'Orrel']]);
  });
});
