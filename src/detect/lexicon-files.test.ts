import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconPath, packageRoot, parseWordList, readWordList } from './lexicon-files.js';
import { ConfigError } from '../errors.js';

describe('lexicon files', () => {
  it('finds the package root that holds lexicons/', () => {
    expect(fs.existsSync(path.join(packageRoot(), 'package.json'))).toBe(true);
    expect(lexiconPath('README.md')).toBe(path.join(packageRoot(), 'lexicons', 'README.md'));
  });

  it('parses word lists: comments, blanks, trimming, NFC', () => {
    const decomposed = 'Jose\u0301';
    expect(parseWordList(`# header\n\n  alpha  \nbeta # trailing comment\r\n${decomposed}\n#\n`)).toEqual([
      'alpha',
      'beta',
      'Jos\u00e9',
    ]);
  });

  it('names a missing list in a ConfigError', () => {
    const missing = `no-such-${path.basename(fs.mkdtempSync(path.join(os.tmpdir(), 'lx-')))}.txt`;
    expect(() => readWordList(missing)).toThrow(ConfigError);
    expect(() => readWordList(missing)).toThrow(missing);
  });
});
