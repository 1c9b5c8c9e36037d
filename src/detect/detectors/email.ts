/**
 * EMAIL, written or spoken.
 * - Written: a word holding `local@domain.tld` (attached punctuation stays inside the word).
 * - Spoken: "<local part> at <domain> dot <tld>", where the local part is words, spelled letters
 *   and number words joined by "dot" / "underscore" / "dash" / "hyphen" / "plus" ("jane dot doe",
 *   "j doe underscore seven", "jane seventy seven") and the domain is labels joined by "dot" that
 *   end in a known top-level domain ("gmail dot com", "example dot co dot uk", "gmail.com").
 *   The span covers the local part start through the TLD; fillers inside are covered too.
 */
import type { Candidate } from '../../types.js';
import type { DetectionContext, Detector } from '../types.js';
import { FILLERS } from '../gazetteer/common-words.js';
import { runAt, spokenDigit } from '../../transcript/spoken-view.js';
import { getCountries } from 'libphonenumber-js';
import { readWordList } from '../lexicon-files.js';
import { isListedName } from '../gazetteer/names.js';

const NAME = 'email';
const WRITTEN = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
/**
 * Top-level domains: the generic ones of lexicons/email/generic-tlds.txt and every two-letter
 * country domain (ISO 3166-1 alpha-2, as libphonenumber-js lists the regions, with uk and eu).
 */
const TLDS: ReadonlySet<string> = new Set([
  ...readWordList('email/generic-tlds.txt').map((t) => t.toLowerCase()),
  ...getCountries().map((c) => c.toLowerCase()),
  'uk',
  'eu',
]);
/** Words that make "at ... dot ..." a web address, not an email ("at www dot ...", "... dot co slash ..."). */
const URL_WORDS = new Set(['www', 'slash', 'http', 'https']);
const DOT = new Set(['dot', 'period', 'point']);
const LOCAL_JOINERS: Record<string, string> = {
  dot: '.',
  period: '.',
  underscore: '_',
  dash: '-',
  hyphen: '-',
  plus: '+',
};
/** Words that end the local part when walking back from "at": cues and sentence glue. */
const LOCAL_STOP = new Set(
  (
    "is it's its was be email e-mail address mail my your our his her their that's thats that this the an to " +
    'at me you it and or send sent use using under please of for on with just have has got reach contact ' +
    'correct right yes yeah no okay ok sure so also still new old same personal work call write try'
  ).split(' '),
);
const ALNUM = /^[\p{L}\p{N}]+$/u;
/** Number words other than digits ("seventy seven", "nineteen sixty one") do not count as words. */
const NUMBER_WORD =
  /^(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|double|triple)$/;
const MAX_LOCAL = 14;
/** Digits of a run said before the letters of a local part that make it a number of its own. */
const DIGITS_BEFORE_LETTERS = 3;
const MAX_DOMAIN = 12;

const sameTurn = (ctx: DetectionContext, a: number, b: number): boolean =>
  ctx.words[a]?.speaker === ctx.words[b]?.speaker;

/** The domain after "at" starting at word j: [end, written domain] or null. */
function readDomain(ctx: DetectionContext, j: number): [number, string] | null {
  const { tokens } = ctx;
  const labels: string[] = [];
  let best: [number, string] | null = null;
  let expectLabel = true;
  let label = '';
  for (let k = j; k < Math.min(tokens.length, j + MAX_DOMAIN) && sameTurn(ctx, j, k); k++) {
    const t = tokens[k]!;
    if (FILLERS.has(t)) continue;
    if (expectLabel) {
      if (t.includes('.') && /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(t)) {
        // "gmail.com" said as one token
        const parts = t.split('.');
        if (TLDS.has(parts[parts.length - 1]!))
          best = [k + 1, [...labels, label + parts[0]!, ...parts.slice(1)].join('.')];
        break;
      }
      if (!ALNUM.test(t) || (LOCAL_STOP.has(t) && !TLDS.has(t))) break;
      label += t;
      expectLabel = false;
      if (labels.length > 0 && TLDS.has(label)) best = [k + 1, [...labels, label].join('.')];
      continue;
    }
    if (DOT.has(t)) {
      labels.push(label);
      label = '';
      expectLabel = true;
    } else if (t === 'dash' || t === 'hyphen') {
      label += '-';
      expectLabel = true;
    } else if (
      t === 'mail' ||
      (ALNUM.test(t) && (t.length === 1 || label.length === 1) && !LOCAL_STOP.has(t))
    ) {
      // spelled or split domain labels: "a t t dot net", "g mail dot com", "hot mail", and a
      // spelled country domain: "dot c z", "dot co dot u k"
      label += t;
      if (labels.length > 0 && TLDS.has(label)) best = [k + 1, [...labels, label].join('.')];
    } else {
      break;
    }
  }
  if (best && (best[1].startsWith('www.') || URL_WORDS.has(tokens[best[0]] ?? ''))) return null;
  return best;
}

