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
import { buildSpokenView } from '../transcript/spoken-view.js';
import type { Entity } from '../types.js';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
  const lowerRaw = written.toLowerCase();
  // Numbers and spelled ids as the spoken view reads them: "four one five ..." and "(415) 555-..."
  // both become runs of digits, so a value that survived in either form is found.
  const runs = buildSpokenView(reparsed.transcript.words).runs;
  const rawDigitRuns = lowerRaw.match(/\d{7,}/g) ?? [];

  entities.forEach((entity, index) => {
    const value = entity.value.toLowerCase().trim();
    const leak = () =>
      new VerificationError(`redacted transcript still contains detected entity #${index} (${entity.type})`, {
        details: { entity: index, type: entity.type },
      });
    if (/^[0-9a-z]{4,}$/.test(value)) {
      // short values must match a whole run (a last-four inside an unrelated order number is not a leak)
      const long = value.length >= 7;
      for (const run of runs) {
        if (run.text === value || run.digits === value) throw leak();
        if (long && (run.text.includes(value) || run.digits.includes(value))) throw leak();
      }
      if (long && /^\d+$/.test(value) && rawDigitRuns.some((run) => run.includes(value))) throw leak();
    }
    if (value.length < 3 || !/\p{L}/u.test(value)) return;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(value)}($|[^\\p{L}\\p{N}])`, 'u');
    if (pattern.test(lowerRaw)) throw leak();
  });
}
