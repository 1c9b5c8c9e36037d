/**
 * `callredact export dataset|clips` end to end through the built CLI, on redacted outputs of the
 * sample calls plus three generated calls (espeak-ng, exact word times) of which two share a
 * caller's phone number. Every format is read back by a reader that is not ours: Python's standard
 * library (test/helpers/export_check.py: Kaldi's sorting rules, the JSONL schemas, WAV lengths)
 * and node-tar for WebDataset shards. Offsets are checked to the sample against the call audio.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWavLayout } from '../../src/audio/riff.js';
import { callAlias } from '../../src/export/ids.js';
import type { Report } from '../../src/pipeline/report.js';
import { sha256File } from '../../src/storage/publish.js';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { speakToWav, type SpokenWord } from '../helpers/speech.js';

const run = promisify(execFile);
/** each test runs one to four CLI exports; on a loaded 2-core machine one takes up to ~30 s */
const BUDGET = 300_000;
const SAMPLES = path.join(REPO_ROOT, 'samples/calls');
const CHECK = path.join(REPO_ROOT, 'test/helpers/export_check.py');

let dir: string;
let originals: string;
let redacted: string;
let env: NodeJS.ProcessEnv;

const words = (speaker: string, text: string): SpokenWord[] =>
  text.split(' ').map((t) => ({ text: t, speaker }));

/** Two calls of one caller (same phone number, so the same vault token) and one of another. */
const GENERATED: Record<string, SpokenWord[]> = {
  'caller-one-a': [
    ...words('agent', 'thanks for calling northwind how can i help'),
    ...words('customer', 'my phone number is four one five five five five oh one four two'),
    ...words('agent', 'thank you one moment please'),
  ],
  'caller-one-b': [
    ...words('agent', 'good morning northwind support'),
    ...words('customer', 'hi you can reach me at four one five five five five oh one four two'),
    ...words('agent', 'got it thanks'),
  ],
  'caller-two': [
    ...words('agent', 'northwind billing how can i help'),
    ...words('customer', 'call me back on two one two five five five oh one nine nine please'),
    ...words('agent', 'will do goodbye'),
  ],
};

async function readJsonl(file: string): Promise<Record<string, unknown>[]> {
  return (await fs.readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function tree(root: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const rel of (await fs.readdir(root, { recursive: true })).sort()) {
    const file = path.join(root, rel);
    if ((await fs.stat(file)).isFile()) out.set(rel, await fs.readFile(file));
  }
  return out;
}

async function pythonCheck(format: string, root: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run('python3', [CHECK, format, root]);
    return { code: 0, out: stdout.trim() };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, out: e.stdout.trim() };
  }
}

async function report(name: string): Promise<Report> {
  return JSON.parse(await fs.readFile(path.join(redacted, name, 'report.json'), 'utf8')) as Report;
}

