/**
 * The multilingual name gazetteer and the English word levels (lexicons/names/, built by
 * scripts/build-name-lexicons.ts from @faker-js/faker, @cspell/dict-people-names and SCOWL, and by
 * scripts/build-world-given-names.ts from a first-name dictionary of ~55 countries with frequencies).
 *
 * Loaded once per process, lazily, into two Maps keyed by lower-case NFC words. Every name is also
 * stored folded (diacritics and special letters mapped to ASCII: "szöllösy" -> "szollosy",
 * "hafliðason" -> "haflidason"), because raw ASR text and English writing often drop them.
 */
import { memoByWord } from './word-memo.js';
import fs from 'node:fs';
import { lexiconPath, readWordListsIn } from '../lexicon-files.js';
import { wordSet } from './name-data.js';
import { cityCountries, regionCountries } from '../address/places.js';
import { fold } from '../address/vocab.js';

/** Kinds of a name word, as bit flags. */
export const GIVEN = 1;
export const FAMILY = 2;
/** a name of either kind (lists that do not tell given and family names apart) */
export const EITHER = 4;
/**
 * A given name of the world dictionary (lexicons/names/given-world/) that is no English word: rare
 * in every area it is listed for. Weaker than GIVEN: a listed name, never a name on its own.
 */
export const WORLD_RARE = 8;

/**
 * The frequency class (lexicons/names/given-world/: borne by 2^s percent of an area's people) from
 * which a name of the world dictionary counts as a given name like those of the per-country lists
 * (GIVEN): about one person in 3,000 in some area. Rarer ones are WORLD_RARE.
 */
const WORLD_COMMON_SHARE = -5;
/** Names of the world dictionary shorter than this are left to the other lists. */
const MIN_WORLD_LETTERS = 4;

const SPECIAL: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ħ: 'h',
};

const ASCII_NO_CAPITALS = /^[^A-Z\u0080-\uffff]*$/;

/** "Szöllösy" -> "szollosy": lower case, combining marks removed, special letters spelled in ASCII. */
export function foldName(word: string): string {
  // ASCII without capitals ("o'neil", "x2", "-"): nothing to fold (no marks, no special letters)
  if (ASCII_NO_CAPITALS.test(word)) return word;
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øæœßðþłđıħ]/gu, (ch) => SPECIAL[ch] ?? ch);
}

let kinds: Map<string, number> | undefined;
let levels: Map<string, number> | undefined;

function loadKinds(): Map<string, number> {
  if (kinds) return kinds;
  const map = new Map<string, number>();
  const add = (folder: string, kind: number): void => {
    for (const list of readWordListsIn(`names/${folder}`).values()) {
      for (const entry of list) {
        const word = entry.toLowerCase();
        map.set(word, (map.get(word) ?? 0) | kind);
        const folded = foldName(word);
        if (folded !== word) map.set(folded, (map.get(folded) ?? 0) | kind);
      }
    }
  };
  add('given', GIVEN);
  add('family', FAMILY);
  add('any', EITHER);
  addWorldGiven(map);
  kinds = map;
  return map;
}

/**
 * The world dictionary's given names (lexicons/names/given-world/, `name ; share` per area), graded
 * by their highest share: GIVEN from WORLD_COMMON_SHARE up, WORLD_RARE below it. A name that is also
 * an English word of any SCOWL level ("hope", "amber", "ada"), a function word of another language
 * ("con", "del") or a town or region (lexicons/address/) is left out: this dictionary never
 * outweighs the word and place lists.
 */
