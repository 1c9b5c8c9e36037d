/**
 * A full name right after a firm's legal form in the possessive: "Quorbit Ltd's Velkora Dunsimo",
 * raw ASR "quorbit ltd's velkora dunsimo". A firm's possessive before a full name names one of its
 * people (an officer, a spokesperson); its products and units are English words ("Quorbit Ltd's
 * annual report", "Quorbit Inc's Cloud Platform") and stay out. Two words (three in written text),
 * each a listed name or a word no list holds, sayable as a name and no place or brand; written
 * text wants them title case.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { NameEvidence, nameBase, nameEvidence } from '../gazetteer/name-evidence.js';
import { isBrand } from '../brands.js';
import { isUncased, sameSpeaker } from '../call-words.js';
import { isPlaceName } from './person-tags.js';
import { sayableName } from './person-asr-slots.js';

const LEGAL_FORMS = new Set([...wordSet('brands/legal-forms'), ...wordSet('names/context/firm-suffixes')]);
const POSSESSIVE = /['’]s$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*[,.;:]?$/u;
const SCORE = 0.8;

/** Is word k a legal form in the possessive ("Ltd's", "Inc.'s", "plc's")? */
function firmPossessive(ctx: DetectionContext, k: number): boolean {
  const text = ctx.words[k]?.text ?? '';
  if (!POSSESSIVE.test(text)) return false;
  return LEGAL_FORMS.has(text.replace(POSSESSIVE, '').replace(/\./gu, '').toLowerCase());
}

/** Is word k a word of a person's name as the call writes it? */
function nameWord(ctx: DetectionContext, k: number, uncased: boolean): boolean {
  const text = ctx.words[k]?.text ?? '';
  if (uncased ? !/^\p{Ll}+$/u.test(text) : !TITLE_WORD.test(text)) return false;
  const base = nameBase(ctx.tokens[k] ?? '');
  if (base.length < 2 || !sayableName(base) || isPlaceName(base) || isBrand(base)) return false;
  return nameEvidence(base) >= NameEvidence.Unknown;
}

export function addFirmOfficerNames(ctx: DetectionContext, candidates: Candidate[]): Candidate[] {
  const uncased = isUncased(ctx.words);
  const most = uncased ? 2 : 3;
  const added: Candidate[] = [];
  for (let k = 1; k + 2 < ctx.words.length; k++) {
    if (!firmPossessive(ctx, k)) continue;
    let e = k + 1;
    while (e - k - 1 < most && e < ctx.words.length && sameSpeaker(ctx, k, e) && nameWord(ctx, e, uncased)) {
      e++;
      if (/[,.;:]$/u.test(ctx.words[e - 1]!.text)) break;
    }
    if (e - k - 1 < 2) continue;
    // written text: the name ends at a mark or before a word that is no name ("... Dunsimo said")
    if (uncased && e < ctx.words.length && sameSpeaker(ctx, k, e) && nameWord(ctx, e, true)) continue;
    const s = k + 1;
    if (candidates.some((c) => c.startWord < e && s < c.endWord && c.type !== 'PERSON')) continue;
    const value = ctx.tokens.slice(s, e).map(nameBase).join(' ');
    added.push({
      type: 'PERSON',
      startWord: s,
      endWord: e,
      score: SCORE,
      detector: 'person',
      reason: 'cue:context',
      value,
    });
    k = e - 1;
  }
  if (added.length === 0) return candidates;
  const inside = (c: Candidate): boolean =>
    c.type === 'PERSON' && added.some((a) => a.startWord <= c.startWord && c.endWord <= a.endWord);
  return [...candidates.filter((c) => !inside(c)), ...added];
}
