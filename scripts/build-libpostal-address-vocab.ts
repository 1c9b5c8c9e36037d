/**
 * Generates street types, unit words and PO-box phrases of the world's languages from libpostal's
 * per-language dictionaries (openvenues/libpostal, MIT), next to the hand-written files:
 *
 *   lexicons/address/street-types/<lang>-libpostal.txt   street_types.txt + concatenated_suffixes_separable.txt
 *   lexicons/address/units/<lang>-libpostal.txt          unit_types_numbered.txt
 *   lexicons/address/po-box/<lang>-libpostal.txt         post_office.txt
 *
 *   npx tsx scripts/build-libpostal-address-vocab.ts <libpostal checkout> [commit]
 *
 * Dictionary lines are `canonical|abbrev|abbrev`. Where a type stands is not in the dictionaries; it
 * comes from how each language writes its streets (PLACEMENT below). What is dropped, for precision:
 *   - entries outside the cased scripts (Latin, Cyrillic, Greek): scripts without capitals are read
 *     by src/detect/address/script.ts from lexicons/address/script-markers/ instead;
 *   - one-letter words, one- and two-letter abbreviations ("g", "pl", "st") and abbreviations of more
 *     than one word: too many other readings. The abbreviations kept are written with their dot
 *     ("bulw.", "krt.") and the loader takes them only so written (never from speech); unit words and
 *     PO-box phrases keep no abbreviations at all;
 *   - words libpostal lists for the language as qualifiers, directionals, stopwords or personal titles
 *     ("nord", "de", "haji"), and adjectives and honorifics it lists among types (NOT_TYPES below),
 *     the language's function words (lexicons/names/function-words/) and titles ("Col.", "Sen.");
 *   - common English words (SCOWL levels 10-35 of lexicons/names/words/), also as `?` types: on
 *     English calls they read as words ("Cotton Bowl", "southbound spur"), and the hand-written en.txt
 *     already says which of them are street types.
 * Output is deterministic (sorted, de-duplicated); rerun it to update, never edit the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { fold } from '../src/detect/address/vocab.js';
import { parseWordList } from '../src/detect/lexicon-files.js';
import { isCommonWord } from '../src/detect/gazetteer/common-words.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lexicons = path.join(root, 'lexicons');

/**
 * How a language writes its street types:
 *   prefix    before the name, a word of its own (Romance, Slavic, Greek, Celtic, Maltese,
 *             Indonesian/Malay, Vietnamese: "Calle Mayor", "ulica Długa", "Jalan Sudirman");
 *   suffix    after the name, a word of its own (English, Hungarian, Turkish, Azerbaijani, Baltic,
 *             Estonian, Basque, Filipino English-style: "Andrássy út", "Atatürk Caddesi", "Brīvības iela");
 *   compound  glued to the name as one word, and also written apart after it (Germanic, Nordic,
 *             Finnish: "Hauptstraße" / "Alte Straße", "Mannerheimintie", "Kerkstraat"); a type
 *             libpostal lists as an inseparable ending only glued (Icelandic "Lindartún"), and a
 *             glued ending needs four letters.
 * Languages not in the table (scripts without capitals: ar fa he hi ur th ka si ja ko zh) are skipped.
 */
const PLACEMENT: Record<string, 'prefix' | 'suffix' | 'compound'> = {
  es: 'prefix', pt: 'prefix', fr: 'prefix', it: 'prefix', ca: 'prefix', gl: 'prefix', ro: 'prefix',
  oc: 'prefix', ast: 'prefix', pap: 'prefix',
  pl: 'prefix', cs: 'prefix', sk: 'prefix', ru: 'prefix', uk: 'prefix', be: 'prefix', bg: 'prefix',
  sr: 'prefix', hr: 'prefix', bs: 'prefix', sl: 'prefix',
  el: 'prefix', cy: 'prefix', ga: 'prefix', gd: 'prefix', br: 'prefix', mt: 'prefix',
  id: 'prefix', ms: 'prefix', vi: 'prefix',
  en: 'suffix', hu: 'suffix', tr: 'suffix', az: 'suffix', lt: 'suffix', lv: 'suffix', et: 'suffix',
  eu: 'suffix', fil: 'suffix',
  de: 'compound', nl: 'compound', af: 'compound', da: 'compound', nb: 'compound', sv: 'compound',
  is: 'compound', fi: 'compound', lb: 'compound', gsw: 'compound',
}; // prettier-ignore

/** libpostal language codes the project spells otherwise (its files use "no" for Norwegian). */
const PROJECT_LANG: Record<string, string> = { nb: 'no' };

/** Letters of the cased scripts, spaces, dots, hyphens, apostrophes and slashes only. */
const CASED = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}\s.'’\-/]+$/u;

