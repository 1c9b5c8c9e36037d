/**
 * Builds the held-out labelled calls: test/fixtures/holdout/calls.md (hand-written, marked up)
 * -> test/fixtures/holdout/holdout.jsonl (one call per line, the format `callredact eval` reads).
 *
 *   npx tsx scripts/build-holdout.ts            # rewrite holdout.jsonl
 *   npx tsx scripts/build-holdout.ts --check    # fail if holdout.jsonl is not up to date
 *
 * Markup (see test/fixtures/holdout/README.md): `## id | style | domain` starts a call, each turn is
 * one line `agent: ...` or `customer: ...`, `[TYPE: words]` marks a PII value and `{kind: words}` a
 * hard negative. Words are whitespace tokens after the markup is removed, so punctuation written
 * right after a closing bracket stays in the same word (`[PERSON: Okafor],` -> `Okafor,`).
 * Word times are fake but increasing. Output is deterministic.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ENTITY_TYPES, type EntityType } from '../src/types.js';
import { spokenDigit } from '../src/transcript/spoken-view.js';

const SOURCE = fileURLToPath(new URL('../test/fixtures/holdout/calls.md', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../test/fixtures/holdout/holdout.jsonl', import.meta.url));

const STYLES = ['asr', 'formatted'] as const;
const MIN_WORDS = 120;
const MAX_WORDS = 250;
const WORD_STEP = 0.3;
const WORD_LENGTH = 0.24;
const TURN_GAP = 0.45;

interface Span {
  type: string;
  start_word: number;
  /** exclusive */
  end_word: number;
}

interface HoldoutWord {
  text: string;
  start: number;
  end: number;
  speaker: string;
}

interface HoldoutCall {
  id: string;
  style: string;
  domain: string;
  words: HoldoutWord[];
  labels: Span[];
  hard_negatives: Span[];
}

/** A span being collected: which marked-up value each character of a turn belongs to. */
interface Mark {
  kind: 'label' | 'negative';
  type: string;
  id: number;
}

class SourceError extends Error {
  constructor(line: number, message: string) {
    super(`calls.md:${line}: ${message}`);
  }
}

const isEntityType = (t: string): t is EntityType => (ENTITY_TYPES as readonly string[]).includes(t);

/** Splits one turn into words, each with the marks (at most one label or negative) of its characters. */
function tokeniseTurn(
  text: string,
  line: number,
  nextId: () => number,
): { text: string; mark: Mark | undefined }[] {
  const chars: { ch: string; mark: Mark | undefined }[] = [];
  let open: Mark | undefined;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '[' || ch === '{') {
      if (open) throw new SourceError(line, 'nested markup');
      const m = /^([A-Za-z_]+): /.exec(text.slice(i + 1));
      if (!m) throw new SourceError(line, `markup without "TYPE: " at column ${i + 1}`);
      const type = m[1]!;
      if (ch === '[' && !isEntityType(type)) throw new SourceError(line, `unknown entity type ${type}`);
      if (ch === '{' && !/^[a-z_]+$/.test(type)) throw new SourceError(line, `hard negative kind ${type}`);
      open = { kind: ch === '[' ? 'label' : 'negative', type, id: nextId() };
      i += 1 + m[0].length;
      continue;
    }
    if (ch === ']' || ch === '}') {
      if (!open || (ch === ']') !== (open.kind === 'label')) throw new SourceError(line, `stray ${ch}`);
      open = undefined;
      i++;
      continue;
    }
    chars.push({ ch, mark: /\s/.test(ch) ? undefined : open });
    i++;
  }
  if (open) throw new SourceError(line, 'unclosed markup');

  const words: { text: string; mark: Mark | undefined }[] = [];
  let current: { text: string; marks: Mark[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const ids = new Set(current.marks.map((m) => m.id));
    if (ids.size > 1) throw new SourceError(line, `word "${current.text}" belongs to two marked values`);
    words.push({ text: current.text, mark: current.marks[0] });
    current = undefined;
  };
  for (const { ch, mark } of chars) {
    if (/\s/.test(ch)) {
      flush();
      continue;
    }
    current ??= { text: '', marks: [] };
    current.text += ch;
    if (mark) current.marks.push(mark);
  }
  flush();
  return words;
}

/** One span per marked value: the words that hold at least one of its characters. */
function toSpans(marks: (Mark | undefined)[], kind: Mark['kind']): Span[] {
  const spans = new Map<number, Span>();
  marks.forEach((mark, index) => {
    if (!mark || mark.kind !== kind) return;
    const span = spans.get(mark.id);
    if (span) span.end_word = index + 1;
    else spans.set(mark.id, { type: mark.type, start_word: index, end_word: index + 1 });
  });
  return [...spans.values()];
}