/**
 * Start of the local part, walking back from word `at` - 1, or -1 when there is none. A word said
 * right before another word of the local part, with no "dot" or "underscore" between, belongs to
 * it only when it is a name ("leila cox at ...", "rajesh johnson at ..."): in "to this scammers
 * jdoeville at ..." the local part is one word and the word before it is the sentence's.
 */
function localStart(ctx: DetectionContext, at: number): number {
  const { tokens } = ctx;
  let start = -1;
  let plainWords = 0;
  let plainAfter = false; // the word taken last (the next one in the call) is a plain word
  for (let k = at - 1; k >= Math.max(0, at - MAX_LOCAL) && sameTurn(ctx, k, at); k--) {
    const t = tokens[k]!;
    if (LOCAL_JOINERS[t] !== undefined) plainAfter = false;
    if (LOCAL_JOINERS[t] !== undefined || FILLERS.has(t)) continue;
    if (LOCAL_STOP.has(t) || !/^[\p{L}\p{N}._-]+$/u.test(t)) break;
    // "... zero one zero four eight five two nine nine three nine mira at example dot com", "...
    // extension one two five mira at ...": a run of digits said before the words of the local part
    // is a number of its own (a comma between them is lost in speech); digits in a local part
    // follow its letters ("j doe one nine eight five at ...")
    if (plainWords > 0 && (runAt(ctx.spoken, k)?.digits.length ?? 0) >= DIGITS_BEFORE_LETTERS) break;
    const plain = t.length > 1 && spokenDigit(t) === undefined && !/\d/.test(t) && !NUMBER_WORD.test(t);
    if (plain && plainAfter && !isListedName(t)) break;
    if (plain) plainWords++;
    if (plainWords > 3) break;
    plainAfter = plain;
    start = k;
  }
  return start;
}

/** The written local part of words [start, at): joiners become symbols, number words digits. */
function writtenLocal(ctx: DetectionContext, start: number, at: number): string {
  let out = '';
  for (let k = start; k < at; k++) {
    const t = ctx.tokens[k]!;
    const run = runAt(ctx.spoken, k);
    if (run && run.startWord === k && run.endWord <= at && run.digits.length > 0) {
      out += run.text;
      k = run.endWord - 1;
    } else if (LOCAL_JOINERS[t] !== undefined) {
      out += LOCAL_JOINERS[t];
    } else if (!FILLERS.has(t)) {
      out += t;
    }
  }
  return out;
}

export function detectEmails(ctx: DetectionContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const written = WRITTEN.exec(ctx.words[i]!.text);
    if (written) {
      out.push({
        type: 'EMAIL',
        startWord: i,
        endWord: i + 1,
        score: 0.95,
        detector: NAME,
        reason: 'written',
        value: written[0].toLowerCase(),
      });
      continue;
    }
    const t = tokens[i]!;
    if (t !== 'at' && t !== '@') continue;
    const next = tokens[i + 1];
    const domainStart = next === 'sign' || next === 'symbol' ? i + 2 : i + 1;
    const domain = readDomain(ctx, domainStart);
    if (!domain) continue;
    const start = localStart(ctx, i);
    if (start < 0) continue;
    out.push({
      type: 'EMAIL',
      startWord: start,
      endWord: domain[0],
      score: 0.9,
      detector: NAME,
      reason: 'spoken',
      value: `${writtenLocal(ctx, start, i)}@${domain[1]}`,
    });
    i = domain[0] - 1;
  }
  return out;
}

export const emailDetector: Detector = {
  name: NAME,
  entityTypes: ['EMAIL'],
  detect: detectEmails,
};
