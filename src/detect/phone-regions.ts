/**
 * Phone numbering plans of every region libphonenumber-js knows (its "max" metadata: exact number
 * ranges per type, so a year or a count that only has a possible length is not a valid number).
 *
 * A number said without its country code can belong to any region: which regions is answered from
 * an index built once per process (national prefix, possible lengths and the national number
 * pattern of each region), and only the few regions that pass it are parsed for real. Parsing a
 * digit string for all 245 regions would cost milliseconds per number.
 */
import {
  Metadata,
  getCountries,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';

/** The parts of a numbering plan read here (present at run time, not in the package's types). */
interface PlanInternals {
  nationalPrefix(): string | number | undefined;
  possibleLengths(): number[];
  nationalNumberPattern(): string;
}

interface RegionPlan {
  region: CountryCode;
  /** the trunk prefix dialled before national numbers ("0", "8", "06"), or '' */
  prefix: string;
  lengths: ReadonlySet<number>;
  pattern: RegExp;
}

let plans: RegionPlan[] | undefined;

function regionPlans(): RegionPlan[] {
  if (plans) return plans;
  const metadata = new Metadata();
  plans = getCountries().map((region) => {
    metadata.selectNumberingPlan(region);
    const plan = metadata.numberingPlan as unknown as PlanInternals;
    const prefix = plan.nationalPrefix();
    return {
      region,
      // minified metadata writes an absent prefix as the number 0
      prefix: typeof prefix === 'string' ? prefix : '',
      lengths: new Set(plan.possibleLengths()),
      pattern: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
    };
  });
  return plans;
}

/** The region code when libphonenumber knows it ("GB"), else undefined. */
export function knownRegion(region: string | undefined): CountryCode | undefined {
  return region !== undefined && isSupportedCountry(region) ? region : undefined;
}

/** A number said with its country code ("+44 20 ...", "0044 20 ..."): the digits after the prefix. */
export function internationalNumber(digits: string): PhoneNumber | undefined {
  if (digits.length < 7 || digits.length > 17) return undefined;
  return parsePhoneNumberFromString(`+${digits}`);
}

export interface NationalFit {
  /** valid in the preferred (default) region */
  preferred?: PhoneNumber;
  /** a region where the digits are valid after its trunk prefix ("020 ..." in GB, "8 495 ..." in RU) */
  trunk?: PhoneNumber;
  /** a region where the digits are valid as they are (no trunk prefix) */
  plain?: PhoneNumber;
  /** a region where the number has a possible length (with or without its trunk prefix) */
  possible?: CountryCode;
}

/** Is `digits` valid for `plan` dialled as a national number; with its trunk prefix or without? */
function fitIn(plan: RegionPlan, digits: string): 'trunk' | 'plain' | null {
  let how: 'trunk' | 'plain' | null = null;
  if (plan.lengths.has(digits.length) && plan.pattern.test(digits)) how = 'plain';
  else if (plan.prefix !== '' && digits.startsWith(plan.prefix)) {
    const nsn = digits.slice(plan.prefix.length);
    if (plan.lengths.has(nsn.length) && plan.pattern.test(nsn)) how = 'trunk';
  }
  if (!how) return null;
  const number = parsePhoneNumberFromString(digits, plan.region);
  return number?.isValid() && number.country === plan.region ? how : null;
}

/** Does `digits` have a length `plan` allows, as it is or after the trunk prefix? */
const possibleIn = (plan: RegionPlan, digits: string): boolean =>
  plan.lengths.has(digits.length) ||
  (plan.prefix !== '' &&
    digits.startsWith(plan.prefix) &&
    plan.lengths.has(digits.length - plan.prefix.length));

let byRegion: Map<string, RegionPlan> | undefined;

/**
 * Where `digits`, dialled as a national number, is a valid phone number: in the preferred region,
 * in some region after its trunk prefix, in some region as it is. Stops at the first of each.
 */
export function nationalFit(digits: string, preferred?: CountryCode): NationalFit {
  const fit: NationalFit = {};
  if (digits.length < 5 || digits.length > 17) return fit;
  const all = regionPlans();
  byRegion ??= new Map(all.map((p) => [p.region, p]));
  const own = preferred && byRegion.get(preferred);
  if (own && fitIn(own, digits)) {
    fit.preferred = parsePhoneNumberFromString(digits, own.region);
    if (digits.startsWith(own.prefix) && own.prefix !== '') fit.trunk = fit.preferred;
    else fit.plain = fit.preferred;
  }
  if (own && possibleIn(own, digits)) fit.possible = own.region;
  for (const plan of all) {
    if (fit.trunk && fit.plain) break;
    if (plan === own) continue;
    if (!fit.possible && possibleIn(plan, digits)) fit.possible = plan.region;
    const canTrunk = !fit.trunk && plan.prefix !== '' && digits.startsWith(plan.prefix);
    if (!canTrunk && fit.plain) continue;
    const how = fitIn(plan, digits);
    if (how === 'trunk' && !fit.trunk) fit.trunk = parsePhoneNumberFromString(digits, plan.region);
    if (how === 'plain' && !fit.plain) fit.plain = parsePhoneNumberFromString(digits, plan.region);
  }
  return fit;
}
