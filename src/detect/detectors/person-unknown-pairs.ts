/**
 * Full names that no list holds, in running formatted prose: "then he met Velkor Amundai in 1977",
 * "featuring Tesmira Obrani, Kuvo Dessrak & Ilvar Moss". English writes an ordinary word inside a
 * sentence in lower case, so two or three title-case words there that no English dictionary, name,
 * place or brand list holds are a proper name; a place, a firm or a work of one's own is mostly
 * written with a word the lists hold ("Lake", "Records", "Sevenfold") or after a determiner or a
 * preposition of place ("the Kuhe Sabzan", "in Oude Venen"), and a title-case phrase goes on in
 * capitals. The run must open inside a sentence after a lower-case word, a comma or "&", and close
 * at a closing mark or before a lower-case word.
 *
 * Left alone: sentence starts and headings (person-cased-grow.ts reads the verb after them), runs
 * inside a longer run of capitals, runs after "the", "a", "his" ... or "in", "at", "from", "to",
 * after "of" that follows a capital ("Republic of ..."), words glued from English words
 * ("Getraised": firms), plurals ("Velkorans": peoples), and raw ASR (no capitals to read).
 */
import type { Candidate } from '../../types.js';
import { isBrand } from '../brands.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence } from '../gazetteer/name-evidence.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { placeName } from './person-genres.js';
import { firmWord } from './person-unknown-lists.js';
import { isPlaceName } from './person-tags.js';
import { unknownRunInPersonPlace } from './person-unknown-places.js';

/** A word of a name as written, with a possessive or closing marks after it ("O'Lebiwani,", "Amundai.\""). */
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:['’]s?)?[,.;:!?)"”]*$/u;
/** Marks that close the run at the word they follow. */
const CLOSES = /(?:['’]s?|[,.;:!?)"”])$/u;
const DETERMINERS = wordSet('names/context/determiners');
/** Prepositions of place and motion: a run of capitals after them names a place as often as a person. */
const LOCATIVE = new Set([...wordSet('names/context/motion-prepositions'), 'onto', 'within', 'throughout']);
/** Heads of places and things: a word seen before one in the call names that place ("Aabenraa County"). */
const HEADS = new Set([
  ...wordSet('names/context/place-heads'),
  ...wordSet('names/context/thing-heads'),
  ...wordSet('names/context/named-thing-heads'),
]);
/** Nouns and verbs that a work's or a thing's name follows: "its title is ...", "a film entitled ...". */
const WORK_NAMING = new Set(['title', 'titled', 'entitled', 'subtitle', 'subtitled', 'motto', 'slogan']);
/** Words between such a noun and the name: "its original title was", "a film later titled". */
const BETWEEN = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'also', 'later', 'now', 'originally']);
const MAX_BETWEEN = 3;
const PARTICLES = wordSet('names/particles');
const KIN = wordSet('names/context/kin-nouns');
/** A middle initial ("L.") or a nickname in quotes ('"Stiprevsk"') inside a full name. */
const INNER = /^(?:\p{Lu}\.|["“]\p{Lu}\p{Ll}+["”])$/u;
/** Title-case words of a run no list holds, and all its words with particles, initials, nicknames. */
/** Nouns of a person's role or office: "NASA Administrator Velkor Amundai", "Velkor Amundai, editor at ...". */
const ROLES = new Set([
  ...wordSet('names/context/news-roles'),
  ...wordSet('names/cues/role-nouns'),
  ...wordSet('names/context/occupations'),
  ...wordSet('names/context/office-titles'),
]);
/** Nouns of a person after "a"/"an"/"the" in an apposition: "Velkor Amundai, an Australian woman". */
const PERSON_NOUNS = new Set(['man', 'woman', 'boy', 'girl', 'resident', 'native', 'member', ...KIN]);
/** Words of an apposition read for its noun: "a former senior editor". */
const APPOSITION_SPAN = 4;
/** Oldest age written after a name: "Velkor Amundai, 42, ...". */
const MAX_AGE = 120;
/** Verbs whose objects are products, not people: "they sold Velkor Amundai last year". */
const MAKING = new Set([
  ...wordSet('names/context/making-verbs'),
  ...['buy', 'buys', 'bought', 'launch', 'launches', 'launched', 'release', 'releases', 'released'],
]);
/** Titles and ranks written before a full name: "Colonel Velkor L. Amundai", "Dr. Velkor Amundai". */
const TITLES = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/cues/rank'),
  ...wordSet('names/context/formal-titles'),
]);
/** Verbs of travel: their objects are places ("we visited Kvarnby Utsel"). */
const TRAVEL = wordSet('names/context/travel-verbs');
const MIN_RUN = 2;
const MAX_RUN = 3;
const MAX_WORDS = 5;
/** Shortest word read as glued from English words ("Getraised"): shorter ones split so by chance. */
const MIN_GLUED = 7;

