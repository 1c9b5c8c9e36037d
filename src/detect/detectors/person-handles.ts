/**
 * Social-media handles that spell a person's full name ("@NicholasPegg", "@jaketapper"; in raw ASR
 * "at jaketapper"): the handle's letters split into a given name and a family name of the
 * gazetteer, at a capital ("NicholasPegg", "RevAaronMarquis") or, all lower case, at the first place
 * where a frequent given name ends and a listed name follows. Handles of brands, shows and slogans
 * ("@TheLeadCNN", "@DumpTrump", "@notstoreboughtdirt") split into no such pair and stay visible.
 */
import type { DetectionContext } from '../types.js';
import { NameEvidence, nameEvidence } from '../gazetteer/name-evidence.js';
import { isFrequentName } from '../gazetteer/names.js';
import { GIVEN, nameKinds } from '../gazetteer/name-lexicon.js';

const HANDLE = /^@([\p{L}\p{N}_]{4,})[^\p{L}\p{N}_]*$/u;
/** Shortest given or family name tried when a lower-case handle is split. */
const MIN_PART = 3;

const givenName = (part: string): boolean =>
  (nameKinds(part) & GIVEN) !== 0 && (isFrequentName(part) || nameEvidence(part) === NameEvidence.Frequent);
const familyName = (part: string): boolean => nameEvidence(part) >= NameEvidence.Listed;

/** Does the handle body (letters only) spell a given name followed by a family name? */
export function spellsFullName(body: string): boolean {
  const letters = body.replace(/[\p{N}_]+/gu, '');
  const parts = letters.split(/(?<=\p{Ll})(?=\p{Lu})/u).map((p) => p.toLowerCase());
  if (parts.length >= 2) {
    for (let k = 0; k + 1 < parts.length; k++)
      if (givenName(parts[k]!) && familyName(parts[k + 1]!)) return true;
    return false;
  }
  const word = letters.toLowerCase();
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    if (givenName(word.slice(0, cut)) && familyName(word.slice(cut))) return true;
  }
  return false;
}

/** Words that are handles spelling a full name: "@jaketapper", or "at jaketapper" as ASR says it. */
export function nameHandles(ctx: DetectionContext): number[] {
  const out: number[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const text = ctx.words[i]!.text;
    const written = HANDLE.exec(text);
    if (written) {
      if (spellsFullName(written[1]!)) out.push(i);
      continue;
    }
    // raw ASR: "at" then one lower-case word that no list knows as a whole
    if (i === 0 || ctx.tokens[i - 1] !== 'at' || !/^\p{Ll}{6,}$/u.test(text)) continue;
    if (nameEvidence(ctx.tokens[i]!) === NameEvidence.Unknown && spellsFullName(text)) out.push(i);
  }
  return out;
}
