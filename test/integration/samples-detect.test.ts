/**
 * The committed sample calls against their labels (samples/labels/): detection must cover every
 * labelled word (no leak) and over-redact little. A regression guard on the project's own data;
 * detection quality at large is measured with `callredact eval`.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectWords } from '../../src/commands/detect.js';
import { evaluate, type GoldCall, type LabelledSpan } from '../../src/eval/metrics.js';
import { parseTranscript } from '../../src/transcript/adapters/index.js';
import { REPO_ROOT } from '../helpers/cli.js';

const SAMPLES = path.join(REPO_ROOT, 'samples');

async function loadSamples(): Promise<GoldCall[]> {
  const calls: GoldCall[] = [];
  for (const file of (await fs.readdir(path.join(SAMPLES, 'calls'))).sort()) {
    if (!/\.(json|txt)$/.test(file)) continue;
    const id = path.basename(file, path.extname(file));
    const raw = await fs.readFile(path.join(SAMPLES, 'calls', file), 'utf8');
    const { transcript } = parseTranscript(raw, { source: file });
    const labels = JSON.parse(
      await fs.readFile(path.join(SAMPLES, 'labels', `${id}.json`), 'utf8'),
    ) as LabelledSpan[];
    calls.push({ id, words: transcript.words, labels });
  }
  return calls;
}

describe('detection on the sample calls', () => {
  it('covers every labelled word and over-redacts at most a few words', async () => {
    const calls = await loadSamples();
    expect(calls.length).toBeGreaterThanOrEqual(7);
    const predictions = new Map(calls.map((c) => [c.id, detectWords(c.words)]));
    const report = evaluate(calls, predictions);
    expect(report.missed.map((m) => `${m.id} ${m.type} [${m.start_word},${m.end_word})`)).toEqual([]);
    expect(report.overall.wordRecall).toBe(1);
    expect(report.overall.coveredWords - report.overall.coveredLabelledWords).toBeLessThanOrEqual(5);
  });
});
