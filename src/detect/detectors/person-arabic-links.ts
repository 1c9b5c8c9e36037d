/**
 * Arabic names in Latin transliteration hold linking words (lexicons/names/context/name-links:
 * "al", "bin", "ibn", "abu", "abd") that never end a name and join its parts:
 * - a PERSON candidate that ends in a link runs on over the next name word ("hamdan faraj al
 *   [nuaimi]" in raw ASR, where the hyphen of "al-Nuaimi" is lost);
 * - in formatted text, a nisba or family name written with its article and a hyphen right after a
 *   candidate ends it ("Rania Salem [al-Obeidi]");
 * - two candidates with a link between them are one name ("Yusuf [bin] Hamad"), and so is a
 *   candidate with "bin"/"ibn"/"bint" and a given name before it ("[yusuf bin] hamad");
 * - in formatted text, a kunya's "Abu" / "Umm" or a theophoric "Abd" written right before a
 *   candidate opens it ("[Umm] Salma al-Hashimi"); a theophoric given name ("Abd al-Rahman") is
 *   followed by the family name ("Abd al-Rahman [Qaddouri]");
 * - a candidate ending in a link and the candidate right after it are one name; a lower-case link
 *   with no name word after it leaves the candidate;
 * - raw ASR (round 26): a link and a name word that is no English word after a candidate join it
 *   ("[bashar] al tamsani"); up to three name words said before a link open the candidate after
 *   it ("velkor darsi al [quzmani]"), unless a noun that opens a group's or place's name is among
 *   them (lexicons/names/context/link-openers, place-prefixes: "jaysh al ...", "wadi al ..."); a
 *   candidate opening with a link a few words after such a noun is the rest of that name and goes
 *   ("jaysh at tovra [al quzmani]").
 * A name word after a link is capitalised in formatted text; in raw ASR it is no English word and
 * no function word, or a listed name. Nothing crosses a phrase end or a change of speaker.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isCommonWord, isFunctionWord } from '../gazetteer/common-words.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';
import { isUncased, sameSpeaker, PHRASE_OR_BRACKET_END } from '../call-words.js';

const LINKS = wordSet('names/context/name-links');
/** Words that open a place's or a group's name before a link ("wadi al ...", "jaysh al ..."). */
const NOT_NAME_OPENERS = new Set([
  ...wordSet('names/context/place-prefixes'),
  ...wordSet('names/context/link-openers'),
]);
/** Links that join a father's name to a given name ("son of", "daughter of"). */
const FILIAL = new Set(['bin', 'ibn', 'bint']);
/** Kunya and theophoric openers written before a name in formatted text. */
const OPENERS = new Set(['Abu', 'Umm', 'Abd']);
const NISBA = /^(?:al|el|ad|an|ar|as|ash|at|az|ud)-\p{Lu}\p{L}+/u;
const CAPITALISED_NAME = /^\p{Lu}\p{Ll}/u;

/** Are words a and b (a < b) in one phrase of one speaker? */
function joined(ctx: DetectionContext, a: number, b: number): boolean {
  if (a < 0 || b >= ctx.words.length || !sameSpeaker(ctx, a, b)) return false;
  for (let k = a; k < b; k++) if (PHRASE_OR_BRACKET_END.test(ctx.words[k]!.text)) return false;
  return true;
}

/** Is word k a name word after a link: capitalised, or in raw ASR no English or function word? */
function nameWord(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const text = ctx.words[k]?.text;
  if (text === undefined) return false;
  if (!uncased) return CAPITALISED_NAME.test(text) || NISBA.test(text);
  const token = nameBase(ctx.tokens[k]!);
  if (!/^\p{Ll}{2,}$/u.test(token) || LINKS.has(token) || isFunctionWord(token)) return false;
  return nameKinds(token) !== 0 || !isCommonWord(token);
}

/** Raw ASR: name words said before a link and the candidate after it ("hamdan faraj al [nuaimi]"). */
const BEFORE_LINK = 3;

/**
 * Raw ASR, a candidate right after a link: where the name opens if the words before the link are
 * name words (a listed name or no English word; at most BEFORE_LINK), else `start`.
 */
function namesBeforeLink(ctx: DetectionContext, start: number, taken: (k: number) => boolean): number {
  // Spanish "el" is an article before a noun far more often than a link in a name
  if (ctx.tokens[start - 1] === 'el') return start;
  let from = start - 1;
  while (
    start - 1 - from < BEFORE_LINK &&
    joined(ctx, from - 1, start) &&
    !taken(from - 1) &&
    nameWord(ctx, from - 1, true)
  )
    from--;
  // "jaysh al orvel", "wadi al tamsby": a group or a place, not a person
  for (let k = from; k < start - 1; k++) if (NOT_NAME_OPENERS.has(nameBase(ctx.tokens[k]!))) return start;
  return from < start - 1 ? from : start;
}

