/**
 * Source module of the composed set "world-contacts": letters, forms, messages, exchanges and
 * sentences whose people, addresses, phones, emails, birth dates and account numbers come from
 * public data of many countries (world-values.ts). Half of the documents use this project's frames
 * (world-frames.ts), half the Presidio research templates (microsoft/presidio-research
 * `templates.txt`, MIT) filled with the same kind of values. Composed text: say so when reporting.
 *
 * Hold-out: countries (of addresses, phones and names) and frames/templates are each dealt into
 * two halves by a salted hash; dev documents use only dev countries and dev frames, test documents
 * only the others. A detector tuned on dev has seen none of the test countries' addresses, phone
 * formats or names, nor any test frame.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type { EntityType } from '../../src/types.js';
import { joinAddresses } from './presidio-synth.js';
import { makeRng, seedOf, type Rng } from './rng.js';
import type { SourceRepo } from './source-files.js';
import type { LabelSpan, NegativeSpan, SourceDoc } from './types.js';
import { splitTurns } from './turns.js';
import { FRAMES, SLOT_TYPES, type Frame } from './world-frames.js';
import {
  loadAddresses,
  loadNames,
  makeBirthDate,
  makeCard,
  makeEmail,
  makeIban,
  makePhone,
  makeSsn,
  pickPerson,
  type Address,
  type NameData,
  type Person,
} from './world-values.js';

export const TEMPLATE_FILE = 'presidio_evaluator/data_generator/raw_data/templates.txt';
export const COMPANY_FILE = 'presidio_evaluator/data_generator/raw_data/companies_and_organizations.csv';
export const NATIONALITY_FILE = 'presidio_evaluator/data_generator/raw_data/nationalities.csv';

/** What a slot produced: its text and what it is. */
interface Filled {
  text: string;
  label?: EntityType;
  negative?: string;
}

type Side = 'dev' | 'test';
const sideOf = (salt: string, key: string): Side => (seedOf(`${salt}/${key}`) % 2 === 0 ? 'dev' : 'test');

