/**
 * The address vocabularies, read once per process from lexicons/address/ (see lexicons/README.md):
 * street types per language (prefix "calle", compound "-straße", suffix "street", particles "de"),
 * unit words, PO-box phrases, house-number marks, district words, address and postcode cues.
 * Every entry is kept in its folded form (see fold()), so "Straße", "strasse" and "STR." meet.
 */
import { readWordList, readWordListsIn } from '../lexicon-files.js';

/** Lower case, accents removed, ß -> ss, æ -> ae, ø -> o, ł -> l, ə -> e, trailing dots dropped. */
export function fold(s: string): string {
  // ASCII without capitals and no dot at the end (most words): folding changes nothing
  let plain = true;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    plain = c < 0x80 && (c < 0x41 || c > 0x5a);
  }
  if (plain && s.charCodeAt(s.length - 1) !== 0x2e) return s;
  let t = s.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (!/^[\x00-\x7f]*$/.test(t)) {
    t = t
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/đ/g, 'd')
      .replace(/ı/g, 'i')
      // letters NFD does not split: Maltese ħ, Icelandic ð and þ ("Mellieħa" is said "mellieha")
      .replace(/ħ/g, 'h')
      .replace(/ð/g, 'd')
      .replace(/þ/g, 'th')
      // Azerbaijani schwa, written "e" without its letter ("Azərbaycan", "Azerbaycan")
      .replace(/ə/g, 'e')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .normalize('NFC');
  }
  return t.replace(/\.+$/, '');
}

/** Folded entry split into words; dots and slashes inside act as word breaks ("p.o." -> p o). */
const words = (entry: string): string[] =>
  fold(entry)
    .split(/[\s.]+/)
    .map((w) => w.replace(/\/$/, ''))
    .filter(Boolean);

/** A set of phrases (one or more folded words), looked up by their first word. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  add(entry: string): void {
    const w = words(entry);
    if (w.length === 0) return;
    // letters said or written one by one are also written together: "p o box" = "p.o box" = "po box"
    const firstLong = w.findIndex((x) => x.length > 1);
    const letters = firstLong < 0 ? w.length : firstLong;
    if (letters >= 2) {
      this.addWords([w.slice(0, letters).join('.'), ...w.slice(letters)]);
      this.addWords([w.slice(0, letters).join(''), ...w.slice(letters)]);
    }
    // an initial written together with the next word: "h no" = "H.No." (Indian "house number")
    if (letters === 1 && w.length >= 2) this.addWords([`${w[0]}.${w[1]}`, ...w.slice(2)]);
    this.addWords(w);
  }

  private addWords(w: string[]): void {
    const list = this.byFirst.get(w[0]!) ?? [];
    if (!list.some((p) => p.join(' ') === w.join(' '))) list.push(w);
    list.sort((a, b) => b.length - a.length); // longest first
    this.byFirst.set(w[0]!, list);
  }

  has(first: string): boolean {
    return this.byFirst.has(first);
  }

  /**
   * Longest phrase whose words are read by `at(0)`, `at(1)` ...: the number of words it spans
   * (as counted by the caller's `at`), or 0.
   */
  match(at: (k: number) => string | undefined): number {
    const list = this.byFirst.get(at(0) ?? '');
    if (!list) return 0;
    for (const p of list) {
      let ok = true;
      for (let k = 1; k < p.length && ok; k++) ok = at(k) === p[k];
      if (ok) return p.length;
    }
    return 0;
  }
}

/** Word endings indexed by their last two letters, for one endsWith per plausible ending. */
class Endings {
  private readonly byTail = new Map<string, { ending: string; hyphen: boolean }[]>();
  add(raw: string): void {
    const hyphen = raw.startsWith('-');
    const ending = fold(hyphen ? raw.slice(1) : raw);
    if (ending.length < 2) return;
    const key = ending.slice(-2);
    const list = this.byTail.get(key) ?? [];
    list.push({ ending, hyphen });
    this.byTail.set(key, list);
  }

  /** The ending a folded word ends with, when the stem before it is long enough, else undefined. */
  find(word: string): string | undefined {
    const list = this.byTail.get(word.slice(-2));
    if (!list) return undefined;
    for (const { ending, hyphen } of list) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      if (hyphen ? stem.length >= 3 && stem.endsWith('-') : stem.length >= 2) return ending;
    }
    return undefined;
  }
}

