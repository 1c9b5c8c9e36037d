import { describe, expect, it } from 'vitest';
import { detokenise, readConll, type Token } from '../../scripts/eval-sets/conll.js';
import {
  joinSplitWords,
  namesInReportMention,
  RE3D_FOLDER,
  reportCorpus,
  reportDocs,
  reportSentenceTokens,
  reportSplit,
} from '../../scripts/eval-sets/people-in-reports.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';
import type { Segment } from '../../scripts/eval-sets/types.js';

/** "token/TAG token ..." -> one sentence of tokens in re3d's layout ("token<TAB>B-Person"). */
const sentence = (spec: string): Token[] =>
  readConll(
    spec
      .split(' ')
      .map((t) => {
        const cut = t.lastIndexOf('/');
        return cut > 0 ? `${t.slice(0, cut)}\t${t.slice(cut + 1)}` : `${t}\tO`;
      })
      .join('\n'),
  )[0]![0]!;

// an invented corpus: "resettlement" is written in lower case, "Middle Veloria" is a place
const corpus = reportCorpus([
  sentence('the resettlement plan and resettlement'),
  sentence('the/B-Location Middle/I-Location Veloria/I-Location and Zentro/B-Location'),
]);

const names = (mention: string): string[] => {
  const words = mention.split(' ');
  return namesInReportMention(words, corpus).map(([s, e]) => words.slice(s, e).join(' '));
};

const spans = (s: Segment): { labels: string[]; negatives: string[] } => ({
  labels: s.labels.map((l) => s.text.slice(l.start, l.end)),
  negatives: (s.negatives ?? []).map((n) => `${n.kind}:${s.text.slice(n.start, n.end)}`),
});

describe('joinSplitWords', () => {
  const join = (spec: string): string[] => joinSplitWords(sentence(spec)).map((t) => t.text);
  it.each([
    ['a hyphenated particle', 'Omar al - Quist', ['Omar', 'al-Quist']],
    ['a clitic', 'Zentro ’ s plan', ['Zentro’s', 'plan']],
    ['an apostrophe inside a word', 'Ada Ma ’ ruf', ['Ada', 'Ma’ruf']],
    ['a plural possessive', 'the members ’ homes', ['the', 'members’', 'homes']],
    ['a quoted nickname', "Ada ' Tex ' Quist", ['Ada', "'Tex'", 'Quist']],
    ['a split middle initial', 'Ada J . Quist', ['Ada', 'J.', 'Quist']],
    ['a word split at non-ASCII letters', 'Mevl ü t Ç avu ş o ğ lu', ['Mevlüt', 'Çavuşoğlu']],
    ['a gloss in a non-Latin script is dropped', 'Quist ( Arabic : ق ن ب ) said', ['Quist', 'said']],
    [
      'a gloss before more text in brackets',
      'Quist ( Arabic : ق ن ; born 1970 )',
      ['Quist', '(', 'born', '1970', ')'],
    ],
    ['a lone dash stays', 'strikes - - and', ['strikes', '-', '-', 'and']],
    ['a sentence-final initial keeps its dot apart', 'Plan B .', ['Plan', 'B', '.']],
  ])('%s', (_, spec, expected) => {
    expect(join(spec)).toEqual(expected);
  });
});

