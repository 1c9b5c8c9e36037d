/**
 * Prints the attack-probe table: per category, probes whose value leaked (a word of it not covered
 * by an entity of its type), probes found but with a wrong span, and controls with a false find.
 * Run: npx tsx test/helpers/probe-table.ts [--list]
 */
import { analyze } from '../../src/detect/analyze.js';
import { allControls, allProbes, type Probe } from './probes.js';

export function probeOutcome(p: Probe): 'ok' | 'leak' | 'span' {
  const covered = new Set<number>();
  for (const e of analyze(p.words))
    if (e.type === p.type) for (let w = e.startWord; w < e.endWord; w++) covered.add(w);
  for (const w of p.value) if (!covered.has(w)) return 'leak';
  for (const w of covered) if (!p.value.includes(w)) return 'span';
  return 'ok';
}

const list = process.argv.includes('--list');
const rows = new Map<string, { n: number; leak: number; span: number; controls: number; fp: number }>();
const row = (c: string) => rows.get(c) ?? rows.set(c, { n: 0, leak: 0, span: 0, controls: 0, fp: 0 }).get(c)!;
for (const p of allProbes()) {
  const r = row(p.category);
  r.n++;
  const o = probeOutcome(p);
  if (o === 'leak') r.leak++;
  if (o === 'span') r.span++;
  if (list && o !== 'ok') console.log(`${o}\t${p.category}\t${p.name}`);
}
for (const c of allControls()) {
  const r = row(c.category);
  r.controls++;
  const found = analyze(c.words);
  if (found.length > 0) {
    r.fp++;
    if (list) console.log(`fp\t${c.category}\t${c.name}\t${found.map((e) => e.type).join(',')}`);
  }
}
console.log('category\tprobes\tleaked\twrong span\tcontrols\tfalse finds');
for (const [c, r] of rows) console.log(`${c}\t${r.n}\t${r.leak}\t${r.span}\t${r.controls}\t${r.fp}`);
