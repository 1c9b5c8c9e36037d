/**
 * End-to-end tests of `callredact redact` through the built CLI, with real ffmpeg on generated
 * audio: outputs, the bleep itself, and every bad-input path (clear one-line error, non-zero exit,
 * no partial output, the rest of a folder still processed, input untouched).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { decode, ffmpeg } from '../helpers/audio.js';

/** A 440 Hz test tone, mono 16 kHz 16-bit WAV. */
const makeToneWav = (file: string, seconds: number) =>
  ffmpeg(
    ['-f', 'lavfi', '-i', `sine=frequency=440:sample_rate=16000:duration=${seconds}`, '-c:a', 'pcm_s16le'],
    file,
  );

const PII = ['Okafor', '0142', 'maria'];

function transcript(words: [string, number, number, string?][]): string {
  return JSON.stringify(
    {
      words: words.map(([text, start, end, speaker]) => ({
        text,
        start,
        end,
        speaker: speaker ?? 'customer',
      })),
    },
    null,
    2,
  );
}

const GOOD_WORDS: [string, number, number][] = [
  ['hi', 0.2, 0.4],
  ['this', 0.5, 0.7],
  ['is', 0.75, 0.9],
  ['Maria', 1.0, 1.4],
  ['Okafor', 1.45, 1.9],
  ['my', 2.2, 2.35],
  ['number', 2.4, 2.7],
  ['is', 2.75, 2.85],
  ['(415)', 3.0, 3.5],
  ['555-0142', 3.6, 4.4],
  ['thanks', 4.8, 5.2],
];

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-cli-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function listTree(root: string): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true }).catch(() => [] as string[]);
  return entries.sort();
}

describe('callredact redact (one call)', () => {
  it('writes the redacted transcript, bleeped audio, report and manifest', async () => {
    const wav = path.join(dir, 'one.wav');
    const json = path.join(dir, 'one.json');
    await makeToneWav(wav, 6);
    await fs.writeFile(json, transcript(GOOD_WORDS));
    const before = await fs.readFile(wav);
    const out = path.join(dir, 'out-one');

    const result = await runCli(['redact', wav, '--transcript', json, '--out', out]);
    expect(result.stderr).toMatch(/^\[1\/1\] one: ok, 2 entities/);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/calls: 1, redacted: 1, failed: 0/);
    expect(result.stdout).toMatch(/PHONE_NUMBER 1/);

    const files = await listTree(path.join(out, 'one'));
    expect(files).toEqual(['audio.wav', 'manifest.json', 'report.json', 'transcript.json']);
    const redacted = await fs.readFile(path.join(out, 'one', 'transcript.json'), 'utf8');
    const report = await fs.readFile(path.join(out, 'one', 'report.json'), 'utf8');
    for (const value of PII) {
      expect(redacted.toLowerCase()).not.toContain(value.toLowerCase());
      expect(report.toLowerCase()).not.toContain(value.toLowerCase());
    }
    expect(redacted).toContain('[PHONE_NUMBER]');
    const parsedReport = JSON.parse(report) as {
      entities: { type: string; start: number; end: number; start_word: number; end_word: number }[];
      audio: { spans: { start: number; end: number }[] };
    };
    const phone = parsedReport.entities.find((e) => e.type === 'PHONE_NUMBER')!;
    expect(phone).toMatchObject({ start_word: 8, end_word: 10, start: 3.0, end: 4.4 });

    // The bleep: inside each padded span the 440 Hz original is gone; outside, samples are equal.
    const original = await decode(wav);
    const bleeped = await decode(path.join(out, 'one', 'audio.wav'));
    expect(bleeped.data.length).toBe(original.data.length);
    const rate = original.rate;
    const inside = new Uint8Array(original.data.length);
    for (const span of parsedReport.audio.spans)
      inside.fill(1, Math.floor(span.start * rate), Math.ceil(span.end * rate));
    const phoneStart = Math.round(3.0 * rate);
    const phoneEnd = Math.round(4.4 * rate);
    let differing = 0;
    for (let i = phoneStart; i < phoneEnd; i++) if (bleeped.data[i] !== original.data[i]) differing++;
    expect(differing / (phoneEnd - phoneStart)).toBeGreaterThan(0.99);
    let outsideMismatch = 0;
    for (let i = 0; i < original.data.length; i++) {
      if (!inside[i] && bleeped.data[i] !== original.data[i]) outsideMismatch++;
    }
    expect(outsideMismatch).toBe(0);

    // the input is untouched
    expect(Buffer.compare(before, await fs.readFile(wav))).toBe(0);
  });

  it('produces byte-identical outputs when run twice', async () => {
    const wav = path.join(dir, 'twice.wav');
    const json = path.join(dir, 'twice.json');
    await makeToneWav(wav, 6);
    await fs.writeFile(json, transcript(GOOD_WORDS));
    const outs = [path.join(dir, 'out-twice-a'), path.join(dir, 'out-twice-b')];
    for (const out of outs) expect((await runCli(['redact', wav, '-t', json, '-o', out])).code).toBe(0);
    for (const file of ['audio.wav', 'manifest.json', 'report.json', 'transcript.json']) {
      const [a, b] = await Promise.all(outs.map((o) => fs.readFile(path.join(o, 'twice', file))));
      expect(Buffer.compare(a!, b!), file).toBe(0);
    }
  });

  it('redacts a plain-text transcript alone, and refuses audio without timings', async () => {
    const txt = path.join(dir, 'plain.txt');
    await fs.writeFile(txt, 'hi this is Maria Okafor\nmy number is (415) 555-0142\n');
    const out = path.join(dir, 'out-plain');
    const ok = await runCli(['redact', txt, '-o', out]);
    expect(ok.code).toBe(0);
    const written = await fs.readFile(path.join(out, 'plain', 'transcript.txt'), 'utf8');
    expect(written).toContain('[PHONE_NUMBER]');
    expect(written).not.toContain('0142');
    expect(await listTree(path.join(out, 'plain'))).toEqual([
      'manifest.json',
      'report.json',
      'transcript.txt',
    ]);

    const wav = path.join(dir, 'plain-audio.wav');
    await makeToneWav(wav, 3);
    const refused = await runCli(['redact', wav, '-t', txt, '-o', path.join(dir, 'out-plain-audio')]);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toMatch(/plain\.txt: transcript has no timings/);
    expect(await listTree(path.join(dir, 'out-plain-audio'))).toEqual([]);
  });
});

