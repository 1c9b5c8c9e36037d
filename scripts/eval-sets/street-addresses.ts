/**
 * Source module of the set "street-addresses": the address test cases of pelias/parser (MIT), put
 * into frames written by this project (sentences, letters, forms, messages).
 *
 * pelias/parser's `test/*.test.js` files hold cases of the form
 *   assert('<address text>', [ { street: '...' }, { housenumber: '...' }, { locality: '...' } ])
 * (optionally `[[...], [...]], false` for several accepted parses). The files are read as text and
 * parsed here (a small JavaScript-literal reader); they are never executed.
 *
 * Labelling follows world-contacts: the street, house number, unit, postcode and the
 * locality/region/country written with them form one ADDRESS (the whole address, as the project
 * labels it); an intersection (two streets) is one ADDRESS; a place without any street, number or
 * postcode is a hard negative (a lone city, as in world-contacts), and a venue / business name is a
 * hard negative. Cases with several accepted parses or none are left out.
 *
 * Split: cases deduplicated by address text, then dealt alternately to dev and test within each
 * case file (a country or topic) in salted-hash order, so test holds about half of every file.
 */
import { makeRng, seedOf, type Rng } from './rng.js';
import type { SourceRepo } from './source-files.js';
import { splitTurns } from './turns.js';
import type { LabelSpan, NegativeSpan, SourceDoc } from './types.js';

export const PELIAS_FOLDER = 'test';
/** The commit the set is built from (docs/evaluation-sets.md). */
export const PELIAS_COMMIT = 'b4494c2a979dd16683c7604258131a55cdf8668a';

/** One component of an expected parse: its label (street, housenumber, ...) and text. */
export interface PeliasComponent {
  label: string;
  value: string;
}

export interface PeliasCase {
  input: string;
  /** accepted parses; a case asserting the first parse only has one */
  solutions: PeliasComponent[][];
}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'ident'; value: string }
  | { kind: 'punct'; value: string }
  | { kind: 'number'; value: string };

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** Tokens of JavaScript source text: strings (with escapes decoded), names, numbers and punctuation; comments dropped. */
export function tokenizeJs(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let value = '';
      i++;
      while (i < text.length && text[i] !== ch) {
        if (text[i] === '\\') {
          const next = text[i + 1] ?? '';
          if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
            i += 6;
            continue;
          }
          value += ESCAPES[next] ?? next;
          i += 2;
          continue;
        }
        value += text[i];
        i++;
      }
      i++;
      tokens.push({ kind: 'string', value });
    } else if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'ident', value: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9][0-9.]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'number', value: m[0] });
      i += m[0].length;
    } else {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    }
  }
  return tokens;
}

type JsValue = string | boolean | number | null | JsValue[] | { [key: string]: JsValue };

/** Reads one literal (array, object, string, number, true/false/null) at tokens[pos]. */
function readValue(tokens: Token[], pos: number): { value: JsValue; next: number } | undefined {
  const t = tokens[pos];
  if (!t) return undefined;
  if (t.kind === 'string') return { value: t.value, next: pos + 1 };
  if (t.kind === 'number') return { value: Number(t.value), next: pos + 1 };
  if (t.kind === 'ident') {
    const known: Record<string, JsValue> = { true: true, false: false, null: null };
    return t.value in known ? { value: known[t.value]!, next: pos + 1 } : undefined;
  }
  if (t.value === '[') {
    const items: JsValue[] = [];
    let p = pos + 1;
    while (tokens[p] && tokens[p]!.value !== ']') {
      const item = readValue(tokens, p);
      if (!item) return undefined;
      items.push(item.value);
      p = item.next;
      if (tokens[p]?.value === ',') p++;
    }
    return tokens[p] ? { value: items, next: p + 1 } : undefined;
  }
  if (t.value === '{') {
    const obj: { [key: string]: JsValue } = {};
    let p = pos + 1;
    while (tokens[p] && tokens[p]!.value !== '}') {
      const key = tokens[p]!;
      if ((key.kind !== 'ident' && key.kind !== 'string') || tokens[p + 1]?.value !== ':') return undefined;
      const item = readValue(tokens, p + 2);
      if (!item) return undefined;
      obj[key.value] = item.value;
      p = item.next;
      if (tokens[p]?.value === ',') p++;
    }
    return tokens[p] ? { value: obj, next: p + 1 } : undefined;
  }
  return undefined;
}

function toComponents(value: JsValue): PeliasComponent[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: PeliasComponent[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return undefined;
    for (const [label, v] of Object.entries(item)) {
      if (typeof v !== 'string') return undefined;
      out.push({ label, value: v });
    }
  }
  return out;
}

/**
 * The `assert('<input>', <expected>[, false])` cases of one pelias/parser test file (commented-out
 * cases are not read). With `false` the expected value lists every accepted parse; without it, the
 * first parse.
 */
