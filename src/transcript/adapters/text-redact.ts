/**
 * Redacting a vendor's full-text field (a transcript string, an utterance text, a cue) in step
 * with its words. Each word of the field's scope is located in the original string in order, so
 * untouched text stays byte-identical and only the located ranges of edited words change. When a
 * word cannot be located (the string and the words disagree), the field is rebuilt from its words
 * with the replacements: the original text is never left in place.
 */
import { collapse } from './plan.js';
import { spokenDigit } from '../spoken-view.js';

export interface ScopeWord {
  text: string;
  /** edit index, -1 for none */
  edit: number;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

export interface RedactedText {
  text: string;
  /** ranges of the original replaced, in order (empty when rebuilt) */
  splices: Splice[];
  /** true when the field could not be aligned and was rebuilt from words */
  rebuilt: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LEAD_PUNCT = /^[("'“‘[{¿¡]+/u;
const TRAIL_PUNCT = /[.,!?;:"'”’)\]}…]+$/u;

function hasWordChar(s: string): boolean {
  return WORD_CHAR.test(s);
}

/**
 * Start/end offsets of each word in `text`, in order, or null when a word is missing. Strict: the
 * text between located words (and before the first / after the last) may hold spaces and
 * punctuation only, so every letter and digit of the field belongs to a located word.
 */
export function locateWords(
  text: string,
  words: readonly string[],
  strict = true,
): [number, number][] | null {
  const out: [number, number][] = [];
  let cursor = 0;
  let lower: string | undefined;
  const find = (w: string): number => {
    const ok = (pos: number): boolean =>
      pos >= 0 &&
      !(strict && hasWordChar(text.slice(cursor, pos))) &&
      // a word must not be the start of a longer word in the text ("Jan" in "Jane")
      !(
        pos + w.length < text.length &&
        WORD_CHAR.test(text.charAt(pos + w.length)) &&
        WORD_CHAR.test(w.charAt(w.length - 1))
      );
    const pos = text.indexOf(w, cursor);
    if (ok(pos)) return pos;
    lower ??= text.toLowerCase().length === text.length ? text.toLowerCase() : text;
    const lw = w.toLowerCase();
    const lpos = lw.length === w.length ? lower.indexOf(lw, cursor) : -1;
    return ok(lpos) ? lpos : -1;
  };
  for (const w of words) {
    if (w.length === 0) {
      out.push([cursor, cursor]);
      continue;
    }
    let word = w;
    let pos = find(word);
    if (pos < 0) {
      // the field may lack the word's punctuation ("Doe." in "Jane Doe")
      const bare = w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (bare.length === 0 || bare === w) return null;
      word = bare;
      pos = find(word);
      if (pos < 0) return null;
    }
    out.push([pos, pos + word.length]);
    cursor = pos + word.length;
  }
  if (strict && hasWordChar(text.slice(cursor))) return null;
  return out;
}

/** Text for an edit that starts at word `first` and ends at word `last`, keeping edge punctuation. */
function edgeTrim(firstWord: string, lastWord: string): { lead: number; trail: number } {
  const lead = hasWordChar(firstWord) ? (LEAD_PUNCT.exec(firstWord)?.[0].length ?? 0) : 0;
  const trail = hasWordChar(lastWord) ? (TRAIL_PUNCT.exec(lastWord)?.[0].length ?? 0) : 0;
  return { lead, trail };
}

/** Joins words with single spaces, each edit's words collapsed into its replacement. */
export function rebuildFromWords(
  words: readonly ScopeWord[],
  replacementOf: (edit: number) => string,
): string {
  const fates = collapse(words.map((w) => w.edit));
  const parts: string[] = [];
  fates.forEach((f, j) => {
    if (f.kind === 'keep') parts.push(words[j]!.text);
    else if (f.kind === 'first') {
      const { lead, trail } = edgeTrim(words[j]!.text, words[f.last]!.text);
      const last = words[f.last]!.text;
      parts.push(words[j]!.text.slice(0, lead) + replacementOf(f.edit) + last.slice(last.length - trail));
    }
  });
  return parts.filter((p) => p.length > 0).join(' ');
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = '';
  let cursor = 0;
  for (const s of splices) {
    out += text.slice(cursor, s.start) + s.text;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}

/**
 * Redacts `original` given the words of its scope (in order) and their edits. `escape` encodes a
 * replacement for the field's syntax (WebVTT entities); `strict` as in locateWords.
 */
export function redactText(
  original: string,
  words: readonly ScopeWord[],
  replacementOf: (edit: number) => string,
  options: { strict?: boolean; escape?: (s: string) => string } = {},
): RedactedText {
  if (!words.some((w) => w.edit >= 0)) return { text: original, splices: [], rebuilt: false };
  const escape = options.escape ?? ((s: string) => s);
  const located = locateWords(
    original,
    words.map((w) => w.text),
    options.strict ?? true,
  );
  if (!located) {
    const lead = /^\s*/.exec(original)![0];
    const trail = /\s*$/.exec(original)![0];
    const body = rebuildFromWords(words, (e) => escape(replacementOf(e)));
    return {
      text: lead + body + (body.length > 0 && trail !== original ? trail : ''),
      splices: [],
      rebuilt: true,
    };
  }
  const fates = collapse(words.map((w) => w.edit));
  const splices: Splice[] = [];
  fates.forEach((f, j) => {
    if (f.kind !== 'first') return;
    const [fs, fe] = located[j]!;
    const [ls, le] = located[f.last]!;
    const { lead, trail } = edgeTrim(original.slice(fs, fe), original.slice(ls, le));
    const start = fs + lead;
    const end = le - trail;
    const prev = splices[splices.length - 1];
    const text = escape(replacementOf(f.edit));
    if (prev && start < prev.end) {
      // interleaved edits in one scope (crosstalk): merge into one splice
      prev.end = Math.max(prev.end, end);
      prev.text += ` ${text}`;
    } else splices.push({ start, end: Math.max(start, end), text });
  });
  return { text: applySplices(original, splices), splices, rebuilt: false };
}

/**
 * Maps a char offset of the original to the redacted text: offsets inside a replaced range go to
 * the start (`bias` 'start') or the end ('end') of its replacement.
 */
export function mapOffset(offset: number, splices: readonly Splice[], bias: 'start' | 'end'): number {
  let delta = 0;
  for (const s of splices) {
    if (offset < s.start) break;
    if (offset < s.end || (bias === 'end' && offset === s.end)) {
      return s.start + delta + (bias === 'start' ? 0 : s.text.length);
    }
    delta += s.text.length - (s.end - s.start);
  }
  return offset + delta;
}

/** Short function words never scrubbed on their own from free text (they are not the value). */
const STOPWORDS = new Set(
  'a an and the of at dot to in on is my me i it its for or by be as am are was with from this that your you um uh oh'.split(
    ' ',
  ),
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Digits of a value written ("555-0142") or spoken ("five five five oh one", "double seven"). */
function spokenDigits(parts: readonly string[]): string {
  let out = '';
  let repeat = 1;
  for (const p of parts) {
    const lower = p.toLowerCase();
    if (lower === 'double' || lower === 'triple') {
      repeat = lower === 'double' ? 2 : 3;
      continue;
    }
    const d = spokenDigit(lower) ?? p.replace(/\D/g, '');
    out += d.repeat(d.length === 1 ? repeat : 1);
    repeat = 1;
  }
  return out;
}

interface ScrubWords {
  text: string;
}

/**
 * Free text with no word alignment (vendor summaries, search snippets, translations, labels):
 * replaces, case-insensitively and on word boundaries, the whole value of each edit, each of its
 * words that is not a short function word, and its digits however they are separated
 * ("555-0142", "555 0142"). Over-redacts rather than leaks.
 */
export function scrubUnaligned(
  text: string,
  plan: {
    edits: readonly { startWord: number; endWord: number; replacement: string }[];
    words: readonly ScrubWords[];
  },
): string {
  let out = text;
  const strip = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  plan.edits.forEach((e) => {
    const parts = plan.words
      .slice(e.startWord, e.endWord)
      .map((w) => strip(w.text))
      .filter((w) => w.length > 0);
    const candidates = new Set<string>();
    if (parts.length > 0) candidates.add(parts.join(' '));
    for (const p of parts)
      if (/[\p{N}]/u.test(p) || (p.length >= 2 && !STOPWORDS.has(p.toLowerCase()))) candidates.add(p);
    const sorted = [...candidates].sort((x, y) => y.length - x.length);
    for (const c of sorted) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(c)}(?![\\p{L}\\p{N}])`, 'giu');
      out = out.replace(re, () => e.replacement);
    }
    const digits = spokenDigits(parts);
    if (digits.length >= 3) {
      const re = new RegExp(`(?<!\\d)${digits.split('').join('[\\s().\\-]*')}(?!\\d)`, 'g');
      out = out.replace(re, () => e.replacement);
    }
  });
  return out;
}