/** A typed vocabulary in the street-types format: ^prefix, -compound, suffix, ~particle. */
export interface TypedWords {
  prefix: PhraseSet;
  suffix: PhraseSet;
  compound: Endings;
  particles: Set<string>;
  /** suffix types that are everyday words ("green", "park"): streets only with a house number */
  weak: Set<string>;
  /** abbreviations listed only with their dot ("bulw.", "krt."): a type only when so written */
  dotted: Set<string>;
  /** suffix types some language lists as plain types ("gate", Norwegian): see suffixStreet */
  plain: Set<string>;
}

function typedWords(lists: Map<string, string[]>): TypedWords {
  const out: TypedWords = {
    prefix: new PhraseSet(),
    suffix: new PhraseSet(),
    compound: new Endings(),
    particles: new Set(),
    weak: new Set(),
    dotted: new Set(),
    plain: new Set(),
  };
  const bare = new Set<string>();
  for (const entries of lists.values()) {
    for (const e of entries) {
      const word = e.replace(/^[\^?]/, '');
      if (!/[\s.]\S/.test(word)) (word.endsWith('.') ? out.dotted : bare).add(fold(word));
      if (e.startsWith('^')) out.prefix.add(e.slice(1));
      else if (e.startsWith('~')) out.particles.add(fold(e.slice(1)).replace(/'$/, ''));
      else if (e.startsWith('-')) out.compound.add(e.slice(1));
      else if (e.startsWith('?')) {
        out.suffix.add(e.slice(1));
        out.weak.add(fold(e.slice(1)));
      } else {
        out.suffix.add(e);
        out.plain.add(fold(e));
      }
    }
  }
  for (const w of bare) out.dotted.delete(w); // listed bare somewhere too: no dot needed
  return out;
}

export interface AddressVocab {
  streets: TypedWords;
  localities: TypedWords;
  /** unit words said before their value ("apt", "wohnung", "кв") */
  units: PhraseSet;
  /** unit words said after their value ("floor", "etage") */
  unitsAfter: PhraseSet;
  poBoxes: PhraseSet;
  numberMarks: PhraseSet;
  cues: PhraseSet;
  postcodeCues: PhraseSet;
  /** head words of building and institution names ("bank", "université", "-museum") */
  buildings: TypedWords;
  /** words that tie a landmark or second road into an address ("off", "near", "en face de") */
  landmarkLinks: PhraseSet;
  /** words that join two named streets into one crossing ("and", "at", "und", "esquina") */
  crossingLinks: PhraseSet;
  /** month names of many languages, folded: streets named after a date ("Rue du 9 Octobre") */
  months: ReadonlySet<string>;
  /** words that open a glued street name before it ("korte", "gamla", "alte"; name-adjectives.txt) */
  nameAdjectives: ReadonlySet<string>;
  /** street types raw ASR spells letter by letter ("a v e"; spelled-types.txt), written together */
  spelledTypes: ReadonlySet<string>;
}

let vocab: AddressVocab | undefined;

function phrases(lists: Map<string, string[]> | string[], filter?: (e: string) => boolean): PhraseSet {
  const set = new PhraseSet();
  const all = Array.isArray(lists) ? lists : [...lists.values()].flat();
  for (const e of all) if (!filter || filter(e)) set.add(e.replace(/^>/, ''));
  return set;
}

export function addressVocab(): AddressVocab {
  if (vocab) return vocab;
  const units = readWordListsIn('address/units');
  vocab = {
    streets: typedWords(readWordListsIn('address/street-types')),
    localities: typedWords(readWordListsIn('address/localities')),
    units: phrases(units, (e) => !e.startsWith('>')),
    unitsAfter: phrases(units, (e) => e.startsWith('>')),
    poBoxes: phrases(readWordListsIn('address/po-box')),
    numberMarks: phrases(readWordList('address/house-number-marks.txt')),
    cues: phrases(readWordListsIn('address/cues')),
    postcodeCues: phrases(readWordListsIn('address/postcode-cues')),
    buildings: typedWords(readWordListsIn('address/buildings')),
    landmarkLinks: phrases(readWordListsIn('address/landmark-links')),
    crossingLinks: phrases(readWordListsIn('address/crossing-links')),
    months: new Set(readWordList('address/month-names.txt').map(fold)),
    nameAdjectives: new Set(readWordList('address/name-adjectives.txt').map(fold)),
    spelledTypes: new Set(readWordList('address/spelled-types.txt').map(fold)),
  };
  return vocab;
}