export function parsePeliasCases(text: string): PeliasCase[] {
  const tokens = tokenizeJs(text);
  const cases: PeliasCase[] = [];
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'ident' || t.value !== 'assert' || tokens[i - 1]?.value === '.') continue;
    if (tokens[i + 1]!.value !== '(' || tokens[i + 2]!.kind !== 'string' || tokens[i + 3]!.value !== ',')
      continue;
    const input = tokens[i + 2]!.value;
    const expected = readValue(tokens, i + 4);
    if (!expected) continue;
    let p = expected.next;
    let firstOnly = true;
    if (tokens[p]?.value === ',') {
      const flag = readValue(tokens, p + 1);
      if (flag?.value === false) firstOnly = false;
      p = flag ? flag.next : p + 1;
    }
    if (tokens[p]?.value !== ')') continue;
    let solutions: PeliasComponent[][] | undefined;
    if (firstOnly) {
      const one = toComponents(expected.value);
      solutions = one ? [one] : undefined;
    } else if (Array.isArray(expected.value)) {
      const all = expected.value.map(toComponents);
      solutions = all.every((s): s is PeliasComponent[] => s !== undefined) ? all : undefined;
    }
    if (solutions) cases.push({ input, solutions });
    i = p;
  }
  return cases;
}

/** Components that make text an address; places (locality, region, country) join them. */
const ANCHORS = new Set(['street', 'housenumber', 'postcode', 'unit', 'unit_type']);
const PLACES = new Set(['locality', 'region', 'country', 'dependency']);

export type CaseKind = 'full' | 'street' | 'intersection' | 'postcode' | 'place';

export interface LabelledCase {
  text: string;
  kind: CaseKind;
  labels: LabelSpan[];
  negatives: NegativeSpan[];
}

/**
 * Spans of one case: the address words (from the first to the last non-venue component) as one
 * ADDRESS when an anchor is among them, else as a hard negative place; venues as hard negatives.
 * Undefined when the case has several parses or none, or a component is not found in the text.
 */
export function labelCase(c: PeliasCase): LabelledCase | undefined {
  if (c.solutions.length !== 1 || c.solutions[0]!.length === 0) return undefined;
  const comps = c.solutions[0]!;
  let cursor = 0;
  const located: (PeliasComponent & { start: number; end: number })[] = [];
  for (const comp of comps) {
    let at = c.input.indexOf(comp.value, cursor);
    if (at < 0) at = c.input.indexOf(comp.value);
    if (at < 0 || !comp.value.trim()) return undefined;
    located.push({ ...comp, start: at, end: at + comp.value.length });
    cursor = at + comp.value.length;
  }
  const known = located.every((l) => ANCHORS.has(l.label) || PLACES.has(l.label) || l.label === 'venue');
  if (!known) return undefined;
  const parts = located.filter((l) => l.label !== 'venue');
  const negatives: NegativeSpan[] = located
    .filter((l) => l.label === 'venue')
    .map((l) => ({ kind: 'venue', start: l.start, end: l.end }));
  const labels: LabelSpan[] = [];
  const streets = parts.filter((l) => l.label === 'street').length;
  const anchored = parts.some((l) => ANCHORS.has(l.label));
  if (parts.length) {
    const span = { start: Math.min(...parts.map((l) => l.start)), end: Math.max(...parts.map((l) => l.end)) };
    if (anchored) labels.push({ type: 'ADDRESS', ...span });
    else negatives.push({ kind: 'city', ...span });
  }
  const has = (label: string): boolean => parts.some((l) => l.label === label);
  const kind: CaseKind = !anchored
    ? 'place'
    : streets >= 2
      ? 'intersection'
      : !has('street')
        ? 'postcode'
        : parts.some((l) => PLACES.has(l.label) || l.label === 'postcode')
          ? 'full'
          : 'street';
  return { text: c.input, kind, labels, negatives };
}

/**
 * Frames written by this project. `{{a}}` is the case's text; `|` separates turns; in a frame with
 * `{{block}}` the text's commas become line breaks (an address written on lines). No frame names a
 * person (the set labels addresses only).
 */
