/**
 * JSON plumbing shared by the JSON adapters: one parse per document (TranscriptText: detection and
 * parsing look at the same text), exact line:column of syntax errors (JSON.parse messages quote
 * the input, so they never reach our errors), the line of a field given its path, and a serialiser
 * that writes the document back with the input's indentation, line endings, BOM and final newline.
 */
import { TranscriptError } from '../../errors.js';

export type JsonPath = readonly (string | number)[];

const BOM = '\uFEFF';

function stripBom(raw: string): string {
  return raw.startsWith(BOM) ? raw.slice(1) : raw;
}

/**
 * One transcript document as text, parsed as JSON at most once however many adapters look at it.
 * Its life is one detection + parse: nothing outside it keeps the (possibly large) parsed value.
 */
export class TranscriptText {
  private parsed: { value: unknown } | null | undefined;

  constructor(readonly raw: string) {}

  /** Parsed value, or undefined when the text is not JSON. Never throws. */
  tryJson(): { value: unknown } | undefined {
    if (this.parsed === undefined) {
      try {
        this.parsed = { value: JSON.parse(stripBom(this.raw)) };
      } catch {
        this.parsed = null;
      }
    }
    return this.parsed ?? undefined;
  }

  /** Parsed value, or a TranscriptError naming `source` and the line and column of the first syntax error. */
  json(source: string): unknown {
    const parsed = this.tryJson();
    if (!parsed) throw syntaxError(this.raw, source);
    return parsed.value;
  }
}

/** True when the first non-blank char opens a JSON object or array. */
export function looksLikeJson(raw: string): boolean {
  const m = /^\uFEFF?\s*([[{])/.exec(raw.slice(0, 4096));
  return m !== null;
}

/** The TranscriptError for text that is not JSON, with the line and column of the first syntax error. */
function syntaxError(raw: string, source: string): TranscriptError {
  const body = stripBom(raw);
  const offset = jsonSyntaxErrorOffset(body);
  if (offset < 0) return new TranscriptError(`${source}: invalid JSON`, { details: { source } });
  const { line, column } = lineColumn(raw, offset + (raw.length - body.length));
  return new TranscriptError(`${source}: invalid JSON at line ${line}, column ${column}`, {
    details: { source, line, column },
  });
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

// ---------------------------------------------------------------------------------------------
// An iterative JSON scanner (no recursion: deeply nested input cannot overflow the stack). It
// reports the offset of the first syntax error, and can report where every value starts and ends.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const enum State {
  Value,
  ValueOrClose,
  After,
  Key,
  KeyOrClose,
  Colon,
}

interface ScanHooks {
  /** a value starts at `offset`; returning true stops the scan (the result is then -1) */
  start?: (path: JsonPath, offset: number) => boolean;
  /** the value at `path` spans [start, end) */
  end?: (path: JsonPath, start: number, end: number) => void;
}

/** Scans `s`. Returns -1 when it is valid JSON (or a hook stopped it), else the offset of the first error. */
function scanJson(s: string, hooks: ScanHooks = {}): number {
  const n = s.length;
  let i = 0;
  const containers: number[] = []; // 0 array, 1 object
  const starts: number[] = []; // start offset of each open container
  const path: (string | number)[] = [];
  const trackKeys = hooks.start !== undefined || hooks.end !== undefined;
  let state: State = State.Value;
  const skipWs = (): void => {
    while (i < n && WS.has(s.charCodeAt(i))) i++;
  };
  const scanString = (): number => {
    // at opening quote; returns end offset (after closing quote) or -(error offset) - 1
    i++;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) return ++i;
      if (c < 0x20) return -i - 1;
      if (c === 0x5c) {
        const e = s.charAt(i + 1);
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) return -i - 1;
          i += 6;
        } else if (e !== '' && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else return -i - 1;
      } else i++;
    }
    return -n - 1;
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const closeContainer = (): void => {
    containers.pop();
    path.pop();
    const start = starts.pop()!;
    i++;
    hooks.end?.(path, start, i);
  };

  for (;;) {
    skipWs();
    if (state === State.Value || state === State.ValueOrClose) {
      if (i >= n) return n;
      const c = s.charAt(i);
      if (state === State.ValueOrClose && c === ']') {
        closeContainer();
        state = State.After;
        continue;
      }
      if (hooks.start?.(path, i)) return -1;
      const valueStart = i;
      if (c === '{' || c === '[') {
        containers.push(c === '{' ? 1 : 0);
        starts.push(i);
        path.push(c === '{' ? '' : 0);
        i++;
        state = c === '{' ? State.KeyOrClose : State.ValueOrClose;
        continue;
      }
      if (c === '"') {
        const end = scanString();
        if (end < 0) return -end - 1;
      } else if (c === 't' || c === 'f' || c === 'n') {
        const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
        if (!s.startsWith(word, i)) return i;
        i += word.length;
      } else {
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(s);
        if (!m || m[0].length === 0) return i;
        i += m[0].length;
      }
      hooks.end?.(path, valueStart, i);
      state = State.After;
      continue;
    }
    if (state === State.After) {
      if (containers.length === 0) return i >= n ? -1 : i;
      if (i >= n) return n;
      const c = s.charAt(i);
      const top = containers[containers.length - 1]!;
      if (c === ',') {
        i++;
        if (top === 0) {
          path[path.length - 1] = (path[path.length - 1] as number) + 1;
          state = State.Value;
        } else state = State.Key;
        continue;
      }
      if ((c === ']' && top === 0) || (c === '}' && top === 1)) {
        closeContainer();
        continue;
      }
      return i;
    }
    if (state === State.Key || state === State.KeyOrClose) {
      if (i >= n) return n;
      const c = s.charAt(i);
      if (state === State.KeyOrClose && c === '}') {
        closeContainer();
        state = State.After;
        continue;
      }
      if (c !== '"') return i;
      const start = i;
      const end = scanString();
      if (end < 0) return -end - 1;
      if (trackKeys) path[path.length - 1] = JSON.parse(s.slice(start, end)) as string;
      state = State.Colon;
      continue;
    }
    // State.Colon
    if (i >= n) return n;
    if (s.charAt(i) !== ':') return i;
    i++;
    state = State.Value;
  }
}