describe('callredact redact (bad input)', () => {
  const cases: { name: string; words?: string; audio?: 'tone' | 'text'; expect: RegExp }[] = [
    { name: 'not-json', words: '{"words": [', expect: /not-json\.json.*(line|JSON)/i },
    {
      name: 'wrong-schema',
      words: '{"words": [{"text": "hi", "start": "zero", "end": 1}]}',
      expect: /words\[0\]\.start/,
    },
    { name: 'negative-time', words: transcript([['hi', -1, 0.5]]), expect: /negative-time\.json/ },
    {
      name: 'non-finite',
      words: '{"words": [{"text": "hi", "start": 1e999, "end": 1}]}',
      expect: /non-finite\.json/,
    },
    { name: 'out-of-order', words: transcript([['hi', 0.5, 0.4]]), expect: /out-of-order\.json/ },
    {
      name: 'past-end',
      words: transcript([
        ['call', 0.1, 0.3],
        ['Okafor', 9.0, 9.5],
      ]),
      expect: /past-end/,
    },
    { name: 'empty', words: '{"words": []}', expect: /empty\.json.*(empty|no words)/i },
    { name: 'bad-audio', words: transcript(GOOD_WORDS), audio: 'text', expect: /bad-audio\.wav/ },
  ];

  it('reports each bad call on its own line, still processes the good call, and leaves no partial output', async () => {
    const folder = path.join(dir, 'batch');
    await fs.mkdir(folder);
    for (const c of cases) {
      await fs.writeFile(path.join(folder, `${c.name}.json`), c.words!);
      if (c.audio === 'text')
        await fs.writeFile(path.join(folder, `${c.name}.wav`), 'this is not audio at all');
      else await makeToneWav(path.join(folder, `${c.name}.wav`), 3);
    }
    await makeToneWav(path.join(folder, 'good.wav'), 6);
    await fs.writeFile(path.join(folder, 'good.json'), transcript(GOOD_WORDS));
    await fs.writeFile(path.join(folder, 'orphan.wav'), await fs.readFile(path.join(folder, 'good.wav')));
    const inputBefore = await listTree(folder);

    const out = path.join(dir, 'out-batch');
    const result = await runCli(['redact', folder, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(`calls: ${cases.length + 2}, redacted: 1, failed: ${cases.length + 1}`),
    );
    for (const c of cases) {
      const line = result.stdout.split('\n').find((l) => l.startsWith(`failed: ${c.name}:`));
      expect(line, c.name).toBeDefined();
      expect(line, c.name).toMatch(c.expect);
      // errors never quote transcript content
      for (const value of PII) expect(line!.toLowerCase()).not.toContain(value.toLowerCase());
    }
    expect(result.stdout).toMatch(/failed: orphan: .*no transcript/);
    // only the good call is published; no staging folders are left behind
    expect(await fs.readdir(out)).toEqual(['good']);
    expect(await listTree(folder)).toEqual(inputBefore);
  });

  it('exits with 2 on a usage error', async () => {
    const usage = await runCli(['redact']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/missing required argument 'input'/);
  });

  it('fails clearly for a missing input and for an output folder that cannot be written', async () => {
    const missing = await runCli(['redact', path.join(dir, 'nope.wav'), '-o', path.join(dir, 'o')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/nope\.wav: cannot read input \(ENOENT\)/);

    const blocker = path.join(dir, 'a-file');
    await fs.writeFile(blocker, 'x');
    const txt = path.join(dir, 'ok.txt');
    await fs.writeFile(txt, 'hello there');
    const unwritable = await runCli(['redact', txt, '-o', path.join(blocker, 'sub')]);
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.stdout).toMatch(/output folder cannot be written/);
  });
});