const bare = (text: string): string =>
  text
    .replace(/[,.;:!?)"”]+$/u, '')
    .replace(/['’]s?$/u, '')
    .toLowerCase();

/**
 * The bare base of word j when it is a free title-case word of a name's shape that no name list,
 * dictionary, brand, place or function-word list holds ("Velkor," -> "velkor"); else undefined.
 * Shared with person-cased-addressed.ts.
 */
export function unlistedTitleWord(view: ExtendView, j: number, covered: Uint8Array): string | undefined {
  const text = view.ctx.words[j]?.text;
  if (text === undefined || covered[j] || view.masked(j) || !NAME_TEXT.test(text)) return undefined;
  if (view.evidence(j) !== NameEvidence.Unknown) return undefined;
  const base = bare(text);
  return isBrand(base) || isPlaceName(base) || isFunctionWord(base) ? undefined : base;
}

/** Is word j a title-case word that no list holds, free and of a name's shape? */
function unknownNameWord(view: ExtendView, j: number, covered: Uint8Array): boolean {
  const base = unlistedTitleWord(view, j, covered);
  if (base === undefined) return false;
  const text = view.ctx.words[j]!.text;
  // "Velkorans", "Getraised": peoples and firms, not a person's name
  if (/[^s]s$/u.test(base) && !/['’]s?[,.;:!?)"”]*$/u.test(text)) return false;
  return !(base.length >= MIN_GLUED && firmWord(base));
}

/** Does a run of names open at k: inside a sentence, after a lower-case word, a comma or "&"? */
function opensAt(view: ExtendView, k: number): boolean {
  const { words, tokens } = view.ctx;
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k)) return false;
  const prev = words[k - 1]!.text;
  // "Colonel Velkor L. Amundai", "NASA Administrator Velkor Amundai": a title or a role opens a name
  const title = prev.replace(/\.$/u, '').toLowerCase();
  if (/^\p{Lu}\p{Ll}+\.?$/u.test(prev) && (TITLES.has(title) || ROLES.has(title))) return true;
  if (prev === '&' || /^\p{Ll}[\p{Ll}'’-]*,$/u.test(prev)) return true;
  // '"It was worse," Velkor Amundai, editor at ...': the speaker after a quotation closed by a comma
  if (/,["”]$/u.test(prev)) return true;
  if (/,$/u.test(prev)) return /^\p{Lu}/u.test(prev) && k >= 2 && !/[.!?:;]$/u.test(words[k - 2]!.text);
  if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(prev)) return false;
  const p = tokens[k - 1]!;
  if (DETERMINERS.has(p) || LOCATIVE.has(p) || MAKING.has(p) || TRAVEL.has(p)) return false;
  // "Republic of Kuhe Sabzan", "Order of ...": a capital before "of" names a thing
  if (p === 'of' && /^\p{Lu}/u.test(words[k - 2]?.text ?? '')) return false;
  return true;
}

/** The next item of a list of full names: "Velkor", "P.", "Betheshizo" then "O'Lebiwani,". */
const ITEM_WORD = /^(?:\p{Lu}\.|(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)$/u;

/** Does a list of names go on after the run ending at end: ", Velkor Amundai", ", P. Amundai", "and ..."? */
function listGoesOn(view: ExtendView, end: number, covered: Uint8Array): boolean {
  const { words, tokens } = view.ctx;
  const t = tokens[end] ?? '';
  if (t === 'and' || t === '&' || t === 'or') return true;
  if (!/,$/u.test(words[end - 1]!.text) || !sameSpeaker(view.ctx, end - 1, end)) return false;
  // the next item is a name found already: "..., Velkor Amundai, Tesmira Obrani, ..."
  if (covered[end] && covered[end + 1] && /^\p{Lu}/u.test(words[end]!.text)) return true;
  return (
    ITEM_WORD.test(words[end]?.text ?? '') && ITEM_WORD.test((words[end + 1]?.text ?? '').replace(/,$/u, ''))
  );
}

/** Relative pronouns of a person: "Velkor Amundai, who runs the bakery". */
const PERSON_RELATIVES = new Set(['who', 'whom']);

/** Does the word before k end a run of capitals that no stop closes ("There's Velkor Amundai, who")? */
function afterCapital(view: ExtendView, k: number): boolean {
  const prev = view.ctx.words[k - 1]?.text ?? '';
  if (k === 0 || !sameSpeaker(view.ctx, k - 1, k) || !/^\p{Lu}\p{Ll}*(?:['’]s)?$/u.test(prev)) return false;
  // "The Velkor Amundai, who ...": a determiner names a thing or a group
  return !DETERMINERS.has(view.ctx.tokens[k - 1]!);
}

/** Does "who" (or "whom") follow the run ending at end, with or without a comma? */
function personRelativeAfter(view: ExtendView, end: number): boolean {
  const next = view.ctx.words[end]?.text ?? '';
  if (!PERSON_RELATIVES.has(next) || !sameSpeaker(view.ctx, end - 1, end)) return false;
  return !/[.!?;:]["”)]*$/u.test(view.ctx.words[end - 1]!.text);
}

/** Pronouns that take up a person set off before them: "Velkor Amundai, he's coming on board". */
const RESUMING = /^(?:he|she)(?:['’](?:s|d|ll))?$/u;

/**
 * Does the comma after the run (ending at end) close an apposition or a dislocated subject whose
 * sentence goes on in lower case: "Co-founder of Brightlane, Velkor Amundai, personally met ...",
 * "Ondrulek Pavrinek, Velkor Amundai, people like that"? A street, a town or a clause word
 * ("where", "and", "in") after the comma is no sign of a person.
 */
function clauseGoesOn(view: ExtendView, end: number): boolean {
  const { words, tokens } = view.ctx;
  if (!/,$/u.test(words[end - 1]!.text) || !sameSpeaker(view.ctx, end - 1, end)) return false;
  const next = words[end]?.text ?? '';
  if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(next)) return false;
  return RESUMING.test(next) || !isFunctionWord(tokens[end]!);
}

/** Does the sentence go on in lower case or end after the run: "..., Velkor Amundai were there." */
function listEnds(view: ExtendView, end: number): boolean {
  const last = view.ctx.words[end - 1]!.text;
  if (/[.!?;]["”)]*$/u.test(last)) return true;
  return !/[,:]$/u.test(last) && /^\p{Ll}/u.test(view.ctx.words[end]?.text ?? '');
}

/** Is word j a particle, a middle initial or a nickname in quotes inside a name? */
function innerWord(view: ExtendView, j: number): boolean {
  const text = view.ctx.words[j]?.text ?? '';
  return PARTICLES.has(text) || INNER.test(text);
}

/** Is the lone name at k set off after a noun of kin: "his brother, Velkor, founded", "one daughter, Tesmira."? */
function kinApposition(view: ExtendView, k: number): boolean {
  const { words, tokens } = view.ctx;
  const prev = words[k - 1]!.text;
  if (!/^\p{Ll}+,$/u.test(prev) || !KIN.has(tokens[k - 1]!.replace(/,$/u, ''))) return false;
  return /[,.;)]$/u.test(words[k]!.text);
}

/** Is word j (lower case, a closing comma allowed) a noun of a role or of a person? */
function roleAt(view: ExtendView, j: number, nouns: ReadonlySet<string>): boolean {
  const t = view.ctx.tokens[j]?.replace(/[,.]$/u, '') ?? '';
  return nouns.has(t) || (t.endsWith('s') && nouns.has(t.slice(0, -1)));
}

/**
 * Does an apposition that tells a person follow the run ending at end ("Velkor Amundai, 42,",
 * "Velkor Amundai, editor at large", "Velkor Amundai, an Australian woman")? The run at a
 * sentence's start has no other cue: a place or a firm has no age and no job.
 */
function personApposition(view: ExtendView, end: number): boolean {
  const { words } = view.ctx;
  if (!/,$/u.test(words[end - 1]!.text) || !sameSpeaker(view.ctx, end - 1, end)) return false;
  const first = words[end]?.text ?? '';
  const age = /^(\d{1,3}),$/u.exec(first);
  if (age) return Number(age[1]) <= MAX_AGE;
  // "Velkor Amundai, he's ...": a pronoun of a person takes the subject up again
  if (RESUMING.test(first)) return true;
  if (!/^\p{Ll}/u.test(first)) return cappedRole(view, end);
  if (roleAt(view, end, ROLES)) return true;
  if (!['a', 'an', 'the', 'former'].includes(view.ctx.tokens[end]!)) return false;
  for (let j = end + 1; j <= end + APPOSITION_SPAN && j < words.length; j++) {
    if (roleAt(view, j, ROLES) || roleAt(view, j, PERSON_NOUNS)) return true;
    if (/[,.;:!?]$/u.test(words[j]!.text)) return false;
  }
  return false;
}

/** Longest role written in capitals after a name: "Velkor Amundai, State Senator", "..., Harbour Administrator,". */
const MAX_CAPPED_ROLE = 3;

/** Do up to three capitalised words from j end in a role noun and the apposition's close? */
function cappedRole(view: ExtendView, j: number): boolean {
  const { words } = view.ctx;
  for (let i = j; i < j + MAX_CAPPED_ROLE && i < words.length; i++) {
    const text = words[i]!.text;
    if (!/^\p{Lu}/u.test(text) || !sameSpeaker(view.ctx, j, i)) return false;
    const closed = /[,.;]$/u.test(text);
    if (roleAt(view, i, ROLES) && (closed || i + 1 >= words.length || /^\p{Ll}/u.test(words[i + 1]!.text)))
      return true;
    if (closed) return false;
  }
  return false;
}

/** Verbs of one person after "who": "Velkor, who is our editor", "..., who founded"; not "who are". */
const SINGULAR_VERB = /^(?:is|was|has|had|does|did|will|would|can|could|\p{Ll}{3,}ed|\p{Ll}{3,}[^s]s)$/u;

/** Is the lone name ending at end set off before "who" and a verb of one person? */
function loneBeforeWho(view: ExtendView, end: number): boolean {
  const { words, tokens } = view.ctx;
  if (!/^\p{Lu}\p{Ll}+,$/u.test(words[end - 1]!.text) || tokens[end] !== 'who') return false;
  return sameSpeaker(view.ctx, end - 1, end + 1) && SINGULAR_VERB.test(words[end + 1]?.text ?? '');
}

/** A regnal or generational numeral after a name, up to XXIX, with one closing mark: "II", "IV,", "I.". */
const NUMERAL = /^(?:X{0,2})(?:IX|IV|V?I{0,3})[,.;)]?$/u;
/** Words after a bare "I" that leave it a numeral, not the pronoun: "Velkor I in 1602", "Velkor I and his son". */
const AFTER_NUMERAL = new Set(['in', 'and', 'of', 'from', 'between', 'until', 'to', 'who', 'whose']);

/** Is word j a numeral of a name ("Velkor Amundai II"); a bare "I" only before a closing mark or a preposition? */
function regnalAt(view: ExtendView, j: number): boolean {
  const text = view.ctx.words[j]?.text ?? '';
  if (text === '' || !NUMERAL.test(text) || /^[,.;)]/u.test(text)) return false;
  if (!/^I[,.;)]?$/u.test(text)) return true;
  return text !== 'I' || AFTER_NUMERAL.has(view.ctx.tokens[j + 1] ?? '');
}

/** Is k at a sentence's start (or the call's)? */
const sentenceStart = (view: ExtendView, k: number): boolean =>
  k === 0 || !sameSpeaker(view.ctx, k - 1, k) || /[.!?]["')\]]*$/u.test(view.ctx.words[k - 1]!.text);

/**
 * A found name that opens with a word no list holds grows over one such title-case word before it
 * where a run of names may open: "NASA Administrator [Wemizu] Webozu", "reported that [Velkor]
 * Amundai was": the found name holds the family name, the word before is its given name.
 */
function growLeft(view: ExtendView, out: Candidate[], covered: Uint8Array, make: Make): void {
  const { words } = view.ctx;
  for (let n = 0; n < out.length; n++) {
    const c = out[n]!;
    const k = c.startWord - 1;
    if (k < 0 || view.evidence(c.startWord) !== NameEvidence.Unknown) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(words[c.startWord]!.text) || !sameSpeaker(view.ctx, k, c.startWord)) continue;
    if (!unknownNameWord(view, k, covered) || CLOSES.test(words[k]!.text)) continue;
    const opens = sentenceStart(view, k) || opensAt(view, k) || (k > 0 && roleAt(view, k - 1, ROLES));
    if (!opens || isPlaceName(`${view.base[k]!} ${view.base[c.startWord]!}`)) continue;
    out[n] = make(k, c.endWord, c.reason ?? 'capitalised');
    covered[k] = 1;
  }
}

/** Does a thing's naming noun or a work's naming verb stand right before k ("its title is ...")? */
function namesAWork(view: ExtendView, k: number): boolean {
  const { tokens, words } = view.ctx;
  let j = k - 1;
  for (let n = 0; j >= 0 && n < MAX_BETWEEN && BETWEEN.has(tokens[j]!); n++) j--;
  if (j < 0 || /[.!?;:]$/u.test(words[j]!.text)) return false;
  return WORK_NAMING.has(tokens[j]!) || (j < k - 1 && HEADS.has(tokens[j]!));
}

/** Lower-case words of the call written right before a head of a place or a thing ("Aabenraa County"). */
function wordsBeforeHeads(view: ExtendView): Set<string> {
  const { tokens } = view.ctx;
  const seen = new Set<string>();
  for (let i = 1; i < tokens.length; i++)
    if (HEADS.has(tokens[i]!) && /^\p{Lu}/u.test(view.ctx.words[i]!.text)) seen.add(tokens[i - 1]!);
  return seen;
}

export function addUnknownPairNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  growLeft(view, out, covered, make);
  let placeWords: Set<string> | undefined;
  for (let k = 0; k + 1 < words.length; k++) {
    // a run opens on an unknown name word, else it names nothing below (asked first: most words fail it)
    if (covered[k] || !unknownNameWord(view, k, covered) || namesAWork(view, k)) continue;
    // at a sentence's start only an apposition tells a person ("Velkor Amundai, 42, ..."); after a
    // capital ("There's Velkor Amundai, who ...") only "who"
    const opens = opensAt(view, k);
    const atStart = !opens && sentenceStart(view, k);
    if (!opens && !atStart && !afterCapital(view, k)) continue;
    let end = k;
    let named = 0;
    while (named < MAX_RUN && end - k < MAX_WORDS && sameSpeaker(view.ctx, k, end)) {
      if (unknownNameWord(view, end, covered)) {
        named++;
        end++;
        if (CLOSES.test(words[end - 1]!.text)) break;
        continue;
      }
      // "Velkor de Amundai", "Velkor L. Amundai", 'Velkor "Vel" Amundai': name structure between name words
      if (end > k && innerWord(view, end) && unknownNameWord(view, end + 1, covered)) {
        end++;
        continue;
      }
      break;
    }
    if (named < MIN_RUN) {
      const lone = opens && named === 1 && end === k + 1;
      if (lone && (kinApposition(view, k) || loneBeforeWho(view, end)))
        placeName(out, covered, k, end, make, 'capitalised');
      continue;
    }
    // "established by Velkor Amundai I in 1602", "Velkor Amundai II": a regnal or generational numeral
    if (regnalAt(view, end) && sameSpeaker(view.ctx, end - 1, end) && !CLOSES.test(words[end - 1]!.text))
      end++;
    const relative = personRelativeAfter(view, end);
    if (!opens && !atStart && !relative) continue;
    if (atStart && !relative && !personApposition(view, end) && !unknownRunInPersonPlace(view, k, end))
      continue;
    // the run ends at a closing mark or before a lower-case word: "Velkor Amundai Records" goes on
    const last = words[end - 1]!.text;
    const next = words[end]?.text ?? '';
    // a bracket after the run ends it: "Velkor Amundai (February 6, 1839 - ...)"
    if (!CLOSES.test(last) && /^["']*\p{Lu}/u.test(next) && sameSpeaker(view.ctx, end - 1, end)) continue;
    if (isPlaceName(view.base.slice(k, end).join(' '))) continue;
    // after a name and a comma the run is an item of a list only when the list goes on with another
    // title-case item or "and": "Mira Tolvanen, Kvarnby Utsel 12, ..." is her address
    if (
      /^\p{Lu}.*,$/u.test(words[k - 1]?.text ?? '') &&
      !listGoesOn(view, end, covered) &&
      !listEnds(view, end) &&
      !clauseGoesOn(view, end) &&
      !relative
    )
      continue;
    // "Kvarnby Utsel 12, 4820 ...": a street before its house number; "Velkor Amundai, 42," is an age
    if (/^\d/u.test(next) && !(/,$/u.test(last) && /^\d{1,3},$/u.test(next))) continue;
    // "Velkor Amundai, which ...": a thing's relative pronoun
    if (view.ctx.tokens[end] === 'which' && sameSpeaker(view.ctx, end - 1, end)) continue;
    // "Aabenraa County ... forming Aabenraa-Sonderbor": a word the call writes before a place's head
    placeWords ??= wordsBeforeHeads(view);
    const seen = placeWords;
    const parts = words.slice(k, end).flatMap((w) => bare(w.text).split('-'));
    if (parts.some((p) => seen.has(p))) continue;
    placeName(out, covered, k, end, make, 'capitalised');
    k = end - 1;
  }
}
