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
  nationalPrefixForParsing(): string | number | undefined;
  nationalPrefixTransformRule(): string | number | undefined;
  IDDPrefix(): string | undefined;
  callingCode(): string;
  possibleLengths(): number[];
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(type: string): { pattern(): string } | undefined;
}

interface RegionPlan {
  region: CountryCode;
  /** the trunk prefix dialled before national numbers ("0", "8", "06"), or '' */
  prefix: string;
  lengths: ReadonlySet<number>;
  pattern: RegExp;
  /**
   * Every number type's pattern in one (what libphonenumber's isValid() tries), or null when the
   * region reads its trunk prefix with a pattern of its own (AR, BR, AU ...)
   */
  typed: RegExp | null;
  /** the international call prefix ("00", "011"): digits starting with it are parsed as international */
  idd: RegExp | null;
  /** the country calling code: digits starting with it may be read as international without "+" */
  code: string;
}

/** The number types isValid() tries, via getNumberType (FIXED_LINE first). */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/**
 * One pattern of every number type of a plan, or null when the national number libphonenumber
 * reads is not simply the digits with or without the plain trunk prefix (a parsing pattern or a
 * rewrite rule of its own).
 */
function typedPattern(plan: PlanInternals): RegExp | null {
  if (plan.nationalPrefixTransformRule() || plan.nationalPrefixForParsing() !== plan.nationalPrefix())
    return null;
  const patterns = plan.hasTypes()
    ? NUMBER_TYPES.map((t) => plan.type(t)?.pattern() ?? '').filter((p) => p !== '')
    : [plan.nationalNumberPattern()];
  return new RegExp(`^(?:${patterns.join('|')})$`);
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
      typed: plan.IDDPrefix() ? typedPattern(plan) : null,
      idd: plan.IDDPrefix() ? new RegExp(`^(?:${plan.IDDPrefix()})`) : null,
      code: plan.callingCode(),
    };
  });
  return plans;
}

/** Answers of knownRegion(): policies name a handful of regions, asked once per call each. */
const supported = new Map<string, CountryCode | undefined>();

/** The region code when libphonenumber knows it ("GB"), else undefined. */
export function knownRegion(region: string | undefined): CountryCode | undefined {
  if (region === undefined) return undefined;
  if (!supported.has(region)) {
    // isSupportedCountry() goes through the max metadata wrapper: measurable once per call
    if (supported.size > 1000) supported.clear();
    supported.set(region, isSupportedCountry(region) ? region : undefined);
  }
  return supported.get(region);
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
  /**
   * A region where the digits are valid (with or without its trunk prefix) and libphonenumber's
   * format for them there groups them as written (`groups`: digits per group, "612 34 56 78" ->
   * "3,2,2,2"), as the national format writes them or as the international one does after its
   * country code ("(11) 96123-4567" in BR, "5123 4567" in HK).
   */
  writtenAs(groups: string): PhoneNumber | undefined;
}

/** Digits per group of a formatted number: "(11) 96123-4567" -> "2,5,4". */
const groupLengths = (text: string): string =>
  text
    .split(/\D+/)
    .filter((g) => g !== '')
    .map((g) => g.length)
    .join(',');

/** Does `number`, formatted by its region's rules, group its digits as `groups` says? */
function formattedAs(number: PhoneNumber, groups: string): boolean {
  if (groupLengths(number.formatNational()) === groups) return true;
  // the international format without its country code: a national number written without the trunk prefix
  const intl = number.formatInternational();
  return groupLengths(intl.slice(intl.indexOf(' ') + 1)) === groups;
}

/**
 * Is `digits` valid for `plan` dialled as a national number; with its trunk prefix or without? The
 * parsed number comes with the answer, so callers need not parse it again.
 */
