import { describe, expect, it } from 'vitest';
import examples from 'libphonenumber-js/examples.mobile.json';
import { Metadata, getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { mightBeValidIn, nationalFit } from './phone-regions.js';

/** National numbers to try: each region's example, with its trunk prefix, and with digits changed. */
function samples(): string[] {
  const out = new Set<string>();
  for (const [region, nsn] of Object.entries(examples as Record<string, string>)) {
    const n = parsePhoneNumberFromString(nsn, region as CountryCode);
    out.add(nsn);
    const national = n?.formatNational().replace(/\D/g, '');
    if (national) out.add(national); // with the trunk prefix where the region dials one
    out.add(nsn.slice(0, -1) + String((Number(nsn.at(-1)) + 3) % 10));
    out.add(`${(Number(nsn[0]) + 1) % 10}${nsn.slice(1)}`);
  }
  return [...out];
}

describe('mightBeValidIn (the shortcut before parsing a number for a region)', () => {
  it('never rejects digits that libphonenumber finds valid in the region', () => {
    const digits = samples();
    const regions = getCountries();
    let rejected = 0;
    let valid = 0;
    // every sample in its own region and a spread of others (all pairs would take too long)
    for (let i = 0; i < digits.length; i++) {
      for (let k = i % 37; k < regions.length; k += 37) {
        const region = regions[k]!;
        const d = digits[i]!;
        const n = parsePhoneNumberFromString(d, region);
        const isValid = n?.isValid() === true && n.country === region;
        if (isValid) valid++;
        if (!mightBeValidIn(region, d)) {
          rejected++;
          expect({ region, d, isValid }).toEqual({ region, d, isValid: false });
        }
      }
    }
    expect(valid).toBeGreaterThan(30);
    expect(rejected).toBeGreaterThan(150); // the shortcut does save parses
  });

  it('nationalFit answers as a plain loop over every region that parses each one', () => {
    const regions = getCountries();
    const metadata = new Metadata();
    const plans = regions.map((region) => {
      metadata.selectNumberingPlan(region);
      const plan = metadata.numberingPlan as unknown as {
        nationalPrefix(): string | number;
        possibleLengths(): number[];
        nationalNumberPattern(): string;
      };
      const prefix = plan.nationalPrefix();
      return {
        region,
        prefix: typeof prefix === 'string' ? prefix : '',
        lengths: plan.possibleLengths(),
        pattern: new RegExp(`^(?:${plan.nationalNumberPattern()})$`),
      };
    });
    const validIn = (d: string, region: CountryCode): boolean => {
      const n = parsePhoneNumberFromString(d, region);
      return n?.isValid() === true && n.country === region;
    };
    // the reference: first region (in getCountries() order) of each kind, every region parsed
    const reference = (d: string, preferred: CountryCode) => {
      const own = plans.find((p) => p.region === preferred)!;
      const possible = (p: (typeof plans)[number]): boolean =>
        p.lengths.includes(d.length) ||
        (p.prefix !== '' && d.startsWith(p.prefix) && p.lengths.includes(d.length - p.prefix.length));
      // the shape a plan must have before it is parsed: as dialled (plain) or after its trunk prefix
      const how = (p: (typeof plans)[number]): 'plain' | 'trunk' | null => {
        if (p.lengths.includes(d.length) && p.pattern.test(d)) return 'plain';
        const nsn = d.slice(p.prefix.length);
        return p.prefix !== '' &&
          d.startsWith(p.prefix) &&
          p.lengths.includes(nsn.length) &&
          p.pattern.test(nsn)
          ? 'trunk'
          : null;
      };
      const ownValid = how(own) !== null && validIn(d, preferred);
      const ownTrunk = own.prefix !== '' && d.startsWith(own.prefix);
      const others = plans.filter((p) => p !== own && how(p) !== null && validIn(d, p.region));
      return {
        preferred: ownValid ? preferred : undefined,
        possible: possible(own) ? preferred : plans.find((p) => p !== own && possible(p))?.region,
        trunk: ownValid && ownTrunk ? preferred : others.find((p) => how(p) === 'trunk')?.region,
        plain: ownValid && !ownTrunk ? preferred : others.find((p) => how(p) === 'plain')?.region,
      };
    };
    const digits = samples().filter((d, i) => i % 17 === 0 && d.length >= 5);
    expect(digits.length).toBeGreaterThan(30);
    for (const d of digits) {
      for (const preferred of ['US', 'DE'] as CountryCode[]) {
        const fit = nationalFit(d, preferred);
        const got = {
          preferred: fit.preferred?.country,
          possible: fit.possible,
          trunk: fit.trunk?.country,
          plain: fit.plain?.country,
        };
        expect({ d, region: preferred, ...got }).toEqual({
          d,
          region: preferred,
          ...reference(d, preferred),
        });
      }
    }
  });
});

describe('nationalFit().writtenAs (the grouping a region formats the number with)', () => {
  it.each([
    // an ES mobile in its national grouping (the first region in order that writes it so answers);
    // BR with the area code in brackets; HN in two groups of four
    ['622481937', '3,2,2,2', undefined],
    ['11972345618', '2,5,4', 'BR'],
    ['94567812', '4,4', undefined],
    // a trunk prefix written with the number (BE mobile)
    ['0471523819', '4,2,2,2', 'BE'],
  ])('%s written %s', (digits, groups, region) => {
    const found = nationalFit(digits).writtenAs(groups);
    expect(found).toBeDefined();
    if (region) expect(found!.country).toBe(region);
  });

  it.each([
    // digits valid in some region, but grouped as none formats them
    ['622481937', '5,4'],
    ['622481937', '2,2,2,3'],
    // too short for any plan
    ['1234', '2,2'],
  ])('%s written %s: none', (digits, groups) => {
    expect(nationalFit(digits).writtenAs(groups)).toBeUndefined();
  });
});
