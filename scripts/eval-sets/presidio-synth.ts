/**
 * Source module: microsoft/presidio-research `data/synth_dataset_v2.json` (MIT). 1,500 sentences
 * and short messages that presidio-research generated from its templates with Faker values of many
 * locales, with character spans per entity.
 *
 * Label mapping to the project's types:
 * - PERSON -> PERSON; PHONE_NUMBER -> PHONE_NUMBER; EMAIL_ADDRESS -> EMAIL; US_SSN -> US_SSN;
 *   CREDIT_CARD, IBAN_CODE, US_DRIVER_LICENSE -> ACCOUNT_NUMBER (customer-held numbers);
 * - STREET_ADDRESS and ZIP_CODE -> ADDRESS, joined with the city/region/country (GPE) spans that
 *   touch them (only spaces, commas, line breaks, '>' between): the project labels the whole
 *   address. A GPE that touches no street or postcode is a lone place: a hard negative (city);
 * - DATE_TIME -> DATE_OF_BIRTH when the sentence speaks of birth ("birth", "born", "DOB"),
 *   otherwise a hard negative (date);
 * - ORGANIZATION -> hard negative (company); TITLE, AGE, NRP, DOMAIN_NAME, IP_ADDRESS: nothing.
 *
 * One sentence is one document; the split key is its template id, so no template is in both dev
 * and test.
 */
import type { EntityType } from '../../src/types.js';
import type { SourceRepo } from './source-files.js';
import type { LabelSpan, NegativeSpan, SourceDoc } from './types.js';

export const PRESIDIO_FILE = 'data/synth_dataset_v2.json';

export interface PresidioSpan {
  entity_type: string;
  start_position: number;
  end_position: number;
}
export interface PresidioSample {
  full_text: string;
  spans: PresidioSpan[];
  template_id: number;
}

const DIRECT: Record<string, EntityType> = {
  PERSON: 'PERSON',
  PHONE_NUMBER: 'PHONE_NUMBER',
  EMAIL_ADDRESS: 'EMAIL',
  US_SSN: 'US_SSN',
  CREDIT_CARD: 'ACCOUNT_NUMBER',
  IBAN_CODE: 'ACCOUNT_NUMBER',
  US_DRIVER_LICENSE: 'ACCOUNT_NUMBER',
};
const BIRTH_CUE = /\b(birth|born|dob|d\.o\.b)\b/i;
/** What may stand between two parts of one address block. */
const ADDRESS_GAP = /^[\s,>;]*$/;

/** Which of a generation's entity types are parts of an address, and what may stand between parts. */
export interface AddressParts {
  /** street, house number, unit, postcode: a group holding one of these is an address */
  anchors: readonly string[];
  /** city, region, country: part of an address when touching an anchor, else a lone place */
  places: readonly string[];
  gap: RegExp;
}

/** synth_dataset_v2's address entities */
const SYNTH_PARTS: AddressParts = {
  anchors: ['STREET_ADDRESS', 'ZIP_CODE'],
  places: ['GPE'],
  gap: ADDRESS_GAP,
};

/** Joins street/postcode spans with the place spans that touch them into whole addresses. */
export function joinAddresses(
  text: string,
  spans: PresidioSpan[],
  kinds: AddressParts = SYNTH_PARTS,
): { addresses: LabelSpan[]; places: NegativeSpan[] } {
  const parts = spans
    .filter((s) => kinds.anchors.includes(s.entity_type) || kinds.places.includes(s.entity_type))
    .map((s) => ({
      start: s.start_position,
      end: s.end_position,
      anchor: kinds.anchors.includes(s.entity_type),
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: { start: number; end: number; anchor: boolean }[] = [];
  for (const p of parts) {
    const last = groups.at(-1);
    if (last && (p.start <= last.end || kinds.gap.test(text.slice(last.end, p.start)))) {
      last.end = Math.max(last.end, p.end);
      last.anchor ||= p.anchor;
    } else groups.push({ ...p });
  }
  // Presidio marks "{{street_name}} street" without its street word: the address includes it.
  for (const g of groups) {
    const tail = /^\s+(street|st\.?|road|avenue)\b/i.exec(text.slice(g.end));
    if (g.anchor && tail) g.end += tail[0].length;
  }
  return {
    addresses: groups.filter((g) => g.anchor).map((g) => ({ type: 'ADDRESS', start: g.start, end: g.end })),
    places: groups.filter((g) => !g.anchor).map((g) => ({ kind: 'city', start: g.start, end: g.end })),
  };
}

export function presidioDocs(repo: SourceRepo): SourceDoc[] {
  const samples = JSON.parse(repo.read(PRESIDIO_FILE)) as PresidioSample[];
  return samples.map((sample, index) => presidioDoc(sample, `presidio-${index}`, 'presidio_synth'));
}

/** One generated sentence as a document; its split key is its template. */
export function presidioDoc(
  sample: PresidioSample,
  id: string,
  domain: string,
  kinds: AddressParts = SYNTH_PARTS,
): SourceDoc {
  const text = sample.full_text;
  const labels: LabelSpan[] = [];
  const negatives: NegativeSpan[] = [];
  for (const s of sample.spans) {
    const range = { start: s.start_position, end: s.end_position };
    const direct = DIRECT[s.entity_type];
    if (direct) labels.push({ type: direct, ...range });
    else if (s.entity_type === 'DATE_TIME') {
      if (BIRTH_CUE.test(text)) labels.push({ type: 'DATE_OF_BIRTH', ...range });
      else negatives.push({ kind: 'date', ...range });
    } else if (s.entity_type === 'ORGANIZATION') negatives.push({ kind: 'company', ...range });
  }
  const { addresses, places } = joinAddresses(text, sample.spans, kinds);
  labels.push(...addresses);
  negatives.push(...places);
  return { id, splitKey: `template-${sample.template_id}`, domain, segments: [{ text, labels, negatives }] };
}
