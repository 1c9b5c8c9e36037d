/**
 * Source module of the set "real-addresses": real address strings written by others, put into the
 * frames of street-addresses (sentences, letters, forms, messages, short exchanges). A second real
 * address corpus with a held-out half, because template-made addresses no longer show where address
 * detection fails.
 *
 * Source A, datamade/usaddress (MIT): US address strings labelled by hand, one `<AddressString>` a
 * record, one element a token (`<AddressNumber>`, `<StreetName>`, `<PlaceName>`, `<ZipCode>`, ...).
 * Address components from the first to the last form one ADDRESS; a building or landmark name at
 * either edge is left out as a hard negative (a venue, as in street-addresses); a record holding a
 * recipient (a person or firm name) or a part tagged as not address is dropped, since its other
 * text would be unlabelled PII of another type or not an address.
 *
 * Source B, pelias/acceptance-tests (MIT): geocoder search queries (`in.text`) whose expected result
 * is a street address (a house number and a street, or the address layer). The whole query is one
 * ADDRESS. Autocomplete queries are left out (typed prefixes, often cut inside a word).
 *
 * Split: address texts deduplicated over both sources, then dealt alternately to dev and test within
 * each source file in salted-hash order, so test holds about half of every file.
 */
import { makeRng, seedOf } from './rng.js';
import type { SourceRepo } from './source-files.js';
import { frameCase, STREET_FRAMES, type CaseKind, type LabelledCase } from './street-addresses.js';
import { splitTurns } from './turns.js';
import type { LabelSpan, NegativeSpan, SourceDoc } from './types.js';

/** The commits the set is built from (a source archive without .git has none to read). */
export const USADDRESS_COMMIT = 'aa7699b53a0843fc443f9e87285b88cbd9eaf50a';
export const ACCEPTANCE_COMMIT = '5b11c3b0d8ac89363d9cb3dd87900027408c010b';

/** The hand-labelled files of usaddress (its synthetic OSM files are not used). */
export const USADDRESS_FILES = [
  'training/labeled.xml',
  'training/us50_train_tagged.xml',
  'training/us50_messiest_manual_label.xml',
  'measure_performance/test_data/us50_test_tagged.xml',
];
export const ACCEPTANCE_FOLDER = 'test_cases';

/** One tagged token of a usaddress record: its tag and its place in the record's text. */
export interface TaggedToken {
  tag: string;
  start: number;
  end: number;
}

export interface TaggedAddress {
  text: string;
  tokens: TaggedToken[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const RECORD = /<AddressString>([\s\S]*?)<\/AddressString>/g;
const ELEMENT = /<([A-Za-z][\w-]*)>([^<]*)<\/\1>/g;

/** The records of one usaddress XML file: the text as written (entities decoded) and its tokens. */
export function parseAddressXml(xml: string): TaggedAddress[] {
  const out: TaggedAddress[] = [];
  for (const record of xml.matchAll(RECORD)) {
    const inner = record[1]!;
    let text = '';
    const tokens: TaggedToken[] = [];
    let last = 0;
    for (const el of inner.matchAll(ELEMENT)) {
      text += decodeXml(inner.slice(last, el.index)).replace(/\s+/g, ' ');
      const value = decodeXml(el[2]!);
      tokens.push({ tag: el[1]!, start: text.length, end: text.length + value.length });
      text += value;
      last = el.index + el[0].length;
    }
    text += decodeXml(inner.slice(last)).replace(/\s+/g, ' ');
    const lead = text.length - text.trimStart().length;
    text = text.trim();
    const shifted = tokens
      .map((t) => ({ ...t, start: t.start - lead, end: t.end - lead }))
      .filter((t) => t.end > t.start);
    if (text && shifted.length) out.push({ text, tokens: shifted });
  }
  return out;
}

/** Parts that are not address: the record is dropped (other PII, or text that is no address). */
const FOREIGN = new Set(['Recipient', 'NotAddress']);
/** Names of buildings and landmarks: inside the address they stay in it; at an edge, venues. */
const VENUES = new Set(['BuildingName', 'LandmarkName']);
/** Joining words ("corner of") that do not start or end an address. */
const CONNECTORS = new Set(['CornerOf']);
/** Places: with no other part the record is a lone place (a hard negative). */
const PLACES = new Set(['PlaceName', 'StateName', 'CountryName']);

export type RealKind = CaseKind | 'box';

export interface RealCase extends LabelledCase {
  kind: CaseKind;
  /** the frames to use: street-addresses' kinds, or postal boxes */
  frames: RealKind;
}

export type SkipReason = 'foreign' | 'empty';

/** Trailing separators are not part of the address ("Road," at the end of a part). */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[,;:\s]/.test(text[e - 1]!)) e--;
  return e;
}

