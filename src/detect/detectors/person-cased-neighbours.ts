/**
 * In formatted text, a found name grows over the title-case words right next to it that no list
 * and no English dictionary holds: "Colonel [Tesmaru] L. Zavrinek", "reported that Velkor
 * [Amundai] was", "Oskenbay [Rimuhalo] de Tazmirek". English writes an ordinary word inside a
 * sentence in lower case, and a word no dictionary holds inside the same run of capitals as a
 * person's name is the rest of that name (a given name before it, a family name after it). This
 * pass runs last, over every found name, so names found by their recurrence grow too.
 *
 * A neighbour joins only when the run of capitals ends with it: a closing mark, a possessive, a
 * word in lower case or another speaker after it (a longer run is a title, a firm or a headline);
 * on the left the run must open at it (a sentence's start, a lower-case word, a comma, a title or
 * role) and not after a determiner or a preposition of place ("the Velkor", "in Kuhe"). A middle
 * initial ("L.") or a surname particle ("de", "van der") may stand between. Brands, places, towns
 * and words that never are names are left alone; raw ASR has no capitals to read.
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName, isTownName } from './person-tags.js';

/** A word of a name as written: "Amundai", "O'Velkor", "Tazmi-Rekova", a possessive and closing marks after it. */
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:['’]s?)?[,.;:!?)"”]*$/u;
/** Marks that close a run of capitals at the word they follow. */
const CLOSES = /(?:['’]s?|[,.;:!?)"”])$/u;
/** A middle initial inside a name: "L.", "S". */
const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLES = wordSet('names/particles');
const DETERMINERS = wordSet('names/context/determiners');
/** Prepositions of place and motion: a run of capitals after them names a place as often as a person. */
const LOCATIVE = wordSet('names/context/motion-prepositions');
/** Titles, ranks and roles: a run of capitals may open right after them ("Colonel Tesmaru ..."). */
const OPENERS = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/cues/rank'),
  ...wordSet('names/context/formal-titles'),
  ...wordSet('names/context/office-titles'),
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/context/occupations'),
]);

const bare = (text: string): string =>
  text
    .replace(/[,.;:!?)"”]+$/u, '')
    .replace(/['’]s?$/u, '')
    .toLowerCase();

/** Is word j a free title-case word no list and no dictionary holds, of a name's shape? */
function unknownNameWord(view: ExtendView, j: number, covered: Uint8Array): boolean {
  const text = view.ctx.words[j]?.text;
  if (text === undefined || covered[j] || view.masked(j) || !NAME_TEXT.test(text)) return false;
  if (view.evidence(j) !== NameEvidence.Unknown) return false;
  const base = bare(text);
  return !(isBrand(base) || isPlaceName(base) || isTownName(base) || isFunctionWord(base));
}

/** Does the run of capitals stop after word j: a closing mark, the end, another speaker, a lower-case word? */
function runEndsAfter(view: ExtendView, j: number): boolean {
  const { words } = view.ctx;
  if (CLOSES.test(words[j]!.text) || j + 1 >= words.length || !sameSpeaker(view.ctx, j, j + 1)) return true;
  return !/^["'(“]*\p{Lu}/u.test(words[j + 1]!.text);
}

/** Does a run of capitals open at k: a sentence's start, after a lower-case word, a comma or a title? */
function runOpensAt(view: ExtendView, k: number): boolean {
  const { words, tokens } = view.ctx;
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k)) return true;
  const prev = words[k - 1]!.text;
  if (/[.!?]["”')\]]*$/u.test(prev)) return true;
  // "Kurdish: ...": a label's colon opens a value, not a person's name
  if (/:$/u.test(prev)) return false;
  if (/^\p{Lu}/u.test(prev)) return /[,;]$/u.test(prev) || OPENERS.has(bare(prev));
  if (/[,;]$/u.test(prev) || prev === '&') return true;
  if (!/^\p{Ll}/u.test(prev)) return false;
  const p = tokens[k - 1]!;
  // "Comércio de Bicicletas": after a particle the word is part of a name or a phrase already
  // "reported that Tesmaru [Orvenko]": before a name "that" opens a clause, not a noun phrase
  return !((DETERMINERS.has(p) && p !== 'that') || LOCATIVE.has(p) || PARTICLES.has(p));
}

/** Is word j a title-case word (the found name is written in capitals)? */
const titleCase = (view: ExtendView, j: number): boolean =>
  /^["'(“]*\p{Lu}\p{Ll}/u.test(view.ctx.words[j]?.text ?? '');

/** Counts the name words of [s, e): initials and particles left out. */
function nameWords(view: ExtendView, s: number, e: number): number {
  let n = 0;
  for (let j = s; j < e; j++)
    if (!INITIAL.test(view.ctx.words[j]!.text) && !PARTICLES.has(view.ctx.words[j]!.text)) n++;
  return n;
}

/** End of the found name [s, e) grown over an initial or particles and one or two unknown words after it, or e. */
function grownEnd(view: ExtendView, s: number, e: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  if (CLOSES.test(words[e - 1]!.text) || !titleCase(view, e - 1)) return e;
  let j = e;
  // "Tesmaru L. Zavrinek", "Oskenbay de la Tazmirek": an initial or particles between
  if (INITIAL.test(words[j]?.text ?? '') && !/^I$/u.test(words[j]!.text)) j++;
  else while (j < e + 2 && PARTICLES.has(words[j]?.text ?? '')) j++;
  if (j >= words.length || !sameSpeaker(view.ctx, e - 1, j) || covered.subarray(e, j).some((x) => x === 1))
    return e;
  // one or two such words ("Tesmaru C. Zavrinek Olumbe,"), the run of capitals ending with them
  let last = j;
  if (!unknownNameWord(view, j, covered)) return e;
  if (
    !CLOSES.test(words[j]!.text) &&
    sameSpeaker(view.ctx, j, j + 1) &&
    unknownNameWord(view, j + 1, covered)
  )
    last = j + 1;
  if (!runEndsAfter(view, last)) return e;
  if (isPlaceName(`${view.base[e - 1]!} ${view.base[j]!}`)) return e;
  return last + 1;
}

/** Start of the found name [s, e) grown over one unknown word (and particles) before it, or s. */
function grownStart(view: ExtendView, s: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  if (s < 1 || !titleCase(view, s)) return s;
  // "Velmaro de [Drozinek]": particles between the given name and the found family name
  let k = s - 1;
  while (k > s - 3 && k > 0 && PARTICLES.has(words[k]!.text) && !covered[k]) k--;
  if (k < 0 || !sameSpeaker(view.ctx, k, s)) return s;
  if (!unknownNameWord(view, k, covered) || CLOSES.test(words[k]!.text) || !runOpensAt(view, k)) return s;
  if (isPlaceName(`${view.base[k]!} ${view.base[s]!}`)) return s;
  return k;
}

export function growCasedNeighbours(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    if (c.type !== 'PERSON') continue;
    // one name word found ("Amundai", "Tesmaru L."): a full name found already ends where it does,
    // and the word next to it is a firm's or a heading's ("Velkor Amundai Brightlane 31 ...")
    if (nameWords(view, c.startWord, c.endWord) !== 1) continue;
    let { startWord: s, endWord: e } = c;
    e = grownEnd(view, s, e, covered);
    if (e === c.endWord) s = grownStart(view, s, covered);
    if (s === c.startWord && e === c.endWord) continue;
    out[n] = make(s, e, c.reason ?? 'capitalised');
    covered.fill(1, s, e);
  }
}
