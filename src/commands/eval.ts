/**
 * `callredact eval GOLD.jsonl`: runs detection on labelled calls and prints the metrics of
 * src/eval/metrics.ts (or --json). Shows the text of missed entities: gold files are test data that
 * the operator already holds, and seeing misses is the point of the command.
 */
import { evaluate, type EvalReport, type MetricBlock } from '../eval/metrics.js';
import { goldCallSchema, readCalls } from '../eval/jsonl.js';
import type { Policy } from '../policy.js';
import { detectWords } from './detect.js';

export async function runEval(file: string, policy?: Policy): Promise<EvalReport> {
  const calls = await readCalls(file, goldCallSchema);
  const predictions = new Map(calls.map((c) => [c.id, detectWords(c.words, policy)]));
  return evaluate(calls, predictions);
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);

function blockLines(name: string, b: MetricBlock): string[] {
  const lines = [
    `${name.padEnd(10)} calls ${String(b.calls).padStart(4)}  word recall ${pct(b.wordRecall)}  precision ${pct(
      b.wordPrecision,
    )}  F2 ${pct(b.f2)}  entity full-cover ${pct(b.entityFullCoverRecall)} (${b.entitiesFullyCovered}/${b.entities})`,
  ];
  for (const [type, t] of Object.entries(b.perTypeWordRecall)) {
    lines.push(`           ${type.padEnd(15)} word recall ${pct(t.recall)} (${t.covered}/${t.labelled})`);
  }
  return lines;
}

export function formatEvalReport(report: EvalReport, options: { missed?: number } = {}): string {
  const lines = [...blockLines('overall', report.overall)];
  for (const [style, block] of Object.entries(report.byStyle)) lines.push(...blockLines(style, block));
  lines.push('', 'top over-redacted words:');
  lines.push('  ' + report.topFalsePositives.map((f) => `${f.word} (${f.count})`).join(', '));
  const missed = report.missed.slice(0, options.missed ?? 40);
  lines.push('', `missed entities (${report.missed.length}, showing ${missed.length}):`);
  for (const m of missed) lines.push(`  ${m.id} ${m.type} [${m.start_word},${m.end_word}) ${m.text}`);
  return lines.join('\n');
}