describe('namesInReportMention', () => {
  it.each([
    ['a whole name', 'Ada Quist', ['Ada Quist']],
    ['ranks with abbreviations', 'Army Lt. Gen. Ada J. Quist', ['Ada J. Quist']],
    ['an office with a nationality', 'Velorian Foreign Minister Omar al-Quist', ['Omar al-Quist']],
    ['an office noun after "of"', 'Deputy Minister of Justice Ada Quist', ['Ada Quist']],
    ['a particle name', 'Sheikh Abu Tariq al-Quist', ['Abu Tariq al-Quist']],
    ['a quoted nickname and a suffix', "Col. Ada 'Tex' Quist IV", ["Ada 'Tex' Quist IV"]],
    ['a title that is also a surname', 'Foreign Minister Ada Bishop', ['Ada Bishop']],
    ['a place before the name is cut off', 'Minister for the Middle Veloria Ada Quist', ['Ada Quist']],
    ['a name before an apposition', 'Ada Quist , Minister for Zentro', ['Ada Quist']],
    ['a possessive name', "Quist's", ["Quist's"]],
    ['a name after an all-capital title', 'SECRETARY QUIST', ['QUIST']],
    ['a title alone', 'The Foreign Secretary', []],
    ['a role ending in a title', 'Zentro Group Commander', []],
    ['a role ending in a title after a title', 'Navy Special Warfare Operator', []],
    ['a pronoun', 'He', []],
    ['a pronoun with a clitic', 'I’m', []],
    ['a modifier of a lower-case noun', 'the Velorian citizen', []],
    ['an organisation head', 'commander of the Abel Battalion', []],
    ['a complement after an acronym', 'commander of ZQ Central Command', []],
    ['coordinated complements', 'Advisor for Religion in the Near Zentro and Central Veloria', []],
    ['a word written more often in lower case', 'Senior Advisor for ZQ Resettlement', []],
    ['a place of the corpus', 'Zentro', []],
  ])('%s: %s', (_, mention, expected) => {
    expect(names(mention)).toEqual(expected);
  });
});

describe('reportSentenceTokens', () => {
  it('labels the name of a Person mention and keeps places and organisations as negatives', () => {
    const tokens = reportSentenceTokens(
      joinSplitWords(
        sentence(
          'Foreign/B-Person Minister/I-Person Omar/I-Person al/I-Person -/I-Person Quist/I-Person met the/B-Organisation Zentro/I-Organisation Group/I-Organisation in Veloria/B-Location on Monday/B-Temporal .',
        ),
      ),
      corpus,
    );
    expect(spans(detokenise(tokens))).toEqual({
      labels: ['Omar al-Quist'],
      negatives: ['company:the Zentro Group', 'city:Veloria'],
    });
  });
});

describe('reportSplit', () => {
  it('puts each source with two documents or more on both sides, deterministically', () => {
    const ids = ['a', 'b', 'c', 'd'].flatMap((id) => [
      { source: 'one', id: `one-${id}` },
      { source: 'two', id: `two-${id}` },
    ]);
    const split = reportSplit(ids, 'salt');
    for (const source of ['one', 'two']) {
      const sides = ids.filter((d) => d.source === source).map((d) => split.get(d.id));
      expect(sides.filter((s) => s === 'dev')).toHaveLength(2);
      expect(sides.filter((s) => s === 'test')).toHaveLength(2);
    }
    expect(reportSplit(ids, 'salt')).toEqual(split);
  });
});

describe('reportDocs', () => {
  const files: Record<string, string> = {
    [`${RE3D_FOLDER}/CENTCOM/A1.conll`]: [
      'Col.\tB-Person',
      'Ada\tI-Person',
      'Quist\tI-Person',
      'spoke\tO',
      '.\tO',
      '',
      'Ada\tO',
      'Quist\tO',
      'visited\tO',
      'Zentro\tB-Location',
      '.\tO',
    ].join('\n'),
    [`${RE3D_FOLDER}/Wikipedia/B2.conll`]: ['So\tO', 'far\tO', 'Ada\tO', 'Quist\tO', 'left\tO', '.\tO'].join(
      '\n',
    ),
    [`${RE3D_FOLDER}/BBC_Online/C3.conll`]: ['Bo\tB-Person', 'Lind\tI-Person'].join('\n'),
  };
  const repo: SourceRepo = {
    dir: '/invented',
    rev: 'HEAD',
    commit: undefined,
    read: (file) => files[file]!,
    list: (folder) => Object.keys(files).filter((f) => f.startsWith(`${folder}/`)),
  };
  it('reads the open sources only and labels a name where else it stands alone, in any document', () => {
    const docs = reportDocs(repo);
    expect(docs.map((d) => [d.id, d.domain, d.segments.map((s) => spans(s).labels)])).toEqual([
      ['re3d-CENTCOM-A1', 'military_news', [['Ada Quist'], ['Ada Quist']]],
      ['re3d-Wikipedia-B2', 'encyclopedia', [['Ada Quist']]],
    ]);
    expect(docs.every((d) => d.split === 'dev' || d.split === 'test')).toBe(true);
  });
});
