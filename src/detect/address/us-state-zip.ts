/**
 * A US state and the ZIP code after it ("IL 60999", "Illinois 60999-1234", raw ASR "i l six oh nine
 * nine nine"): the strongest sign that a US address's last line is being read.
 */
import { runAt } from '../../transcript/spoken-view.js';
import { STATE_CODES, STATE_NAMES } from '../gazetteer/us-states.js';
import { type AddressView, raw } from './view.js';

/** STATE_NAMES by first word, each list in STATE_NAMES order (longest first): one lookup per word. */
const NAMES_BY_FIRST = new Map<string, (readonly string[])[]>();
for (const name of STATE_NAMES) {
  const list = NAMES_BY_FIRST.get(name[0]!);
  if (list) list.push(name);
  else NAMES_BY_FIRST.set(name[0]!, [name]);
}
const NO_NAMES: readonly (readonly string[])[] = [];

/**
 * A US state (name or code) at word i followed by a ZIP code before `end`: the index after the ZIP,
 * else -1. Written, a code counts in capitals, or in lower case with `lowerCode` (an address typed
 * without capitals: "fernvale or 97999").
 */
export function stateZipEnd(v: AddressView, i: number, end = v.n, lowerCode = false): number {
  const t = v.ctx.tokens;
  // cheap first: a ZIP's digits within the next three words (a state name has at most two)
  if (i + 1 >= v.n || v.nextValue[i + 1]! > i + 3) return -1;
  let after = -1;
  for (const name of NAMES_BY_FIRST.get(t[i]!) ?? NO_NAMES) {
    let k = 1;
    while (k < name.length && t[i + k] === name[k]) k++;
    if (k === name.length) {
      after = i + name.length;
      break;
    }
  }
  if (after < 0 && STATE_CODES.has(v.folded[i] ?? '')) {
    // written, a code is in capitals ("IL"); raw ASR says it as a word or two letters
    if (!v.formatted || lowerCode || /^[A-Z]{2}[,.]?$/.test(raw(v, i))) after = i + 1;
  }
  if (after < 0 && !v.formatted && /^[a-z]$/.test(t[i] ?? '') && STATE_CODES.has(`${t[i]}${t[i + 1]}`)) {
    // raw ASR: the spoken view runs the code's letters on into the ZIP's digits ("i l six oh ...")
    // (a letter "i" or "a" is a word of its own, the run starting after it)
    const run = runAt(v.ctx.spoken, i + 1);
    if (run && run.startWord >= i && run.startWord <= i + 1 && run.endWord > i + 2) {
      const rest = run.chunks.filter((c) => c.startWord >= i + 2);
      const digits = rest.map((c) => c.text).join('');
      const at = rest[0]?.startWord;
      if (at === i + 2 && /^\d{5}(?:\d{4})?$/.test(digits) && run.endWord <= end) return run.endWord;
      return -1;
    }
    after = i + 2;
  }
  if (after < 0 || after >= end) return -1;
  const run = runAt(v.ctx.spoken, after);
  if (run && run.startWord === after)
    return /^\d{5}(?:\d{4})?$/.test(run.text.replace(/-/g, '')) && run.endWord <= end ? run.endWord : -1;
  return /^\d{5}(?:-\d{4})?[,.?!]?$/.test(raw(v, after)) ? after + 1 : -1;
}
