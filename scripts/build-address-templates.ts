/**
 * Renders the address template of every country of OpenCageData/address-formatting (MIT licence,
 * `conf/countries/worldwide.yaml`) into the layouts of test/fixtures/address-templates.tsv, used by
 * src/detect/address/country-templates.test.ts. Only the configuration is read, never its
 * testcases/ folder.
 *
 *   npx tsx scripts/build-address-templates.ts <address-formatting checkout> [commit]
 *
 * Each template is rendered twice with placeholders for the components a test fills in:
 *   short  house_number, road, postcode, city, country
 *   full   the same plus suburb, state and state_code (state only of countries in state_codes.yaml)
 * `{{#first}} a || b {{/first}}` takes the first alternative that renders non-empty, as the
 * formatter does; empty lines and stray separators are then dropped. Each row also carries the
 * first of the country's languages (conf/country2lang.yaml) with street types in lexicons/address/
 * street-types/ (else English), its name in that language (Intl; English for a language written
 * without capitals, whose street types there are romanised) and an example
 * postcode matching the country's pattern in `postcode-validator` (the package the detector uses),
 * or "-" where the country has no postcode pattern. Output is deterministic.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { makeRng } from './eval-sets/rng.js';
import { samplePostcode } from './postcode-sample.js';

const require = createRequire(import.meta.url);
const { POSTCODE_REGEXES } = require('postcode-validator/lib/cjs/postcode-regexes.js') as {
  POSTCODE_REGEXES: Map<string, RegExp>;
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'test', 'fixtures', 'address-templates.tsv');
const STREET_TYPES = path.join(root, 'lexicons', 'address', 'street-types');
const CASED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s\p{P}]+$/u;

type Components = Record<string, string>;
interface CountryConf {
  address_template?: string;
  use_country?: string;
  change_country?: string;
}

/** Renders one template: triple-brace components and `{{#first}}` sections. */
export function render(template: string, comp: Components): string {
  const fill = (text: string): string => text.replace(/\{\{\{(\w+)\}\}\}/g, (_, k: string) => comp[k] ?? '');
  const firsts = template.replace(/\{\{#first\}\}([\s\S]*?)\{\{\/first\}\}/g, (_, body: string) => {
    for (const alt of body.split('||')) {
      const text = fill(alt).trim();
      if (/[\p{L}\p{N}{]/u.test(text)) return text;
    }
    return '';
  });
  return fill(firsts)
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .replace(/(?:\s*,)+/g, ',')
        .replace(/^[\s,-]+|[\s,-]+$/g, '')
        .replace(/,(?=\S)/g, ', ')
        .trim(),
    )
    .filter((line, i, all) => line && all.indexOf(line) === i)
    .join(' | ');
}

function main(): void {
  const checkout = process.argv[2];
  if (!checkout) throw new Error('usage: build-address-templates.ts <address-formatting checkout> [commit]');
  const commit = process.argv[3] ?? 'unknown';
  const conf = parse(fs.readFileSync(path.join(checkout, 'conf/countries/worldwide.yaml'), 'utf8'), {
    merge: true,
  }) as Record<string, CountryConf>;
  const langs = parse(fs.readFileSync(path.join(checkout, 'conf/country2lang.yaml'), 'utf8')) as Record<
    string,
    string
  >;
  const stateCodes = parse(fs.readFileSync(path.join(checkout, 'conf/state_codes.yaml'), 'utf8')) as Record<
    string,
    Record<string, string | Record<string, string>>
  >;
  const rows: string[] = [];
  for (const key of Object.keys(conf).sort()) {
    if (!/^[A-Z]{2}(?:_[a-z]{2})?$/.test(key)) continue;
    const cc = key.slice(0, 2);
    let entry = conf[key]!;
    const changed = entry.change_country;
    if (entry.use_country) entry = conf[entry.use_country]!;
    const template = entry.address_template ?? conf['default']!.address_template!;
    // the first of the country's languages with hand-written street types, else English
    const spoken = key.length > 2 ? [key.slice(3)] : (langs[cc] ?? 'en').split(',').map((l) => l.trim());
    const lang = spoken.find((l) => fs.existsSync(path.join(STREET_TYPES, `${l}.txt`))) ?? 'en';
    const local = new Intl.DisplayNames([lang], { type: 'region' }).of(cc) ?? cc;
    // street types of scripts without capitals are romanised: so is the country then
    const english = new Intl.DisplayNames(['en'], { type: 'region' }).of(cc) ?? cc;
    const country =
      changed?.replace(/^\$state, /, '') ?? (CASED.test(local) ? local : english).replace(' & ', ' and ');
    const codes = Object.entries(stateCodes[cc] ?? {});
    // the first state whose name is written in a cased script (or has an English one)
    const state = codes
      .map(([code, v]): [string, string] => [
        code,
        typeof v === 'string'
          ? v
          : ([v['default'], v['alt_en'], v['alt']].find((n) => n && CASED.test(n)) ?? ''),
      ])
      .find(([, name]) => CASED.test(name));
    const rng = makeRng(`postcode/${cc}`);
    const pattern = POSTCODE_REGEXES.get(cc);
    const postcode = pattern ? samplePostcode(pattern, rng) : undefined;
    const base: Components = {
      house_number: '{house_number}',
      road: '{road}',
      city: '{city}',
      country: '{country}',
      ...(postcode ? { postcode: '{postcode}' } : {}),
    };
    const full: Components = {
      ...base,
      suburb: '{suburb}',
      ...(state ? { state: '{state}', state_code: '{state_code}' } : {}),
    };
    if (country === cc) continue; // a code Intl cannot name is no country (XC)
    rows.push(
      [
        key,
        lang,
        country,
        postcode ?? '-',
        state?.[0] ?? '-',
        state?.[1] ?? '-',
        render(template, base),
        render(template, full),
      ].join('\t'),
    );
  }
  const header = [
    '# Address layouts of every country: key, language, country name, example postcode, state code,',
    '# state name (conf/state_codes.yaml, "-" if none), short layout, full layout (lines split by " | ").',
    '# Rendered by scripts/build-address-templates.ts from OpenCageData/address-formatting (MIT licence)',
    `# commit ${commit}, conf/countries/worldwide.yaml, conf/country2lang.yaml, conf/state_codes.yaml;`,
    '# postcodes sampled from the patterns of postcode-validator (MIT). Do not edit: rerun the script.',
  ];
  fs.writeFileSync(OUT, [...header, ...rows].join('\n') + '\n');
  console.log(`${rows.length} layouts -> ${path.relative(root, OUT)}`);
}

main();