function readLines(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.normalize('NFC').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

const letters = (form: string): number => fold(form).replace(/[^\p{L}]/gu, '').length;

/**
 * Every form of a dictionary file: canonical first, then its alternatives; an alternative shorter
 * than the canonical form is an abbreviation ("bulw"), the others are spellings ("vaeg" for "väg").
 */
function entries(file: string): { form: string; abbreviation: boolean }[] {
  return readLines(file).flatMap((line) => {
    const forms = line.split('|').map((f) => f.trim());
    const full = letters(forms[0]!);
    return forms.map((form, k) => ({ form, abbreviation: k > 0 && letters(form) < full }));
  });
}

function wordsOf(file: string): Set<string> {
  return new Set(fs.existsSync(file) ? parseWordList(fs.readFileSync(file, 'utf8')).map(fold) : []);
}

const englishLevel = (level: string): Set<string> =>
  wordsOf(path.join(lexicons, 'names', 'words', `en-${level}.txt`));
/** The most frequent English words (SCOWL 10): never a type, even with a house number. */
const everyday = englishLevel('10');
const commonEnglish = new Set([...everyday, ...englishLevel('20'), ...englishLevel('35')]);
/** Titles ("Col.", "Gen.", "Sen.") read as such before a name, never as a street type. */
const titles = new Set(
  fs
    .readdirSync(path.join(lexicons, 'names', 'titles'))
    .flatMap((f) => [...wordsOf(path.join(lexicons, 'names', 'titles', f))]),
);

/**
 * Words libpostal lists among street types that are none, missing from its qualifiers and titles
 * files: adjectives that stand BEFORE the name ("Obere Hauptstraße", "Lange Voorhout", "Verlengde
 * Hoogstraat"), Malay honorifics that name people ("Haji", "Pengiran"; streets carry them as part
 * of a person's name), and the Malay floor word "tingkat" (a unit).
 */
const NOT_TYPES: Record<string, string[]> = {
  de: [
    'obere',
    'oberer',
    'oberes',
    'untere',
    'unterer',
    'unteres',
    'große',
    'großer',
    'großes',
    'großser',
    'heiligen',
  ],
  nl: ['lang', 'lange', 'verlengde', 'verl'],
  af: ['lang', 'lange', 'verlengde', 'verl'],
  ms: ['haji', 'awang', 'awg', 'dayang', 'dyg', 'pengiran', 'tingkat', 'tkt'],
};

/** Words that are no street type of `lang` whatever libpostal lists them as. */
function notTypes(dict: string, lang: string): Set<string> {
  const out = new Set<string>((NOT_TYPES[lang] ?? []).map(fold));
  // titles name people ("Haji", "Pengiran" before a Malay name), even where streets carry them
  for (const f of ['qualifiers.txt', 'directionals.txt', 'stopwords.txt', 'personal_titles.txt'])
    for (const e of entries(path.join(dict, f))) out.add(fold(e.form));
  for (const w of wordsOf(path.join(lexicons, 'names', 'function-words', `${lang}.txt`))) out.add(w);
  return out;
}

/**
 * A form worth keeping at all: cased script, long enough, no language or everyday English word,
 * no title. Abbreviations are kept as one word of three letters or more.
 */
function usable(form: string, abbreviation: boolean, stop: Set<string>): boolean {
  if (form === '' || form.includes('#') || !CASED.test(form)) return false;
  const n = letters(form);
  if (n <= 1 || (abbreviation && (n <= 2 || /[\s.]\S/u.test(form)))) return false;
  const f = fold(form);
  if (/(?:^|[\s.])\p{L}(?:$|[\s.])/u.test(form)) return false; // "co r", "g bd": one-letter words
  return !stop.has(f) && !everyday.has(f) && !titles.has(f) && !(abbreviation && commonEnglish.has(f));
}

/**
 * An abbreviation is written with its dot in the generated files: the loader then takes it only so
 * written ("Bd.", "Krt."), never bare and never from speech, where abbreviations are not said.
 */
const dotted = (form: string, abbreviation: boolean): string =>
  abbreviation && !form.endsWith('.') ? `${form}.` : form;

/** Every word English: in the SCOWL lists or, inflected ("centers"), to the detector's own test. */
const isCommon = (form: string): boolean =>
  fold(form)
    .split(/\s+/)
    .every((w) => commonEnglish.has(w) || isCommonWord(w));

/**
 * Keys of what the hand-written files of a folder already hold ("-" + word for glued endings, the
 * bare word for the rest): the generated files only add, so a hand-written choice ("street" strong,
 * "?park" weak, "-straße" glued) is never overridden.
 */
function handWritten(folder: string): Set<string> {
  const dir = path.join(lexicons, 'address', folder);
  const keys = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('-libpostal.txt')))
    for (const e of parseWordList(fs.readFileSync(path.join(dir, f), 'utf8'))) keys.add(key(e));
  return keys;
}

const key = (entry: string): string =>
  entry.startsWith('-') ? `-${fold(entry.slice(1))}` : fold(entry.replace(/^[\^?~>]/, ''));

