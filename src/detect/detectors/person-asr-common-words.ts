/**
 * Raw ASR (no case, no punctuation): PERSON candidates that are one English word, or letters said
 * apart that spell one. In formatted text a capital letter tells "House" in "the Town House says" or "Short" from
 * the word; without case the cue frames ("X says", "my aunt X", "thanks X") read any word before a
 * verb or after a kin noun as a name, and letters said apart ("need to b e liked", "help y o u")
 * read as a spelling. Run after person-asr-veto.ts, before names spread over the call (analyze.ts),
 * so a dropped word is not found again elsewhere. Uncased calls only.
 * - a candidate of one word that is an English word on no name list ("stats"), or among English's
 *   most frequent words (SCOWL level 10) and no frequent or given name ("house"; "mark", "will",
 *   "hope" stay), or an English word as informal writing spells it ("ive", "gunna", "tryin":
 *   lexicons/names/context/informal-spellings and a dropped "g"), goes, unless a title comes
 *   before it or a strong cue ("my name is", "Name:") placed it;
 * - a spelled run whose letters make a frequent English word that is no frequent name ("t o", "o h",
 *   "b e") goes, unless a spelling cue or a word for a name comes shortly before ("my name is may,
 *   m a y") or the word itself was said just before ("this is rose r o s e").
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { isFrequentName } from '../gazetteer/names.js';
import { GIVEN, englishLevel, nameKinds } from '../gazetteer/name-lexicon.js';
import { nameBases } from '../name-bases.js';
import { isUncased, sameSpeaker } from '../call-words.js';

/** SCOWL's most frequent English words (size 10): "house", "short", "take", "more". */
const EVERYDAY_LEVEL = 10;
/** Letters said apart spell a word at most this rare ("ha" is size 20) to be read as that word. */
const SPELLED_WORD_LEVEL = 20;
/** Words before a spelled run looked at for a spelling cue or a word for a name. */
const CUE_WINDOW = 8;
/** Words before a spelled run in which the word it spells counts as said and then spelled. */
const SAID_BEFORE = 3;
/** Cues after which any word is a name: nothing here touches their candidates. */
const STRONG_CUE = /^cue:(?:name|label)/u;
const TITLES: ReadonlySet<string> = new Set([
  ...wordSet('names/titles'),
  ...wordSet('names/context/honorifics'),
]);
const SPELLING_CUES = wordSet('names/context/spelling-cues');
const INFORMAL = wordSet('names/context/informal-spellings');
/** A verb's "-ing" with its "g" dropped ("tryin", "fuckin"). */
const DROPPED_G = /^\p{L}{2,}in$/u;
/** Words for a name ("surname", "name's", "called") before a spelling. */
const NAME_WORD =
  /^(?:(?:sur|first|last|family|maiden|middle|given)?names?(?:['’]s)?|named|called|surname|as)$/u;

const everyday = (b: string): boolean => {
  const level = englishLevel(b);
  if (level === undefined || isFrequentName(b)) return false;
  const kinds = nameKinds(b);
  return kinds === 0 || (level <= EVERYDAY_LEVEL && (kinds & GIVEN) === 0);
};

/**
 * An English word as informal writing spells it: a contraction without its apostrophe or a
 * reduction ("ive", "noone", "gunna"), or an "-ing" with its "g" dropped that no name list holds
 * ("tryin"; "robin", "palin" are listed).
 */
const informal = (b: string): boolean =>
  INFORMAL.has(b) || (DROPPED_G.test(b) && nameKinds(b) === 0 && englishLevel(`${b}g`) !== undefined);

const spelledWord = (letters: string): boolean => {
  const level = englishLevel(letters);
  return level !== undefined && level <= SPELLED_WORD_LEVEL && !isFrequentName(letters);
};

/**
 * A spelling cue or a word for a name in the words before `start`, or the spelled word itself said
 * just before ("this is rose r o s e"), same speaker.
 */
function cuedSpelling(ctx: DetectionContext, start: number, letters: string): boolean {
  for (let k = Math.max(0, start - CUE_WINDOW); k < start; k++) {
    if (!sameSpeaker(ctx, k, start)) continue;
    const t = ctx.tokens[k]!;
    if (SPELLING_CUES.has(t) || NAME_WORD.test(t)) return true;
    if (k >= start - SAID_BEFORE && t === letters) return true;
  }
  return false;
}

/** Drops the raw-ASR PERSON candidates described in the header; other calls pass through. */
export function dropAsrCommonWords(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || !isUncased(ctx.words)) return [...candidates];
  const bases = nameBases(ctx.tokens);
  const titled = (c: Candidate): boolean => {
    const p = c.startWord - 1;
    return p >= 0 && sameSpeaker(ctx, p, c.startWord) && TITLES.has(ctx.tokens[p]!);
  };
  return candidates.filter((c) => {
    const reason = c.reason ?? '';
    if (c.type !== 'PERSON' || STRONG_CUE.test(reason) || titled(c)) return true;
    if (reason === 'spelled') {
      const letters = ctx.tokens.slice(c.startWord, c.endWord).join('').replace(/-/gu, '');
      return !(spelledWord(letters) && !cuedSpelling(ctx, c.startWord, letters));
    }
    if (c.endWord - c.startWord !== 1) return true;
    const b = bases[c.startWord]!;
    return !everyday(b) && !(informal(b) && !isFrequentName(b));
  });
}
