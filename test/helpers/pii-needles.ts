/**
 * The leak sweep's search: each sample's labelled PII values (samples/labels) in several
 * normalisations, looked for in a text corpus normalised the same ways. Values come from the
 * labels only, so nothing here knows the samples' content.
 *
 * Normalisations of a value: as written, lower case, without punctuation (words of letters and
 * digits), letters run together (a spelled `q u i l l...` or `F-E-N-W-I-C-K`), digits only (from
 * written digits, and from spoken digits: `five five five oh one double seven` is 5550177).
 * The corpus gets the same: lower case, without punctuation, and its digit runs (written, with
 * separators, or spoken).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Needle {
  sample: string;
  type: string;
  /** which normalisation */
  form: 'written' | 'lower' | 'plain' | 'letters' | 'digits';
  value: string;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const FILLERS = new Set(['uh', 'um', 'er']);

export function plain(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * JSON text with every number literal (a value, not a string) replaced by `#`: timings in
 * milliseconds, sizes and counts are no PII, and a four-digit house number or postcode matched
 * one of them by chance (a status answer's `"detect": 1420`). PII reaches JSON only inside strings,
 * which are left as they are.
 */
export function maskJsonNumbers(json: string): string {
  return json.replace(
    /("(?:[^"\\]|\\.)*")|-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b/g,
    (_match: string, str: string | undefined) => str ?? '#',
  );
}

/** Runs of at least `min` digits: written (`(555) 555-0142`) or spoken (`double four eight one`). */
export function digitRuns(text: string, min = 4): string[] {
  const runs: string[] = [];
  // written: digit groups joined by at most one separator, not glued to letters (ids, hashes)
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_])\d+(?:[ \-.()/]{1,2}\d+)*(?![\p{L}\p{N}_])/gu)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= min) runs.push(digits);
  }
  // spoken
  const words = plain(text).split(' ');
  let run = '';
  let double = 1;
  const flush = (): void => {
    if (run.length >= min) runs.push(run);
    run = '';
    double = 1;
  };
  for (const w of words) {
    if (w in DIGIT_WORDS) {
      run += DIGIT_WORDS[w]!.repeat(double);
      double = 1;
    } else if (w === 'double' || w === 'triple') {
      double = w === 'double' ? 2 : 3;
    } else if (FILLERS.has(w) && run) {
      continue;
    } else if (/^\d+$/.test(w)) {
      run += w;
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Every normalisation of one value that is long enough to mean something when found. */
export function needlesOf(sample: string, type: string, written: string): Needle[] {
  const out: Needle[] = [];
  const value = written.trim().replace(/[.,?!;:]+$/, '');
  const add = (form: Needle['form'], v: string, min: number): void => {
    if (v.length >= min && !out.some((n) => n.form === form && n.value === v))
      out.push({ sample, type, form, value: v });
  };
  add('written', value, 4);
  add('lower', value.toLowerCase(), 4);
  add('plain', plain(value), 4);
  const letters = plain(value).replace(/[^\p{L}]/gu, '');
  if (/^[\p{L}\s\-.]+$/u.test(value)) add('letters', letters, 5);
  for (const run of digitRuns(value)) add('digits', run, 4);
  return out;
}

/**
 * A sample's transcript words: its canonical JSON transcript, or its plain-text one (`.txt`, whose
 * labels index its whitespace-separated words: samples/README.md); undefined when it has neither.
 */
export function sampleWords(samplesDir: string, sample: string): string[] | undefined {
  const json = path.join(samplesDir, 'calls', `${sample}.json`);
  if (fs.existsSync(json))
    return (JSON.parse(fs.readFileSync(json, 'utf8')) as { words: { text: string }[] }).words.map(
      (w) => w.text,
    );
  const txt = path.join(samplesDir, 'calls', `${sample}.txt`);
  if (fs.existsSync(txt)) return fs.readFileSync(txt, 'utf8').split(/\s+/).filter(Boolean);
  return undefined;
}

/** The needles of every sample that has a transcript (JSON or text) and a label file. */
export function sampleNeedles(samplesDir: string): Needle[] {
  const needles: Needle[] = [];
  for (const file of fs.readdirSync(path.join(samplesDir, 'labels')).sort()) {
    const sample = file.replace(/\.json$/, '');
    const words = sampleWords(samplesDir, sample);
    if (!words) continue;
    const labels = JSON.parse(fs.readFileSync(path.join(samplesDir, 'labels', file), 'utf8')) as {
      type: string;
      start_word: number;
      end_word: number;
    }[];
    for (const l of labels) {
      const text = words.slice(l.start_word, l.end_word).join(' ');
      needles.push(...needlesOf(sample, l.type, text));
    }
  }
  return needles;
}

export interface Hit {
  source: string;
  needle: Needle;
}

/** Where any needle occurs in any source, by the normalisation it belongs to. */
export function findLeaks(sources: Map<string, string>, needles: Needle[]): Hit[] {
  const hits: Hit[] = [];
  for (const [source, text] of sources) {
    const lower = text.toLowerCase();
    const plainText = ` ${plain(text)} `;
    const compact = plain(text).replace(/ /g, '');
    const runs = new Set(digitRuns(text));
    for (const needle of needles) {
      let found = false;
      switch (needle.form) {
        case 'written':
          found = text.includes(needle.value);
          break;
        case 'lower':
          found = lower.includes(needle.value);
          break;
        case 'plain':
          // whole words only: a short name inside another word is not that name
          found = plainText.includes(` ${needle.value} `);
          break;
        case 'letters':
          found = compact.includes(needle.value);
          break;
        case 'digits':
          found =
            runs.has(needle.value) ||
            (needle.value.length >= 7 && [...runs].some((r) => r.includes(needle.value)));
          break;
      }
      if (found) hits.push({ source, needle });
    }
  }
  return hits;
}
