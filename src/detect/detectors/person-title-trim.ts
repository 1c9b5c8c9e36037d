/**
 * In formatted text, a capitalised office, rank or academic title that opens a PERSON candidate of
 * two words or more ("General Ivo Brandt", "Professor Lena Quist") leaves it: the title says what
 * the person is, it is no part of the name, and the name lists hold some titles as names ("Major",
 * "General"), so the chain rules keep them. Titles run in pairs ("Attorney General Ivo Brandt",
 * "Brigadier General ..."): every leading title word goes while a capitalised word stays after
 * them. Titles of birth, peerage or faith (lexicons/names/context/name-titles: "Lord Stanley",
 * "King Olaf") are often written as part of the name and stay, and so does any title in raw ASR,
 * where the spoken rank is often counted with the name ("lt gen ..."). A name given as one's own
 * ("my name is Major Lance", a form's label) is never trimmed.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext } from '../types.js';
import { wordSet } from '../gazetteer/name-data.js';
import { nameBase } from '../gazetteer/name-evidence.js';
import { isUncased } from '../call-words.js';

/** Ranks, offices and formal titles written before a name (the same lists the title cues use). */
const TITLES = new Set([...wordSet('names/cues/rank'), ...wordSet('names/context/formal-titles')]);
// titles of rank by birth or faith are often written as part of the name ("Lord Stanley", "King
// Olaf", "Pope Linus", "Sheikh Hamad"): only offices, ranks and academic titles leave it
for (const inherited of wordSet('names/context/name-titles')) TITLES.delete(inherited);
/** Title words of two-word offices that are no title alone ("Attorney General"). */
const OFFICE_FIRSTS = new Set(['attorney', 'solicitor', 'secretary', 'surgeon', 'inspector', 'postmaster']);
const CAPITALISED = /^["'(]*\p{Lu}/u;

/** A name a speaker or a form gave as theirs ("my name is Major Lance", "Name: Major Lance"). */
const givenAsName = (c: Candidate): boolean => c.reason === 'cue:name' || c.reason === 'cue:label';

/** The word k as the lists hold it: lower case, no possessive, no end stop. */
function baseOf(ctx: DetectionContext, k: number): string {
  return nameBase(ctx.tokens[k] ?? '').replace(/[.]$/u, '');
}

/** Is word k a title word written as one (capitalised unless the call is raw ASR)? */
function titleWord(ctx: DetectionContext, k: number, first: boolean): boolean {
  const b = baseOf(ctx, k);
  if (!TITLES.has(b) && !(first && OFFICE_FIRSTS.has(b))) return false;
  const text = ctx.words[k]!.text;
  // a title ends at no stop or comma: "Ivo Brandt, General" is a name and a role
  if (/[,;:!?]$/u.test(text) || /['’]s?$/u.test(text)) return false;
  return CAPITALISED.test(text);
}

/** The trimmed candidate, or c when no title opens it. */
function trimmed(ctx: DetectionContext, c: Candidate): Candidate {
  if (c.type !== 'PERSON' || givenAsName(c) || c.endWord - c.startWord < 2) return c;
  let start = c.startWord;
  while (start < c.endWord - 1 && titleWord(ctx, start, start === c.startWord)) start++;
  // an office word alone ("Attorney Ivo Brandt") is a job the name rules judge, not a title
  if (start === c.startWord + 1 && OFFICE_FIRSTS.has(baseOf(ctx, c.startWord))) return c;
  if (start === c.startWord) return c;
  // the word left must be a written name word: "General Motors" is the other rules' business
  if (!CAPITALISED.test(ctx.words[start]!.text)) return c;
  const value: string[] = [];
  for (let k = start; k < c.endWord; k++) value.push(nameBase(ctx.tokens[k]!));
  return { ...c, startWord: start, endWord: c.endWord, value: value.join(' ') };
}

/**
 * The candidates with the title words that open a PERSON name left out, and without the copies of
 * those titles that propagation added ("Sen" of "Sen Ivo Brandt").
 */
export function trimLeadingTitles(ctx: DetectionContext, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some((c) => c.type === 'PERSON') || isUncased(ctx.words)) return [...candidates];
  const titles: [number, number][] = [];
  const out = candidates.map((c) => {
    const t = trimmed(ctx, c);
    if (t !== c) titles.push([c.startWord, t.startWord]);
    return t;
  });
  if (titles.length === 0) return out;
  const onTitle = (c: Candidate): boolean => titles.some(([s, e]) => s <= c.startWord && c.endWord <= e);
  return out.filter((c) => c.type !== 'PERSON' || c.detector !== 'propagation' || !onTitle(c));
}
