/**
 * `callredact detect FILE`: canonical transcripts in (JSON object or JSONL), one JSONL line per call
 * out: {"id", "entities": [{"type", "start_word", "end_word", "score", "detector"}]}. This output is
 * the stable interface evaluation tools are built on; values are never printed.
 */
import type { Writable } from 'node:stream';
import { analyze } from '../detect/analyze.js';
import { defaultRegistry } from '../detect/detectors/index.js';
import type { Policy } from '../policy.js';
import type { Candidate, Word } from '../types.js';
import { callSchema, readCalls } from '../eval/jsonl.js';

export interface DetectedSpan {
  type: string;
  start_word: number;
  end_word: number;
  score: number;
  detector: string;
}

export const toDetectedSpan = (e: Candidate): DetectedSpan => ({
  type: e.type,
  start_word: e.startWord,
  end_word: e.endWord,
  score: Math.round(e.score * 1000) / 1000,
  detector: e.detector,
});

export function detectWords(words: readonly Word[], policy?: Policy): DetectedSpan[] {
  return analyze(words, { policy, registry: defaultRegistry() }).map(toDetectedSpan);
}

export async function runDetect(file: string, out: Writable, policy?: Policy): Promise<number> {
  const calls = await readCalls(file, callSchema);
  for (const call of calls) {
    out.write(JSON.stringify({ id: call.id, entities: detectWords(call.words, policy) }) + '\n');
  }
  return calls.length;
}
