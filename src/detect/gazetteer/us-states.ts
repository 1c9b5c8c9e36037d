/** US states, districts and territories with their USPS abbreviations (data for addresses). */

const STATES: ReadonlyArray<readonly [string, string]> = [
  ['alabama', 'al'],
  ['alaska', 'ak'],
  ['arizona', 'az'],
  ['arkansas', 'ar'],
  ['california', 'ca'],
  ['colorado', 'co'],
  ['connecticut', 'ct'],
  ['delaware', 'de'],
  ['district of columbia', 'dc'],
  ['florida', 'fl'],
  ['georgia', 'ga'],
  ['hawaii', 'hi'],
  ['idaho', 'id'],
  ['illinois', 'il'],
  ['indiana', 'in'],
  ['iowa', 'ia'],
  ['kansas', 'ks'],
  ['kentucky', 'ky'],
  ['louisiana', 'la'],
  ['maine', 'me'],
  ['maryland', 'md'],
  ['massachusetts', 'ma'],
  ['michigan', 'mi'],
  ['minnesota', 'mn'],
  ['mississippi', 'ms'],
  ['missouri', 'mo'],
  ['montana', 'mt'],
  ['nebraska', 'ne'],
  ['nevada', 'nv'],
  ['new hampshire', 'nh'],
  ['new jersey', 'nj'],
  ['new mexico', 'nm'],
  ['new york', 'ny'],
  ['north carolina', 'nc'],
  ['north dakota', 'nd'],
  ['ohio', 'oh'],
  ['oklahoma', 'ok'],
  ['oregon', 'or'],
  ['pennsylvania', 'pa'],
  ['rhode island', 'ri'],
  ['south carolina', 'sc'],
  ['south dakota', 'sd'],
  ['tennessee', 'tn'],
  ['texas', 'tx'],
  ['utah', 'ut'],
  ['vermont', 'vt'],
  ['virginia', 'va'],
  ['washington', 'wa'],
  ['west virginia', 'wv'],
  ['wisconsin', 'wi'],
  ['wyoming', 'wy'],
  ['puerto rico', 'pr'],
  ['guam', 'gu'],
];

/** State names as token sequences, longest first so "west virginia" wins over "virginia". */
export const STATE_NAMES: ReadonlyArray<readonly string[]> = STATES.map(([name]) => name.split(' ')).sort(
  (a, b) => b.length - a.length,
);

/** Two-letter USPS codes, lower-case. */
export const STATE_CODES: ReadonlySet<string> = new Set(STATES.map(([, code]) => code));

const SINGLE_WORD_STATES: ReadonlySet<string> = new Set(
  STATES.map(([name]) => name).filter((n) => !n.includes(' ')),
);

/** Is this lower-case token a one-word state name ("texas", "virginia")? */
export function isUsState(token: string): boolean {
  return SINGLE_WORD_STATES.has(token);
}