export const STREET_FRAMES: Record<CaseKind, { kind: string; text: string }[]> = {
  full: [
    { kind: 'sentence', text: 'We moved in the spring, and the new address is {{a}}.' },
    { kind: 'sentence', text: 'The invoice went to {{a}} instead of the office.' },
    {
      kind: 'letter',
      text: 'Dear customer,\n\nPlease return the signed form to the address below:\n{{block}}\n\nWith thanks,\nThe billing team',
    },
    { kind: 'form', text: 'Delivery address: {{a}}\nPreferred day: Tuesday\nLeave with neighbour: yes' },
    { kind: 'message', text: 'can you send the spare keys to {{a}}? thanks!' },
    { kind: 'dialogue', text: 'What address should I put on the order?|{{a}}.|Thank you, that is noted.' },
  ],
  street: [
    { kind: 'sentence', text: 'The van is parked outside {{a}}, next to the bakery.' },
    { kind: 'form', text: 'Street: {{a}}\nFloor: ground' },
    { kind: 'message', text: 'running late, meet me at {{a}} in ten minutes' },
    { kind: 'dialogue', text: 'Which street is the shop on?|It is on {{a}}.|Great, I will find it.' },
  ],
  intersection: [
    { kind: 'sentence', text: 'The accident happened at {{a}} just after noon.' },
    {
      kind: 'letter',
      text: 'Dear resident,\n\nRoad works will close {{a}} for two weeks from Monday.\n\nThe roads office',
    },
    { kind: 'form', text: 'Location of the fault: {{a}}\nReported by phone: no' },
    { kind: 'message', text: "i'm waiting at {{a}}, can't miss me" },
  ],
  postcode: [
    { kind: 'sentence', text: 'My postcode is {{a}}, if that helps.' },
    { kind: 'form', text: 'Postcode and town: {{a}}\nCountry of residence: see above' },
    { kind: 'message', text: 'the parcel is for {{a}}, do you deliver there?' },
  ],
  place: [
    { kind: 'sentence', text: 'We are visiting {{a}} next month with the whole team.' },
    { kind: 'message', text: 'just landed near {{a}}, the weather is lovely' },
    { kind: 'form', text: 'Place of the event: {{a}}\nNumber of guests: twelve' },
    {
      kind: 'letter',
      text: 'Dear friends,\n\nGreetings from {{a}}. The trip is going well.\n\nSee you soon',
    },
  ],
};

/** Puts a labelled case into a frame: the frame's text with the case's spans shifted into it. */
export function frameCase(
  c: LabelledCase,
  frame: { text: string },
): { text: string; labels: LabelSpan[]; negatives: NegativeSpan[] } {
  const block = frame.text.includes('{{block}}');
  const slot = block ? '{{block}}' : '{{a}}';
  const at = frame.text.indexOf(slot);
  // Commas become line breaks in a block (same length before the comma is dropped: ", " -> "\n ").
  const value = block ? c.text.replace(/,(?= )/g, '\n') : c.text;
  const text = frame.text.slice(0, at) + value + frame.text.slice(at + slot.length);
  const shift = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + at,
    end: s.end + at,
  });
  return { text, labels: c.labels.map(shift), negatives: c.negatives.map(shift) };
}

export interface StreetCoverage {
  /** per case file: cases kept on each side */
  files: { file: string; dev: number; test: number }[];
  kinds: Record<CaseKind, Record<'dev' | 'test', number>>;
  skipped: { ambiguous: number; duplicate: number };
}

/** The documents of the set, one per case (deduplicated by text), with their side decided here. */
export function streetDocs(repo: SourceRepo): { docs: SourceDoc[]; coverage: StreetCoverage } {
  const files = repo.list(PELIAS_FOLDER).filter((f) => f.endsWith('.test.js'));
  const seen = new Set<string>();
  const docs: SourceDoc[] = [];
  const coverage: StreetCoverage = {
    files: [],
    kinds: {
      full: { dev: 0, test: 0 },
      street: { dev: 0, test: 0 },
      intersection: { dev: 0, test: 0 },
      postcode: { dev: 0, test: 0 },
      place: { dev: 0, test: 0 },
    },
    skipped: { ambiguous: 0, duplicate: 0 },
  };
  for (const file of files) {
    const name = file
      .split('/')
      .pop()!
      .replace(/\.test\.js$/, '');
    const kept: LabelledCase[] = [];
    for (const c of parsePeliasCases(repo.read(file))) {
      const key = c.input.trim().toLowerCase();
      if (seen.has(key)) {
        coverage.skipped.duplicate++;
        continue;
      }
      const labelled = labelCase(c);
      if (!labelled) {
        coverage.skipped.ambiguous++;
        continue;
      }
      seen.add(key);
      kept.push(labelled);
    }
    // Stratified by file: dealt alternately in salted-hash order.
    kept.sort((a, b) => seedOf(`street-addresses/${a.text}`) - seedOf(`street-addresses/${b.text}`));
    const row = { file: name, dev: 0, test: 0 };
    kept.forEach((c, index) => {
      const side = index % 2 === 0 ? 'dev' : 'test';
      row[side]++;
      coverage.kinds[c.kind][side]++;
      const id = `street-${name}-${seedOf(c.text).toString(16)}`;
      const rng: Rng = makeRng(id);
      const frame = rng.pick(STREET_FRAMES[c.kind]);
      docs.push({
        id,
        splitKey: c.text,
        split: side,
        domain: frame.kind,
        segments: splitTurns(frameCase(c, frame)),
      });
    });
    coverage.files.push(row);
  }
  return { docs: docs.sort((x, y) => seedOf(x.id) - seedOf(y.id)), coverage };
}
