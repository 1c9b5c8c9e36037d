/**
 * Dev probe: renders invented text (one segment per paragraph, blank-line separated calls; names
 * marked [[Ada Quist]]) in both styles, runs detection and prints PERSON misses and false positives.
 * Usage: tsx scripts/eval-sets/probe-text.ts FILE [formatted|asr|all]
 */
import fs from 'node:fs';
import { renderCall } from './render.js';
import type { Segment, Style } from './types.js';

const [file, styleArg = 'all'] = process.argv.slice(2);
const dist = process.env.PROBE_DIST ?? new URL('../../dist', import.meta.url).pathname;
const { detectWords } = (await import(`${dist}/src/commands/detect.js`)) as {
  detectWords: (words: unknown[]) => unknown[];
};
const raw = fs.readFileSync(file!, 'utf8');
const calls = raw.split(/\n\s*\n/).filter((c) => c.trim());
let fpWords = 0,
  missWords = 0,
  goldWords = 0;
calls.forEach((callText, ci) => {
  const segments: Segment[] = callText
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((line) => {
      let text = '';
      const labels: Segment['labels'] = [];
      const re = /\[\[(.+?)\]\]/g;
      let last = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        text += line.slice(last, m.index);
        labels.push({ type: 'PERSON', start: text.length, end: text.length + m[1]!.length });
        text += m[1];
        last = m.index + m[0].length;
      }
      text += line.slice(last);
      return { text, labels };
    });
  for (const style of ['formatted', 'asr'] as Style[]) {
    if (styleArg !== 'all' && styleArg !== style) continue;
    const call = renderCall({ id: `probe-${ci}`, domain: 'probe', segments }, style);
    const words = call.words;
    const pred = (
      detectWords(words) as { type: string; start_word: number; end_word: number; detector: string }[]
    ).filter((p) => p.type === 'PERSON');
    const cov = new Array(words.length).fill(false);
    for (const p of pred) for (let i = p.start_word; i < p.end_word; i++) cov[i] = true;
    const gold = new Array(words.length).fill(false);
    for (const l of call.labels) for (let i = l.start_word; i < l.end_word; i++) gold[i] = true;
    const ctx = (s: number, e: number): string => {
      const a = Math.max(0, s - 7),
        b = Math.min(words.length, e + 7);
      return words
        .slice(a, b)
        .map((w, j) => (j + a >= s && j + a < e ? `[${w.text}]` : w.text))
        .join(' ');
    };
    for (const l of call.labels) {
      let miss = 0;
      for (let i = l.start_word; i < l.end_word; i++) {
        goldWords++;
        if (!cov[i]) miss++;
      }
      missWords += miss;
      if (miss) console.log(`${ci} ${style} MISS ${miss}: ${ctx(l.start_word, l.end_word)}`);
    }
    for (const p of pred) {
      let fp = 0;
      for (let i = p.start_word; i < p.end_word; i++) if (!gold[i]) fp++;
      fpWords += fp;
      if (fp) console.log(`${ci} ${style} FP ${fp} ${p.detector}: ${ctx(p.start_word, p.end_word)}`);
    }
  }
});
console.log(`gold ${goldWords} miss ${missWords} fp ${fpWords}`);
