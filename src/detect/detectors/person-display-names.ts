/**
 * The display name of a mail address. Mail headers and quoted mail write a mailbox as a quoted
 * name before the address in angle brackets (RFC 5322 name-addr): `"Ada Quist" <aquist@example.com>`,
 * `"Quist, Ada" <ada.quist@example.com>`, glued in archives as `"Ada Quist"<aqui...@example.com>`.
 * A short quotation of capitalised words reads as a title elsewhere (person-veto.ts drops names in
 * "quoted titles"); right before an address it is the mailbox owner's name when one of its words
 * shows in the address's local part ("aquist", "ada.quist", a cut "aqui..." holding the word's
 * first letters): a list or a firm ("The Zentro Digest" <digest@...>) is no person and its words
 * seldom match the local part.
 *
 * Formatted text only (raw ASR has neither quotes nor brackets). Runs after vetoPersons, whose
 * quoted-title veto would drop the name; the candidate carries `cue:label`, which the later vetoes
 * keep.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { isFunctionWord } from '../gazetteer/common-words.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { labelledName } from './person-label-candidate.js';

/** Longest display name read, in words ("Ada J. van Quist"). */
const MAX_WORDS = 4;
const SCORE = 0.9;
const OPENING = /^["“]\p{Lu}/u;
const CLOSING = /\p{L}\.?["”]$/u;
/** The closing word glued to its address: `Quist"<aquist@example.com>`. */
const CLOSING_GLUED = /\p{L}\.?["”]<\S+@\S+$/u;
const ADDRESS = /^<[^\s<>@]+@[^\s<>@]+\.[^\s<>]+>[,;.]?$/u;
/** A name word: capitalised, perhaps with an apostrophe or hyphen inside, or an initial. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$|^\p{Lu}\.$/u;
/** Fewest letters of a name word that must show in the local part. */
const MIN_MATCH = 3;

const bare = (text: string): string => text.replace(/^["“]/u, '').replace(/["”]?(<.*)?$/u, '');

/** The local part of the address (letters only, lower case) and whether the archive cut it ("aqui..."). */
function localPart(address: string): { letters: string; cut: boolean } {
  const local = address.replace(/^.*</u, '').split('@')[0]!;
  return { letters: local.toLowerCase().replace(/[^\p{L}]/gu, ''), cut: /\.\.\.$/u.test(local) };
}

/** Does a name word show in the local part: whole, or its first letters where the local part was cut? */
function shows(word: string, local: { letters: string; cut: boolean }): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (w.length < MIN_MATCH) return false;
  if (local.letters.includes(w)) return true;
  if (!local.cut) return false;
  for (let n = w.length - 1; n >= MIN_MATCH; n--) if (local.letters.endsWith(w.slice(0, n))) return true;
  return false;
}

/** The display name opening at word s: [start, end) to label, or null. */
function displayName(ctx: DetectionContext, s: number): [number, number] | null {
  const words = ctx.words;
  if (!OPENING.test(words[s]!.text)) return null;
  for (let e = s; e < words.length && e - s < MAX_WORDS && sameSpeaker(ctx, s, e); e++) {
    const text = words[e]!.text;
    const glued = CLOSING_GLUED.test(text);
    const closes = glued || CLOSING.test(text);
    const word = bare(text).replace(/,$/u, '');
    if (!NAME_WORD.test(word) || isFunctionWord(word.toLowerCase())) return null;
    // only "Quist, Ada": a comma after the first word
    if (!closes && /,$/u.test(bare(text)) && e > s) return null;
    if (!closes) continue;
    const address = glued ? text : words[e + 1]?.text;
    if (address === undefined || (!glued && (!ADDRESS.test(address) || !sameSpeaker(ctx, e, e + 1))))
      return null;
    const local = localPart(address);
    const names = words.slice(s, e + 1).map((w) => bare(w.text).replace(/,$/u, ''));
    if (!names.some((n) => shows(n, local))) return null;
    // a glued closing word holds the address too: the name ends before it (the address is EMAIL)
    const end = glued ? e : e + 1;
    return end > s ? [s, end] : null;
  }
  return null;
}

/** The candidates with the display names of mail addresses added as PERSON. */
export function addDisplayNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  if (isUncased(ctx.words)) return candidates;
  let out: Candidate[] | undefined;
  for (let s = 0; s < ctx.words.length; s++) {
    const text = ctx.words[s]!.text;
    if (text.charCodeAt(0) !== 0x22 && text.charCodeAt(0) !== 0x201c) continue;
    const found = displayName(ctx, s);
    if (!found) continue;
    const [start, end] = found;
    out ??= [...candidates];
    // the name replaces PERSON candidates inside it
    out = out.filter((c) => c.type !== 'PERSON' || c.endWord <= start || c.startWord >= end);
    out.push(labelledName(ctx, start, end, SCORE));
    s = end - 1;
  }
  return out ?? candidates;
}
