/**
 * Formatted text: the holder of an office written right after the office's title, with the
 * portfolio or the body served between them, as government and press releases write it:
 * "Secretary of State Orvel Tamsby will travel", "Minister for the Middle East Orvel Tamsby
 * comments", "U.S. Secretary of Defense Ada Quist", "Special Envoy de Varnholt", "Defence
 * Spokesman Orvel Tamsby Quenn said".
 *
 * The portfolio is a run of capitalised words (English words, places, countries, abbreviations,
 * joined by "and"/"of"/"for"/"the"); the name is the tail of that run: one to three title-case
 * words that no list or dictionary holds, or that open with a listed given name, and that end the
 * run (a lower-case word, a closing mark or a possessive follows). The run must end with the name:
 * "Minister of Culture Vorstad Prize", "Secretary of State Street Bank", "Commissioner of Police
 * Tamsby State" hold a head of a place or thing, a town or a country, and stay out. A particle
 * after the title opens a family name ("Envoy de Varnholt"). Raw ASR has no capitals to read.
 */
import type { Candidate } from '../../types.js';
import { isFunctionWord, isNamingFunctionWord } from '../gazetteer/common-words.js';
import { hasLexiconTag } from '../gazetteer/lexicon.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { GIVEN, isNationality, nameKinds } from '../gazetteer/name-lexicon.js';
import { SURNAME_PARTICLES } from '../gazetteer/particles.js';
import { sameSpeaker } from '../call-words.js';
import { bareNameWord, neverNameWords } from './person-free-name-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName, isTownName } from './person-tags.js';

/** Offices written before their holder's name (lexicons/names/context/portfolio-offices). */
const OFFICES = wordSet('names/context/portfolio-offices');
/** Words between the title and the portfolio: "Secretary of", "Minister for", "Ambassador to". */
const PORTFOLIO_OPENERS = new Set(['of', 'for', 'to']);
/** Lower-case words inside a portfolio: "Health and Human Services", "State for the Home Department". */
const PORTFOLIO_LINKS = new Set(['and', 'of', 'for', 'the', 'on', '&']);
/** Words that are never a word of the holder's name. */
const NOT_NAME = neverNameWords(
  'names/context/office-titles',
  'names/context/news-roles',
  'names/context/portfolio-offices',
  'names/context/occupations',
  'names/context/group-heads',
);
/** English spellings no common list holds ("Defense", "Labor"): portfolio words, not names. */
const VARIANTS = wordSet('names/words-variants');
const COUNTRY = new Set(['Country', 'Demonym']);
const CALENDAR = new Set(['Month', 'WeekDay', 'Date', 'Duration', 'Expression']);
/** A name word as written: "Quist", "O'Connor", "Smith-Jones", "al-Varnholt", with one closing mark. */
const NAME_TEXT =
  /^(?:\p{Lu}['’])?(?:\p{Ll}{1,3}-)?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)*(?:['’]s?)?[,.;:!?)]?$/u;
