/**
 * Which words the detectors cannot inspect: words with letters of a writing system that is not in
 * lexicons/scripts/covered.txt (Latin, Cyrillic, Greek). Such a call must not be published as clean
 * without saying so (policy onUnsupported; see src/pipeline/redact-call.ts).
 */
import type { Word } from '../types.js';
import { ConfigError } from '../errors.js';
import { readWordList } from './lexicon-files.js';

/** Scripts named in the report when uncovered words use them; any other is reported as "other". */
const KNOWN_SCRIPTS = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Tibetan',
  'Georgian',
  'Armenian',
  'Ethiopic',
  'Thaana',
  'Syriac',
  'Mongolian',
  'Tifinagh',
  'Cherokee',
  'Canadian_Aboriginal',
];

interface ScriptTables {
  /** a letter outside the covered scripts */
  uncovered: RegExp;
  /** one matcher per known uncovered script, to name it in the report */
  named: [string, RegExp][];
}

let tables: ScriptTables | undefined;

function load(): ScriptTables {
  if (tables) return tables;
  const covered = readWordList('scripts/covered.txt');
  let uncovered: RegExp;
  try {
    const cls = covered.map((s) => `\\p{Script=${s}}`).join('');
    uncovered = new RegExp(`(?![${cls}])\\p{L}`, 'u');
  } catch (err) {
    throw new ConfigError('lexicon scripts/covered.txt: not a list of Unicode script names', { cause: err });
  }
  const named = KNOWN_SCRIPTS.filter((s) => !covered.includes(s)).map((s): [string, RegExp] => [
    s,
    new RegExp(`\\p{Script=${s}}`, 'u'),
  ]);
  tables = { uncovered, named };
  return tables;
}

export interface UnsupportedText {
  /** words with at least one letter of an uncovered script */
  words: number;
  /** the uncovered scripts seen, in name order ("other" for scripts not named in KNOWN_SCRIPTS) */
  scripts: string[];
}

/** Counts the words of a transcript that the detectors cannot inspect. */
export function findUnsupportedText(words: readonly Pick<Word, 'text'>[]): UnsupportedText {
  const { uncovered, named } = load();
  let count = 0;
  const scripts = new Set<string>();
  for (const { text } of words) {
    if (!uncovered.test(text)) continue;
    count++;
    const hit = named.find(([, re]) => re.test(text));
    scripts.add(hit ? hit[0] : 'other');
  }
  return { words: count, scripts: [...scripts].sort() };
}
