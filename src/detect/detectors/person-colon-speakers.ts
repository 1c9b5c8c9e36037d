/**
 * Formatted text: a full name no list holds, written as the speaker's label of a quotation or a
 * first-person statement, as news feeds, transcripts and Hansard-style records write it:
 * 'Latest: Orvel Tamsbury: "Under the new rules ..."', "Velkor Amundai: I did not realise ...".
 * Two or three title-case words no list or dictionary holds (the first may be a listed given
 * name), the last glued to a colon, then an opening quotation mark or a first-person pronoun: a
 * place or a firm labels no one's words ("Orvelia: The palace ...", "Quellin Vorstad: Our new
 * range" — "Our" speaks for a firm, "I" for a person). Raw ASR has no colons to read.
 */
import type { Candidate } from '../../types.js';
import { sameSpeaker } from '../call-words.js';
import { freeNameWord, neverNameWords } from './person-free-name-words.js';
import type { ExtendView, Make } from './person-extend.js';
import { isPlaceName } from './person-tags.js';

/** Words that open a person's own statement after the label. */
const FIRST_PERSON = new Set(['I', "I'm", 'I’m', "I've", 'I’ve', "I'd", 'I’d', "I'll", 'I’ll', 'My', 'Me']);
/** An opening quotation mark glued to the statement's first word, or standing alone. */
const QUOTE = /^["“'‘]/u;
const NOT_NAME = neverNameWords('names/context/field-labels');
const NAME_TEXT = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*:?$/u;
const MAX_NAME = 3;

/** Is word k a free title-case name word (no list or dictionary holds it, or a listed given name when `given`)? */
function nameWordAt(view: ExtendView, k: number, covered: Uint8Array, given: boolean): boolean {
  const text = view.ctx.words[k]?.text ?? '';
  if (covered[k] || view.masked(k) || !NAME_TEXT.test(text)) return false;
  return freeNameWord(view, k, view.base[k]!.replace(/:$/u, ''), NOT_NAME, given);
}

/** Adds speaker labels of quotations and first-person statements. */
export function addColonSpeakerNames(
  view: ExtendView,
  out: Candidate[],
  covered: Uint8Array,
  make: Make,
): void {
  if (view.uncased) return;
  const { words } = view.ctx;
  for (let e = 2; e < words.length; e++) {
    const last = words[e - 1]!.text;
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*:$/u.test(last) || !sameSpeaker(view.ctx, e - 1, e)) continue;
    const next = words[e]!.text;
    if (!QUOTE.test(next) && !FIRST_PERSON.has(next)) continue;
    if (!nameWordAt(view, e - 1, covered, false)) continue;
    let s = e - 1;
    while (
      s > 0 &&
      e - s < MAX_NAME &&
      sameSpeaker(view.ctx, s - 1, e - 1) &&
      /^\p{Lu}[^,.;:!?]*$/u.test(words[s - 1]!.text) &&
      nameWordAt(view, s - 1, covered, true)
    )
      s--;
    if (e - s < 2) continue;
    // the run of capitals opens at s: a lower-case word, a closing mark or a dash before it
    const prev = s > 0 && sameSpeaker(view.ctx, s - 1, s) ? words[s - 1]!.text : '';
    if (/^["'(“‘]*\p{Lu}/u.test(prev) && !/[.,;:!?)\]"”]$/u.test(prev)) continue;
    if (isPlaceName(view.base.slice(s, e).join(' ').replace(/:$/u, ''))) continue;
    out.push(make(s, e, 'cue:context'));
    covered.fill(1, s, e);
  }
}
