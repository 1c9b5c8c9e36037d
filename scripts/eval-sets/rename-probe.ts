/**
 * Rename probe: how well does the detector find PERSON names that no list holds? Reads the DEV split
 * of evaluation sets, replaces the letters of every PERSON label's words with invented names
 * (invented-names.ts: in no name, word or place list), consistently within a call and across the two
 * styles of one source document (same original word -> same new word), keeping each word's case,
 * attached punctuation and possessive "'s", initials and spelled letters, and every label's offsets.
 * Then scores PERSON word recall and precision per style, before and after renaming, and writes the
 * renamed sets (with READY) under --out so evalsets:score or `callredact eval` can score them too.
 *
 *   npm run -s evalsets:rename -- /work/evalsets [--set people-in-text ...] [--out /tmp/rename-probe]
 *
 * Test splits are refused: the probe is a development tool.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detectWords } from '../../src/commands/detect.js';
import { goldCallSchema, readCalls, type GoldCallRecord } from '../../src/eval/jsonl.js';
import { foldName } from '../../src/detect/gazetteer/name-lexicon.js';
import { wordSet } from '../../src/detect/gazetteer/name-data.js';
import { inventName, ORIGINS } from './invented-names.js';
import { makeRng } from './rng.js';

const DEFAULT_SETS = [
  'presidio-synth',
  'presidio-generated',
  'world-contacts',
  'people-in-text',
  'people-in-genres',
  'people-in-reports',
  'people-in-web',
];

/** Words kept as written inside a label: they are name structure, not the name. */
const KEEP = new Set([...wordSet('names/particles'), ...wordSet('names/titles')]);

/** "presidio-synth-dev-0001-formatted" -> "presidio-synth-dev-0001": both styles share names */
function documentId(id: string): string {
  return id.replace(/-(formatted|asr)$/, '');
}

/** The case pattern of `model` applied to the lower-case `word`. */
function withCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase())
    return word.toUpperCase();
  const first = model[0] ?? '';
  if (first !== first.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** Renames the PERSON words of one call in place of a copy; returns the copy. */
export function renameCall(call: GoldCallRecord, names: Map<string, string>): GoldCallRecord {
  const doc = documentId(call.id);
  const words = call.words.map((w) => ({ ...w }));
  const taken = new Set(names.values());
  for (const label of call.labels) {
    if (label.type !== 'PERSON') continue;
    const origin = makeRng(`${doc}|${label.start_word}`).pick(ORIGINS);
    for (let i = label.start_word; i < label.end_word; i++) {
      const w = words[i];
      if (!w) continue;
      // spelled letters ("k e v i n") and initials stay: they are one letter each
      w.text = w.text.replace(/\p{L}{2,}/gu, (run) => {
        const key = foldName(run.toLowerCase());
        if (KEEP.has(key)) return run;
        let fresh = names.get(key);
        if (!fresh) {
          fresh = inventName(`${doc}|${key}`, origin, taken);
          names.set(key, fresh);
          taken.add(fresh);
        }
        return withCase(fresh, run);
      });
    }
  }
  return { ...call, words };
}

interface Tally {
  labelled: number;
  covered: number;
  detected: number;
  correct: number;
}

function personTally(calls: readonly GoldCallRecord[], style: string): Tally {
  const t: Tally = { labelled: 0, covered: 0, detected: 0, correct: 0 };
  for (const call of calls) {
    if (call.style !== style) continue;
    const gold = new Set<number>();
    for (const l of call.labels)
      if (l.type === 'PERSON') for (let i = l.start_word; i < l.end_word; i++) gold.add(i);
    const found = new Set<number>();
    for (const d of detectWords(call.words))
      if (d.type === 'PERSON') for (let i = d.start_word; i < d.end_word; i++) found.add(i);
    t.labelled += gold.size;
    t.detected += found.size;
    for (const i of gold) if (found.has(i)) t.covered++;
    for (const i of found) if (gold.has(i)) t.correct++;
  }
  return t;
}

const ratio = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(3));

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      set: { type: 'string', multiple: true },
      out: { type: 'string', default: '/tmp/rename-probe' },
      split: { type: 'string', default: 'dev' },
    },
  });
  const root = positionals[0];
  if (!root) {
    console.error('usage: npm run evalsets:rename -- <folder of built sets> [--set name] [--out dir]');
    process.exitCode = 2;
    return;
  }
  if (values.split !== 'dev') {
    console.error('the rename probe reads dev splits only: test splits are held out');
    process.exitCode = 2;
    return;
  }
  const sets = values.set ?? DEFAULT_SETS.filter((s) => readdirSync(root).includes(s));
  console.log(
    '| set | style | PERSON words | dev recall | dev precision | renamed recall | renamed precision |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  for (const set of sets) {
    const file = path.join(root, set, 'dev.jsonl');
    if (!existsSync(file)) continue;
    const calls = await readCalls(file, goldCallSchema);
    const byDoc = new Map<string, Map<string, string>>();
    const renamed = calls.map((call) => {
      const doc = documentId(call.id);
      const names = byDoc.get(doc) ?? new Map<string, string>();
      byDoc.set(doc, names);
      return renameCall(call, names);
    });
    const outDir = path.join(values.out, set);
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, 'dev.jsonl'), renamed.map((c) => JSON.stringify(c)).join('\n') + '\n');
    writeFileSync(path.join(outDir, 'READY'), '');
    for (const style of ['formatted', 'asr']) {
      const a = personTally(calls, style);
      const b = personTally(renamed, style);
      console.log(
        `| ${set} | ${style} | ${a.labelled} | ${ratio(a.covered, a.labelled)} | ${ratio(a.correct, a.detected)} | ${ratio(b.covered, b.labelled)} | ${ratio(b.correct, b.detected)} |`,
      );
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
