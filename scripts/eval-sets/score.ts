/**
 * Scores every built evaluation set under a folder with the current detectors (in-process, from
 * src/, no build needed) and prints one markdown table: set, split, style, word recall, precision,
 * entity full cover, and word recall per type.
 *
 *   npm run evalsets:score -- /work/evalsets            # all sets, dev and test
 *   npm run evalsets:score -- /work/evalsets --split dev
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runEval } from '../../src/commands/eval.js';
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
    'full cover',
    ...ENTITY_TYPES.map((t) => SHORT[t] ?? t),
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i < 3 ? '---' : '---:')).join(' | ')} |`);
  for (const set of sets) {
    for (const split of splits) {
      const file = path.join(root, set, `${split}.jsonl`);
      if (!existsSync(file)) continue;
      const report = await runEval(file);
      for (const [style, b] of Object.entries(report.byStyle).sort(([a], [z]) => z.localeCompare(a))) {
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
          b.entityFullCoverRecall.toFixed(3),
          ...perType,
        ];
        console.log(`| ${cells.join(' | ')} |`);
      }
    }
  }
}

await main();
