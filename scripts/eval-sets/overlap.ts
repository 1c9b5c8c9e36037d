/**
 * Lists lines of the repository that share text with built evaluation sets: tests, comments and
 * docs must use invented examples, and a sentence, address or number copied from a set's source
 * makes a rule look general when it only remembers one case.
 *
 *   npm run evalsets:overlap -- /work/evalsets
 *
 * A line is listed when it shares with the sets' formatted text three words in a row of which two
 * are capitalised (capitalised in the line too: a name, a street, a place), five words in a row in
 * any case, or a number of seven digits or more. Generic call phrases ("how can i help you") show up
 * as five-word matches; read the list, do not count it. Not read: lexicons/ (name and place lists
 * hold real names by design), the converter itself (scripts/eval-sets/), the hold-out calls and
 * the address-template tables (public postal-system facts: OpenCage's and libaddressinput's, whose
 * region names are real places by design) and libpostal's parser-test fixture (real addresses of a
 * third-party test suite, used as a probe).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

interface SetCall {
  style: string;
  words: { text: string }[];
}

const WORD = /[\p{L}\p{N}']+/gu;
const NUMBER = /\d[\d .()/-]{6,}\d/g;
const SKIPPED = [
  /^lexicons\//,
  /^scripts\/eval-sets\//,
  /^test\/fixtures\/holdout\//,
  /address-templates\.tsv$/,
  /libaddressinput-countries\.tsv$/,
  // libpostal's own parser-test addresses (MIT), a probe fixture: its hits are generic ("123 main st")
  /libpostal-parser-cases\.tsv$/,
];
const READ = ['src', 'test', 'docs', 'scripts', 'samples', 'bench', 'README.md'];

const words = (text: string): string[] => text.match(WORD) ?? [];
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w);
const digitsOf = (text: string): string => text.replace(/\D/g, '');

function setFiles(root: string): string[] {
  return readdirSync(root)
    .filter((name) => existsSync(path.join(root, name, 'READY')))
    .flatMap((name) => ['dev.jsonl', 'test.jsonl'].map((f) => path.join(root, name, f)))
    .filter((f) => existsSync(f));
}

/** Phrase keys and long numbers of every formatted call of the sets. */
function setPhrases(files: string[]): { named: Set<string>; long: Set<string>; numbers: Set<string> } {
  const named = new Set<string>();
  const long = new Set<string>();
  const numbers = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const call = JSON.parse(line) as SetCall;
      if (call.style === 'asr') continue;
      const text = call.words.map((w) => w.text).join(' ');
      const ws = words(text);
      const lower = ws.map((w) => w.toLowerCase());
      for (let i = 0; i + 3 <= ws.length; i++) {
        if (ws.slice(i, i + 3).filter(capitalised).length >= 2) named.add(lower.slice(i, i + 3).join(' '));
      }
      for (let i = 0; i + 5 <= ws.length; i++) long.add(lower.slice(i, i + 5).join(' '));
      for (const m of text.match(NUMBER) ?? []) if (digitsOf(m).length >= 7) numbers.add(digitsOf(m));
    }
  }
  return { named, long, numbers };
}

function main(): void {
  const root = process.argv[2];
  if (!root || !existsSync(root)) {
    console.error('usage: npm run evalsets:overlap -- <folder of built sets>');
    process.exitCode = 2;
    return;
  }
  const files = setFiles(root);
  if (files.length === 0) {
    console.error(`no built set (a folder with READY) under ${root}`);
    process.exitCode = 2;
    return;
  }
  const { named, long, numbers } = setPhrases(files);
  const tracked = execFileSync('git', ['ls-files', ...READ], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !SKIPPED.some((re) => re.test(f)));
  let listed = 0;
  for (const file of tracked) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // deleted in the work tree
    }
    if (text.includes('\u0000') || text.includes('\uFFFD')) continue; // images and other binary files
    text.split('\n').forEach((line, index) => {
      const ws = words(line);
      const lower = ws.map((w) => w.toLowerCase());
      const hits = new Set<string>();
      for (let i = 0; i + 3 <= ws.length; i++) {
        const key = lower.slice(i, i + 3).join(' ');
        if (named.has(key) && ws.slice(i, i + 3).filter(capitalised).length >= 2) hits.add(key);
      }
      for (let i = 0; i + 5 <= ws.length; i++) {
        const key = lower.slice(i, i + 5).join(' ');
        if (long.has(key)) hits.add(key);
      }
      for (const m of line.match(NUMBER) ?? []) if (numbers.has(digitsOf(m))) hits.add(m);
      if (hits.size === 0) return;
      listed++;
      console.log(
        `${file}:${index + 1}: ${line.trim().slice(0, 120)}  <- ${[...hits].slice(0, 3).join(' | ')}`,
      );
    });
  }
  console.error(`${listed} lines share text with ${files.length} set files`);
}

main();
