/**
 * In formatted text, the person spoken to: one or two title-case words that no list and no English
 * dictionary holds right after a greeting or thanks ("Thank you Velkor for the tip", "hey Tesmira
 * nice video", "Dear Orvalo Amundai,") or set off by a comma after "me" or "you" ("you left me
 * Velkor, and ..."). A greeting and a vocative take a person's name; the run must end with the
 * name (a closing mark, a lower-case word, the turn's end), so "Thanks Velkor Bank Group" is left
 * alone. The greetings are lexicons/names/cues/greeting; raw ASR has its own pass
 * (person-asr-addressed.ts).
 */
import type { Candidate } from '../../types.js';
import { phraseList } from '../gazetteer/name-data.js';
import { sameSpeaker } from '../call-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isTownName } from './person-tags.js';
import { unlistedTitleWord } from './person-unknown-pairs.js';

/** A closing mark after a word. */
const CLOSES = /[,.;:!?)"”]$/u;
/** Marks that set a vocative off: "me Velkor, ...", "you Velkor!". */
const SET_OFF = /[,.!?]["”]?$/u;
/** Greetings and thanks, longest first (lexicons/names/cues/greeting). */
const GREETINGS = phraseList('names/cues/greeting').sort((a, b) => b.length - a.length);
/** Pronouns a vocative may follow: "you left me Velkor,", "see you Velkor!". */
const VOCATIVE_AFTER = new Set(['me', 'you']);
const MAX_WORDS = 2;

/** Is word j a free title-case word that no list and no dictionary holds, and no town? */
function unknownNameWord(view: ExtendView, j: number, covered: Uint8Array): boolean {
  const base = unlistedTitleWord(view, j, covered);
  return base !== undefined && !isTownName(base);
}

/** The last words of the greetings: a greeting ends only on one of them (one lookup per word). */
const GREETING_ENDS = new Set(GREETINGS.map((phrase) => phrase[phrase.length - 1]));

/** Does a greeting end at word g ("thank you", "hey")? */
function greetingEndsAt(view: ExtendView, g: number): boolean {
  const { tokens } = view.ctx;
  if (!GREETING_ENDS.has(tokens[g]!.replace(/[,!]$/u, ''))) return false;
  return GREETINGS.some((phrase) => {
    const s = g - phrase.length + 1;
    if (s < 0 || !sameSpeaker(view.ctx, s, g)) return false;
    for (let n = 0; n < phrase.length; n++)
      if (tokens[s + n]!.replace(/[,!]$/u, '') !== phrase[n]) return false;
    return true;
  });
}

/** End of the name run of one or two unknown words at k, ending the run of capitals; k when none. */
function runAt(view: ExtendView, k: number, covered: Uint8Array): number {
  const { words } = view.ctx;
  let end = k;
  while (end - k < MAX_WORDS && sameSpeaker(view.ctx, k, end) && unknownNameWord(view, end, covered)) {
    end++;
    if (CLOSES.test(words[end - 1]!.text)) break;
  }
  if (end === k) return k;
  const last = words[end - 1]!.text;
  if (CLOSES.test(last) || end >= words.length || !sameSpeaker(view.ctx, end - 1, end)) return end;
  return /^\p{Ll}/u.test(words[end]!.text) ? end : k;
}

export function addCasedAddressedNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words, tokens } = view.ctx;
  for (let k = 1; k < words.length; k++) {
    if (covered[k] || !sameSpeaker(view.ctx, k - 1, k)) continue;
    const prev = words[k - 1]!.text;
    // a greeting closed by its own stop ("Thanks. Velkor ...") addresses no one after it
    if (/[.?;:]$/u.test(prev)) continue;
    const greeted = greetingEndsAt(view, k - 1);
    const vocative = !greeted && /^\p{Ll}+$/u.test(prev) && VOCATIVE_AFTER.has(tokens[k - 1]!);
    if (!greeted && !vocative) continue;
    const end = runAt(view, k, covered);
    if (end === k) continue;
    if (vocative && !SET_OFF.test(words[end - 1]!.text)) continue;
    out.push(make(k, end, 'cue:vocative'));
    covered.fill(1, k, end);
    k = end - 1;
  }
}
