import type { Candidate } from '../types.js';
import { addressVocab, fold } from './address/vocab.js';

/**
 * Resolves overlapping candidates into non-overlapping entities. Overlapping candidates form a
 * cluster that becomes one entity covering their union (missing a word is a leak, so we never
 * shrink), typed and scored by the strongest member. Its value is the strongest member's value.
 *
 * A name before an address keeps two entities, PERSON then ADDRESS: a name that runs into the
 * address after it ("Vera Kollár West Pines Road ...": the name's chain took the street's first
 * word) ends where the address starts, and an address block that opens with the recipient's name
 * starts after it, unless the address opens with a typeless street's name. A birth date keeps its
 * year from an address after it. Every word stays covered.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.startWord - b.startWord || b.endWord - a.endWord);
  const out: Candidate[] = [];
  let current: Candidate | undefined;
  let openedByFullName = -1;
  let streetTookName: [number, number] | undefined;
  for (const c of sorted) {
    if (current && c.startWord < current.endWord) {
      // a copy of a name or date already split off before the current entity (propagation repeats
      // the span): its words are covered, and merging it would retype the rest
      if (c.endWord <= current.startWord) continue;
      if (nameRunsIntoAddress(current, c)) {
        out.push(truncateName(current, c.startWord));
        current = { ...c };
        continue;
      }
      if (dateRunsIntoAddress(current, c)) {
        out.push(current);
        current = { ...c, startWord: current.endWord };
        continue;
      }
      if (streetNameOpensAddress(current, c)) {
        // a full name (two words or more) opening the line may be a recipient's the reading took
        if (c.endWord - c.startWord > 1) openedByFullName = current.startWord;
        streetTookName = [c.startWord, Math.max(c.endWord, streetTookName?.[1] ?? 0)];
        continue;
      }
      // the repeats of that name's single words ("Norwen", "Pellar" of "Norwen Pellar 171, ..."):
      // the street took the whole name, so it takes its parts too
      if (
        current.type === 'ADDRESS' &&
        c.type === 'PERSON' &&
        streetTookName &&
        c.startWord >= streetTookName[0] &&
        c.endWord <= streetTookName[1]
      )
        continue;
      if (nameInsideAddress(current, c) || nameEndsWithStreetType(current, c)) continue;
      if (openedByFullName !== current.startWord && nameInsideStreetLine(current, c)) continue;
      if (addressOpensWithName(current, c) && !townBeforeStateZip(current, c)) {
        out.push({ ...c });
        // "Dara Quill, | Calle Mayor 12, ...": after the recipient's line, the street's own name
        const reason = current.reason === 'recipient-street' ? 'street-named' : current.reason;
        current = { ...current, startWord: c.endWord, reason };
        continue;
      }
      const strongest = c.score > current.score ? c : current;
      // two readings of one street line: one that knows the line opens with the street's name keeps
      // the name's words from a person's reading of them
      const named = streetNamed(current, current.startWord) || streetNamed(c, current.startWord);
      current = {
        ...strongest,
        startWord: current.startWord,
        endWord: Math.max(current.endWord, c.endWord),
      };
      if (named && current.type === 'ADDRESS') current.reason = 'street-named';
      continue;
    }
    if (current) out.push(current);
    current = { ...c };
    streetTookName = undefined;
  }
  if (current) out.push(current);
  return out;
}

/** A PERSON entity, then an ADDRESS that starts inside it and reaches at least as far. */
function nameRunsIntoAddress(name: Candidate, address: Candidate): boolean {
  return (
    name.type === 'PERSON' &&
    address.type === 'ADDRESS' &&
    address.startWord > name.startWord &&
    address.endWord >= name.endWord
  );
}

/**
 * A birth date, then an ADDRESS that took the date's year for a house number ("born 3 May 1994
 * Address: Harbour Street ..."): the year stays the date's, the address starts after it.
 */
function dateRunsIntoAddress(date: Candidate, address: Candidate): boolean {
  return (
    date.type === 'DATE_OF_BIRTH' &&
    address.type === 'ADDRESS' &&
    address.startWord > date.startWord &&
    address.endWord > date.endWord
  );
}

/** An ADDRESS whose block opens with the PERSON's words (a recipient line) and goes on past them. */
function addressOpensWithName(address: Candidate, name: Candidate): boolean {
  return (
    address.type === 'ADDRESS' &&
    name.type === 'PERSON' &&
    name.startWord === address.startWord &&
    name.endWord < address.endWord
  );
}