/** Digits of a value as written or spoken digit by digit (`double five`, `triple oh`); other words are skipped. */
function digitsOf(words: string[], style: string): string {
  if (style === 'formatted') return words.join('').replace(/\D/g, '');
  let digits = '';
  let repeat = 1;
  for (const w of words) {
    if (w === 'double' || w === 'triple') {
      repeat = w === 'double' ? 2 : 3;
      continue;
    }
    const d = spokenDigit(w);
    if (d) digits += d.repeat(repeat);
    repeat = 1;
  }
  return digits;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Checks that the data stays fictional: reserved phone numbers, example domains, valid test cards. */
function checkFictional(call: HoldoutCall, line: number): void {
  for (const label of call.labels) {
    const words = call.words.slice(label.start_word, label.end_word).map((w) => w.text);
    const text = words.join(' ');
    const where = `${call.id} ${label.type} [${label.start_word},${label.end_word})`;
    if (label.type === 'PHONE_NUMBER') {
      const digits = digitsOf(words, call.style);
      const international = /^\+|^plus$/.test(words[0] ?? '');
      // Shorter values are corrected digits ("eight at the end"), not whole numbers.
      if (!international && digits.length >= 7 && !/^(1?\d{3})?55501\d\d$/.test(digits)) {
        throw new SourceError(line, `${where}: US numbers must be 555-01xx`);
      }
    }
    if (label.type === 'EMAIL' && !/example(\.| dot )(com|org|net)/.test(text)) {
      throw new SourceError(line, `${where}: emails must use example.com/.org/.net`);
    }
    if (label.type === 'ACCOUNT_NUMBER') {
      const digits = digitsOf(words, call.style);
      // Card-shaped numbers (15-16 digits starting 3-6) must be Luhn-valid test numbers.
      if (/^[3-6]\d{14,15}$/.test(digits) && !/[a-z]/i.test(text.replace(/\b(dash|uh|um|er)\b/g, ''))) {
        if (!luhnValid(digits)) throw new SourceError(line, `${where}: card number fails Luhn`);
      }
    }
  }
}

function checkSpans(call: HoldoutCall, line: number): void {
  for (const [name, spans] of [
    ['labels', call.labels],
    ['hard_negatives', call.hard_negatives],
  ] as const) {
    const sorted = [...spans].sort((a, b) => a.start_word - b.start_word);
    sorted.forEach((s, i) => {
      if (s.start_word < 0 || s.end_word <= s.start_word || s.end_word > call.words.length) {
        throw new SourceError(line, `${call.id}: ${name} span out of range`);
      }
      const prev = sorted[i - 1];
      if (prev && prev.end_word > s.start_word)
        throw new SourceError(line, `${call.id}: overlapping ${name}`);
    });
  }
  const labelled = new Set(call.labels.flatMap((s) => range(s.start_word, s.end_word)));
  if (call.hard_negatives.some((s) => range(s.start_word, s.end_word).some((w) => labelled.has(w)))) {
    throw new SourceError(line, `${call.id}: a hard negative overlaps a label`);
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
const round = (x: number): number => Math.round(x * 100) / 100;

function parseHoldout(source: string): HoldoutCall[] {
  const calls: HoldoutCall[] = [];
  const ids = new Set<string>();
  let call: (HoldoutCall & { marks: (Mark | undefined)[]; line: number; clock: number }) | undefined;
  let markId = 0;
  const nextId = (): number => markId++;

  const finish = (): void => {
    if (!call) return;
    const { marks, line, clock: _clock, ...out } = call;
    out.labels = toSpans(marks, 'label');
    out.hard_negatives = toSpans(marks, 'negative');
    if (out.words.length < MIN_WORDS || out.words.length > MAX_WORDS) {
      throw new SourceError(line, `${out.id} has ${out.words.length} words (want ${MIN_WORDS}-${MAX_WORDS})`);
    }
    if (out.labels.length === 0) throw new SourceError(line, `${out.id} has no labels`);
    checkSpans(out, line);
    checkFictional(out, line);
    calls.push(out);
    call = undefined;
  };

  source.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text.startsWith('## ')) {
      finish();
      const parts = text
        .slice(3)
        .split('|')
        .map((p) => p.trim());
      const [id, style, domain] = parts;
      if (parts.length !== 3 || !id || !domain || !(STYLES as readonly string[]).includes(style ?? '')) {
        throw new SourceError(line, 'header must be "## id | asr|formatted | domain"');
      }
      if (ids.has(id)) throw new SourceError(line, `duplicate id ${id}`);
      ids.add(id);
      call = {
        id,
        style: style!,
        domain,
        words: [],
        labels: [],
        hard_negatives: [],
        marks: [],
        line,
        clock: 0,
      };
      return;
    }
    if (!call || text === '') return; // prose before the first call, blank lines
    const turn = /^(agent|customer): (.+)$/.exec(text);
    if (!turn) throw new SourceError(line, 'expected "agent: ..." or "customer: ..."');
    const speaker = turn[1]!;
    const previous = call.words.at(-1);
    if (previous && previous.speaker !== speaker) call.clock += TURN_GAP;
    for (const word of tokeniseTurn(turn[2]!, line, nextId)) {
      if (call.style === 'asr' && !/^[a-z']+$/.test(word.text)) {
        throw new SourceError(line, `asr word "${word.text}" must be lower-case letters only`);
      }
      call.words.push({
        text: word.text,
        start: round(call.clock),
        end: round(call.clock + WORD_LENGTH),
        speaker,
      });
      call.marks.push(word.mark);
      call.clock += WORD_STEP;
    }
  });
  finish();
  return calls;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const calls = parseHoldout(await readFile(SOURCE, 'utf8'));
  const jsonl = calls.map((c) => JSON.stringify(c)).join('\n') + '\n';
  const labels = calls.reduce((n, c) => n + c.labels.length, 0);
  const negatives = calls.reduce((n, c) => n + c.hard_negatives.length, 0);
  if (values.check) {
    const current = await readFile(OUTPUT, 'utf8').catch(() => '');
    if (current !== jsonl) {
      console.error('holdout.jsonl is out of date: run npx tsx scripts/build-holdout.ts');
      process.exitCode = 1;
      return;
    }
  } else {
    await writeFile(OUTPUT, jsonl);
  }
  console.log(`${calls.length} calls, ${labels} labels, ${negatives} hard negatives`);
}

await main();
