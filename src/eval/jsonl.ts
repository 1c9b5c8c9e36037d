/**
 * Reading call collections for `detect` and `eval`: a single JSON object, or JSON Lines with one
 * call per line. Errors name the file, the line and the JSON path of the bad field, never content.
 */
import fs from 'node:fs/promises';
import { z } from 'zod';
import { InputError, TranscriptError } from '../errors.js';
import { explainIssues, formatPath } from '../schema-issues.js';

const wordSchema = z
  .object({
    text: z.string(),
    start: z.number().finite().optional(),
    end: z.number().finite().optional(),
    speaker: z.string().optional(),
    channel: z.number().int().min(0).optional(),
  })
  .loose();

const spanSchema = z.object({
  type: z.string(),
  start_word: z.number().int().min(0),
  end_word: z.number().int(),
});

export const callSchema = z
  .object({ id: z.string().optional(), style: z.string().optional(), words: z.array(wordSchema) })
  .loose();

export const goldCallSchema = callSchema.extend({
  id: z.string(),
  labels: z.array(spanSchema),
});

export type CallRecord = z.infer<typeof callSchema>;
export type GoldCallRecord = z.infer<typeof goldCallSchema>;

export async function readCalls<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>[]> {
  const raw = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot read file (${err.code ?? 'error'})`);
  });
  const trimmed = raw.trim();
  if (trimmed === '') throw new InputError(`${file}: file is empty`);
  // A whole-file JSON object (pretty-printed canonical transcript) or one object per line.
  const lines: { text: string; line: number }[] = [];
  if (trimmed.startsWith('{') && !trimmed.includes('\n{')) {
    lines.push({ text: trimmed, line: 1 });
  } else {
    raw.split('\n').forEach((text, i) => {
      if (text.trim() !== '') lines.push({ text, line: i + 1 });
    });
  }
  return lines.map(({ text, line }, index) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new TranscriptError(`${file}:${line}: not valid JSON`, { details: { line } });
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const [issue] = explainIssues(parsed.error.issues);
      const path = formatPath(issue?.path ?? []);
      throw new TranscriptError(`${file}:${line}: ${path}: ${issue?.problem ?? 'is invalid'}`, {
        details: { line, path },
      });
    }
    const value = parsed.data as { id?: string };
    value.id ??= lines.length === 1 ? 'call' : `line-${index + 1}`;
    return parsed.data;
  });
}
