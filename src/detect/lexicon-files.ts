/**
 * Detector vocabularies live as data files under `lexicons/` at the package root (one file per
 * language, country or list), so a contributor adds a country's street types or a language's cue
 * words without touching code. Files are read once per process by the detector that owns them and
 * kept in compact immutable structures; nothing here caches per call.
 *
 * Word lists (`*.txt`): one entry per line, `#` starts a comment, blank lines are ignored, entries
 * are NFC-normalised and trimmed (case is the caller's choice).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';

let root: string | undefined;

/** The package root (the folder holding package.json), from src/ under tsx or dist/src/ when built. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'lexicons'))) {
      root = dir;
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new ConfigError('lexicons/ folder not found beside package.json');
    dir = parent;
  }
}

/** Absolute path of a file or folder under lexicons/. */
export function lexiconPath(relative: string): string {
  return path.join(packageRoot(), 'lexicons', relative);
}

/** Entries of one word list (see the file comment for the format). */
export function readWordList(relative: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(lexiconPath(relative), 'utf8');
  } catch (err) {
    throw new ConfigError(`lexicon ${relative}: cannot be read`, { cause: err });
  }
  return parseWordList(text);
}

export function parseWordList(text: string): string[] {
  const entries: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const hash = line.indexOf('#');
    const entry = (hash >= 0 ? line.slice(0, hash) : line).normalize('NFC').trim();
    if (entry !== '') entries.push(entry);
  }
  return entries;
}

/**
 * Every word list in a folder under lexicons/, keyed by file base name ("de" for de.txt), in
 * name order. Adding a file to the folder adds it to the detector that reads the folder.
 */
export function readWordListsIn(relativeDir: string): Map<string, string[]> {
  let names: string[];
  try {
    names = fs.readdirSync(lexiconPath(relativeDir)).filter((n) => n.endsWith('.txt'));
  } catch (err) {
    throw new ConfigError(`lexicon folder ${relativeDir}: cannot be read`, { cause: err });
  }
  const lists = new Map<string, string[]>();
  for (const name of names.sort()) {
    lists.set(path.basename(name, '.txt'), readWordList(path.join(relativeDir, name)));
  }
  return lists;
}

/** A JSON data file under lexicons/, checked by `validate` (a zod schema's parse fits). */
export function readLexiconJson<T>(relative: string, validate: (data: unknown) => T): T {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(lexiconPath(relative), 'utf8'));
  } catch (err) {
    throw new ConfigError(`lexicon ${relative}: cannot be read as JSON`, { cause: err });
  }
  return validate(data);
}
