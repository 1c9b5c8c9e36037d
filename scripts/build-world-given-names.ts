/**
 * Generates given names of ~55 countries and areas with their frequency, from the first-name
 * dictionary of Jörg Michael (c't 17/2007, "gender.c"), updated by Matthias Winkelmann
 * (MatthiasWinkelmann/firstname-database, `firstnames.csv`), licence GNU FDL 1.2 or later:
 *
 *   lexicons/names/given-world/<area>.txt     `name ; share`, one file per column of the dictionary
 *
 *   npx tsx scripts/build-world-given-names.ts <firstname-database checkout> [commit]
 *
 * `share` is the dictionary's frequency class: the name is borne by between 2^share and 2^(share+1)
 * percent of the area's people (-8: rarer than 1 in 250,000 ... 5: one in three). The detector
 * (src/detect/gazetteer/name-lexicon.ts) grades its evidence by the highest share of any area.
 *
 * Kept as in the dictionary, only: lower case, NFC; "Jun+Wei" (written "Jun-Wei", "Jun Wei" or
 * "Junwei") becomes the one word "junwei" (the parts of the other spellings are looked up one by
 * one); entries that are not a single word of letters after that are dropped. No filtering for
 * English words happens here: the loader ignores names that are also English words.
 *
 * The output files are a modified version of the dictionary and stay under the GNU FDL 1.2 or
 * later (no Invariant Sections, no Front-Cover or Back-Cover Texts): each keeps the copyright
 * notice, and the licence text is lexicons/names/given-world/LICENSE-GFDL-1.2. They are a
 * separate document read at run time, not part of the program's code (FDL section 7).
 * Output is deterministic (sorted, de-duplicated); rerun it to update, never edit the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'lexicons', 'names', 'given-world');

/** Column of the dictionary -> file name (ISO 3166 code where the column is one country). */
const AREAS: Record<string, string> = {
  'Great Britain': 'gb',
  Ireland: 'ie',
  'U.S.A.': 'us',
  Italy: 'it',
  Malta: 'mt',
  Portugal: 'pt',
  Spain: 'es',
  France: 'fr',
  Belgium: 'be',
  Luxembourg: 'lu',
  'the Netherlands': 'nl',
  'East Frisia': 'de-east-frisia',
  Germany: 'de',
  Austria: 'at',
  Swiss: 'ch',
  Iceland: 'is',
  Denmark: 'dk',
  Norway: 'no',
  Sweden: 'se',
  Finland: 'fi',
  Estonia: 'ee',
  Latvia: 'lv',
  Lithuania: 'lt',
  Poland: 'pl',
  'Czech Republic': 'cz',
  Slovakia: 'sk',
  Hungary: 'hu',
  Romania: 'ro',
  Bulgaria: 'bg',
  'Bosnia and Herzegovina': 'ba',
  Croatia: 'hr',
  Kosovo: 'xk',
  Macedonia: 'mk',
  Montenegro: 'me',
  Serbia: 'rs',
  Slovenia: 'si',
  Albania: 'al',
  Greece: 'gr',
  Russia: 'ru',
  Belarus: 'by',
  Moldova: 'md',
  Ukraine: 'ua',
  Armenia: 'am',
  Azerbaijan: 'az',
  Georgia: 'ge',
  'Kazakhstan/Uzbekistan,etc.': 'central-asia',
  Turkey: 'tr',
  'Arabia/Persia': 'arabia-persia',
  Israel: 'il',
  China: 'cn',
  'India/Sri Lanka': 'in-lk',
  Japan: 'jp',
  Korea: 'kr',
  Vietnam: 'vn',
  'other countries': 'other',
};

const WORD = /^\p{L}[\p{L}\p{M}'’-]*\p{L}$/u;

function main(): void {
  const [checkout, commitArg] = process.argv.slice(2);
  if (!checkout) {
    console.error('usage: npx tsx scripts/build-world-given-names.ts <firstname-database checkout> [commit]');
    process.exitCode = 2;
    return;
  }
  const csvPath = path.join(checkout, 'firstnames.csv');
  const csv = fs.existsSync(csvPath)
    ? fs.readFileSync(csvPath, 'utf8')
    : execFileSync('git', ['--git-dir', checkout, 'show', 'HEAD:firstnames.csv'], {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
  const commit =
    commitArg ??
    execFileSync(
      'git',
      [
        '--git-dir',
        fs.existsSync(path.join(checkout, '.git')) ? path.join(checkout, '.git') : checkout,
        'rev-parse',
        'HEAD',
      ],
      {
        encoding: 'utf8',
      },
    ).trim();
  const lines = csv.split(/\r?\n/).filter((l) => l !== '' && !l.startsWith('#'));
  const columns = lines[0]!.split(';');
  const files = columns.slice(2).map((c) => {
    const file = AREAS[c];
    if (!file) throw new Error(`unknown column ${c}`);
    return file;
  });
  const byArea = new Map<string, Map<string, number>>(files.map((f) => [f, new Map()]));
  let kept = 0;
  let dropped = 0;
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    const name = cells[0]!.normalize('NFC').toLowerCase().replace(/\+/g, '');
    if (!WORD.test(name)) {
      dropped++;
      continue;
    }
    kept++;
    cells.slice(2).forEach((cell, k) => {
      if (cell.trim() === '') return;
      const share = Number(cell);
      if (!Number.isInteger(share)) throw new Error(`bad frequency ${cell} for an entry`);
      const area = byArea.get(files[k]!)!;
      area.set(name, Math.max(share, area.get(name) ?? -99));
    });
  }
  fs.mkdirSync(out, { recursive: true });
  for (const [file, names] of byArea) {
    const column = Object.keys(AREAS).find((c) => AREAS[c] === file)!;
    const head =
      `# Given names of "${column}" and their frequency class: "name ; s", borne by 2^s to 2^(s+1) percent\n` +
      `# of the people (-8: rarest ... 5).\n` +
      "# Source: first-name dictionary by Jörg Michael (c) 2007-2008 (c't 17/2007, gender.c), updated 2016 by\n" +
      `# Matthias Winkelmann: github MatthiasWinkelmann/firstname-database commit ${commit}, firstnames.csv.\n` +
      '# Licence: GNU Free Documentation License 1.2 or any later version, no Invariant Sections, no\n' +
      '# Front-Cover Texts, no Back-Cover Texts (text: LICENSE-GFDL-1.2 in this folder).\n' +
      '# Modified version: one column of the dictionary, lower case, "+" joins removed, gender dropped.\n' +
      '# Generated by scripts/build-world-given-names.ts; do not edit by hand.\n';
    const body = [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, s]) => `${n} ; ${s}`);
    fs.writeFileSync(path.join(out, `${file}.txt`), head + body.join('\n') + '\n');
  }
  console.log(`${kept} names kept, ${dropped} dropped, ${byArea.size} areas`);
}

main();