/** Labels one usaddress record; a reason when it is left out. */
export function labelTagged(record: TaggedAddress): RealCase | SkipReason {
  const { text, tokens } = record;
  if (tokens.some((t) => FOREIGN.has(t.tag))) return 'foreign';
  let first = 0;
  let last = tokens.length - 1;
  const edge = (t: TaggedToken): boolean => VENUES.has(t.tag) || CONNECTORS.has(t.tag);
  while (first <= last && edge(tokens[first]!)) first++;
  while (last >= first && edge(tokens[last]!)) last--;
  const negatives: NegativeSpan[] = [];
  const venueRun = (from: number, to: number): void => {
    // contiguous venue tokens at an edge, as one hard negative
    const run = tokens.slice(from, to).filter((t) => VENUES.has(t.tag));
    if (run.length) {
      const start = run[0]!.start;
      negatives.push({ kind: 'venue', start, end: trimEnd(text, start, run.at(-1)!.end) });
    }
  };
  venueRun(0, first);
  venueRun(last + 1, tokens.length);
  if (first > last)
    return negatives.length ? { text, kind: 'place', frames: 'place', labels: [], negatives } : 'empty';
  const parts = tokens.slice(first, last + 1);
  const start = parts[0]!.start;
  const end = trimEnd(text, start, parts.at(-1)!.end);
  const has = (pred: (tag: string) => boolean): boolean => parts.some((t) => pred(t.tag));
  const street = has((t) => t.startsWith('StreetName') || t === 'AddressNumber');
  const box = has((t) => t.startsWith('USPSBox'));
  const anchored = street || box || has((t) => t === 'ZipCode' || /^(Occupancy|Subaddress)/.test(t));
  if (!anchored && parts.every((t) => PLACES.has(t.tag) || VENUES.has(t.tag) || CONNECTORS.has(t.tag))) {
    negatives.push({ kind: 'city', start, end });
    return { text, kind: 'place', frames: 'place', labels: [], negatives };
  }
  const labels: LabelSpan[] = [{ type: 'ADDRESS', start, end }];
  const placed = has((t) => PLACES.has(t) || t === 'ZipCode');
  const kind: CaseKind = has((t) => t === 'IntersectionSeparator')
    ? 'intersection'
    : !street && !box
      ? 'postcode'
      : placed || box
        ? 'full'
        : 'street';
  return {
    text,
    kind,
    frames: box && !has((t) => t.startsWith('StreetName')) ? 'box' : kind,
    labels,
    negatives,
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function asObject(v: Json | undefined): { [key: string]: Json } | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

export type QuerySkip = 'autocomplete' | 'not-address' | 'no-text';

/**
 * The address queries of one acceptance-test file: `in.text` of tests whose expected properties
 * hold a house number and a street, or the address layer; autocomplete queries left out.
 */
export function addressQueries(fileText: string): { queries: string[]; skipped: Record<QuerySkip, number> } {
  const file = asObject(JSON.parse(fileText) as Json) ?? {};
  const skipped: Record<QuerySkip, number> = { autocomplete: 0, 'not-address': 0, 'no-text': 0 };
  const queries: string[] = [];
  const tests = Array.isArray(file['tests']) ? file['tests'] : [];
  for (const raw of tests) {
    const test = asObject(raw);
    if (!test) continue;
    const text = asObject(test['in'])?.['text'];
    if (typeof text !== 'string' || !text.trim()) {
      skipped['no-text']++;
      continue;
    }
    const props = asObject(test['expected'])?.['properties'];
    const address =
      Array.isArray(props) &&
      props.some((p) => {
        const o = asObject(p);
        return !!o && (('housenumber' in o && 'street' in o) || o['layer'] === 'address');
      });
    if (!address) {
      skipped['not-address']++;
      continue;
    }
    if ((test['endpoint'] ?? file['endpoint']) === 'autocomplete') {
      skipped.autocomplete++;
      continue;
    }
    queries.push(text.trim().replace(/\s+/g, ' '));
  }
  return { queries, skipped };
}

/** Frames of our own for a postal box without a street (street-addresses has none). */
export const BOX_FRAMES: { kind: string; text: string }[] = [
  { kind: 'sentence', text: 'Please post the cheque to {{a}} rather than to the shop.' },
  { kind: 'form', text: 'Mailing address: {{a}}\nSame as home address: no' },
  {
    kind: 'letter',
    text: 'Dear member,\n\nOur office has moved. Please write to us at:\n{{block}}\n\nBest wishes,\nThe club secretary',
  },
  {
    kind: 'dialogue',
    text: 'Is there a postal address for the statements?|Yes, {{a}}.|Thank you, I have updated it.',
  },
];

const framesOf = (kind: RealKind): { kind: string; text: string }[] =>
  kind === 'box' ? BOX_FRAMES : STREET_FRAMES[kind];

export interface RealCoverage {
  /** per source file: addresses kept on each side */
  files: { source: string; file: string; dev: number; test: number }[];
  kinds: Record<RealKind, Record<'dev' | 'test', number>>;
  skipped: { foreign: number; empty: number; duplicate: number; autocomplete: number; notAddress: number };
}

/** The documents of the set, one per address (deduplicated by text), with their side decided here. */
export function realAddressDocs(
  usaddress: SourceRepo,
  acceptance: SourceRepo,
): { docs: SourceDoc[]; coverage: RealCoverage } {
  const seen = new Set<string>();
  const docs: SourceDoc[] = [];
  const zero = (): Record<'dev' | 'test', number> => ({ dev: 0, test: 0 });
  const coverage: RealCoverage = {
    files: [],
    kinds: {
      full: zero(),
      street: zero(),
      intersection: zero(),
      postcode: zero(),
      place: zero(),
      box: zero(),
    },
    skipped: { foreign: 0, empty: 0, duplicate: 0, autocomplete: 0, notAddress: 0 },
  };
  const fresh = (text: string): boolean => {
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) {
      coverage.skipped.duplicate++;
      return false;
    }
    seen.add(key);
    return true;
  };
  const deal = (source: string, file: string, kept: RealCase[]): void => {
    kept.sort((a, b) => seedOf(`real-addresses/${a.text}`) - seedOf(`real-addresses/${b.text}`));
    const row = { source, file, dev: 0, test: 0 };
    kept.forEach((c, index) => {
      const side = index % 2 === 0 ? 'dev' : 'test';
      row[side]++;
      coverage.kinds[c.frames][side]++;
      const id = `real-${source}-${file}-${seedOf(c.text).toString(16)}`;
      const frame = makeRng(id).pick(framesOf(c.frames));
      docs.push({
        id,
        splitKey: c.text,
        split: side,
        domain: frame.kind,
        segments: splitTurns(frameCase(c, frame)),
      });
    });
    coverage.files.push(row);
  };
  for (const path of USADDRESS_FILES) {
    const kept: RealCase[] = [];
    for (const record of parseAddressXml(usaddress.read(path))) {
      const labelled = labelTagged(record);
      if (typeof labelled === 'string') coverage.skipped[labelled]++;
      else if (fresh(labelled.text)) kept.push(labelled);
    }
    deal(
      'usaddress',
      path
        .split('/')
        .pop()!
        .replace(/\.xml$/, ''),
      kept,
    );
  }
  for (const path of acceptance.list(ACCEPTANCE_FOLDER).filter((f) => f.endsWith('.json'))) {
    const { queries, skipped } = addressQueries(acceptance.read(path));
    coverage.skipped.autocomplete += skipped.autocomplete;
    coverage.skipped.notAddress += skipped['not-address'];
    const kept: RealCase[] = queries.filter(fresh).map((text) => ({
      text,
      kind: 'full',
      frames: 'full',
      labels: [{ type: 'ADDRESS', start: 0, end: text.length }],
      negatives: [],
    }));
    if (kept.length)
      deal(
        'acceptance',
        path
          .split('/')
          .pop()!
          .replace(/\.json$/, ''),
        kept,
      );
  }
  return { docs: docs.sort((x, y) => seedOf(x.id) - seedOf(y.id)), coverage };
}