/** Words looked back over from a link for the noun that opens a group's or place's name. */
const OPENER_BACK = 3;

/**
 * Raw ASR: does a candidate opening with a link at `start` continue a name that a group's or place's
 * noun opened a few words before ("jaysh at tamir al ...", "wadi tamsa al ...")?
 */
function groupTail(ctx: DetectionContext, start: number): boolean {
  if (!isLink(ctx, start)) return false;
  for (let k = start - 1; k >= Math.max(0, start - OPENER_BACK); k--) {
    if (!joined(ctx, k, start)) return false;
    if (NOT_NAME_OPENERS.has(nameBase(ctx.tokens[k]!))) return true;
  }
  return false;
}

const isLink = (ctx: DetectionContext, k: number): boolean => LINKS.has(ctx.tokens[k] ?? '');

/**
 * Does [start, end) end in a theophoric given name, "Abd al-Rahman" or "abd al rahman" (servant of
 * one of the names of God)? The family name comes after it.
 */
function theophoricEnd(ctx: DetectionContext, start: number, end: number): boolean {
  const t = (k: number): string => (k >= start ? (ctx.tokens[k] ?? '') : '');
  return (t(end - 2) === 'abd' && /^al-?/u.test(t(end - 1))) || (t(end - 3) === 'abd' && t(end - 2) === 'al');
}

export function joinArabicLinks(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON')) return [...candidates];
  const uncased = isUncased(ctx.words);
  const others = candidates.filter((c) => c.type !== 'PERSON');
  const persons = candidates.filter((c) => c.type === 'PERSON').sort((a, b) => a.startWord - b.startWord);
  const taken = (k: number): boolean => candidates.some((o) => o.startWord <= k && k < o.endWord);
  const out: Candidate[] = [];
  for (const c of persons) {
    // raw ASR "jaysh at tamir [al quzmani]": the rest of a group's or place's name
    if (uncased && groupTail(ctx, c.startWord)) continue;
    let { startWord: start, endWord: end } = c;
    // the name runs on over a link and the name word after it, or a hyphenated nisba
    for (;;) {
      if (isLink(ctx, end - 1) && joined(ctx, end - 1, end) && nameWord(ctx, end, uncased) && !taken(end))
        end++;
      else if (
        uncased &&
        isLink(ctx, end) &&
        joined(ctx, end - 1, end + 1) &&
        !taken(end) &&
        !taken(end + 1) &&
        nameWord(ctx, end + 1, uncased) &&
        !isCommonWord(nameBase(ctx.tokens[end + 1]!))
      )
        end += 2; // raw ASR "[bashar] al assad": the hyphen of "al-Assad" is not heard
      else if (!uncased && NISBA.test(ctx.words[end]?.text ?? '') && joined(ctx, end - 1, end) && !taken(end))
        end++;
      else if (
        theophoricEnd(ctx, start, end) &&
        joined(ctx, end - 1, end) &&
        nameWord(ctx, end, uncased) &&
        !taken(end)
      )
        end++;
      else break;
    }
    // a link with no name word after it is not part of the name ("we met nasser al and then ...")
    while (end - start > 1 && isLink(ctx, end - 1) && /^\p{Ll}/u.test(ctx.words[end - 1]!.text)) end--;
    // "[yusuf] bin hamad": a given name and a filial link before the candidate
    if (
      FILIAL.has(ctx.tokens[start - 1] ?? '') &&
      joined(ctx, start - 2, start) &&
      !taken(start - 1) &&
      (uncased
        ? (nameKinds(nameBase(ctx.tokens[start - 2]!)) & GIVEN) !== 0
        : CAPITALISED_NAME.test(ctx.words[start - 2]!.text))
    )
      start -= 2;
    else if (uncased && isLink(ctx, start - 1) && !taken(start - 1))
      start = namesBeforeLink(ctx, start, taken);
    else if (
      !uncased &&
      OPENERS.has(ctx.words[start - 1]?.text ?? '') &&
      joined(ctx, start - 1, start) &&
      !taken(start - 1)
    )
      start -= 1;
    // two names with a link between them are one ("Yusuf bin Hamad")
    const previous = out[out.length - 1];
    if (
      previous &&
      (previous.endWord === start - 1 || previous.endWord === start) &&
      isLink(ctx, start - 1) &&
      joined(ctx, previous.endWord - 1, start)
    ) {
      out[out.length - 1] = widen(ctx, previous, previous.startWord, end);
      continue;
    }
    out.push(start === c.startWord && end === c.endWord ? c : widen(ctx, c, start, end));
  }
  return [...others, ...out];
}

function widen(ctx: DetectionContext, c: Candidate, start: number, end: number): Candidate {
  const value: string[] = [];
  for (let k = start; k < end; k++) value.push(nameBase(ctx.tokens[k]!));
  return { ...c, startWord: start, endWord: end, value: value.join(' ') };
}
