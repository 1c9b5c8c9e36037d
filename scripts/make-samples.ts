/**
 * Generates the fictional sample calls under samples/: for each call in scripts/sample-calls.ts
 * `calls/<name>.wav` + `calls/<name>.json` (canonical transcript with exact word times), or
 * `calls/<name>.txt` for the transcript-only sample, and `labels/<name>.json` (PII word spans).
 *
 *   npm run samples                 # rewrite samples/
 *   npm run samples -- --out DIR    # write DIR/calls, DIR/labels instead (e.g. to compare bytes)
 *
 * Needs espeak-ng and ffmpeg. Output is byte-for-byte deterministic.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { EntityType, Word } from '../src/types.js';
import { renderSpeech, type SpokenWord } from '../test/helpers/speech.js';
import { SAMPLE_CALLS, type SampleCall } from './sample-calls.js';

export interface Label {
  type: EntityType;
  start_word: number;
  /** exclusive */
  end_word: number;
}

export interface BuiltCall {
  words: SpokenWord[];
  labels: Label[];
  /** one line per turn, words joined by single spaces */
  lines: string[];
}

/** Flattens a call's turns into words and derives the label spans from the tagged values. */
export function buildCall(call: SampleCall): BuiltCall {
  const words: SpokenWord[] = [];
  const labels: Label[] = [];
  const lines: string[] = [];
  let valueId = 0;
  for (const turn of call.turns) {
    // Characters of the turn, each tagged with the labelled value it belongs to (if any).
    const chars: { ch: string; value?: number }[] = [];
    turn.strings.forEach((literal, i) => {
      for (const ch of literal) chars.push({ ch });
      const value = turn.values[i];
      if (value) {
        const id = valueId++;
        for (const ch of value.text) chars.push({ ch, value: id });
        labels[id] = { type: value.type, start_word: -1, end_word: -1 };
      }
    });
    const turnWords: string[] = [];
    let text = '';
    let tags = new Set<number>();
    const flush = (): void => {
      if (!text) return;
      if (tags.size > 1) throw new Error(`${call.name}: two labelled values share word ${words.length}`);
      const index = words.length;
      for (const id of tags) {
        const span = labels[id]!;
        if (span.start_word < 0) span.start_word = index;
        span.end_word = index + 1;
      }
      words.push({ text, speaker: turn.speaker });
      turnWords.push(text);
      text = '';
      tags = new Set();
    };
    for (const { ch, value } of chars) {
      if (/\s/.test(ch)) {
        flush();
        continue;
      }
      text += ch;
      if (value !== undefined) tags.add(value);
    }
    flush();
    lines.push(turnWords.join(' '));
  }
  return { words, labels, lines };
}

/** One JSON object per line: valid JSON that diffs well. */
export function transcriptJson(words: readonly Word[]): string {
  return `{"words":[\n${words.map((w) => JSON.stringify(w)).join(',\n')}\n]}\n`;
}

export function labelsJson(labels: readonly Label[]): string {
  return `[\n${labels.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`;
}

export interface WrittenCall {
  name: string;
  words: number;
  labels: number;
  /** seconds; undefined for transcript-only calls */
  duration?: number;
  bytes: number;
}

/** Renders one call into `<outDir>/calls` and `<outDir>/labels`. */
export async function writeCall(call: SampleCall, outDir: string): Promise<WrittenCall> {
  const built = buildCall(call);
  const callsDir = path.join(outDir, 'calls');
  const labelsDir = path.join(outDir, 'labels');
  await mkdir(callsDir, { recursive: true });
  await mkdir(labelsDir, { recursive: true });
  const files: [string, string | Buffer][] = [
    [path.join(labelsDir, `${call.name}.json`), labelsJson(built.labels)],
  ];
  let duration: number | undefined;
  if (call.output === 'text') {
    files.push([path.join(callsDir, `${call.name}.txt`), `${built.lines.join('\n')}\n`]);
  } else {
    const stereo = call.output === 'stereo';
    const speech = await renderSpeech(built.words, {
      voices: call.voices,
      sampleRate: stereo ? 8000 : 16_000,
      ...(stereo ? { channels: { agent: 0, customer: 1 } } : {}),
    });
    duration = speech.duration;
    files.push([path.join(callsDir, `${call.name}.wav`), speech.wav]);
    files.push([path.join(callsDir, `${call.name}.json`), transcriptJson(speech.words)]);
  }
  await Promise.all(files.map(([file, content]) => writeFile(file, content)));
  return {
    name: call.name,
    words: built.words.length,
    labels: built.labels.length,
    ...(duration === undefined ? {} : { duration }),
    bytes: files.reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'samples' } } });
  const outDir = values.out;
  let total = 0;
  for (const call of SAMPLE_CALLS) {
    const written = await writeCall(call, outDir);
    total += written.bytes;
    const length = written.duration === undefined ? 'text only' : `${written.duration.toFixed(1)} s`;
    console.log(
      `${call.name.padEnd(24)} ${call.output.padEnd(7)} ${length.padStart(9)}  ${written.words} words, ${written.labels} labels`,
    );
  }
  console.log(`total ${(total / 1024 / 1024).toFixed(2)} MiB in ${path.resolve(outDir)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
