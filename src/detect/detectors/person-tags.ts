/**
 * Word kinds the person rules share: compromise's tags of places and organisations, and the towns and
 * regions of the address lexicons. A word of these kinds is no name in most of the rules' positions.
 */
import { cityCountries, regionCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';

/** compromise tags of places, peoples and organisations ("Court", "Kenyan", "Acme Corp"). */
export const PLACE_ORG_TAGS: readonly string[] = [
  'Place',
  'City',
  'Country',
  'Region',
  'Demonym',
  'Organization',
];

/** Places, organisations and month names: tags a word in a name slot must not carry ("June"). */
export const PLACE_ORG_MONTH_TAGS: ReadonlySet<string> = new Set([...PLACE_ORG_TAGS, 'Month']);

/** The tags above and days and dates: a word carrying one is no item of a list of names ("Monday"). */
export const PLACE_ORG_DATE_TAGS: ReadonlySet<string> = new Set([...PLACE_ORG_MONTH_TAGS, 'WeekDay', 'Date']);

/** Is the text (one word or several) a city or town of some country (lexicons/address/cities)? */
export const isTownName = (text: string): boolean => cityCountries(fold(text)).length > 0;

/** A town, or a region of some country (lexicons/address/regions)? */
export const isPlaceName = (text: string): boolean =>
  isTownName(text) || regionCountries(fold(text)).length > 0;