function addWorldGiven(map: Map<string, number>): void {
  // optional: a distribution may leave out this folder (its licence is the GNU FDL, see README)
  if (!fs.existsSync(lexiconPath('names/given-world'))) return;
  const share = new Map<string, number>();
  for (const list of readWordListsIn('names/given-world').values()) {
    for (const entry of list) {
      const cut = entry.lastIndexOf(';');
      if (cut < 0) continue;
      const name = entry.slice(0, cut).trim().toLowerCase();
      const s = Number(entry.slice(cut + 1));
      if (Number.isFinite(s) && s > (share.get(name) ?? -99)) share.set(name, s);
    }
  }
  const foreign = new Set([...wordSet('names/function-words')].map(foldName));
  const english = loadLevels();
  for (const [name, s] of share) {
    const folded = foldName(name);
    // "wha", "eun", "mio": syllables and short forms collide with too many other words
    if ([...name].length < MIN_WORLD_LETTERS) continue;
    if (english.has(name) || english.has(folded) || foreign.has(folded)) continue;
    // "assen", "agra", "datong": a town or region of some country is as likely a reading as a rare
    // given name; the other lists still decide such words
    const place = fold(name);
    if (cityCountries(place).length > 0 || regionCountries(place).length > 0) continue;
    const kind = s >= WORLD_COMMON_SHARE ? GIVEN : WORLD_RARE;
    // "barthélémy" was looked up as "barthelemy" before it had an entry of its own: keep that
    map.set(name, (map.get(name) ?? map.get(folded) ?? 0) | kind);
    if (folded !== name) map.set(folded, (map.get(folded) ?? 0) | kind);
  }
}

function loadLevels(): Map<string, number> {
  if (levels) return levels;
  const map = new Map<string, number>();
  for (const [name, list] of readWordListsIn('names/words')) {
    const level = Number(/(\d+)$/.exec(name)?.[1] ?? 99);
    for (const word of list) if (!map.has(word)) map.set(word, level);
  }
  levels = map;
  return map;
}

/** Bit flags (GIVEN | FAMILY | EITHER) of a lower-case word in the name lists; 0 when not listed. */
export const nameKinds: (word: string) => number = memoByWord(listedKinds);

function listedKinds(word: string): number {
  const map = loadKinds();
  const kinds = map.get(word);
  if (kinds !== undefined) return kinds;
  // (most words are plain ASCII lower case already: no second lookup of the same key)
  const folded = foldName(word);
  return folded === word ? 0 : (map.get(folded) ?? 0);
}

/**
 * SCOWL size level of an English word (10: among the most frequent ... 50: rare), undefined when
 * it is no English word (proper names are not in these lists).
 */
export const englishLevel: (word: string) => number | undefined = memoByWord((word) =>
  loadLevels().get(word),
);

let suffixes: RegExp | undefined;

/**
 * Does an unknown word end like a family name of some language ("yefremova", "ottarsdottir",
 * "paavolainen", "papadakis", "ogasahara")? Endings: lexicons/names/family-suffixes/, one list per
 * language group. The caller checks first that the word is no English word, place or listed name.
 */
export function hasFamilyNameEnding(word: string): boolean {
  if (!suffixes) {
    const all = new Set<string>();
    for (const list of readWordListsIn('names/family-suffixes').values())
      for (const s of list) all.add(foldName(s).replace(/[^\p{L}]/gu, ''));
    const sorted = [...all].filter(Boolean).sort((a, b) => b.length - a.length);
    suffixes = new RegExp(`^\\p{L}{3,}(?:${sorted.join('|')})$`, 'u');
  }
  const folded = foldName(word);
  return folded.length >= MIN_SUFFIXED && suffixes.test(folded);
}
const MIN_SUFFIXED = 6;

let nationalities: Set<string> | undefined;

/** "danish", "bruneian", "allemand", "jews": a nationality or group word (lexicons/names/nationalities/), no person. */
export function isNationality(word: string): boolean {
  if (!nationalities) {
    nationalities = new Set();
    for (const list of readWordListsIn('names/nationalities').values())
      for (const w of list) nationalities.add(w.toLowerCase());
  }
  // English plurals: "russians", "jews"
  return nationalities.has(word) || (word.endsWith('s') && nationalities.has(word.slice(0, -1)));
}

/** Scripts written without spaces between a family and a given name ("王伟", "김민준", "山田太郎"). */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,5}$/u;

/**
 * "王伟", "김민준": a family name of one or two characters followed by a listed given name (or a
 * listed family name alone), in a script that writes them without a space.
 */
export function isUnspacedFullName(word: string): boolean {
  if (!UNSPACED.test(word)) return false;
  const chars = [...word];
  for (const cut of [1, 2]) {
    if (chars.length <= cut) break;
    const family = chars.slice(0, cut).join('');
    const given = chars.slice(cut).join('');
    if ((nameKinds(family) & FAMILY) !== 0 && (nameKinds(given) & GIVEN) !== 0) return true;
  }
  return false;
}