const regionName = new Intl.DisplayNames(['en'], { type: 'region' });
const TITLES: Record<string, string[]> = {
  F: ['Ms', 'Mrs', 'Ms.', 'Dr'],
  M: ['Mr', 'Mr.', 'Dr'],
  '': ['Mx', 'Dr'],
};
const UNITS = ['Apt. {n}', 'Flat {n}', 'Suite {n}', 'Unit {n}', 'Apartment {n}'];
const JOBS = ['nurse', 'teacher', 'electrician', 'accountant', 'farmer', 'pharmacist', 'driver', 'engineer'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface World {
  names: NameData;
  addresses: Record<Side, Address[]>;
  phoneRegions: Record<Side, string[]>;
  companies: string[];
  nationalities: Record<string, string>[];
}

/** One document's values: a main person, a second person, an address and contact details of one country. */
class DocValues {
  readonly address: Address;
  readonly person: Person;
  readonly other: Person;
  private cache = new Map<string, string>();

  constructor(
    private readonly world: World,
    private readonly side: Side,
    private readonly rng: Rng,
    addressIndex: number,
    country?: string,
  ) {
    const list = world.addresses[side];
    this.address = country
      ? (list.filter((a) => a.country === country)[
          addressIndex % Math.max(1, list.filter((a) => a.country === country).length)
        ] ?? list[addressIndex % list.length]!)
      : list[addressIndex % list.length]!;
    const nameCountry = this.sideCountry(
      world.names.forenames.has(this.address.country) && rng.chance(0.6) ? this.address.country : undefined,
    );
    this.person = pickPerson(world.names, rng, nameCountry);
    this.other = pickPerson(world.names, rng, this.sideCountry(undefined));
  }

  /** A name country of this document's side (names of test countries never appear in dev). */
  private sideCountry(preferred: string | undefined): string {
    if (preferred && sideOf('world-countries', preferred) === this.side) return preferred;
    const own = [...this.world.names.forenames.keys()].filter(
      (c) => sideOf('world-countries', c) === this.side,
    );
    return this.rng.pick(own);
  }

  private once(key: string, make: () => string): string {
    const v = this.cache.get(key) ?? make();
    this.cache.set(key, v);
    return v;
  }

  private phoneRegion(): string {
    const regions = this.world.phoneRegions[this.side];
    return regions.includes(this.address.country) && this.rng.chance(0.7)
      ? this.address.country
      : this.rng.pick(regions);
  }

  slot(name: string): Filled {
    const rng = this.rng;
    const a = this.address;
    const p = this.person;
    switch (name) {
      case 'full':
        return { text: p.full, label: 'PERSON' };
      case 'first':
        return { text: p.first, label: 'PERSON' };
      case 'last':
        return { text: p.last, label: 'PERSON' };
      case 'last_upper':
        return { text: p.last.toUpperCase(), label: 'PERSON' };
      case 'title':
        return { text: this.once('title', () => rng.pick(TITLES[p.gender] ?? TITLES['']!)) };
      case 'other_full':
        return { text: this.other.full, label: 'PERSON' };
      case 'other_first':
        return { text: this.other.first, label: 'PERSON' };
      case 'address_block':
        return { text: a.lines.join('\n'), label: 'ADDRESS' };
      case 'address_line': {
        const lines = rng.chance(0.25) && a.lines.length > 2 ? a.lines.slice(0, -1) : a.lines;
        return { text: lines.join(', '), label: 'ADDRESS' };
      }
      case 'street':
        return { text: a.lines[0]!, label: 'ADDRESS' };
      case 'locality':
        return { text: a.lines.slice(1).join(', '), label: 'ADDRESS' };
      case 'postcode':
        return { text: a.postcode ?? a.lines.slice(1).join(', '), label: 'ADDRESS' };
      case 'phone':
        return { text: this.once('phone', () => makePhone(rng, this.phoneRegion())), label: 'PHONE_NUMBER' };
      case 'phone2':
        return { text: this.once('phone2', () => makePhone(rng, this.phoneRegion())), label: 'PHONE_NUMBER' };
      case 'email':
        return { text: this.once('email', () => makeEmail(rng, p)), label: 'EMAIL' };
      case 'dob':
        return { text: this.once('dob', () => makeBirthDate(rng, p.country)), label: 'DATE_OF_BIRTH' };
      case 'iban':
        return { text: this.once('iban', () => makeIban(rng, a.country)), label: 'ACCOUNT_NUMBER' };
      case 'card':
        return { text: this.once('card', () => makeCard(rng)), label: 'ACCOUNT_NUMBER' };
      case 'ssn':
        return { text: this.once('ssn', () => makeSsn(rng)), label: 'US_SSN' };
      case 'city': {
        const others = this.world.addresses[this.side].filter((x) => x.city && x.city !== a.city);
        return { text: this.once('city', () => rng.pick(others).city!), negative: 'city' };
      }
      case 'company':
        return { text: this.once('company', () => rng.pick(this.world.companies)), negative: 'company' };
      default:
        throw new Error(`unknown slot ${name}`);
    }
  }

  /** Presidio template placeholders, each occurrence a fresh value where Presidio would draw one. */
  presidioSlot(name: string, template: string): Filled | undefined {
    const rng = this.rng;
    const fresh = (): Person => pickPerson(this.world.names, rng, this.sideCountry(undefined));
    const a = this.address;
    switch (name) {
      case 'person':
      case 'name':
      case 'name_female':
      case 'name_male':
        return { text: fresh().full, label: 'PERSON' };
      case 'first_name':
      case 'first_name_female':
      case 'first_name_male':
      case 'first_name_nonbinary':
        return { text: fresh().first, label: 'PERSON' };
      case 'last_name':
      case 'last_name_female':
      case 'last_name_male':
        return { text: fresh().last, label: 'PERSON' };
      case 'prefix':
      case 'prefix_female':
      case 'prefix_male':
        return {
          text: rng.pick(
            name === 'prefix_female'
              ? TITLES['F']!
              : name === 'prefix_male'
                ? TITLES['M']!
                : ['Dr.', 'Prof.', 'Mx.'],
          ),
        };
      case 'address':
        return rng.chance(0.3) ? this.slot('address_block') : this.slot('address_line');
      case 'street_name':
        return { text: a.road!, label: 'ADDRESS' };
      case 'building_number':
        return { text: a.houseNumber ?? String(rng.int(1, 300)), label: 'ADDRESS' };
      case 'secondary_address':
        return {
          text: rng.pick(UNITS).replace('{n}', String(rng.int(1, 40)) + rng.pick(['', '', 'B'])),
          label: 'ADDRESS',
        };
      case 'city':
        return { text: a.city ?? a.lines.at(-2)!, negative: 'city' };
      case 'country':
        return { text: regionName.of(a.country) ?? a.country, negative: 'city' };
      case 'postcode':
      case 'zipcode':
        return a.postcode
          ? { text: a.postcode, label: 'ADDRESS' }
          : { text: String(rng.int(10000, 99999)), label: 'ADDRESS' };
      case 'state_abbr':
        return { text: rng.pick(['NY', 'CA', 'TX', 'ON', 'NSW', 'BY']), negative: 'city' };
      case 'phone_number':
        return { text: makePhone(rng, this.phoneRegion()), label: 'PHONE_NUMBER' };
      case 'email':
        return { text: makeEmail(rng, this.person), label: 'EMAIL' };
      case 'credit_card_number':
        return { text: makeCard(rng), label: 'ACCOUNT_NUMBER' };
      case 'iban':
        return { text: makeIban(rng, a.country), label: 'ACCOUNT_NUMBER' };
      case 'us_driver_license':
        return {
          text: `${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(1000000, 9999999)}`,
          label: 'ACCOUNT_NUMBER',
        };
      case 'ssn':
        return { text: makeSsn(rng), label: 'US_SSN' };
      case 'date_of_birth':
        return /birth|born/i.test(template.replace(/\{\{[a-z_]+\}\}/g, ''))
          ? { text: makeBirthDate(rng, this.person.country), label: 'DATE_OF_BIRTH' }
          : { text: makeBirthDate(rng, this.person.country), negative: 'date' };
      case 'organization':
        return { text: rng.pick(this.world.companies), negative: 'company' };
      case 'nationality':
        return { text: rng.pick(this.world.nationalities)['nationality'] ?? 'French' };
      case 'nation_woman':
        return { text: rng.pick(this.world.nationalities)['woman'] ?? 'French' };
      case 'nation_plural':
        return { text: rng.pick(this.world.nationalities)['plural'] ?? 'French' };
      case 'age':
        return { text: String(rng.int(18, 90)) };
      case 'year':
        return { text: String(rng.int(1950, 2022)) };
      case 'day_of_week':
        return { text: rng.pick(DAYS), negative: 'day' };
      case 'date_time':
        return {
          text: `${rng.pick(DAYS)} at ${rng.int(1, 12)}:${rng.pick(['00', '15', '30', '45'])}`,
          negative: 'time',
        };
      case 'job':
        return { text: rng.pick(JOBS) };
      case 'url':
        return {
          text: `https://www.${rng.pick(['travel', 'recipes', 'photos', 'music'])}-${rng.int(1, 99)}.example.org`,
        };
      case 'ip_address':
        return { text: `192.0.2.${rng.int(1, 254)}` };
      default:
        return undefined;
    }
  }
}

/** Fills `{{slot}}`s, collecting each value's span; address parts that touch are joined into one address. */
function fill(
  template: string,
  value: (slot: string) => Filled | undefined,
): { text: string; labels: LabelSpan[]; negatives: NegativeSpan[] } | undefined {
  let text = '';
  const labels: LabelSpan[] = [];
  const negatives: NegativeSpan[] = [];
  const parts = template.split(/(\{\{[a-z_]+\}\})/);
  for (const part of parts) {
    const m = /^\{\{([a-z_]+)\}\}$/.exec(part);
    if (!m) {
      text += part;
      continue;
    }
    const filled = value(m[1]!);
    if (!filled) return undefined;
    const start = text.length;
    text += filled.text;
    if (filled.label) labels.push({ type: filled.label, start, end: text.length });
    else if (filled.negative) negatives.push({ kind: filled.negative, start, end: text.length });
  }
  // Street, number, unit, city and postcode that touch form one ADDRESS; a lone place stays a negative.
  const addressish = [
    ...labels
      .filter((l) => l.type === 'ADDRESS')
      .map((l) => ({ entity_type: 'STREET_ADDRESS', start_position: l.start, end_position: l.end })),
    ...negatives
      .filter((n) => n.kind === 'city')
      .map((n) => ({ entity_type: 'GPE', start_position: n.start, end_position: n.end })),
  ];
  const { addresses, places } = joinAddresses(text, addressish);
  return {
    text,
    labels: [...labels.filter((l) => l.type !== 'ADDRESS'), ...addresses],
    negatives: [...negatives.filter((n) => n.kind !== 'city'), ...places],
  };
}

/**
 * Frames dealt to dev and test so that each entity type is on both sides: ordered by the rarest
 * type they hold (then by a salted hash) and dealt alternately.
 */
export function frameSides(frames: Frame[]): Map<string, Side> {
  const typesOf = (f: Frame): string[] =>
    [...f.text.matchAll(/\{\{([a-z_]+)\}\}/g)].map((m) => SLOT_TYPES[m[1]!] ?? '');
  const freq = new Map<string, number>();
  for (const f of frames) for (const t of new Set(typesOf(f))) freq.set(t, (freq.get(t) ?? 0) + 1);
  const rarest = (f: Frame): number => Math.min(...typesOf(f).map((t) => freq.get(t) ?? Infinity));
  const ordered = [...frames].sort(
    (a, b) => rarest(a) - rarest(b) || seedOf(`world-frames/${a.id}`) - seedOf(`world-frames/${b.id}`),
  );
  return new Map(ordered.map((f, i) => [f.id, i % 2 === 0 ? 'dev' : 'test']));
}

export interface WorldSources {
  names: SourceRepo;
  addresses: SourceRepo;
  presidio: SourceRepo;
}

/** How many countries each side draws from (for the set's README). */
export interface WorldCoverage {
  addresses: Record<Side, { countries: number; addresses: number }>;
  phoneRegions: Record<Side, number>;
  nameCountries: Record<Side, number>;
}

export function worldDocs(
  sources: WorldSources,
  phoneRegions: string[],
): { docs: SourceDoc[]; coverage: WorldCoverage } {
  const all = loadAddresses(sources.addresses);
  const split = <T>(items: T[], key: (t: T) => string): Record<Side, T[]> => ({
    dev: items.filter((t) => sideOf('world-countries', key(t)) === 'dev'),
    test: items.filter((t) => sideOf('world-countries', key(t)) === 'test'),
  });
  // One organisation per line (some contain unquoted commas, so not read as CSV).
  const companies = sources.presidio
    .read(COMPANY_FILE)
    .replace(/^\uFEFF/, '')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().replace(/^"|"$/g, ''))
    .filter(Boolean);
  const nationalities = parseCsv(sources.presidio.read(NATIONALITY_FILE).replace(/^\uFEFF/, ''), {
    columns: true,
  }) as Record<string, string>[];
  const world: World = {
    names: loadNames(sources.names),
    addresses: split(all, (a) => a.country),
    phoneRegions: split(phoneRegions, (r) => r),
    companies,
    nationalities,
  };
  const docs: SourceDoc[] = [];
  const toDoc = (
    id: string,
    frameKey: string,
    domain: string,
    filled: ReturnType<typeof fill>,
    side: Side,
  ): void => {
    if (!filled) return;
    // Turns: `|` in our frames; a Presidio template is one turn.
    const segments = splitTurns(filled);
    docs.push({ id, splitKey: frameKey, split: side, domain, segments });
  };
  // Our frames: each used 18 times on its side, every use with another address of that side's countries.
  let addressCursor: Record<Side, number> = { dev: 0, test: 0 };
  const sides = frameSides(FRAMES);
  for (const frame of FRAMES) {
    const side = sides.get(frame.id)!;
    for (let k = 0; k < 18; k++) {
      const id = `world-${frame.id}-${k}`;
      const rng = makeRng(id);
      const values = new DocValues(world, side, rng, addressCursor[side]++, frame.country);
      toDoc(
        id,
        frame.id,
        `${frame.kind}`,
        fill(frame.text, (s) => values.slot(s)),
        side,
      );
    }
  }
  // Presidio templates: each used twice.
  const templates = sources.presidio
    .read(TEMPLATE_FILE)
    .split('\n')
    .map((t) => t.trim().replace(/\\n/g, '\n').replace(/\\,/g, ','))
    .filter((t) => t && !/(^|[^{])\{[a-z_]+\}(?!\})/.test(t));
  addressCursor = { dev: 0, test: 0 };
  templates.forEach((template, index) => {
    const side: Side = index % 2 === 0 ? 'dev' : 'test';
    for (let k = 0; k < 2; k++) {
      const id = `world-presidio-${index}-${k}`;
      const rng = makeRng(id);
      const values = new DocValues(world, side, rng, 7 * addressCursor[side]++ + 3);
      toDoc(
        id,
        `presidio-${index}`,
        'presidio_template',
        fill(template.replace(/\|/g, '/'), (s) => values.presidioSlot(s, template)),
        side,
      );
    }
  });
  // Mix kinds within calls but keep the order deterministic.
  const nameCountries = [...world.names.forenames.keys()];
  const coverage: WorldCoverage = {
    addresses: {
      dev: {
        countries: new Set(world.addresses.dev.map((a) => a.country)).size,
        addresses: world.addresses.dev.length,
      },
      test: {
        countries: new Set(world.addresses.test.map((a) => a.country)).size,
        addresses: world.addresses.test.length,
      },
    },
    phoneRegions: { dev: world.phoneRegions.dev.length, test: world.phoneRegions.test.length },
    nameCountries: {
      dev: nameCountries.filter((c) => sideOf('world-countries', c) === 'dev').length,
      test: nameCountries.filter((c) => sideOf('world-countries', c) === 'test').length,
    },
  };
  return { docs: docs.sort((x, y) => seedOf(x.id) - seedOf(y.id)), coverage };
}