/** A capitalised word of a portfolio: "State", "U.S.", "UN", "Middle", "Défense". */
const CAPITAL = /^\p{Lu}/u;
const CLOSES = /[,.;:!?)]$/u;
const POSSESSIVE = /['’]s?[,.;:!?)]?$/u;
const TITLE = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u;
/** Longest name, and longest portfolio, in words. */
const MAX_NAME = 3;
const MAX_PORTFOLIO = 6;

const bare = bareNameWord;

/** Is word k written as a name and no word that never is one (a title, a place's head, a town)? */
function nameWordAt(view: ExtendView, k: number): boolean {
  const text = view.ctx.words[k]?.text;
  if (text === undefined || view.masked(k) || !NAME_TEXT.test(text)) return false;
  const base = bare(text);
  if (isFunctionWord(base) && !(isNamingFunctionWord(base) && !hasLexiconTag(base, CALENDAR))) return false;
  if (NOT_NAME.has(base) || isNationality(base) || hasLexiconTag(base, COUNTRY) || VARIANTS.has(base))
    return false;
  return !isTownName(base);
}

/** Can word k open the holder's name: no list or dictionary holds it, or a listed given name? */
function opensName(view: ExtendView, k: number): boolean {
  if (!nameWordAt(view, k)) return false;
  const e = view.evidence(k);
  if (e >= NameEvidence.Unknown) return true;
  return e === NameEvidence.CommonWord && (nameKinds(bare(view.ctx.words[k]!.text)) & GIVEN) !== 0;
}

/** Is word k a name word after the first: any name word the lists or no dictionary hold, or a listed name? */
function continuesName(view: ExtendView, k: number): boolean {
  if (!nameWordAt(view, k)) return false;
  return view.evidence(k) >= NameEvidence.Unknown || nameKinds(bare(view.ctx.words[k]!.text)) !== 0;
}

/** Does the run of capitals stop after word k: a closing mark, a possessive, a lower-case word, the end? */
function runStopsAfter(view: ExtendView, k: number): boolean {
  const { words } = view.ctx;
  const text = words[k]!.text;
  if (CLOSES.test(text) || POSSESSIVE.test(text) || k + 1 >= words.length) return true;
  if (!sameSpeaker(view.ctx, k, k + 1)) return true;
  return !CAPITAL.test(words[k + 1]!.text.replace(/^["'(“‘]+/u, ''));
}

/** End of a holder's name of one to three words at s, ending the run of capitals; or s when none. */
function nameEnd(view: ExtendView, s: number, direct: boolean): number {
  const { words } = view.ctx;
  if (!opensName(view, s)) return s;
  let end = s;
  while (end - s < MAX_NAME && end < words.length && sameSpeaker(view.ctx, s, end)) {
    if (end > s && !continuesName(view, end)) return s;
    end++;
    if (runStopsAfter(view, end - 1)) break;
  }
  if (!runStopsAfter(view, end - 1)) return s;
  // with no portfolio between, a lone listed word is the office's object as often ("Director General")
  if (direct && end - s === 1 && view.evidence(s) < NameEvidence.Unknown) return s;
  if (isPlaceName(view.base.slice(s, end).join(' '))) return s;
  return end;
}

/** Is word k a word of a portfolio: an English word, a place, an abbreviation ("U.S.", "EU")? */
function portfolioWord(view: ExtendView, k: number): boolean {
  const text = view.ctx.words[k]!.text;
  if (!CAPITAL.test(text) || CLOSES.test(text.replace(/\.$/u, '')) || POSSESSIVE.test(text)) return false;
  if (/^(?:\p{Lu}\.){1,3}$|^\p{Lu}{2,5}$/u.test(text)) return true;
  const base = bare(text);
  if (!/^\p{L}[\p{L}'’-]*$/u.test(base)) return false;
  if (VARIANTS.has(base) || isNationality(base) || hasLexiconTag(base, COUNTRY) || isTownName(base))
    return true;
  return view.evidence(k) <= NameEvidence.CommonWord;
}

/** [start, end) of the holder's name after the office title at h, and where the words after the title start; or null. */
function holderAfter(view: ExtendView, h: number): [number, number, number] | null {
  const { words, tokens } = view.ctx;
  const title = words[h]!.text;
  if (!TITLE.test(title) || !OFFICES.has(title.toLowerCase())) return null;
  let j = h + 1;
  if (j >= words.length || !sameSpeaker(view.ctx, h, j)) return null;
  // "Special Envoy de Varnholt": a particle opens the family name
  if (SURNAME_PARTICLES.has(tokens[j]!) && /^\p{Ll}/u.test(words[j]!.text) && j + 1 < words.length) {
    const e = nameEnd(view, j + 1, false);
    return e > j + 1 && e - j <= MAX_NAME ? [j, e, j] : null;
  }
  if (!PORTFOLIO_OPENERS.has(words[j]!.text)) {
    const e = nameEnd(view, j, true);
    return e > j ? [j, e, j] : null;
  }
  j++;
  if (words[j]?.text === 'the') j++;
  const first = j;
  // the portfolio: capitalised words and links, up to the first word that opens a name
  for (; j < words.length && j - first < MAX_PORTFOLIO && sameSpeaker(view.ctx, h, j); j++) {
    const text = words[j]!.text;
    if (PORTFOLIO_LINKS.has(text)) {
      if (j === first || !CAPITAL.test(words[j + 1]?.text ?? '')) return null;
      continue;
    }
    if (j > first && !PORTFOLIO_LINKS.has(words[j - 1]!.text) && opensName(view, j)) {
      const e = nameEnd(view, j, false);
      if (e > j) return [j, e, first];
    }
    if (!portfolioWord(view, j)) return null;
  }
  return null;
}

/** Adds the names of office holders written after their title and portfolio. */
export function addOfficeHolderNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let h = 0; h + 1 < words.length; h++) {
    if (covered[h]) continue;
    const found = holderAfter(view, h);
    if (!found) continue;
    const [s, e, portfolio] = found;
    // a name found already inside the holder's name grows to it ("Quenn" found by "said"), one
    // that took in words of the portfolio ("Defense Ada Quist") gives them back; one reaching
    // anywhere else is left as it is
    const inside = (c: Candidate): boolean => c.startWord >= portfolio && c.endWord <= e;
    if (out.some((c) => c.startWord < e && c.endWord > s && !inside(c))) continue;
    for (let n = out.length - 1; n >= 0; n--)
      if (out[n]!.endWord > portfolio && out[n]!.startWord < e && inside(out[n]!)) out.splice(n, 1);
    out.push(make(s, e, 'cue:context'));
    // the title and its portfolio are marked too: no later pass grows the name over them
    covered.fill(1, h, e);
    h = e - 1;
  }
}
