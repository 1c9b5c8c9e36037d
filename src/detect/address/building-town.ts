/**
 * An institution or building line with only its town after it, no street: "Ministry of Public
 * Works, Kigali", "Orvesta Office Building, Apia", "Institut Vesquin de Lyon" (the town closing the
 * institution's own name). Government offices, courts, embassies and many rural
 * addresses have no street line: the post knows the building in its town. Read only where an
 * address is asked for (the caller's cue), as the name alone is no address.
 */
import type { AddressView } from './view.js';
import { capitalised, endsItem, isParticle, nameWord, partEnds, raw, sameTurn } from './view.js';
import { addressVocab } from './vocab.js';
import { cityAt, countryAt, regionAt } from './tail.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { FAMILY, GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';

/** Name words before the head ("Executive Office") and after it ("of Public Works de"). */
const BEFORE_HEAD = 3;
const AFTER_HEAD = 5;
const LINKS = new Set(['and', '&', 'und', 'et', 'y', 'e']);

/** Is word k the head of a building or institution name ("Bank", "Université", "Kunstmuseum")? */
export function buildingHead(v: AddressView, k: number): boolean {
  const b = addressVocab().buildings;
  return (
    b.suffix.match((m) => v.folded[k + m]) > 0 ||
    (nameWord(v, k) && b.compound.find(v.folded[k]!) !== undefined)
  );
}

/**
 * A known town at k (or, on a line of its own, a region or country): its end, else -1. Inside the
 * name a region or a country names whose institution it is ("Bank of <country>", "University of
 * <state>"), not where it stands.
 */
function placeEnd(v: AddressView, k: number, line: boolean): number {
  const city = cityAt(v, k);
  const wider = regionAt(v, k) ?? countryAt(v, k, true);
  if (line) return (city ?? wider)?.strong ? (city ?? wider)!.end : -1;
  // raw ASR has no comma to tell: a town that is also its region ("kigali"), never a country
  if (!v.formatted) return city?.strong && !countryAt(v, k, true) ? city.end : -1;
  return city?.strong && !wider ? city.end : -1;
}

/** Words after which the address itself is said: "send it to ...", "my address is ...". */
const OPENERS = new Set(['to', 'at', 'is']);

/**
 * Does the name at i open what is given as the address: a turn or a line starts there (a label's
 * colon, a comma), or "to"/"at"/"is" (an article between) comes right before? "my office ...",
 * "near the Bank of ..." are no address lines.
 */
function opened(v: AddressView, i: number): boolean {
  let b = i - 1;
  if (b >= 0 && v.folded[b] === 'the' && sameTurn(v, b, i) && !partEnds(v, b)) b--;
  if (b < 0 || !sameTurn(v, b, i) || /[:,]$/.test(raw(v, b))) return true;
  return !partEnds(v, b) && OPENERS.has(v.folded[b] ?? '');
}

/** Does the text after a place at `end` close the line (a turn or sentence end, a comma, a plain word)? */
function closes(v: AddressView, end: number): boolean {
  if (end >= v.n || partEnds(v, end - 1) || endsItem(v, end - 1) || !sameTurn(v, end - 1, end)) return true;
  const t = v.ctx.tokens[end]!;
  return v.formatted ? !capitalised(v, end) : isFunctionWord(t) || isCommonWord(t);
}

/**
 * The building line opening at i and the town after it (after a comma, or as the last words of the
 * name after a particle): the town's end, else -1. The name is capitalised words (formatted) or
 * words of the name (raw ASR) with particles, a head among its first four words.
 */
export function buildingTownAt(v: AddressView, i: number, linked = false): number {
  if (!nameWord(v, i) || (v.formatted && !capitalised(v, i))) return -1;
  if (!linked && !opened(v, i)) return -1;
  let head = -1;
  for (let k = i; k < i + BEFORE_HEAD + AFTER_HEAD + 1 && k < v.n && sameTurn(v, i, k); k++) {
    if (/[:()]/.test(raw(v, k))) return -1;
    const particle = isParticle(v, k) || LINKS.has(v.folded[k] ?? '');
    if (!particle && (!nameWord(v, k) || (v.formatted && !capitalised(v, k)))) return -1;
    // "My name is Emma Hall, London", "Amara Okafor Memorial Hospital, Accra": a person's name in
    // the line is the person's (a name detector reads it)
    if (nameKinds(v.ctx.tokens[k]!) & (GIVEN | FAMILY) && !isCommonWord(v.ctx.tokens[k]!)) return -1;
    if (head < 0 && buildingHead(v, k)) head = k;
    if (head < 0 && k - i >= BEFORE_HEAD) return -1;
    if (head >= 0 && k - head > AFTER_HEAD) return -1;
    // the town as the name's last words, after a particle ("... de Lyon"), or its own line after a
    // comma (raw ASR has none)
    const after = k + 1;
    const line = endsItem(v, k) && !partEnds(v, k);
    // the town inside the name needs a qualifier between the head and the particle ("Institut
    // Vesquin de Lyon"; "University of <state>" names whose university it is); in raw ASR a word
    // of the name after the head
    // (a landmark's town may follow its head at once: "opposite the central mosque kano")
    const inName = particle ? k > head + 1 : !v.formatted && (k > head || linked);
    if (head >= 0 && after < v.n && sameTurn(v, k, after) && (line || inName)) {
      const end = placeEnd(v, after, line);
      if (end > 0 && closes(v, end)) return end;
    }
    if (partEnds(v, k) || endsItem(v, k)) return -1;
  }
  return -1;
}

/**
 * A landmark address: a word of nearness, the landmark (a building or institution) and its town
 * ("opposite the Central Mosque, Kano", "near Orvesta Market, Kampala"), as addresses are given
 * where streets have no names or numbers. The town's end, else -1.
 */
export function landmarkTownAt(v: AddressView, i: number): number {
  const len = addressVocab().landmarkLinks.match((m) => v.folded[i + m]);
  if (len === 0) return -1;
  let k = i + len;
  if (v.folded[k] === 'the') k++;
  if (k >= v.n || !sameTurn(v, i, k) || partEnds(v, k - 1) || endsItem(v, k - 1)) return -1;
  return buildingTownAt(v, k, true);
}
