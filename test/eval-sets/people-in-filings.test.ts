import { describe, expect, it } from 'vitest';
import { detokenise, readConll } from '../../scripts/eval-sets/conll.js';
import {
  bridgeInitials,
  dropRules,
  filingDocs,
  FILINGS_FILES,
  filingTokens,
  joinEmails,
  rolesOutOfNames,
  splitPunctuation,
} from '../../scripts/eval-sets/people-in-filings.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';
import type { Segment } from '../../scripts/eval-sets/types.js';

/** Invented CoNLL lines in the source's layout: "token POS - TAG". */
const conll = (rows: string): string =>
  rows
    .trim()
    .split('\n')
    .map((r) => {
      const [text, tag] = r.trim().split(/\s+/);
      return text === '' ? '' : `${text} NNP - ${tag ?? 'O'}`;
    })
    .join('\n');

/** "token/TAG token ..." -> one sentence of tokens (tag O when none). */
const sentence = (spec: string) =>
  readConll(
    spec
      .split(' ')
      .map((t) => {
        const cut = t.lastIndexOf('/');
        return cut > 0 ? `${t.slice(0, cut)} NNP - ${t.slice(cut + 1)}` : `${t} NNP - O`;
      })
      .join('\n'),
  )[0]![0]!;

/** The texts of a segment's labels and negatives. */
const spans = (s: Segment): { labels: string[]; negatives: string[] } => ({
  labels: s.labels.map((l) => s.text.slice(l.start, l.end)),
  negatives: (s.negatives ?? []).map((n) => `${n.kind}:${s.text.slice(n.start, n.end)}`),
});

describe('filingTokens (one sentence into text and spans)', () => {
  const cases: [string, string, string, string[], string[]][] = [
    [
      'a party role is no name',
      'The Borrower/I-PER shall pay the Lender/I-PER .',
      'The Borrower shall pay the Lender.',
      [],
      ['role:Borrower', 'role:Lender'],
    ],
    [
      'a plural or upper-case role too',
      'LENDERS/I-PER : Zentro/I-ORG Bank/I-ORG',
      'LENDERS: Zentro Bank',
      [],
      ['role:LENDERS', 'company:Zentro Bank'],
    ],
    [
      'a name next to a role stays a name',
      'Borrower/I-PER : Ada/I-PER Quist/I-PER',
      'Borrower: Ada Quist',
      ['Ada Quist'],
      ['role:Borrower'],
    ],
    [
      'a middle initial with the dot and surname left out',
      'By : Ada/I-PER J/I-PER . Quist Title : Director',
      'By: Ada J. Quist Title: Director',
      ['Ada J. Quist'],
      [],
    ],
    [
      'a middle initial with only the dot left out',
      'Bo/I-PER K/I-PER . Lind/I-PER , President',
      'Bo K. Lind, President',
      ['Bo K. Lind'],
      [],
    ],
    [
      'an initial that is not inside a name is not bridged',
      'Schedule A/I-MISC . Terms',
      'Schedule A. Terms',
      [],
      [],
    ],
    [
      'a split email holding a name is one labelled word',
      'Email : ada/I-PER . quist/I-PER @ example . com',
      'Email: ada.quist@example.com',
      ['ada.quist@example.com'],
      [],
    ],
    [
      'a split email without a name is joined, unlabelled',
      'Email : notices @ example . com now',
      'Email: notices@example.com now',
      [],
      [],
    ],
    [
      'ruled lines are dropped',
      'By : ____________ Name : ----------- Ada/I-PER Quist/I-PER',
      'By: Name: Ada Quist',
      ['Ada Quist'],
      [],
    ],
    [
      'glued quote and bracket tokens are split',
      'Zentro/I-ORG (" Company/I-ORG "), a Veloria/I-LOC firm',
      'Zentro ("Company"), a Veloria firm',
      [],
      ['company:Zentro', 'company:Company', 'city:Veloria'],
    ],
  ];
  it.each(cases)('%s', (_, spec, text, labels, negatives) => {
    const segment = detokenise(filingTokens(sentence(spec)));
    expect(segment.text).toBe(text);
    expect(spans(segment)).toEqual({ labels, negatives });
  });
});

describe('the steps one by one', () => {
  it('splitPunctuation splits only punctuation tokens holding a quote or bracket', () => {
    expect(splitPunctuation(sentence('(" ., "), Ada/I-PER')).map((t) => t.text)).toEqual([
      '(',
      '"',
      '.,',
      '"',
      ')',
      ',',
      'Ada',
    ]);
  });
  it('dropRules keeps tagged tokens and short dashes', () => {
    expect(dropRules(sentence('-- ----- ___ Ada/I-PER')).map((t) => t.text)).toEqual(['--', 'Ada']);
  });
  it('joinEmails leaves a lone "@" alone', () => {
    expect(joinEmails(sentence('meet @ noon')).map((t) => t.text)).toEqual(['meet', '@', 'noon']);
    expect(joinEmails(sentence('at @ . end')).map((t) => t.text)).toEqual(['at', '@', '.', 'end']);
  });
  it('rolesOutOfNames keeps a span with any non-role word', () => {
    expect(rolesOutOfNames(sentence('Lender/I-PER Quist/I-PER')).map((t) => t.tag)).toEqual(['PER', 'PER']);
  });
  it('bridgeInitials needs a name before the initial and a capitalised word after the dot', () => {
    expect(bridgeInitials(sentence('Ada/I-PER J/I-PER . quist')).map((t) => t.tag)).toEqual([
      'PER',
      'PER',
      '',
      '',
    ]);
    expect(bridgeInitials(sentence('J/I-PER . Quist')).map((t) => t.tag)).toEqual(['PER', '', '']);
  });
});

describe('filingDocs', () => {
  const files: Record<string, string> = {
    [FILINGS_FILES.dev]: conll(`
-DOCSTART- O

LOAN O
AGREEMENT O

The O
Borrower I-PER
signs O
.

-DOCSTART- O

By O
: O
Ada I-PER
Quist I-PER

----- O
`),
    [FILINGS_FILES.test]: conll(`
-DOCSTART- O

Attn O
: O
Bo I-PER
Lind I-PER
`),
  };
  const repo: SourceRepo = {
    dir: '/invented',
    rev: 'HEAD',
    commit: undefined,
    read: (file) => files[file]!,
    list: () => [],
  };
  it('makes one document per agreement, split as the source splits its files', () => {
    const docs = filingDocs(repo);
    expect(docs.map((d) => [d.id, d.split, d.segments.map((s) => s.text)])).toEqual([
      ['fin-dev-0', 'dev', ['LOAN AGREEMENT', 'The Borrower signs.']],
      ['fin-dev-1', 'dev', ['By: Ada Quist']],
      ['fin-test-0', 'test', ['Attn: Bo Lind']],
    ]);
    expect(docs.map((d) => d.segments.flatMap((s) => spans(s).labels))).toEqual([
      [],
      ['Ada Quist'],
      ['Bo Lind'],
    ]);
  });
});