/** 16-bit samples of a PCM WAV (every channel interleaved) */
async function samples(file: string): Promise<Int16Array> {
  const layout = await checkWavLayout(file);
  const data = (await fs.readFile(file)).subarray(layout.dataOffset, layout.dataOffset + layout.dataBytes);
  return new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'callredact-export-'));
  originals = path.join(dir, 'in');
  redacted = path.join(dir, 'redacted');
  await fs.cp(SAMPLES, originals, { recursive: true });
  const voices = { agent: { name: 'en-us' }, customer: { name: 'en-us+f3' } };
  for (const [name, said] of Object.entries(GENERATED)) {
    const speech = await speakToWav(said, path.join(originals, `${name}.wav`), { voices });
    await fs.writeFile(path.join(originals, `${name}.json`), JSON.stringify({ words: speech.words }));
  }
  // tokens for every type: the caller's number gets the same token in both of their calls
  env = { VAULT_MASTER_KEY: randomBytes(32).toString('base64'), SQLITE_PATH: path.join(dir, 'vault.sqlite') };
  const policy = path.join(dir, 'policy.json');
  await fs.writeFile(policy, JSON.stringify({ defaultOperator: { operator: 'token' } }));
  const result = await runCli(['redact', originals, '--out', redacted, '--policy', policy], { env });
  expect(result.code, result.stderr).toBe(0);
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('export dataset', () => {
  it(
    'writes a Kaldi data dir that passes the validate_data_dir rules, split by call and caller token',
    async () => {
      const out = path.join(dir, 'kaldi');
      const result = await runCli([
        'export',
        'dataset',
        redacted,
        '--format',
        'kaldi',
        '--out',
        out,
        '--originals',
        originals,
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^exported 10 of 11 calls to .* \(not exported: 1 without audio\)$/m);
      const check = await pythonCheck('kaldi', out);
      expect(check).toEqual({ code: 0, out: expect.stringMatching(/^ok \d+$/) as string });

      // splits: every call (anonymised id inside the utterance id) in exactly one split
      const splitOf = new Map<string, Set<string>>();
      for (const split of ['train', 'dev', 'test']) {
        const utt2spk = await fs.readFile(path.join(out, 'data', split, 'utt2spk'), 'utf8').catch(() => '');
        for (const line of utt2spk.split('\n').filter(Boolean)) {
          const call = line.split(' ')[0]!.split('-')[1]!;
          splitOf.set(call, new Set([...(splitOf.get(call) ?? []), split]));
        }
      }
      expect(splitOf.size).toBe(10);
      for (const splits of splitOf.values()) expect(splits.size).toBe(1);
      const [a, b, c] = await Promise.all(['caller-one-a', 'caller-one-b', 'caller-two'].map(report));
      const tokenOf = (r: Report) => r.entities.find((e) => e.type === 'PHONE_NUMBER')!.replacement;
      expect(tokenOf(a!)).toBe(tokenOf(b!));
      expect(tokenOf(a!)).not.toBe(tokenOf(c!));
      expect(splitOf.get(callAlias(0, a!.callId))).toEqual(splitOf.get(callAlias(0, b!.callId)));
      // a seed that puts the two calls of caller one into dev or test still keeps them together
      for (const seed of ['1', '2']) {
        const o = path.join(dir, `kaldi-seed-${seed}`);
        expect(
          (await runCli(['export', 'dataset', redacted, '--format', 'kaldi', '--out', o, '--seed', seed]))
            .code,
        ).toBe(0);
        const where = async (callId: string) => {
          const alias = callAlias(Number(seed), callId);
          for (const split of ['train', 'dev', 'test']) {
            const text = await fs.readFile(path.join(o, 'data', split, 'text'), 'utf8').catch(() => '');
            if (text.includes(`-${alias}-`)) return split;
          }
          return undefined;
        };
        expect(await where(a!.callId)).toBeDefined();
        expect(await where(a!.callId)).toBe(await where(b!.callId));
      }

      // the text carries type tags; the card has counts, no values and no source names
      const text = await fs.readFile(path.join(out, 'data/train/text'), 'utf8');
      expect(text).not.toMatch(/\[[A-Z_]+_[0-9A-Z]{8}\]/);
      const card = await fs.readFile(path.join(out, 'README.md'), 'utf8');
      expect(card).toContain('**Licence:** _to be filled in by the publisher_');
      expect(card).toMatch(/\| utterances \| \d+ \| \d+ \| \d+ \| \d+ \|/);
      expect(card).toContain('| PHONE_NUMBER | 9 |');
      expect(card).toContain('raw values of their calls');
      expect(card).not.toMatch(/caller-one|bank-card|airline/);
    },
    BUDGET,
  );

  it(
    'fails the Kaldi check on an unsorted utt2spk (the checker can fail)',
    async () => {
      const copy = path.join(dir, 'kaldi-broken');
      await fs.cp(path.join(dir, 'kaldi'), copy, { recursive: true });
      const file = path.join(copy, 'data/train/utt2spk');
      const lines = (await fs.readFile(file, 'utf8')).split('\n').filter(Boolean);
      [lines[0], lines[1]] = [lines[1]!, lines[0]!];
      await fs.writeFile(file, lines.join('\n') + '\n');
      const check = await pythonCheck('kaldi', copy);
      expect(check.code).toBe(1);
      expect(check.out).toMatch(/train\/utt2spk: not sorted/);
    },
    BUDGET,
  );

  it(
    'writes NeMo manifests, byte-identical on a second run with the same seed',
    async () => {
      const first = path.join(dir, 'nemo-1');
      const second = path.join(dir, 'nemo-2');
      for (const out of [first, second]) {
        const r = await runCli([
          'export',
          'dataset',
          redacted,
          '--format',
          'nemo',
          '--out',
          out,
          '--seed',
          '7',
        ]);
        expect(r.code, r.stderr).toBe(0);
      }
      expect((await pythonCheck('nemo', first)).code).toBe(0);
      const [x, y] = await Promise.all([tree(first), tree(second)]);
      expect([...x.keys()]).toEqual([...y.keys()]);
      for (const [rel, bytes] of x) expect(Buffer.compare(bytes, y.get(rel)!), rel).toBe(0);
      const rows = await readJsonl(path.join(first, 'train_manifest.jsonl'));
      expect(rows.some((r) => String(r['text']).includes('<PHONE>'))).toBe(true);
    },
    BUDGET,
  );

  it(
    'writes a Hugging Face audiofolder and Lhotse manifests that the checks accept',
    async () => {
      for (const format of ['hf', 'lhotse']) {
        const out = path.join(dir, format);
        const r = await runCli(['export', 'dataset', redacted, '--format', format, '--out', out]);
        expect(r.code, r.stderr).toBe(0);
        expect(await pythonCheck(format, out)).toEqual({
          code: 0,
          out: expect.stringMatching(/^ok \d+$/) as string,
        });
      }
    },
    BUDGET,
  );

  it(
    'keeps tokens with --text token and drops every utterance with a redaction with --drop-redacted',
    async () => {
      const all = path.join(dir, 'nemo-token');
      const dropped = path.join(dir, 'nemo-drop');
      expect(
        (await runCli(['export', 'dataset', redacted, '--format', 'nemo', '--out', all, '--text', 'token']))
          .code,
      ).toBe(0);
      const r = await runCli([
        'export',
        'dataset',
        redacted,
        '--format',
        'nemo',
        '--out',
        dropped,
        '--drop-redacted',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const rowsOf = async (root: string) =>
        (
          await Promise.all(
            ['train', 'dev', 'test'].map((s) =>
              readJsonl(path.join(root, `${s}_manifest.jsonl`)).catch(() => []),
            ),
          )
        ).flat();
      const full = await rowsOf(all);
      const kept = await rowsOf(dropped);
      const marked = full.filter((row) => /\[[A-Z_]+_[0-9A-Z]{8}\]/.test(String(row['text'])));
      expect(marked.length).toBeGreaterThan(20);
      expect(kept.some((row) => /[<[][A-Z_]+/.test(String(row['text'])))).toBe(false);
      const left = Number(/left out: (\d+) with redactions/.exec(r.stdout)?.[1]);
      expect(left).toBeGreaterThanOrEqual(marked.length);
      expect(kept.length).toBe(full.length - left);
      // no audio for dropped utterances: exactly one WAV per manifest line
      const wavs = (await fs.readdir(path.join(dropped, 'audio'), { recursive: true })).filter((f) =>
        f.endsWith('.wav'),
      );
      expect(wavs.length).toBe(kept.length);
    },
    BUDGET,
  );

  it(
    'writes WebDataset shards of at most --shard-size that node-tar reads',
    async () => {
      const out = path.join(dir, 'wds');
      const r = await runCli([
        'export',
        'dataset',
        redacted,
        '--format',
        'webdataset',
        '--out',
        out,
        '--shard-size',
        '600K',
      ]);
      expect(r.code, r.stderr).toBe(0);
      const shards = (await fs.readdir(out)).filter((f) => f.endsWith('.tar')).sort();
      expect(shards.length).toBeGreaterThan(3);
      const keys = new Map<string, string[]>();
      for (const shard of shards) {
        expect((await fs.stat(path.join(out, shard))).size).toBeLessThanOrEqual(600 * 1024);
        const entries: { path: string; size: number }[] = [];
        await tar.t({
          file: path.join(out, shard),
          onReadEntry: (e) => void entries.push({ path: e.path, size: e.size }),
        });
        for (const e of entries) {
          const [key, ext] = [e.path.slice(0, e.path.indexOf('.')), e.path.slice(e.path.indexOf('.'))];
          keys.set(key, [...(keys.get(key) ?? []), ext]);
        }
      }
      for (const exts of keys.values()) expect(exts).toEqual(['.json', '.txt', '.wav']);
      // a sample extracted by node-tar: its JSON names its own key and the WAV has the stated length
      const x = path.join(dir, 'wds-x');
      await fs.mkdir(x);
      await tar.x({ file: path.join(out, shards[0]!), cwd: x });
      const first = [...keys.keys()].find((k) => k.length > 0)!;
      const meta = JSON.parse(await fs.readFile(path.join(x, `${first}.json`), 'utf8')) as {
        id: string;
        duration: number;
      };
      expect(meta.id).toBe(first);
      const layout = await checkWavLayout(path.join(x, `${first}.wav`));
      expect(layout.samples / 16000).toBeCloseTo(meta.duration, 6);
      // fixed tar headers: a second export gives the same shard bytes
      const again = path.join(dir, 'wds-2');
      const r2 = await runCli([
        'export',
        'dataset',
        redacted,
        '--format',
        'webdataset',
        '--out',
        again,
        '--shard-size',
        '600K',
      ]);
      expect(r2.code, r2.stderr).toBe(0);
      for (const shard of shards) {
        const [a, b] = await Promise.all([
          fs.readFile(path.join(out, shard)),
          fs.readFile(path.join(again, shard)),
        ]);
        expect(Buffer.compare(a, b), shard).toBe(0);
      }
    },
    BUDGET,
  );
});

describe('export clips', () => {
  it(
    'puts a bleep at t in the call at t - clip start in the clip, to the sample, and never cuts through it',
    async () => {
      const name = 'bank-card-replacement';
      const rep = await report(name);
      const span = rep.audio!.spans[1]!;
      const rate = rep.audio!.output.sampleRate;
      const out = path.join(dir, 'clips-range');
      // the range starts inside the bleep: the clip must widen to cover it whole
      const range = `${(span.start + 0.1).toFixed(3)}-${(span.end + 2).toFixed(3)}`;
      const r = await runCli(['export', 'clips', redacted, '--call', name, '--range', range, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const [clipDir] = (await fs.readdir(out)).filter((f) => !f.endsWith('.json'));
      const clip = JSON.parse(await fs.readFile(path.join(out, clipDir!, 'clip.json'), 'utf8')) as {
        start_frame: number;
        frames: number;
        sample_rate: number;
      };
      const a = Math.floor(span.start * rate);
      const b = Math.ceil(span.end * rate);
      const s0 = clip.start_frame;
      expect(clip.sample_rate).toBe(rate);
      expect(s0).toBeLessThanOrEqual(a);
      expect(s0 + clip.frames).toBeGreaterThanOrEqual(b);

      const clipped = await samples(path.join(out, clipDir!, 'audio.wav'));
      const call = await samples(path.join(redacted, name, 'audio.wav'));
      const original = await samples(path.join(originals, `${name}.wav`));
      expect(clipped.length).toBe(clip.frames);
      // the clip is the bleeped call from s0 on, sample for sample
      expect(Buffer.from(clipped.buffer).equals(Buffer.from(call.buffer, s0 * 2, clip.frames * 2))).toBe(
        true,
      );
      // and the bleep sits at [a - s0, b - s0): there it differs from the unredacted call ...
      let differ = 0;
      for (let n = a; n < b; n++) if (clipped[n - s0] !== original[n]) differ++;
      expect(differ / (b - a)).toBeGreaterThan(0.95);
      // ... and outside every bleep it is the original call
      const intervals = rep.audio!.spans.map(
        (s) => [Math.floor(s.start * rate), Math.ceil(s.end * rate)] as const,
      );
      let outside = 0;
      for (let n = s0; n < s0 + clip.frames; n++)
        if (!intervals.some(([x, y]) => n >= x && n < y) && clipped[n - s0] !== original[n]) outside++;
      expect(outside).toBe(0);
    },
    BUDGET,
  );

  it(
    'cuts around search matches with context, the transcript slice rebased to the clip',
    async () => {
      const out = path.join(dir, 'clips-search');
      const r = await runCli([
        'export',
        'clips',
        redacted,
        '--search',
        'northwind',
        '--context',
        '1',
        '--out',
        out,
        '--originals',
        originals,
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^3 clips/);
      for (const name of ['caller-one-a', 'caller-one-b', 'caller-two']) {
        const rep = await report(name);
        const [clipDir] = (await fs.readdir(out)).filter((f) => f.startsWith(rep.callId.slice(0, 12)));
        const clip = JSON.parse(await fs.readFile(path.join(out, clipDir!, 'clip.json'), 'utf8')) as {
          start_frame: number;
          sample_rate: number;
        };
        const slice = JSON.parse(await fs.readFile(path.join(out, clipDir!, 'transcript.json'), 'utf8')) as {
          words: { text: string; start: number; end: number }[];
        };
        const source = JSON.parse(
          await fs.readFile(path.join(redacted, name, 'transcript.json'), 'utf8'),
        ) as {
          words: { text: string; start: number; end: number }[];
        };
        const start = clip.start_frame / clip.sample_rate;
        const match = slice.words.find((w) => w.text === 'northwind')!;
        const inCall = source.words.find((w) => w.text === 'northwind')!;
        expect(match.start).toBeCloseTo(inCall.start - start, 3);
        expect(match.end).toBeCloseTo(inCall.end - start, 3);
        expect(slice.words[0]!.start).toBeGreaterThanOrEqual(0);
      }
    },
    BUDGET,
  );
});

describe('export verification', () => {
  /** A source folder with one published call whose transcript still holds the phone number. */
  async function plantLeak(): Promise<string> {
    const source = path.join(dir, 'leaky');
    const call = path.join(source, 'caller-two');
    await fs.cp(path.join(redacted, 'caller-two'), call, { recursive: true });
    const file = path.join(call, 'transcript.json');
    const rep = await report('caller-two');
    const phone = rep.entities.find((e) => e.type === 'PHONE_NUMBER')!;
    const doc = JSON.parse(await fs.readFile(file, 'utf8')) as { words: { text: string }[] };
    const word = doc.words.find((w) => w.text === phone.replacement)!;
    // a redaction bug: the replacement followed by the number in digits
    word.text = `${phone.replacement} 2125550199`;
    await fs.writeFile(file, JSON.stringify(doc));
    const manifest = JSON.parse(await fs.readFile(path.join(call, 'manifest.json'), 'utf8')) as {
      artefacts: Record<string, { bytes: number; sha256: string }>;
    };
    manifest.artefacts['transcript.json'] = {
      ...manifest.artefacts['transcript.json']!,
      bytes: (await fs.stat(file)).size,
      sha256: await sha256File(file),
    };
    await fs.writeFile(path.join(call, 'manifest.json'), JSON.stringify(manifest));
    return source;
  }

  it(
    'refuses an export holding a raw value, naming the utterance and never the value; nothing is published',
    async () => {
      const source = await plantLeak();
      const out = path.join(dir, 'refused');
      for (const extra of [['--originals', originals], []]) {
        const r = await runCli(['export', 'dataset', source, '--format', 'nemo', '--out', out, ...extra]);
        expect(r.code).toBe(1);
        expect(r.stderr).toMatch(
          /^callredact: utterance s[0-9a-f]{12}-c[0-9a-f]{12}-\d{4} \(.*\): .*PHONE_NUMBER/m,
        );
        expect(r.stderr + r.stdout).not.toMatch(/2125550199|555.?0199/);
        await expect(fs.stat(out)).rejects.toThrow();
        expect((await fs.readdir(dir)).filter((f) => f.startsWith('.refused'))).toEqual([]);
      }
    },
    BUDGET,
  );

  it(
    'leaves an earlier export in place when a later one is refused',
    async () => {
      const out = path.join(dir, 'kept');
      expect((await runCli(['export', 'dataset', redacted, '--format', 'nemo', '--out', out])).code).toBe(0);
      const before = await fs.readFile(path.join(out, 'manifest.json'));
      const r = await runCli([
        'export',
        'dataset',
        path.join(dir, 'leaky'),
        '--format',
        'nemo',
        '--out',
        out,
      ]);
      expect(r.code).toBe(1);
      expect(Buffer.compare(await fs.readFile(path.join(out, 'manifest.json')), before)).toBe(0);
      expect((await tree(out)).size).toBeGreaterThan(50);
    },
    BUDGET,
  );
});
