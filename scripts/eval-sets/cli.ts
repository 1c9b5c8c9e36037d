/**
 * Builds an evaluation set from fetched public sources (never committed: output goes outside the
 * repository).
 *
 *   npm run evalsets -- --set presidio-synth --source <presidio-research checkout> --out <dir>
 *
 * `--source` is a checkout or a bare git directory of the source repository (`--rev` picks the
 * commit of a git directory, default HEAD); sets with several sources take `--source key=dir` once
 * per source. See docs/evaluation-sets.md for each set's sources and commits.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { presidioDocs, PRESIDIO_FILE } from './presidio-synth.js';
import { openSource, type SourceRepo } from './source-files.js';
import type { SourceDoc } from './types.js';
import { buildSplits, writeSet, type SetDescription } from './write-set.js';

interface SetBuilder {
  /** source keys this set needs (a single unnamed source is key "main") */
  sources: string[];
  build(
    repos: Record<string, SourceRepo>,
    rebuild: string,
  ): { docs: SourceDoc[]; description: SetDescription };
}

const SETS: Record<string, SetBuilder> = {
  'presidio-synth': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      return {
        docs: presidioDocs(repo),
        description: {
          name: 'presidio-synth: Presidio research synthetic PII sentences in both call styles',
          about: `The 1,500 sentences and short messages of presidio-research's \`synth_dataset_v2.json\`
(templates written by the Presidio team, some quoting public web text, filled with Faker values of
many locales: names, street addresses and postcodes of many countries, phones, cards, IBANs,
emails, SSNs, birth dates). Presidio's spans are mapped to the project's types: street address,
postcode and the city/region/country that touch them form one ADDRESS; a lone place, an
organisation and a date that is not a birth date are hard negatives. Sentences are grouped into
calls of about 100-300 words, speakers alternating by sentence. The split is by template, so no
template is in both dev and test. Generator-made values: do not tune to this set alone.`,
          sources: [
            {
              repo: 'microsoft/presidio-research',
              commit: repo.commit ?? repo.rev,
              files: [PRESIDIO_FILE],
              licence: 'MIT',
            },
          ],
          rebuild,
        },
      };
    },
  },
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string' },
      source: { type: 'string', multiple: true },
      rev: { type: 'string', default: 'HEAD' },
      out: { type: 'string' },
    },
  });
  const builder = values.set ? SETS[values.set] : undefined;
  if (!builder || !values.out || !values.source?.length) {
    console.error(
      `usage: npm run evalsets -- --set <${Object.keys(SETS).join('|')}> --source [key=]<dir> ... --out <dir>`,
    );
    process.exitCode = 2;
    return;
  }
  const repos: Record<string, SourceRepo> = {};
  for (const s of values.source) {
    const eq = s.indexOf('=');
    const [key, dir] = eq > 0 ? [s.slice(0, eq), s.slice(eq + 1)] : ['main', s];
    repos[key] = openSource(path.resolve(dir), values.rev);
  }
  const missing = builder.sources.filter((k) => !repos[k]);
  if (missing.length) {
    console.error(`--set ${values.set} needs --source ${missing.map((k) => `${k}=<dir>`).join(' ')}`);
    process.exitCode = 2;
    return;
  }
  const sourceArgs = builder.sources
    .map((k) => `--source ${k === 'main' ? '' : `${k}=`}<${k === 'main' ? 'checkout' : k}>`)
    .join(' ');
  const rebuild = `npm run evalsets -- --set ${values.set} ${sourceArgs} --out <dir>`;
  const { docs, description } = builder.build(repos, rebuild);
  const splits = buildSplits(values.set!, docs);
  await writeSet(path.resolve(values.out), description, splits);
  const labels = (split: 'dev' | 'test'): number =>
    splits[split].calls.reduce((n, c) => n + c.labels.length, 0);
  console.log(
    `${values.set}: ${docs.length} documents; dev ${splits.dev.calls.length} calls ${labels('dev')} labels; ` +
      `test ${splits.test.calls.length} calls ${labels('test')} labels -> ${values.out}`,
  );
}

await main();
