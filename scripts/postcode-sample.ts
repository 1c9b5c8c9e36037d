/**
 * A postcode sampled from a country's pattern in `postcode-validator` (MIT): the example postcodes
 * of test/fixtures/address-templates.tsv (scripts/build-address-templates.ts) and the varied ones of
 * src/detect/address/world-probe.test.ts.
 */
import type { Rng } from './eval-sets/rng.js';

/** A string the pattern accepts, sampled from its source (`?` parts taken at random). */
export function samplePostcode(re: RegExp, rng: Rng): string | undefined {
  const src = re.source.replace(/^\^|\$$/g, '').replace(/\(\?![^)]*\)/g, '');
  for (let attempt = 0; attempt < 400; attempt++) {
    const text = sampleSeq(src, { i: 0 }, rng, attempt < 200 ? 0.25 : 0.75);
    if (text.trim() && re.test(text) && /\d/.test(text)) return text;
  }
  return undefined;
}

function sampleSeq(src: string, pos: { i: number }, rng: Rng, optional: number): string {
  const alts: string[] = [''];
  while (pos.i < src.length && src[pos.i] !== ')') {
    if (src[pos.i] === '|') {
      pos.i++;
      alts.push('');
      continue;
    }
    const atom = sampleAtom(src, pos, rng, optional);
    let [min, max] = [1, 1];
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,(\d*))?\})/.exec(src.slice(pos.i));
    if (q) {
      pos.i += q[0].length;
      if (q[0] === '?') [min, max] = [0, 1];
      else if (q[0] === '*') [min, max] = [0, 1];
      else if (q[0] === '+') [min, max] = [1, 1];
      else [min, max] = [+q[1]!, q[2] === undefined ? +q[1]! : q[2] === '' ? +q[1]! : +q[2]];
    }
    const first = atom();
    // an optional separator is written (as the country's post does); other optional parts at random
    const keep = /^[ -]$/.test(first) || rng.chance(optional);
    const n = min === 0 && max === 1 ? (keep ? 1 : 0) : rng.int(min, max);
    let text = n > 0 ? first : '';
    for (let k = 1; k < n; k++) text += atom();
    alts[alts.length - 1] += text;
  }
  return rng.pick(alts);
}

/** Parses one atom at pos and returns a generator of its text. */
function sampleAtom(src: string, pos: { i: number }, rng: Rng, optional: number): () => string {
  const ch = src[pos.i]!;
  if (ch === '(') {
    pos.i += src.startsWith('(?:', pos.i) ? 3 : 1;
    const start = pos.i;
    sampleSeq(src, pos, rng, optional); // find the group's end
    const body = src.slice(start, pos.i);
    pos.i++;
    return () => sampleSeq(body, { i: 0 }, rng, optional);
  }
  if (ch === '[') {
    let j = pos.i + 1;
    const pool: string[] = [];
    while (src[j] !== ']') {
      let c = src[j]!;
      if (c === '\\') c = src[++j] === 'd' ? 'DIGIT' : src[j]!;
      if (c === 'DIGIT') pool.push(...'0123456789');
      else if (src[j + 1] === '-' && src[j + 2] !== ']') {
        for (let k = c.charCodeAt(0); k <= src.charCodeAt(j + 2); k++) pool.push(String.fromCharCode(k));
        j += 2;
      } else pool.push(c);
      j++;
    }
    pos.i = j + 1;
    // a separator class ("[ -]") is written as a space, as post offices print it ("A65 F4E2")
    if (pool.includes(' ') && pool.every((c) => c === ' ' || c === '-')) return () => ' ';
    return () => rng.pick(pool);
  }
  if (ch === '\\') {
    const next = src[pos.i + 1]!;
    pos.i += 2;
    if (next === 'd') return () => String(rng.int(0, 9));
    if (next === 's') return () => ' ';
    return () => next;
  }
  pos.i++;
  return () => ch;
}
