import { describe, expect, it } from 'vitest';
import {
  addressQueries,
  labelTagged,
  parseAddressXml,
  realAddressDocs,
} from '../../scripts/eval-sets/real-addresses.js';
import type { SourceRepo } from '../../scripts/eval-sets/source-files.js';

/** Invented records in the usaddress layout. */
const XML = `<AddressCollection>
  <AddressString><AddressNumber>42</AddressNumber> <StreetName>Quill</StreetName> <StreetNamePostType>Ln,</StreetNamePostType> <PlaceName>Fernvale,</PlaceName> <StateName>OR</StateName> <ZipCode>97999</ZipCode></AddressString>
  <AddressString><Recipient>Ada</Recipient> <Recipient>Quist</Recipient> <AddressNumber>7</AddressNumber> <StreetName>Heron</StreetName> <StreetNamePostType>Row</StreetNamePostType></AddressString>
  <AddressString><BuildingName>Wren</BuildingName> <BuildingName>Tower,</BuildingName> <AddressNumber>9</AddressNumber> <StreetName>Lark</StreetName> <StreetNamePostType>St</StreetNamePostType> <OccupancyType>Suite</OccupancyType> <OccupancyIdentifier>5</OccupancyIdentifier></AddressString>
  <AddressString><USPSBoxType>PO</USPSBoxType> <USPSBoxType>Box</USPSBoxType> <USPSBoxID>88,</USPSBoxID> <PlaceName>Dunmore</PlaceName> <StateName>KS</StateName> <ZipCode>66999</ZipCode></AddressString>
  <AddressString><PlaceName>Fernvale,</PlaceName> <StateName>OR</StateName></AddressString>
  <AddressString><AddressNumber>3</AddressNumber> <StreetName>Owl</StreetName> <StreetNamePostType>Ct</StreetNamePostType> <PlaceName>Fen&amp;Moor</PlaceName></AddressString>
</AddressCollection>`;

const labelled = (i: number): string[] => {
  const r = labelTagged(parseAddressXml(XML)[i]!);
  if (typeof r === 'string') return [r];
  return [
    ...r.labels.map((l) => r.text.slice(l.start, l.end)),
    ...r.negatives.map((n) => `${n.kind}:${r.text.slice(n.start, n.end)}`),
  ];
};

describe('usaddress records', () => {
  it('reads the text as written, entities decoded, tokens in place', () => {
    const records = parseAddressXml(XML);
    expect(records).toHaveLength(6);
    expect(records[0]!.text).toBe('42 Quill Ln, Fernvale, OR 97999');
    expect(records[5]!.text).toBe('3 Owl Ct Fen&Moor');
    const t = records[0]!.tokens[3]!;
    expect(records[0]!.text.slice(t.start, t.end)).toBe('Fernvale,');
  });
  it('labels the address parts as one ADDRESS, a trailing comma left out', () => {
    expect(labelled(0)).toEqual(['42 Quill Ln, Fernvale, OR 97999']);
    expect(labelTagged(parseAddressXml(XML)[3]!)).toMatchObject({ kind: 'full', frames: 'box' });
  });
  it('drops a record with a recipient; a building at the edge is a venue, not address', () => {
    expect(labelled(1)).toEqual(['foreign']);
    expect(labelled(2)).toEqual(['9 Lark St Suite 5', 'venue:Wren Tower']);
  });
  it('a lone place is a hard negative', () => {
    expect(labelled(4)).toEqual(['city:Fernvale, OR']);
  });
});

describe('addressQueries', () => {
  it('keeps search queries expecting a street address, not autocomplete or places', () => {
    const file = JSON.stringify({
      endpoint: 'search',
      tests: [
        {
          in: { text: '12 quill lane  fernvale' },
          expected: { properties: [{ housenumber: '12', street: 'Quill Lane' }] },
        },
        { in: { text: 'fernvale' }, expected: { properties: [{ layer: 'locality' }] } },
        {
          endpoint: 'autocomplete',
          in: { text: '12 quill la' },
          expected: { properties: [{ layer: 'address' }] },
        },
        { in: { text: '5 rue des lilas' }, expected: { properties: [{ layer: 'address' }] } },
      ],
    });
    expect(addressQueries(file)).toEqual({
      queries: ['12 quill lane fernvale', '5 rue des lilas'],
      skipped: { autocomplete: 1, 'not-address': 1, 'no-text': 0 },
    });
  });
});

describe('realAddressDocs', () => {
  it('deduplicates over sources and splits each file about half and half', () => {
    const xml = `<AddressCollection>${Array.from(
      { length: 10 },
      (_, i) =>
        `<AddressString><AddressNumber>${i + 1}</AddressNumber> <StreetName>Quill</StreetName></AddressString>`,
    ).join('\n')}</AddressCollection>`;
    const usaddress: SourceRepo = {
      dir: '/nowhere',
      rev: 'test',
      commit: undefined,
      read: () => xml,
      list: () => [],
    };
    const query = JSON.stringify({
      tests: [{ in: { text: '1 Quill' }, expected: { properties: [{ layer: 'address' }] } }],
    });
    const acceptance: SourceRepo = {
      dir: '/nowhere',
      rev: 'test',
      commit: undefined,
      read: () => query,
      list: () => ['test_cases/sample.json'],
    };
    const { docs, coverage } = realAddressDocs(usaddress, acceptance);
    // the same ten records in each of the four usaddress files, and the query: kept once
    expect(docs).toHaveLength(10);
    expect(coverage.skipped.duplicate).toBe(31);
    expect(coverage.files[0]).toEqual({ source: 'usaddress', file: 'labeled', dev: 5, test: 5 });
    const spans = docs.flatMap((d) =>
      d.segments.flatMap((s) => s.labels.map((l) => s.text.slice(l.start, l.end))),
    );
    expect(spans).toHaveLength(10);
  });
});
