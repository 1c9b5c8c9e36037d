/**
 * Invented personal names for the rename probe (rename-probe.ts): words built from syllable
 * inventories of several naming traditions (written for this project, no name data), kept only when
 * no name list, English word list or place list of the detector knows them. A detector that finds
 * them finds them from context and shape alone, as it must for the names of a real call that no
 * list holds.
 */
import { makeRng, type Rng } from './rng.js';
import { isCommonWord, isEverydayWord } from '../../src/detect/gazetteer/common-words.js';
import { lexiconTags } from '../../src/detect/gazetteer/lexicon.js';
import { englishLevel, nameKinds } from '../../src/detect/gazetteer/name-lexicon.js';
import { isFrequentName, isListedName } from '../../src/detect/gazetteer/names.js';
import { NameEvidence, nameEvidence } from '../../src/detect/gazetteer/name-evidence.js';
import { cityCountries, regionCountries } from '../../src/detect/address/places.js';
import { wordSet } from '../../src/detect/gazetteer/name-data.js';

interface Inventory {
  onsets: readonly string[];
  vowels: readonly string[];
  /** closing consonants of a syllable ('' for open syllables) */
  codas: readonly string[];
  /** word endings typical of the tradition ('' for none) */
  endings: readonly string[];
  syllables: readonly [number, number];
}

/** Rough phonotactics of a few traditions: enough to look like a name of that origin. */
export const INVENTORIES: Readonly<Record<string, Inventory>> = {
  bantu: {
    onsets: ['mb', 'nd', 'ng', 'k', 't', 'z', 'w', 'l', 'ny', 'th', 'sh', 'b', 'm', 'ts'],
    vowels: ['a', 'e', 'i', 'o', 'u'],
    codas: [''],
    endings: ['', '', 'ni', 'we', 'zo'],
    syllables: [2, 3],
  },
  slavic: {
    onsets: ['br', 'dr', 'gr', 'kr', 'pr', 'st', 'sv', 'z', 'v', 'l', 'm', 'r', 'sl', 'bl', 'dv'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'y'],
    codas: ['', '', 'n', 'r', 'l', 'sk'],
    endings: ['', 'ovik', 'enko', 'ina', 'omir', 'evsk', 'ak'],
    syllables: [2, 2],
  },
  romance: {
    onsets: ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'r', 's', 't', 'v', 'br', 'tr', 'gr'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'ia'],
    codas: ['', '', '', 'n', 'l', 'r'],
    endings: ['', 'etto', 'ina', 'ardo', 'elli', 'ez', 'aro'],
    syllables: [2, 2],
  },
  turkic: {
    onsets: ['b', 'k', 't', 'y', 's', 'd', 'g', 'm', 'ch', 'z', 'q', 'sh'],
    vowels: ['a', 'e', 'i', 'o', 'u'],
    codas: ['', 'r', 'l', 'n', 'k', 'z', 'sh'],
    endings: ['', 'bek', 'gul', 'kan', 'dar', 'tay'],
    syllables: [2, 2],
  },
  southAsian: {
    onsets: ['bh', 'dh', 'k', 'p', 'r', 's', 'v', 'j', 'n', 'h', 'sh', 'kh', 'chh', 'ch'],
    vowels: ['a', 'aa', 'i', 'ee', 'u', 'e', 'o'],
    codas: ['', '', 'n', 'r', 'm'],
    endings: ['', 'endra', 'esh', 'ika', 'eshwar', 'appa', 'ani'],
    syllables: [2, 2],
  },
  eastAsian: {
    onsets: ['zh', 'x', 'q', 'h', 'ts', 'ky', 'ry', 'sh', 'j', 'n', 'd', 'g', 'ch'],
    vowels: ['a', 'o', 'u', 'ei', 'ao', 'iu', 'ue', 'i'],
    codas: ['', '', 'n', 'ng'],
    endings: [''],
    syllables: [2, 3],
  },
  polynesian: {
    onsets: ['h', 'k', 'l', 'm', 'n', 'p', 't', 'w', 'f', 'ng', 'v'],
    vowels: ['a', 'e', 'i', 'o', 'u', 'ai', 'au'],
    codas: [''],
    endings: ['', '', 'lani', 'nui'],
    syllables: [3, 4],
  },
};

export const ORIGINS: readonly string[] = Object.keys(INVENTORIES);

const PARTICLES = wordSet('names/particles');

/** Is the lower-case word unknown to every lexicon the detector consults? */
export function isUnseenWord(word: string): boolean {
  return (
    word.length >= 4 &&
    word.length <= 12 &&
    nameKinds(word) === 0 &&
    !isListedName(word) &&
    !isFrequentName(word) &&
    englishLevel(word) === undefined &&
    lexiconTags(word) === undefined &&
    !isCommonWord(word) &&
    !isEverydayWord(word) &&
    !PARTICLES.has(word) &&
    cityCountries(word).length === 0 &&
    regionCountries(word).length === 0 &&
    nameEvidence(word) === NameEvidence.Unknown
  );
}

function compose(rng: Rng, inv: Inventory): string {
  const n = rng.int(inv.syllables[0], inv.syllables[1]);
  let word = '';
  for (let i = 0; i < n; i++) {
    word += rng.pick(inv.onsets) + rng.pick(inv.vowels);
    if (i < n - 1 || inv.endings.length === 1) word += rng.pick(inv.codas);
  }
  const ending = rng.pick(inv.endings);
  // an ending that starts with a vowel replaces the last vowel ("mbalo" + "ni")
  return ending && /^[aeiouy]/.test(ending) ? word.replace(/[aeiouy]+$/, '') + ending : word + ending;
}

/**
 * A lower-case invented name of one origin, deterministic for a seed, that no lexicon holds and
 * that is not in `taken` (words already handed out within a call).
 */
export function inventName(seed: string, origin: string, taken: ReadonlySet<string>): string {
  const inv = INVENTORIES[origin];
  if (!inv) throw new Error(`unknown origin ${origin}`);
  const rng = makeRng(seed);
  for (let i = 0; i < 500; i++) {
    const word = compose(rng, inv);
    if (!taken.has(word) && isUnseenWord(word)) return word;
  }
  throw new Error(`no unseen name for origin ${origin}`);
}