export function jsonSyntaxErrorOffset(s: string): number {
  return scanJson(s);
}

/**
 * Calls `onStart` with the path and offset of every value and `onEnd` with its [start, end);
 * returns as jsonSyntaxErrorOffset. The path array is reused: copy it to keep it.
 */
export function scanJsonRanges(
  s: string,
  onStart: (path: JsonPath, start: number) => void,
  onEnd: (path: JsonPath, start: number, end: number) => void,
): number {
  return scanJson(s, {
    start: (path, offset) => {
      onStart(path, offset);
      return false;
    },
    end: onEnd,
  });
}

/** 1-based line of the value at `path` (or of its closest existing ancestor), if found. */
export function lineOfPath(raw: string, path: JsonPath): number | undefined {
  const body = stripBom(raw);
  for (let len = path.length; len >= 0; len--) {
    const target = path.slice(0, len);
    let found = -1;
    scanJson(body, {
      start: (p, offset) => {
        if (p.length !== target.length) return false;
        for (let k = 0; k < p.length; k++) if (p[k] !== target[k]) return false;
        found = offset;
        return true;
      },
    });
    if (found >= 0) return lineColumn(body, found).line;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

export interface JsonStyle {
  bom: boolean;
  indent: string | undefined;
  eol: '\n' | '\r\n';
  finalNewline: boolean;
}

export function detectJsonStyle(raw: string): JsonStyle {
  const bom = raw.startsWith(BOM);
  const eol = raw.includes('\r\n') ? '\r\n' : '\n';
  const m = /\n([ \t]+)\S/.exec(raw);
  const multiline = /\n\s*\S/.test(raw.trimEnd());
  let indent: string | undefined;
  if (m) indent = m[1]!.includes('\t') ? '\t' : ' '.repeat(Math.min(m[1]!.length, 10));
  else if (multiline) indent = '  ';
  return { bom, indent, eol, finalNewline: /\n$/.test(raw) };
}

export function stringifyJson(value: unknown, style: JsonStyle): string {
  let out = JSON.stringify(value, null, style.indent);
  if (style.eol === '\r\n') out = out.replace(/\n/g, '\r\n');
  if (style.finalNewline) out += style.eol;
  return (style.bom ? BOM : '') + out;
}

/** A fresh copy of the document `raw` (already known to be valid JSON). */
export function reparseJson(raw: string): unknown {
  return JSON.parse(stripBom(raw));
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
