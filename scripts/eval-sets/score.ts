/**
 * Scores every built evaluation set under a folder with the current detectors (in-process, from
 * src/, no build needed) and prints one markdown table: set, split, style, word recall, precision,
 * precision of the set's own types, entity full cover, and word recall per type.
 *
 * "precision" counts every detected word outside a label against the detectors. A set that labels
 * only some types (people-in-text labels PERSON only) leaves real addresses or phones in its text
 * unlabelled, so "own-type precision" also counts only the detections of the types the set labels
 * (the types seen in its dev and test labels): the precision of what the set can judge.
 *
 *   npm run evalsets:score -- /work/evalsets            # all sets, dev and test
 *   npm run evalsets:score -- /work/evalsets --split dev
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectWords, type DetectedSpan } from '../../src/commands/detect.js';
import { goldCallSchema, readCalls, type GoldCallRecord } from '../../src/eval/jsonl.js';
import { evaluate } from '../../src/eval/metrics.js';
import { ENTITY_TYPES } from '../../src/types.js';

const SHORT: Record<string, string> = {
  PHONE_NUMBER: 'PHONE',
  ACCOUNT_NUMBER: 'ACCOUNT',
  DATE_OF_BIRTH: 'DOB',
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { split: { type: 'string', multiple: true } },
  });
  const root = positionals[0];
  if (!root) {
    console.error('usage: npm run evalsets:score -- <folder of built sets> [--split dev|test]');
    process.exitCode = 2;
    return;
  }
  const splits = values.split ?? ['dev', 'test'];
  const sets = readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'READY')))
    .sort();
  const header = [
    'set',
    'split',
    'style',
    'recall',
    'precision',
    'own-type precision',
    'full cover',
    ...ENTITY_TYPES.map((t) => SHORT[t] ?? t),
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const set of sets) {
    const files = ['dev', 'test']
      .map((split) => path.join(root, set, `${split}.jsonl`))
      .filter((f) => existsSync(f));
    const calls = new Map<string, GoldCallRecord[]>();
    for (const file of files) calls.set(file, await readCalls(file, goldCallSchema));
    const ownTypes = new Set(
      [...calls.values()].flatMap((c) => c.flatMap((call) => call.labels.map((l) => l.type))),
    );
    for (const split of splits) {
      const file = path.join(root, set, `${split}.jsonl`);
      const gold = calls.get(file);
      if (!gold) continue;
      const predictions = new Map(gold.map((c) => [c.id, detectWords(c.words)]));
      const report = evaluate(gold, predictions);
      const ownTypeReport = evaluate(gold, onlyTypes(predictions, ownTypes));
      for (const [style, b] of Object.entries(report.byStyle).sort(([a], [z]) => z.localeCompare(a))) {
        const ownTypePrecision = ownTypeReport.byStyle[style]?.wordPrecision ?? 1;
        const perType = ENTITY_TYPES.map((t) => {
          const r = b.perTypeWordRecall[t];
          return r ? r.recall.toFixed(2) : '-';
        });
        const cells = [
          set,
          split,
          style,
          b.wordRecall.toFixed(3),
          b.wordPrecision.toFixed(3),
          ownTypePrecision.toFixed(3),
          b.entityFullCoverRecall.toFixed(3),
          ...perType,
        ];
        console.log(`| ${cells.join(' | ')} |`);
      }
    }
  }
}

function onlyTypes(
  predictions: ReadonlyMap<string, DetectedSpan[]>,
  types: ReadonlySet<string>,
): Map<string, DetectedSpan[]> {
  return new Map([...predictions].map(([id, spans]) => [id, spans.filter((s) => types.has(s.type))]));
}

await main();
