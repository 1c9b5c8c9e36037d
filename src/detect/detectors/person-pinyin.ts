/**
 * Chinese names in Hanyu Pinyin, family name first ("wang zhenhao", "Dou Mingxuan"): a Chinese
 * family name followed by a given name of one or two Mandarin syllables. Raw ASR gives no capital,
 * and a two-syllable given name is rarely in any list, so the pinyin syllable inventory
 * (lexicons/names/pinyin/) tells the given name from an English word.
 *
 * - family name: an entry of the Chinese family-name lists, or a single syllable that some name
 *   list holds ("dou", "kuang");
 * - given name: no list knows it as an ordinary word; two syllables ("zhenhao", "mingxuan"), or one
 *   that the Chinese given-name lists hold ("fang");
 * - in text written with capitals both words are capitalised.
 */
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { wordSet } from '../gazetteer/name-data.js';
import { englishLevel } from '../gazetteer/name-lexicon.js';
import { readWordList } from '../lexicon-files.js';
import { cityCountries } from '../address/places.js';
import type { Candidate } from '../../types.js';
import type { ExtendView, Make } from './person-extend.js';

interface PinyinData {
  syllables: ReadonlySet<string>;
  family: ReadonlySet<string>;
  given: ReadonlySet<string>;
}
let data: PinyinData | undefined;

/** Chinese names of the per-country lists, romanised (both Chinese locales). */
const chineseNames = (kind: 'family' | 'given'): ReadonlySet<string> =>
  new Set(
    ['zh_CN-latn', 'zh_TW-latn'].flatMap((locale) =>
      readWordList(`names/${kind}/${locale}.txt`).map((w) => w.toLowerCase()),
    ),
  );

function pinyinData(): PinyinData {
  // syllables without a vowel ("m", "ng", "hm") are interjections, never part of a name
  data ??= {
    syllables: new Set([...wordSet('names/pinyin')].filter((s) => /[aeiouv]/.test(s))),
    family: chineseNames('family'),
    given: chineseNames('given'),
  };
  return data;
}

/** Number of pinyin syllables the word splits into (0 if it does not split, at most 2 tried). */
export function pinyinSyllables(word: string): number {
  const known = syllableCounts.get(word);
  if (known !== undefined) return known;
  // bounded: a long-running worker sees an open vocabulary
  if (syllableCounts.size >= MAX_CACHED) syllableCounts.clear();
  const n = countSyllables(word);
  syllableCounts.set(word, n);
  return n;
}

/** pinyinSyllables per word seen (the split tries every cut of the word). */
const syllableCounts = new Map<string, number>();
const MAX_CACHED = 50_000;

function countSyllables(word: string): number {
  const { syllables } = pinyinData();
  if (syllables.has(word)) return 1;
  // a lone vowel ("a", "e", "o") as a half would let almost any short word split
  for (let cut = 2; cut <= word.length - 2; cut++)
    if (syllables.has(word.slice(0, cut)) && syllables.has(word.slice(cut))) return 2;
  return 0;
}

const TITLE_CASE = /^\p{Lu}\p{Ll}+[^\p{L}]*$/u;

function familyName(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (pinyinData().family.has(base)) return true;
  // "ka", "na": two-letter syllables are words of many languages
  return base.length >= 3 && pinyinSyllables(base) === 1 && view.evidence(k) >= NameEvidence.Listed;
}

/** The shape of a given name here: three lower-case Latin letters or more. */
const GIVEN_SHAPE = /^[a-z]{3,}$/;

function givenName(view: ExtendView, k: number): boolean {
  const base = view.base[k]!;
  if (!GIVEN_SHAPE.test(base) || view.evidence(k) < NameEvidence.Unknown) return false;
  // an English word of any frequency ("bang", "pinto") or a town ("Saipan") is no given name here
  if (englishLevel(base) !== undefined || cityCountries(base).length > 0) return false;
  const n = pinyinSyllables(base);
  return n === 2 || (n === 1 && base.length >= 4 && pinyinData().given.has(base));
}

/**
 * Adds the two-word Chinese names among the words, and grows a name found on one of its words over
 * the other ("wang" + found "zhenhao", found "gao" + "ruixuan"). Returns the new candidates.
 */
export function addPinyinNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): Candidate[] {
  const { ctx } = view;
  const added: Candidate[] = [];
  for (let k = 0; k + 1 < ctx.words.length; k++) {
    if ((covered[k] && covered[k + 1]) || ctx.words[k]!.speaker !== ctx.words[k + 1]!.speaker) continue;
    if (view.masked(k) || view.masked(k + 1)) continue;
    if (!view.uncased && !(TITLE_CASE.test(ctx.words[k]!.text) && TITLE_CASE.test(ctx.words[k + 1]!.text)))
      continue;
    // "Wang, Zhenhao" would be a list; the name is two adjacent words
    if (/[^\p{L}]$/u.test(ctx.words[k]!.text)) continue;
    // the given name's shape first: a cheap test that rules out most word pairs
    if (!GIVEN_SHAPE.test(view.base[k + 1]!) || !familyName(view, k) || !givenName(view, k + 1)) continue;
    let start = k;
    let end = k + 2;
    // a found name on one of the two words grows over the other: it ends at the family name or
    // starts at the given name
    const n = covered[k]
      ? out.findIndex((c) => c.endWord === k + 1)
      : covered[k + 1]
        ? out.findIndex((c) => c.startWord === k + 1)
        : -1;
    if (covered[k] || covered[k + 1]) {
      if (n < 0 || out[n]!.type !== 'PERSON') continue;
      start = Math.min(start, out[n]!.startWord);
      end = Math.max(end, out[n]!.endWord);
      out.splice(n, 1);
    }
    const c = make(start, end, 'pinyin');
    out.push(c);
    added.push(c);
    covered.fill(1, start, end);
    k = end - 1;
  }
  return added;
}
