/**
 * Writes one evaluation set: <out>/dev.jsonl and <out>/test.jsonl (both styles of every call),
 * <out>/README.md (what it is, sources, counts per type and style, how it was built) and, last,
 * <out>/READY.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { groupIntoCalls, renderCall, splitDocs } from './render.js';
import { STYLES, type LabelledCall, type SourceDoc } from './types.js';

export interface SourceNote {
  /** owner/name on GitHub, or an npm package */
  repo: string;
  commit: string;
  files: string[];
  licence: string;
}

export interface SetDescription {
  name: string;
  /** markdown paragraphs: what the set is and how it was converted */
  about: string;
  sources: SourceNote[];
  rebuild: string;
  /** how test was held out, when not the default split by source document (about 50/50) */
  split?: string;
}

export interface BuiltSplit {
  calls: LabelledCall[];
  docs: number;
}

export function buildSplits(setName: string, docs: SourceDoc[]): Record<'dev' | 'test', BuiltSplit> {
  const { dev, test } = splitDocs(docs, setName);
  const render = (split: 'dev' | 'test', splitDocsList: SourceDoc[]): BuiltSplit => {
    const specs = groupIntoCalls(splitDocsList, { prefix: `${setName}-${split}` });
    return {
      calls: specs.flatMap((spec) => STYLES.map((style) => renderCall(spec, style))),
      docs: splitDocsList.length,
    };
  };
  return { dev: render('dev', dev), test: render('test', test) };
}

interface Count {
  entities: number;
  words: number;
}

function countTable(splits: Record<'dev' | 'test', BuiltSplit>): string {
  const rows = new Map<string, Map<string, Count>>();
  const callWords = new Map<string, number>();
  for (const [split, built] of Object.entries(splits)) {
    for (const call of built.calls) {
      const column = `${split} ${call.style}`;
      callWords.set(column, (callWords.get(column) ?? 0) + call.words.length);
      for (const label of call.labels) {
        const row = rows.get(label.type) ?? new Map<string, Count>();
        rows.set(label.type, row);
        const c = row.get(column) ?? { entities: 0, words: 0 };
        c.entities++;
        c.words += label.end_word - label.start_word;
        row.set(column, c);
      }
    }
  }
  const columns = ['dev formatted', 'dev asr', 'test formatted', 'test asr'];
  const lines = [`| type | ${columns.join(' | ')} |`, `| --- | ${columns.map(() => '---:').join(' | ')} |`];
  const cell = (c: Count | undefined): string => (c ? `${c.entities} (${c.words} w)` : '0');
  for (const [type, row] of [...rows.entries()].sort()) {
    lines.push(`| ${type} | ${columns.map((col) => cell(row.get(col))).join(' | ')} |`);
  }
  const callsPer = (col: string): number =>
    Object.entries(splits)
      .filter(([s]) => col.startsWith(s))
      .flatMap(([, b]) => b.calls)
      .filter((c) => col.endsWith(c.style)).length;
  lines.push(`| calls | ${columns.map((col) => String(callsPer(col))).join(' | ')} |`);
  lines.push(`| words | ${columns.map((col) => String(callWords.get(col) ?? 0)).join(' | ')} |`);
  return lines.join('\n');
}

export async function writeSet(
  out: string,
  description: SetDescription,
  splits: Record<'dev' | 'test', BuiltSplit>,
): Promise<void> {
  await mkdir(out, { recursive: true });
  await rm(path.join(out, 'READY'), { force: true });
  for (const split of ['dev', 'test'] as const) {
    const jsonl = splits[split].calls.map((c) => JSON.stringify(c)).join('\n') + '\n';
    await writeFile(path.join(out, `${split}.jsonl`), jsonl);
  }
  const sources = description.sources
    .map(
      (s) =>
        `- \`${s.repo}\` at \`${s.commit}\`, licence ${s.licence}: ${s.files.map((f) => `\`${f}\``).join(', ')}`,
    )
    .join('\n');
  const readme = `# ${description.name}

Built by callredact's \`scripts/eval-sets\` converter (see docs/evaluation-sets.md in the repository).
Data here comes from public sources named below; it is not part of the repository.

${description.about}

## Sources

${sources}

## Files and counts

\`dev.jsonl\` is for development; \`test.jsonl\` is held out (${description.split ?? 'split by source document, about 50/50'},
deterministic). Every call is in both styles (\`-formatted\` and \`-asr\` ids); counts are entities
(labelled words). Source documents: dev ${splits.dev.docs}, test ${splits.test.docs}.

${countTable(splits)}

Score with \`node dist/src/cli.js eval ${path.join(out, 'dev.jsonl')} --json\`.

## Rebuild

\`\`\`sh
${description.rebuild}
\`\`\`
`;
  await writeFile(path.join(out, 'README.md'), readme);
  await writeFile(path.join(out, 'READY'), '');
}
