/**
 * The text half of the export verification: every manifest and transcript file of an export (and
 * the text entries of WebDataset shards) is read back from disk and scanned, record by record
 * (a JSONL line, a Kaldi table line, a JSON document, a tar entry):
 *  - values: when the raw values of the calls are known (originals), each record is searched for
 *    the values of its call (all calls' values for records that belong to no utterance) with the
 *    per-call leak check (findLeakedValue: spoken->written runs, whole words, case-folded);
 *  - re-detection: the transcript text of each record goes through the detectors again; a finding
 *    on anything but a redaction marker (tag, placeholder, token, mask) is a leak.
 * A failure throws VerificationError naming the utterance (or file and line) and the entity
 * type, never the value.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import tarStream from 'tar-stream';
import { analyze } from '../detect/analyze.js';
import { VerificationError } from '../errors.js';
import { findLeakedValue } from '../pipeline/verify.js';
import type { Word } from '../types.js';
import type { CallValue } from './raw-values.js';
import { TAGS } from './text.js';

export interface ScanCall {
  /** raw values (originals mode), or null when the source has none */
  values: CallValue[] | null;
  /** the replacements the call's redactions wrote (markers, not leaks) */
  replacements: ReadonlySet<string>;
}

export interface ScanOptions {
  root: string;
  /** files relative to root: text files and .tar shards */
  files: readonly string[];
  calls: ReadonlyMap<string, ScanCall>;
  /** the utterance or clip a path or line belongs to, and its call */
  ownerOf(text: string): { label: string; callId: string } | null;
}

export interface ScanResult {
  files: number;
  records: number;
  /** records searched for raw values */
  valueRecords: number;
  /** transcript texts run through the detectors again */
  redetected: number;
}

interface ScanRecord {
  where: string;
  owner: { label: string; callId: string } | null;
  strings: string[];
  transcript: string | null;
}

const TRANSCRIPT_KEYS = new Set(['text', 'transcription']);
const TAG_VALUES = new Set(Object.values(TAGS));
/** placeholders and tokens as the operators write them: [PERSON], [PHONE_NUMBER_7F3K9QX2] */
const BRACKET_MARKER = /\[[A-Z_]+(?:_[0-9A-Z]{8})?\]/;

function collect(value: unknown, strings: string[], transcript: string[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collect(v, strings, transcript));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      strings.push(key);
      if (TRANSCRIPT_KEYS.has(key) && typeof v === 'string') transcript.push(v);
      collect(v, strings, transcript);
    }
  }
}

function jsonRecord(text: string, where: string, owner: ScanRecord['owner']): ScanRecord {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new VerificationError(`${where}: export file is not valid JSON`, { cause: err });
  }
  const strings: string[] = [];
  const transcript: string[] = [];
  collect(doc, strings, transcript);
  return { where, owner, strings, transcript: transcript.length ? transcript.join('\n') : null };
}

function* recordsOf(rel: string, text: string, ownerOf: ScanOptions['ownerOf']): Generator<ScanRecord> {
  const pathOwner = ownerOf(rel);
  const ext = path.extname(rel);
  if (ext === '.json') {
    yield jsonRecord(text, rel, pathOwner);
    return;
  }
  if (ext === '.txt') {
    yield { where: rel, owner: pathOwner, strings: [text], transcript: text };
    return;
  }
  const kaldiText = path.basename(rel) === 'text';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const where = `${rel}:${i + 1}`;
    const owner = pathOwner ?? ownerOf(line);
    if (ext === '.jsonl') yield jsonRecord(line, where, owner);
    else if (kaldiText) yield { where, owner, strings: [line], transcript: line.replace(/^\S+\s*/, '') };
    else yield { where, owner, strings: [line], transcript: null };
  }
}

async function* tarEntries(file: string): AsyncGenerator<{ name: string; text: string }> {
  const extract = tarStream.extract();
  const input = createReadStream(file);
  input.on('error', (err) => extract.destroy(err));
  try {
    input.pipe(extract);
    for await (const entry of extract) {
      const name = entry.header.name;
      const ext = path.extname(name);
      if (ext !== '.txt' && ext !== '.json') {
        entry.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of entry) chunks.push(chunk as Buffer);
      yield { name, text: Buffer.concat(chunks).toString('utf8') };
    }
  } finally {
    input.destroy();
  }
}

const toWords = (text: string): Word[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((t) => ({ text: t }));

function isMarker(word: string, call: ScanCall | undefined): boolean {
  for (const tag of TAG_VALUES) if (word.includes(tag)) return true;
  if (BRACKET_MARKER.test(word)) return true;
  for (const r of call?.replacements ?? []) if (word.includes(r)) return true;
  return false;
}

export async function scanExport(options: ScanOptions): Promise<ScanResult> {
  const allValues = [...options.calls.values()].flatMap((c) => c.values ?? []);
  const result: ScanResult = { files: 0, records: 0, valueRecords: 0, redetected: 0 };

  const check = (record: ScanRecord): void => {
    result.records++;
    const call = record.owner ? options.calls.get(record.owner.callId) : undefined;
    const label = record.owner ? `utterance ${record.owner.label} (${record.where})` : record.where;
    const values = record.owner ? (call?.values ?? []) : allValues;
    if (values.length > 0) {
      result.valueRecords++;
      const content = record.strings.join('\n');
      const index = findLeakedValue(content, toWords(content), values);
      if (index >= 0) {
        const type = values[index]!.type;
        throw new VerificationError(`${label}: exported text holds a redacted value (${type})`, {
          details: { where: record.where, utterance: record.owner?.label ?? null, type },
        });
      }
    }
    if (record.transcript !== null && record.owner) {
      result.redetected++;
      const words = toWords(record.transcript);
      for (const entity of analyze(words)) {
        const covered = words.slice(entity.startWord, entity.endWord);
        if (covered.every((w) => isMarker(w.text, call))) continue;
        throw new VerificationError(`${label}: the detectors find a ${entity.type} in the exported text`, {
          details: { where: record.where, utterance: record.owner.label, type: entity.type },
        });
      }
    }
  };

  for (const rel of options.files) {
    result.files++;
    const file = path.join(options.root, rel);
    if (path.extname(rel) === '.tar') {
      for await (const entry of tarEntries(file))
        for (const record of recordsOf(`${rel}/${entry.name}`, entry.text, options.ownerOf)) check(record);
    } else {
      for (const record of recordsOf(rel, await readFile(file, 'utf8'), options.ownerOf)) check(record);
    }
  }
  return result;
}
