/**
 * Person-name gazetteers.
 *
 * - humannames (~200K first and last names scraped from censuses and social media) is broad: it
 *   also holds plenty of ordinary English words ("pleasure", "policy", "will"), so membership alone
 *   is weak evidence and is only used together with a context cue.
 * - compromise's lexicon tags ~4,300 frequent first and last names (FemaleName, MaleName,
 *   LastName, ...): a much stronger signal, used without a cue except for the words that are
 *   names and ordinary words at once (AMBIGUOUS_NAMES).
 * Both are loaded once, lazily, into Sets of lower-case names.
 */
import { createRequire } from 'node:module';
import { lexiconTags } from './lexicon.js';

const require = createRequire(import.meta.url);

let broad: Set<string> | undefined;

function broadNames(): Set<string> {
  if (!broad) {
    const raw = require('humannames') as Record<string, number>;
    broad = new Set(Object.keys(raw).map((n) => n.toLowerCase()));
  }
  return broad;
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);

/** Names that are also everyday words, months, modal verbs, cities or brands: never accepted without a cue. */
export const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(
  (
    'will may mark bill sue grant chase pat wade chuck rich frank joy hope faith grace dawn summer rose ruby ' +
    'amber crystal art guy max miles ray dean jean june april august penny sandy sunny rusty woody jack ' +
    'long king green brown white black young park wood gray grey baker hill lane page price bell cook ' +
    'rice ward young hunter carter mason cash sky river star angel royal major sterling honey ginger ' +
    'autumn winter spring storm skip buck bud drew nick rob don jay kay di al ' +
    'holly ivy lily daisy iris heather jasmine hazel olive violet pearl jade ebony destiny harmony ' +
    'melody charity trinity patience precious unique memory reed read tip stone banks field fields ' +
    'wells hall rivers moore more hart heart love lord cross church house law wise best small little ' +
    'short english french welsh irish german ' +
    // cities and brands first, names second: "the austin office", "my lincoln"
    'austin orlando charlotte madison savannah sydney paris dallas houston phoenix lincoln harley ' +
    'florence aurora cheyenne denver chester camden ' +
    // nature and trade words that are common surnames ("daniel fox", "rosa mill")
    'fox wolf bird hawk swan crane lamb bush mill mills lake bay forest grove marsh pond knight ' +
    'porter barber butler shepherd sawyer bishop archer farmer ' +
    // family words: "papa" is a grandfather unless a strong cue says otherwise
    'papa mama nana granny mommy daddy'
  ).split(/\s+/),
);

/** Is the lower-case token in the broad (humannames) gazetteer? */
export function isListedName(token: string): boolean {
  return broadNames().has(token);
}

/** Is the lower-case token a frequent first or last name (compromise lexicon)? */
export function isFrequentName(token: string): boolean {
  const tags = lexiconTags(token);
  return tags !== undefined && tags.some((t) => NAME_TAGS.has(t));
}