function fitIn(plan: RegionPlan, digits: string): { how: 'trunk' | 'plain'; number: PhoneNumber } | null {
  let how: 'trunk' | 'plain' | null = null;
  if (plan.lengths.has(digits.length) && plan.pattern.test(digits)) how = 'plain';
  else if (plan.prefix !== '' && digits.startsWith(plan.prefix)) {
    const nsn = digits.slice(plan.prefix.length);
    if (plan.lengths.has(nsn.length) && plan.pattern.test(nsn)) how = 'trunk';
  }
  if (!how || !mightBeValid(plan, digits)) return null;
  const number = parsePhoneNumberFromString(digits, plan.region);
  return number?.isValid() && number.country === plan.region ? { how, number } : null;
}

/**
 * False when libphonenumber cannot find `digits` valid in `plan`'s region: its national number
 * (the digits, or the digits after the trunk prefix) matches no number type. Parsing costs tens of
 * microseconds and most regions whose general pattern fits a digit string are not valid for it.
 */
function mightBeValid(plan: RegionPlan, digits: string): boolean {
  if (!plan.typed || plan.idd?.test(digits) || digits.startsWith(plan.code)) return true;
  if (plan.typed.test(digits)) return true;
  return (
    plan.prefix !== '' && digits.startsWith(plan.prefix) && plan.typed.test(digits.slice(plan.prefix.length))
  );
}

/** mightBeValid() by region code (tests hold it against libphonenumber's own answer). */
export function mightBeValidIn(region: CountryCode, digits: string): boolean {
  const plan = regionPlans().find((p) => p.region === region);
  return plan ? mightBeValid(plan, digits) : true;
}

/** Does `digits` have a length `plan` allows, as it is or after the trunk prefix? */
const possibleIn = (plan: RegionPlan, digits: string): boolean =>
  plan.lengths.has(digits.length) ||
  (plan.prefix !== '' &&
    digits.startsWith(plan.prefix) &&
    plan.lengths.has(digits.length - plan.prefix.length));

let byRegion: Map<string, RegionPlan> | undefined;
const MIN_DIGITS = 5;
const MAX_DIGITS = 17;
/**
 * Per digit count, the regions (in getCountries() order) where a number of that many digits has a
 * possible length, as it is or after a trunk prefix: no other region can fit, so none other is tried.
 */
let byLength: RegionPlan[][] | undefined;

function plansByLength(): RegionPlan[][] {
  if (byLength) return byLength;
  const index: RegionPlan[][] = [];
  for (let n = 0; n <= MAX_DIGITS; n++) {
    index.push(
      regionPlans().filter(
        (p) => p.lengths.has(n) || (p.prefix !== '' && p.lengths.has(n - p.prefix.length)),
      ),
    );
  }
  byLength = index;
  return index;
}

/**
 * Where `digits`, dialled as a national number, is a valid phone number: in the preferred region,
 * in some region after its trunk prefix, in some region as it is. Stops at the first of each.
 * With a `scope` (the call's detection context) each digit string is looked up once per call.
 */
export function nationalFit(digits: string, preferred?: CountryCode, scope?: object): NationalFit {
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return NO_FIT;
  if (!scope) return fitOf(digits, preferred);
  let known = answered.get(scope);
  if (!known) answered.set(scope, (known = new Map()));
  const key = `${preferred ?? ''}:${digits}`;
  let fit = known.get(key);
  if (!fit) known.set(key, (fit = fitOf(digits, preferred)));
  return fit;
}

/** The answer for digits too short or too long for any plan. */
const NO_FIT: NationalFit = { writtenAs: () => undefined };

/** nationalFit() answers already given for one call (`scope`: its detection context). */
const answered = new WeakMap<object, Map<string, NationalFit>>();

/**
 * The answers of nationalFit() for one digit string, each worked out when first asked for: most
 * callers want one of them ("possible" after a cue, "trunk" before an "oh"), and the parse that
 * confirms a region is the costly part. Each answer is the one a loop over the regions in order
 * gives: the preferred region first, then the first region (getCountries() order) that fits.
 */
