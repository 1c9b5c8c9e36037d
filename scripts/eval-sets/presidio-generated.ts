/**
 * Source module: microsoft/presidio-research `tests/data/generated_large.json` (MIT). 2,109
 * sentences an older run of presidio-research's data generator wrote from its templates with
 * FakeNameGenerator and Faker values: other names, addresses (street, number, unit, city, country
 * and postcode as separate spans), phones and cards than in `synth_dataset_v2.json`.
 *
 * Most of its templates are also templates of presidio-synth (same text once the placeholders are
 * masked). A sentence of such a template goes to the split presidio-synth gave that template, so
 * presidio-synth's held-out templates stay held out here; the other templates are split as usual.
 * Labels map as in presidio-synth: ADDRESS parts and the LOCATION spans touching them form one
 * ADDRESS, a lone LOCATION is a hard negative (a place); TITLE and PREFIX are not labelled.
 */
import { splitDocs } from './render.js';
import type { SourceRepo } from './source-files.js';
import { PRESIDIO_FILE, presidioDoc, presidioDocs, type PresidioSample } from './presidio-synth.js';
import type { SourceDoc } from './types.js';

export const GENERATED_FILE = 'tests/data/generated_large.json';

interface MaskedSample extends PresidioSample {
  masked: string;
}

/** A template's text with its placeholders masked: the same for both generations of one template. */
export const templateText = (masked: string): string =>
  masked
    .replace(/\{\{[^}]*\}\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** presidio-synth's split of each of its templates, by template text. */
function synthSplits(repo: SourceRepo): Map<string, 'dev' | 'test'> {
  const samples = JSON.parse(repo.read(PRESIDIO_FILE)) as MaskedSample[];
  const docs = presidioDocs(repo);
  const { dev } = splitDocs(docs, 'presidio-synth');
  const devIds = new Set(dev.map((d) => d.id));
  const splits = new Map<string, 'dev' | 'test'>();
  docs.forEach((doc, i) => splits.set(templateText(samples[i]!.masked), devIds.has(doc.id) ? 'dev' : 'test'));
  return splits;
}

export function generatedDocs(repo: SourceRepo): { docs: SourceDoc[]; shared: number } {
  const splits = synthSplits(repo);
  const samples = JSON.parse(repo.read(GENERATED_FILE)) as MaskedSample[];
  let shared = 0;
  const docs = samples.map((sample, index) => {
    const doc = presidioDoc(sample, `generated-${index}`, 'presidio_generated', {
      anchors: ['ADDRESS'],
      places: ['LOCATION'],
      // this generation separates address lines with "\n", "\n>" or "\n???" (a lost character)
      gap: /^[\s,>;?]*$/,
    });
    const split = splits.get(templateText(sample.masked));
    if (split) shared++;
    return split ? { ...doc, split } : doc;
  });
  return { docs, shared };
}
