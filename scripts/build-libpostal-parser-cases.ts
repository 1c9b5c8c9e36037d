/**
 * Extracts the labelled addresses of libpostal's parser tests (openvenues/libpostal, MIT licence,
 * `test/test_parser.c`) into test/fixtures/libpostal-parser-cases.tsv, the cases of the address
 * probe src/detect/address/libpostal-probe.test.ts. The file is a probe, never a lexicon source:
 * no word of it may be copied into lexicons/.
 *
 *   npx tsx scripts/build-libpostal-parser-cases.ts <test_parser.c> [commit]
 *   (from the mirror: git --git-dir=<libpostal>/.git show HEAD:test/test_parser.c > /tmp/test_parser.c)
 *
 * One row per `test_parse_result_equals` call, in file order: the suite's country ("us" from
 * `test_us_parses`), the input string as written (a line break kept as the two characters "\n"),
 * then each expected component as `label=value` in its own column (libpostal's labels: house,
 * house_number, road, unit, level, staircase, po_box, suburb, city_district, city, state_district,
 * state, postcode, country, world_region, category, near; values lower-cased by libpostal).
 * Output is deterministic; rerun it to update, never edit the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'test', 'fixtures', 'libpostal-parser-cases.tsv');

const [file, commit = 'unknown'] = process.argv.slice(2);
if (!file) {
  console.error('usage: build-libpostal-parser-cases.ts <test_parser.c> [commit]');
  process.exit(1);
}
const src = fs.readFileSync(file, 'utf8');

/** A C string literal's text from its opening quote; the escapes the file uses (\n, \", \\) kept as written. */
function literal(at: number): { text: string; end: number } {
  let i = at + 1;
  let text = '';
  while (src[i] !== '"') {
    if (src[i] === '\\') {
      text += src.slice(i, i + 2);
      i += 2;
    } else text += src[i++];
  }
  return { text, end: i + 1 };
}

const rows: string[] = [];
const call = /TEST test_([a-z]+)_parses|test_parse_result_equals\(\s*(?:\/\/[^\n]*\s*|\/\*[^]*?\*\/\s*)*"/g;
let suite = '';
for (let m = call.exec(src); m; m = call.exec(src)) {
  if (m[1]) {
    suite = m[1];
    continue;
  }
  const input = literal(m.index + m[0].length - 1);
  const close = src.indexOf('));', input.end);
  const body = src.slice(input.end, close);
  const parts = [...body.matchAll(/\{\s*"([a-z_]+)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\}/g)].map(
    ([, label, value]) => `${label}=${value}`,
  );
  const count = Number(/^\s*,\s*options\s*,\s*(\d+)/.exec(body)?.[1]);
  if (count !== parts.length)
    throw new Error(`component count ${count} != ${parts.length} for ${input.text}`);
  rows.push([suite, input.text, ...parts].join('\t'));
  call.lastIndex = close;
}

const header = [
  `# Labelled addresses of libpostal's parser tests (openvenues/libpostal, MIT licence, Copyright (c) 2015`,
  `# openvenues), commit ${commit}, test/test_parser.c: ${rows.length} cases. A PROBE ONLY, never a lexicon source.`,
  '# Columns: suite country, input as written ("\\n" a line break), then label=value per expected component.',
  '# Do not edit: rerun scripts/build-libpostal-parser-cases.ts.',
];
fs.writeFileSync(OUT, [...header, ...rows].join('\n') + '\n');
console.log(`${rows.length} cases -> ${path.relative(root, OUT)}`);
