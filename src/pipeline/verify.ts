/**
 * The verification gate (fail closed): before anything is published, prove that the redacted
 * transcript no longer carries the values that were detected. Two independent checks:
 *  1. the written document parses again in its own format, with the replacement at every edit;
 *  2. no detected value occurs in the written document: numbers and spelled ids in the
 *     spoken->written view of the re-parsed words (whole runs; long values also inside runs and
 *     anywhere in the raw output), names/emails/addresses as whole words, case-folded.
 * Error messages cite entity indices and types only.
 */
import { VerificationError } from '../errors.js';
import type { ParsedTranscript } from '../transcript/adapters/types.js';
import { parseTranscript } from '../transcript/adapters/index.js';
import { buildSpokenRuns } from '../transcript/spoken-view.js';
import type { Entity, Word } from '../types.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A value to look for: the normalised form (entity.value) of one detection. PII. */
export interface ValueToFind {
  value: string;
}

/**
 * The index of the first of `values` that occurs in `content` (any text: a transcript, a manifest
 * line), or -1. `words` are the words of `content` (they feed the spoken->written view). Numbers
 * and spelled ids are looked for in the spoken->written view, whole runs (long values also inside
 * runs and inside digit runs of the raw content); values holding letters as whole words,
 * case-folded. Shared by the per-call gate below and the export verification (src/export/).
 */
export function findLeakedValue(
  content: string,
  words: readonly Word[],
  values: readonly ValueToFind[],
): number {
  const lowerRaw = content.toLowerCase();
  // Numbers and spelled ids as the spoken view reads them: "four one five ..." and "(415) 555-..."
  // both become runs of digits, so a value that survived in either form is found.
  const runs = buildSpokenRuns(words).runs;
  const rawDigitRuns = lowerRaw.match(/\d{7,}/g) ?? [];
  return values.findIndex(({ value: rawValue }) => {
    const value = rawValue.toLowerCase().trim();
    if (/^[0-9a-z]{4,}$/.test(value)) {
      // short values must match a whole run (a last-four inside an unrelated order number is not a leak)
      const long = value.length >= 7;
      for (const run of runs) {
        if (run.text === value || run.digits === value) return true;
        if (long && (run.text.includes(value) || run.digits.includes(value))) return true;
      }
      if (long && /^\d+$/.test(value) && rawDigitRuns.some((run) => run.includes(value))) return true;
    }
    if (value.length < 3 || !/\p{L}/u.test(value)) return false;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(value)}($|[^\\p{L}\\p{N}])`, 'u');
    return pattern.test(lowerRaw);
  });
}

export function verifyRedactedTranscript(
  written: string,
  original: ParsedTranscript,
  entities: readonly Entity[],
): void {
  let reparsed: ParsedTranscript;
  try {
    reparsed = parseTranscript(written, { source: 'redacted transcript', format: original.format });
  } catch (err) {
    throw new VerificationError('redacted transcript does not parse in its own format', { cause: err });
  }
  const index = findLeakedValue(written, reparsed.transcript.words, entities);
  if (index >= 0) {
    const entity = entities[index]!;
    throw new VerificationError(
      `redacted transcript still contains detected entity #${index} (${entity.type})`,
      {
        details: { entity: index, type: entity.type },
      },
    );
  }
}