/** A glued ending: one word of four letters or more ("-nes", "-sel", "-hof" end too many names). */
const gluable = (form: string, abbreviation: boolean, stop: Set<string>): boolean =>
  usable(form, abbreviation, stop) &&
  !abbreviation &&
  !form.includes(' ') &&
  letters(form) >= 4 &&
  !isCommon(form);

function streetTypes(dict: string, lang: string, placement: 'prefix' | 'suffix' | 'compound'): string[] {
  const stop = notTypes(dict, lang);
  // types the language writes only glued to the name (Icelandic "-tún", Danish "-vangen")
  const glued = new Set(
    placement === 'compound'
      ? entries(path.join(dict, 'concatenated_suffixes_inseparable.txt')).map((e) => fold(e.form))
      : [],
  );
  const out: string[] = [];
  for (const { form, abbreviation } of entries(path.join(dict, 'street_types.txt'))) {
    if (!usable(form, abbreviation, stop)) continue;
    if (glued.has(fold(form))) {
      if (gluable(form, abbreviation, stop)) out.push(`-${form}`);
      continue;
    }
    const f = dotted(form, abbreviation);
    // a common English word is no type here, not even as `?`: in English text "Cotton Bowl",
    // "southbound spur" and "horizontal wells" are none, and en.txt already says which are
    if (!isCommon(form)) out.push(placement === 'prefix' ? `^${f}` : f);
  }
  if (placement === 'compound') {
    // endings also written apart ("Hauptstraße" / "Alte Straße")
    for (const { form, abbreviation } of entries(path.join(dict, 'concatenated_suffixes_separable.txt'))) {
      if (gluable(form, abbreviation, stop)) out.push(`-${form}`, form);
    }
  }
  return out.filter((e) => !HAND.streets.has(key(e)));
}

/** Unit words or PO-box phrases: no common English word alone ("suite", "box"), no short abbreviations. */
function phrases(file: string, stop: Set<string>, hand: Set<string>): string[] {
  return entries(file)
    .filter(({ form, abbreviation }) => !abbreviation && usable(form, false, stop) && !isCommon(form))
    .map(({ form }) => form)
    .filter((e) => !hand.has(key(e)));
}

const HAND = {
  streets: handWritten('street-types'),
  units: handWritten('units'),
  poBoxes: handWritten('po-box'),
};

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function write(file: string, header: string[], lines: string[]): boolean {
  const body = [...new Set(lines)].sort(byName);
  if (body.length === 0) {
    fs.rmSync(file, { force: true });
    return false;
  }
  const comments = header.flatMap((h) => h.split('\n')).map((h) => `# ${h}`);
  fs.writeFileSync(file, [...comments, ...body, ''].join('\n'));
  return true;
}

function main(): void {
  const checkout = process.argv[2];
  if (!checkout) throw new Error('usage: build-libpostal-address-vocab.ts <libpostal checkout> [commit]');
  const dicts = path.join(checkout, 'resources', 'dictionaries');
  let commit = process.argv[3];
  if (!commit) {
    try {
      commit = execFileSync('git', ['-C', checkout, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      throw new Error('not a git checkout: give the libpostal commit as the second argument');
    }
  }
  const source = `Generated by scripts/build-libpostal-address-vocab.ts from libpostal (openvenues/libpostal,`;
  const origin = `MIT licence) commit ${commit},\nresources/dictionaries/`;
  let files = 0;
  for (const lang of fs.readdirSync(dicts).sort()) {
    const dict = path.join(dicts, lang);
    const placement = PLACEMENT[lang];
    if (!placement || !fs.statSync(dict).isDirectory()) continue;
    const name = `${PROJECT_LANG[lang] ?? lang}-libpostal.txt`;
    const stop = notTypes(dict, lang);
    const dropped =
      'Dropped: short abbreviations, qualifiers/stopwords, common English words (see the script).';
    files += Number(
      write(
        path.join(lexicons, 'address', 'street-types', name),
        [
          `Street types of "${lang}" (${placement}), markers as in the hand-written files of this folder.`,
          `${source}`,
          `${origin}${lang}/street_types.txt and concatenated_suffixes_separable.txt.`,
          dropped,
          'Do not edit: add words by hand to the language file without "-libpostal".',
        ],
        streetTypes(dict, lang, placement),
      ),
    );
    files += Number(
      write(
        path.join(lexicons, 'address', 'units', name),
        [
          `Unit words of "${lang}", said before their value.`,
          source,
          `${origin}${lang}/unit_types_numbered.txt.`,
          dropped,
        ],
        phrases(path.join(dict, 'unit_types_numbered.txt'), stop, HAND.units),
      ),
    );
    files += Number(
      write(
        path.join(lexicons, 'address', 'po-box', name),
        [`Post-office box phrases of "${lang}".`, source, `${origin}${lang}/post_office.txt.`, dropped],
        phrases(path.join(dict, 'post_office.txt'), stop, HAND.poBoxes),
      ),
    );
  }
  process.stdout.write(`wrote ${files} files\n`);
}

main();
