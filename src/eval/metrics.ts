/**
 * Detection metrics on labelled calls (word level, type-agnostic coverage):
 * - word recall: labelled PII words covered by any prediction / labelled PII words (1 - leak rate)
 * - word precision: covered labelled words / all covered words
 * - F2 = 5PR / (4P + R)
 * - entity full-cover recall: labelled entities whose every word is covered
 * - per-type word recall, per style and overall; top over-redacted words; missed entities
 */
import type { EntityType } from '../types.js';

export interface LabelledSpan {
  type: string;
  start_word: number;
  end_word: number;
}

export interface GoldCall {
  id: string;
  style?: string;
  words: { text: string }[];
  labels: LabelledSpan[];
}

export interface PredictedSpan {
  type: EntityType | string;
  start_word: number;
  end_word: number;
}

export interface MetricBlock {
  calls: number;
  labelledWords: number;
  coveredWords: number;
  coveredLabelledWords: number;
  wordRecall: number;
  wordPrecision: number;
  f2: number;
  entities: number;
  entitiesFullyCovered: number;
  entityFullCoverRecall: number;
  perTypeWordRecall: Record<string, { labelled: number; covered: number; recall: number }>;
}

export interface MissedEntity {
  id: string;
  type: string;
  start_word: number;
  end_word: number;
  text: string;
  coveredWords: number;
}

export interface EvalReport {
  overall: MetricBlock;
  byStyle: Record<string, MetricBlock>;
  topFalsePositives: { word: string; count: number }[];
  missed: MissedEntity[];
}

interface Accumulator {
  calls: number;
  labelledWords: number;
  coveredWords: number;
  coveredLabelledWords: number;
  entities: number;
  entitiesFullyCovered: number;
  perType: Map<string, { labelled: number; covered: number }>;
}

const newAccumulator = (): Accumulator => ({
  calls: 0,
  labelledWords: 0,
  coveredWords: 0,
  coveredLabelledWords: 0,
  entities: 0,
  entitiesFullyCovered: 0,
  perType: new Map(),
});

const ratio = (num: number, den: number): number => (den === 0 ? 1 : num / den);

function finish(acc: Accumulator): MetricBlock {
  const recall = ratio(acc.coveredLabelledWords, acc.labelledWords);
  const precision = ratio(acc.coveredLabelledWords, acc.coveredWords);
  const perTypeWordRecall: MetricBlock['perTypeWordRecall'] = {};
  for (const [type, t] of [...acc.perType].sort(([a], [b]) => a.localeCompare(b))) {
    perTypeWordRecall[type] = { ...t, recall: ratio(t.covered, t.labelled) };
  }
  return {
    calls: acc.calls,
    labelledWords: acc.labelledWords,
    coveredWords: acc.coveredWords,
    coveredLabelledWords: acc.coveredLabelledWords,
    wordRecall: recall,
    wordPrecision: precision,
    f2: precision + recall === 0 ? 0 : (5 * precision * recall) / (4 * precision + recall),
    entities: acc.entities,
    entitiesFullyCovered: acc.entitiesFullyCovered,
    entityFullCoverRecall: ratio(acc.entitiesFullyCovered, acc.entities),
    perTypeWordRecall,
  };
}

function markRange(mask: Uint8Array, start: number, end: number): void {
  mask.fill(1, Math.max(0, start), Math.min(mask.length, end));
}

export function evaluate(
  calls: readonly GoldCall[],
  predictions: ReadonlyMap<string, readonly PredictedSpan[]>,
  options: { topFalsePositives?: number } = {},
): EvalReport {
  const overall = newAccumulator();
  const byStyle = new Map<string, Accumulator>();
  const falsePositives = new Map<string, number>();
  const missed: MissedEntity[] = [];

  for (const call of calls) {
    const n = call.words.length;
    const covered = new Uint8Array(n);
    for (const p of predictions.get(call.id) ?? []) markRange(covered, p.start_word, p.end_word);
    const labelled = new Uint8Array(n);
    for (const l of call.labels) markRange(labelled, l.start_word, l.end_word);

    const style = call.style ?? 'unknown';
    if (!byStyle.has(style)) byStyle.set(style, newAccumulator());
    for (const acc of [overall, byStyle.get(style)!]) {
      acc.calls++;
      for (let i = 0; i < n; i++) {
        if (labelled[i]) acc.labelledWords++;
        if (covered[i]) acc.coveredWords++;
        if (labelled[i] && covered[i]) acc.coveredLabelledWords++;
      }
      for (const l of call.labels) {
        let hit = 0;
        for (let i = l.start_word; i < l.end_word; i++) if (covered[i]) hit++;
        const len = l.end_word - l.start_word;
        acc.entities++;
        if (hit === len) acc.entitiesFullyCovered++;
        const t = acc.perType.get(l.type) ?? { labelled: 0, covered: 0 };
        t.labelled += len;
        t.covered += hit;
        acc.perType.set(l.type, t);
      }
    }
    for (let i = 0; i < n; i++) {
      if (covered[i] && !labelled[i]) {
        const w = call.words[i]!.text.toLowerCase();
        falsePositives.set(w, (falsePositives.get(w) ?? 0) + 1);
      }
    }
    for (const l of call.labels) {
      let hit = 0;
      for (let i = l.start_word; i < l.end_word; i++) if (covered[i]) hit++;
      if (hit < l.end_word - l.start_word) {
        missed.push({
          id: call.id,
          type: l.type,
          start_word: l.start_word,
          end_word: l.end_word,
          text: call.words
            .slice(l.start_word, l.end_word)
            .map((w) => w.text)
            .join(' '),
          coveredWords: hit,
        });
      }
    }
  }

  const styles: Record<string, MetricBlock> = {};
  for (const [style, acc] of [...byStyle].sort(([a], [b]) => a.localeCompare(b))) styles[style] = finish(acc);
  return {
    overall: finish(overall),
    byStyle: styles,
    topFalsePositives: [...falsePositives]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, options.topFalsePositives ?? 25)
      .map(([word, count]) => ({ word, count })),
    missed,
  };
}
