import { describe, expect, it } from 'vitest';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';
import { ADDRESS_FOLDER, loadAddresses } from '../../scripts/eval-sets/world-values.js';

/** A source repository of one invented test case file, in the OpenCage layout. */
function repoOf(yaml: string): SourceRepo {
  const file = `${ADDRESS_FOLDER}/mt.yaml`;
  return { dir: '/nowhere', rev: 'test', commit: undefined, read: () => yaml, list: () => [file] };
}

describe('loadAddresses', () => {
  it('decodes letters written as literal \\uXXXX text in plain YAML scalars', () => {
    const yaml = [
      '---',
      'components:',
      '    city: Imtarfa',
      '    country_code: mt',
      '    house_number: 12',
      '    road: Triq \\u0120u\\u0121ar',
      'expected:  |',
      '    12 Triq \\u0120u\\u0121ar',
      '    Imtarfa',
      '',
    ].join('\n');
    const [address] = loadAddresses(repoOf(yaml));
    expect(address).toMatchObject({
      country: 'MT',
      road: 'Triq Ġuġar',
      houseNumber: '12',
      lines: ['12 Triq Ġuġar', 'Imtarfa'],
    });
  });
});
