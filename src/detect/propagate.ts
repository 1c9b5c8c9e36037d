/**
 * Call-level propagation: a value detected once is redacted wherever else it occurs in the call.
 * Read-backs ("let me read that back: x k q four eight two ...") and later mentions often lack
 * the cue that made the first detection possible.
 *
 * - Values with digits (phones, accounts, SSNs) are compared with the spoken view's runs, so
 *   "(415) 555-0132" and "four one five five five five oh one three two" are the same value.
 * - Word values (names, emails, addresses) are compared as token sequences; a name's single parts
 *   ("okafor" of "maria okafor") and spelled-out runs ("o k a f o r") count as well, unless the part
 *   is an everyday English word ("will", "may") or a surname particle ("van", "der").
 * - A one-word name that is an ordinary word ("will", "hope", "joy") is not repeated blindly: "i will
 *   send it" is no name. The person detector re-finds such names where they are used as names.
 */
import type { Candidate, EntityType } from '../types.js';
import type { DetectionContext } from './types.js';
import { isCommonWord } from './gazetteer/common-words.js';
import { AMBIGUOUS_NAMES } from './gazetteer/names.js';
import { SURNAME_PARTICLES } from './gazetteer/particles.js';
import { normaliseToken } from './context.js';
import { isNationality } from './gazetteer/name-lexicon.js';
import { repeatInPlaceName, type PlaceView } from './detectors/person-places.js';
import { thingAfterDeterminer } from './detectors/person-things.js';
import { nameBases } from './name-bases.js';

const DETECTOR = 'propagation';
const NUMERIC_TYPES: ReadonlySet<EntityType> = new Set(['PHONE_NUMBER', 'ACCOUNT_NUMBER', 'US_SSN']);

/** A name part that is also an ordinary word, a particle or a nationality: never searched for on its own. */
const wordLike = (t: string): boolean =>
  isCommonWord(t) || AMBIGUOUS_NAMES.has(t) || SURNAME_PARTICLES.has(t) || isNationality(t);

/** Keys a run is known by: its text, and its digits with a leading country code 1 removed. */
export function runKeys(text: string): string[] {
  const keys = [text];
  if (/^1\d{10}$/.test(text)) keys.push(text.slice(1));
  return keys;
}

/** Alphanumeric key of a value, or null when the value has no digit (a word value). */
export function numericKey(value: string): string | null {
  const key = value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  return /\d/.test(key) && key.length >= 3 ? key : null;
}

class TokenIndex {
  private readonly positions = new Map<string, number[]>();
  /** positions of the tokens in `firsts` only (the first tokens searched for, not the call's every word) */
  constructor(tokens: readonly string[], firsts: ReadonlySet<string>) {
    tokens.forEach((t, i) => {
      if (t === '' || !firsts.has(t)) return;
      const list = this.positions.get(t);
      if (list) list.push(i);
      else this.positions.set(t, [i]);
    });
  }

  /** Start indices where the token sequence occurs (consecutive words). */
  find(tokens: readonly string[], all: readonly string[]): number[] {
    const starts = this.positions.get(tokens[0]!) ?? [];
    return starts.filter((s) => tokens.every((t, k) => all[s + k] === t));
  }
}

export function propagate(ctx: DetectionContext, entities: readonly Candidate[]): Candidate[] {
  if (entities.length === 0) return [];
  const out: Candidate[] = [];
  const add = (source: Candidate, startWord: number, endWord: number): void => {
    out.push({ ...source, startWord, endWord, detector: DETECTOR, reason: `repeat:${source.detector}` });
  };

  const byKey = new Map<string, Candidate>();
  const words = new Map<string, { source: Candidate; tokens: string[] }>(); // by type and tokens
  const addWords = (source: Candidate, tokens: string[]): void => {
    const id = `${source.type}:${tokens.join(' ')}`;
    if (!words.has(id)) words.set(id, { source, tokens });
  };
  for (const e of entities) {
    // dates repeat in other shapes: the DOB detector compares them itself
    if (e.type === 'DATE_OF_BIRTH') continue;
    const key = NUMERIC_TYPES.has(e.type) ? numericKey(e.value) : null;
    // a lone area code ("five four one") recurs in prices and street numbers: not a value to chase
    if (key && e.type === 'PHONE_NUMBER' && key.length < 7) continue;
    if (key) {
      for (const k of runKeys(key)) if (!byKey.has(k)) byKey.set(k, e);
      continue;
    }
    const tokens = e.value.split(/\s+/).map(normaliseToken).filter(Boolean);
    if (tokens.length === 0) continue;
    if (e.type !== 'PERSON' || tokens.length > 1 || !wordLike(tokens[0]!)) addWords(e, tokens);
    if (e.type === 'PERSON' && tokens.length > 1) {
      for (const t of tokens) if (t.length >= 3 && !wordLike(t)) addWords(e, [t]);
    }
    // a spelled-out name is a run of letters
    if (e.type === 'PERSON') {
      for (const t of tokens) if (t.length >= 3 && !byKey.has(t)) byKey.set(t, e);
    }
  }

  for (const run of ctx.spoken.runs) {
    for (const k of runKeys(run.text)) {
      const source = byKey.get(k);
      if (source) {
        add(source, run.startWord, run.endWord);
        break;
      }
    }
  }
  if (words.size > 0) {
    const index = new TokenIndex(ctx.tokens, new Set([...words.values()].map((w) => w.tokens[0]!)));
    const inPlace = placeNameCheck(ctx);
    for (const { source, tokens } of words.values()) {
      for (const s of index.find(tokens, ctx.tokens)) {
        // a name's repeat inside "Harrison Street", "Hoskins Park", "Ferlini Design" is a place's name
        if (source.type === 'PERSON' && inPlace(s, s + tokens.length)) continue;
        if (source.type === 'PERSON' && thingAfterDeterminer(ctx, s, s + tokens.length)) continue;
        add(source, s, s + tokens.length);
      }
    }
  }
  return out;
}

/** A check for PERSON repeats inside place, street and company names; its view is built on first use. */
function placeNameCheck(ctx: DetectionContext): (start: number, end: number) => boolean {
  let view: PlaceView | undefined;
  return (start, end) => {
    view ??= {
      ctx,
      base: nameBases(ctx.tokens),
      ordinaryCapitalised: () => false,
      nameWord: () => false,
    };
    return repeatInPlaceName(view, start, end);
  };
}