class LazyFit implements NationalFit {
  private readonly own: RegionPlan | undefined;
  private readonly ownFit: ReturnType<typeof fitIn> | undefined;
  /** fitIn() per region plan, parsed at most once */
  private readonly tried = new Map<RegionPlan, ReturnType<typeof fitIn>>();
  private trunkFit: PhoneNumber | undefined | null = null;
  private plainFit: PhoneNumber | undefined | null = null;
  private possibleFit: CountryCode | undefined | null = null;
  /** writtenAs() answers per grouping (null: none) */
  private readonly formatted = new Map<string, PhoneNumber | null>();

  constructor(
    private readonly digits: string,
    preferred?: CountryCode,
  ) {
    byRegion ??= new Map(regionPlans().map((p) => [p.region, p]));
    this.own = preferred ? byRegion.get(preferred) : undefined;
    this.ownFit = this.own ? fitIn(this.own, digits) : undefined;
  }

  /** the digits open with the preferred region's trunk prefix: its fit counts as a trunk fit */
  private get ownTrunk(): boolean {
    return this.own !== undefined && this.own.prefix !== '' && this.digits.startsWith(this.own.prefix);
  }

  private others(): RegionPlan[] {
    return plansByLength()[this.digits.length]!;
  }

  private fitOnce(plan: RegionPlan): ReturnType<typeof fitIn> {
    let found = this.tried.get(plan);
    if (found === undefined) this.tried.set(plan, (found = fitIn(plan, this.digits)));
    return found;
  }

  get preferred(): PhoneNumber | undefined {
    return this.ownFit?.number;
  }

  get trunk(): PhoneNumber | undefined {
    if (this.trunkFit !== null) return this.trunkFit;
    let fit: PhoneNumber | undefined;
    if (this.ownFit && this.ownTrunk) fit = this.ownFit.number;
    else {
      // only a region whose trunk prefix opens the digits can fit with it
      for (const plan of this.others()) {
        if (plan === this.own || plan.prefix === '' || !this.digits.startsWith(plan.prefix)) continue;
        const found = this.fitOnce(plan);
        if (found?.how === 'trunk') {
          fit = found.number;
          break;
        }
      }
    }
    this.trunkFit = fit;
    return fit;
  }

  get plain(): PhoneNumber | undefined {
    if (this.plainFit !== null) return this.plainFit;
    let fit: PhoneNumber | undefined;
    if (this.ownFit && !this.ownTrunk) fit = this.ownFit.number;
    else {
      const n = this.digits.length;
      // only a region whose own length and pattern take the digits as they are can fit plainly
      for (const plan of this.others()) {
        if (plan === this.own || !plan.lengths.has(n) || !plan.pattern.test(this.digits)) continue;
        const found = this.fitOnce(plan);
        if (found?.how === 'plain') {
          fit = found.number;
          break;
        }
      }
    }
    this.plainFit = fit;
    return fit;
  }

  writtenAs(groups: string): PhoneNumber | undefined {
    let found = this.formatted.get(groups);
    if (found !== undefined) return found ?? undefined;
    found = null;
    if (this.ownFit && formattedAs(this.ownFit.number, groups)) found = this.ownFit.number;
    else {
      const n = this.digits.length;
      for (const plan of this.others()) {
        if (plan === this.own) continue;
        // the cheap tests of fitIn() first: most regions take the digits neither way
        const trunk = plan.prefix !== '' && this.digits.startsWith(plan.prefix);
        if (!(plan.lengths.has(n) && plan.pattern.test(this.digits)) && !trunk) continue;
        const fit = this.fitOnce(plan);
        if (fit && formattedAs(fit.number, groups)) {
          found = fit.number;
          break;
        }
      }
    }
    this.formatted.set(groups, found);
    return found ?? undefined;
  }

  get possible(): CountryCode | undefined {
    if (this.possibleFit !== null) return this.possibleFit;
    let fit: CountryCode | undefined;
    if (this.own && possibleIn(this.own, this.digits)) fit = this.own.region;
    else fit = this.others().find((plan) => plan !== this.own && possibleIn(plan, this.digits))?.region;
    this.possibleFit = fit;
    return fit;
  }
}

function fitOf(digits: string, preferred?: CountryCode): NationalFit {
  return new LazyFit(digits, preferred);
}
