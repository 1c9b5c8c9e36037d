import { describe, expect, it } from 'vitest';
import {
  alignTokens,
  readUner,
  WEB_FILES,
  webDocs,
  webSegment,
  webTokens,
} from '../../scripts/eval-sets/people-in-web.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';
import type { Segment } from '../../scripts/eval-sets/types.js';

/**
 * Invented UNER lines in the source's layout: "# text = ..." then "token/TAG ..." (tag O when
 * none) as "idx<TAB>token<TAB>tag<TAB>-<TAB>annotator" rows.
 */
const sentenceLines = (text: string, spec: string, id = 's'): string =>
  [
    `# sent_id = ${id}`,
    `# text = ${text}`,
    ...spec.split(' ').map((t, k) => {
      const tagged = /^(.+)\/([BI]-[A-Z]+)$/.exec(t);
      const [tok, tag] = tagged ? [tagged[1]!, tagged[2]!] : [t, 'O'];
      return `${k + 1}\t${tok}\t${tag}\t-\t${tag === 'O' ? '-' : 'someone'}`;
    }),
    '',
  ].join('\n');

const one = (text: string, spec: string) => readUner(sentenceLines(text, spec))[0]!.sentences[0]!;

const spans = (s: Segment): { labels: string[]; negatives: string[] } => ({
  labels: s.labels.map((l) => s.text.slice(l.start, l.end)),
  negatives: (s.negatives ?? []).map((n) => `${n.kind}:${s.text.slice(n.start, n.end)}`),
});

describe('webSegment (one sentence into text and spans)', () => {
  const cases: [string, string, string, string, string[], string[]][] = [
    [
      'the text as written, clitics and all',
      "I didn't call Ada Quist in Veloria.",
      "I did n't call Ada/B-PER Quist/I-PER in Veloria/B-LOC .",
      "I didn't call Ada Quist in Veloria.",
      ['Ada Quist'],
      ['city:Veloria'],
    ],
    [
      'lower-case names and odd spacing stay as typed',
      'ask bo lind @ zentro co ,he knows',
      'ask bo/B-PER lind/I-PER @ zentro/B-ORG co/I-ORG , he knows',
      'ask bo lind @ zentro co ,he knows',
      ['bo lind'],
      ['company:zentro co'],
    ],
    [
      'a title leaves the name',
      'Thanks to Dr. Ada Quist!',
      'Thanks to Dr./B-PER Ada/I-PER Quist/I-PER !',
      'Thanks to Dr. Ada Quist!',
      ['Ada Quist'],
      [],
    ],
    [
      'two names in a row stay two',
      'Ada Bo and Cy',
      'Ada/B-PER Bo/B-PER and Cy/B-PER',
      'Ada Bo and Cy',
      ['Ada', 'Bo', 'Cy'],
      [],
    ],
    [
      'a mail name with its organisation is one labelled word',
      'Ada Quist/ZEN@ZENTRO on 01/02/2003',
      'Ada/B-PER Quist/ZEN@ZENTRO/I-PER on 01/02/2003',
      'Ada Quist/ZEN@ZENTRO on 01/02/2003',
      ['Ada Quist/ZEN@ZENTRO'],
      [],
    ],
    [
      'a site tagged as a person is no name',
      '"example.com" wrote:',
      '" example.com/B-PER " wrote :',
      '"example.com" wrote:',
      [],
      [],
    ],
    [
      'a link is left out, the text around it joined',
      'see http://www.example.com/x for Bo',
      'see http://www.example.com/x for Bo/B-PER',
      'see for Bo',
      ['Bo'],
      [],
    ],
  ];
  it.each(cases)('%s', (_, text, spec, out, labels, negatives) => {
    const segment = webSegment(one(text, spec));
    expect(segment.text).toBe(out);
    expect(spans(segment)).toEqual({ labels, negatives });
  });

  it('joins the tokens when they are not found in the text', () => {
    const segment = webSegment(one('Ada  Quist phoned', 'Ada/B-PER Quist/I-PER called'));
    expect(segment.text).toBe('Ada Quist called');
    expect(spans(segment)).toEqual({ labels: ['Ada Quist'], negatives: [] });
  });
});

describe('the steps one by one', () => {
  it('alignTokens gives each token its offsets in the text', () => {
    const s = one('Hi  Bo,ok', 'Hi Bo/B-PER , ok');
    expect(alignTokens(s.text, s.tokens)).toEqual([
      [0, 2],
      [4, 6],
      [6, 7],
      [7, 9],
    ]);
    expect(alignTokens('Hi Cy', s.tokens)).toBeUndefined();
  });
  it('webTokens keeps a person span with a name beside an address', () => {
    const s = one('Bo bo@example.com', 'Bo/B-PER bo@example.com/I-PER');
    expect(webTokens(s.tokens).map((t) => t.tag)).toEqual(['PER', 'PER']);
  });
  it('readUner reads documents, their sentences and the B-/I- tags', () => {
    const raw = [
      '# newdoc id = reviews-000001',
      sentenceLines('Great!', 'Great !', 'reviews-000001-0001'),
      sentenceLines('Ask Bo.', 'Ask Bo/B-PER .', 'reviews-000001-0002'),
      '# newdoc id = email-invented01',
      sentenceLines('Cy', 'Cy/B-PER', 'email-invented01-0001'),
    ].join('\n');
    const docs = readUner(raw);
    expect(docs.map((d) => [d.id, d.sentences.map((s) => s.text)])).toEqual([
      ['reviews-000001', ['Great!', 'Ask Bo.']],
      ['email-invented01', ['Cy']],
    ]);
    expect(docs[0]!.sentences[1]!.tokens[1]).toEqual({ text: 'Bo', tag: 'PER', begins: true });
  });
});

describe('webDocs', () => {
  const files: Record<string, string> = {
    [WEB_FILES.dev]: [
      '# newdoc id = answers-0001_ans',
      sentenceLines('where is Zentro?', 'where is Zentro/B-LOC ?'),
      sentenceLines('http://www.example.com', 'http://www.example.com'),
      sentenceLines('ask Ada', 'ask Ada/B-PER'),
    ].join('\n'),
    [WEB_FILES.test]: [
      '# newdoc id = weblog-invented_0002',
      sentenceLines('Bo wrote this.', 'Bo/B-PER wrote this .'),
    ].join('\n'),
  };
  const repo: SourceRepo = {
    dir: '/invented',
    rev: 'HEAD',
    commit: undefined,
    read: (file) => files[file]!,
    list: () => [],
  };
  it('makes one document per newdoc, split as the source splits its files, link-only sentences dropped', () => {
    expect(webDocs(repo).map((d) => [d.id, d.split, d.domain, d.segments.map((s) => s.text)])).toEqual([
      ['ewt-answers-0001_ans', 'dev', 'question_answer', ['where is Zentro?', 'ask Ada']],
      ['ewt-weblog-invented_0002', 'test', 'weblog', ['Bo wrote this.']],
    ]);
  });
});