/**
 * A US address's last line alone, its town read as a name ("Tarn Vesk, WV 26999": the town, a
 * state code and a ZIP code, nothing else): the town is no recipient, the address keeps it.
 */
function townBeforeStateZip(address: Candidate, name: Candidate): boolean {
  // the address's value: its words, a spoken run as one ("tarn vesk wv26999")
  const m = STATE_ZIP.exec(address.value);
  if (!m) return false;
  const town = address.value.slice(0, m.index).split(' ').filter(Boolean).length;
  return town >= 1 && town <= 3 && name.endWord - address.startWord <= town;
}
const STATE_ZIP = /(?:^| )[a-z]{2} ?\d{5}(?:-?\d{4})?$/i;

/**
 * A street line that opens with the street's name ("my address is Velkova 12, Tamsby": a street
 * written without a type word, the house number after it): the name is the street's, not a person's,
 * and the address keeps its words.
 */
function streetNameOpensAddress(address: Candidate, name: Candidate): boolean {
  return (
    address.type === 'ADDRESS' &&
    address.reason === 'street-named' &&
    name.type === 'PERSON' &&
    name.startWord === address.startWord &&
    name.endWord < address.endWord
  );
}

/**
 * A PERSON reading wholly inside a crossing of two streets, with address words on both sides of it
 * ("Tamsin Dr At Orrel Ln, Brisco, TX": a title's reading of "Dr At"; the town read as a given name),
 * or inside an address in a script without capitals ("רחוב מיכאל אנג'לו 8"): the words are the
 * address's, which keeps its type.
 */
function nameInsideAddress(address: Candidate, name: Candidate): boolean {
  return (
    address.type === 'ADDRESS' &&
    name.type === 'PERSON' &&
    ((address.reason === 'intersection' &&
      name.startWord > address.startWord &&
      name.endWord < address.endWord) ||
      // a run of a script without capitals holding an address word: its names are the address's
      (address.reason === 'script' && name.startWord >= address.startWord && name.endWord <= address.endWord))
  );
}

/** Readings of an ADDRESS that found a street line (a type word, a unit, a cue or its name first). */
const STREET_READS = new Set(['street', 'street-named', 'street-cued', 'street-unit', 'street-typeless']);

/**
 * A PERSON reading after the first word of a street line's ADDRESS and ending inside it
 * ("Harlacherova 567 Suite 261, 26409 Tamsby Vesquin": a town or region read as a name after a
 * cue): the words are the address's, which keeps its type whatever the scores.
 */
function nameInsideStreetLine(address: Candidate, name: Candidate): boolean {
  return (
    address.type === 'ADDRESS' &&
    STREET_READS.has(address.reason ?? '') &&
    name.type === 'PERSON' &&
    name.startWord > address.startWord &&
    name.endWord <= address.endWord &&
    numberBefore(address, name)
  );
}

/**
 * Whether the address's value holds a digit (a house number, a unit, a postcode) before the name's
 * words: the name then stands where the town or region of the line does, not a recipient's.
 */
function numberBefore(address: Candidate, name: Candidate): boolean {
  const first = name.value.split(' ')[0] ?? '';
  const at = first === '' ? -1 : (' ' + address.value + ' ').indexOf(' ' + first + ' ');
  return at > 0 && /\d/.test(address.value.slice(0, at));
}

/** An ADDRESS reading starting at word `start` that knows the street's name opens it. */
const streetNamed = (c: Candidate, start: number): boolean =>
  c.type === 'ADDRESS' && c.reason === 'street-named' && c.startWord === start;

/** The name entity cut to end at word `end`; a value of one word per word is cut alike. */
function truncateName(name: Candidate, end: number): Candidate {
  const words = name.value.split(' ');
  const value =
    words.length === name.endWord - name.startWord
      ? words.slice(0, end - name.startWord).join(' ')
      : name.value;
  return { ...name, endWord: end, value };
}

/**
 * A PERSON reading opening an ADDRESS and ending with a street type ("Vesquin Marg, New Delhi":
 * "Marg" is a given name too): the words are the street's name and type, which the address keeps.
 */
function nameEndsWithStreetType(address: Candidate, name: Candidate): boolean {
  if (address.type !== 'ADDRESS' || name.type !== 'PERSON') return false;
  if (name.startWord !== address.startWord || name.endWord >= address.endWord) return false;
  const words = name.value.split(' ');
  if (words.length < 2 || words.length !== name.endWord - name.startWord) return false;
  const last = fold(words[words.length - 1]!.replace(/[.,;:]+$/, ''));
  return addressVocab().streets.plain.has(last);
}
