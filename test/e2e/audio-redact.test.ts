/**
 * redactAudio against real ffmpeg on generated audio: inside every span the original is gone
 * (no correlation with it, the bleep tone is there), outside the spans PCM output is
 * sample-identical to the input, durations are equal, and no metadata survives.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BLEEP,
  DEFAULT_SPAN_PLAN,
  planSpans,
  probeAudio,
  redactAudio,
  resolveFfmpeg,
  type AudioInfo,
  type OutputAudioFormat,
  type RedactAudioRequest,
} from '../../src/audio/index.js';
import type { Entity, Span, Word } from '../../src/types.js';
import {
  channel,
  correlation,
  decode,
  ffmpeg,
  makeNoise,
  makeSpeech,
  probeTags,
  rms,
  snrDb,
  useAudioWorkspace,
  toneShare,
  type Pcm,
} from '../helpers/audio.js';

type Engine = NonNullable<RedactAudioRequest['engine']>;

const ws = useAudioWorkspace();

const file = ws.file;

async function redact(
  input: string,
  output: string,
  spans: Span[],
  format: OutputAudioFormat = 'same',
  bleep = DEFAULT_BLEEP,
  engine: Engine = 'auto',
): Promise<{ before: AudioInfo; after: AudioInfo }> {
  const before = await probeAudio(input, ws.tools);
  const { info: after } = await redactAudio(
    { input, output, info: before, spans, bleep, format, engine },
    ws.tools,
  );
  return { before, after };
}

/** [start, end) sample frames of a span, as the bleep covers them */
const samplesOf = (span: Span, rate: number): [number, number] => [
  Math.floor(span.start * rate),
  Math.ceil(span.end * rate),
];

/** How much of `original` is still in `output` (least-squares gain; 1 = all of it). */
function originalShare(original: Float32Array, output: Float32Array): number {
  let dot = 0;
  let energy = 0;
  for (let i = 0; i < original.length; i++) {
    dot += original[i]! * output[i]!;
    energy += original[i]! ** 2;
  }
  return Math.abs(dot) / energy;
}

/** Outside the spans: identical samples. Inside: uncorrelated with the original, tone present. */
function expectExactBleep(
  original: Pcm,
  redacted: Pcm,
  spans: Span[],
  options: { tone?: boolean } = {},
): void {
  expect(redacted.length).toBe(original.length);
  expect(redacted.channels).toBe(original.channels);
  for (let c = 0; c < original.channels; c++) {
    const inSpan = new Uint8Array(original.length);
    const mine = spans.filter((s) => s.channel === undefined || s.channel === c);
    for (const span of mine) {
      const [from, to] = samplesOf(span, original.rate);
      inSpan.fill(1, from, Math.min(to, original.length));
    }
    let changedOutside = 0;
    for (let i = 0; i < original.length; i++) {
      const k = i * original.channels + c;
      if (!inSpan[i] && original.data[k] !== redacted.data[k]) changedOutside++;
    }
    expect(changedOutside, `channel ${c}: samples changed outside spans`).toBe(0);
    for (const span of mine) {
      const [from, to] = samplesOf(span, original.rate);
      const before = channel(original, c, from, to);
      const after = channel(redacted, c, from, to);
      expect(rms(before), 'original has signal in the span').toBeGreaterThan(0.005);
      // an unrelated signal correlates within a few 1/sqrt(n) by chance; a kept original near 1
      const n = to - from;
      if (n >= 100)
        expect(Math.abs(correlation(before, after))).toBeLessThan(Math.max(0.15, 5 / Math.sqrt(n)));
      else expect(originalShare(before, after)).toBeLessThan(0.3);
      if (options.tone !== false && to - from >= original.rate * 0.04) {
        expect(toneShare(after, original.rate, 1000)).toBeGreaterThan(0.5);
      }
    }
  }
}

// PCM WAV goes through the Node fast path by default (auto); both engines must pass every case
describe.each(['auto', 'ffmpeg'] as const)('redactAudio on PCM WAV (sample-exact), engine %s', (engine) => {
  it('mono 16 kHz speech: spans planned from word times are bleeped, the rest is untouched', async () => {
    const input = file(`speech16k.${engine}.wav`);
    await makeSpeech(
      input,
      'Please call me back on five five five, zero one four two, thank you very much',
      16000,
    );
    const info = await probeAudio(input, ws.tools);
    expect(info).toMatchObject({ codec: 'pcm_s16le', container: 'wav', sampleRate: 16000, channels: 1 });
    // two "entities" over words placed inside the speech
    const words: Word[] = [
      { text: 'five', start: 1.3, end: 1.6 },
      { text: 'five', start: 1.6, end: 1.9 },
      { text: 'zero', start: 2.6, end: 2.9 },
    ];
    const entities: Entity[] = [
      { type: 'PHONE_NUMBER', startWord: 0, endWord: 2, score: 1, detector: 'test', value: 'x' },
      { type: 'PHONE_NUMBER', startWord: 2, endWord: 3, score: 1, detector: 'test', value: 'y' },
    ];
    const spans = planSpans(words, entities, info, DEFAULT_SPAN_PLAN);
    expect(spans).toHaveLength(2);
    const output = file(`speech16k.out.${engine}.wav`);
    const { after } = await redact(input, output, spans, 'same', DEFAULT_BLEEP, engine);
    expect(after).toMatchObject({
      codec: 'pcm_s16le',
      sampleRate: 16000,
      channels: 1,
      samples: info.samples,
    });
    expectExactBleep(await decode(input), await decode(output), spans);
  });

  it('stereo with perChannel: only the speaker channel is bleeped, the other is untouched', async () => {
    const input = file(`stereo.${engine}.wav`);
    await makeNoise(input, { seconds: 4, rate: 16000, channels: 2, codec: 'pcm_s16le' });
    const spans: Span[] = [
      { start: 0.5, end: 1.25, channel: 1 },
      { start: 2.0, end: 2.6, channel: 0 },
      { start: 3.1, end: 3.3 },
    ];
    const output = file(`stereo.out.${engine}.wav`);
    await redact(input, output, spans, 'same', DEFAULT_BLEEP, engine);
    const original = await decode(input);
    const redacted = await decode(output);
    expectExactBleep(original, redacted, spans);
    // channel 0 during the channel-1 span is bit-identical
    const [from, to] = samplesOf(spans[0]!, 16000);
    expect(channel(redacted, 0, from, to)).toEqual(channel(original, 0, from, to));
  });

  it('8 kHz mu-law WAV with spans starting mid-frame keeps codec and samples', async () => {
    const input = file(`mulaw.${engine}.wav`);
    await makeNoise(input, { seconds: 5, rate: 8000, codec: 'pcm_mulaw', seed: 7 });
    const spans: Span[] = [
      { start: 0.12345, end: 0.4321 },
      { start: 1.000125, end: 1.0015 },
      { start: 3.33333, end: 4.2 },
    ];
    const output = file(`mulaw.out.${engine}.wav`);
    const { before, after } = await redact(input, output, spans, 'same', DEFAULT_BLEEP, engine);
    expect(after).toMatchObject({
      codec: 'pcm_mulaw',
      sampleRate: 8000,
      channels: 1,
      samples: before.samples,
    });
    expectExactBleep(await decode(input), await decode(output), spans);
  });

  it('48 kHz stereo with spans starting mid-frame, silence and noise bleeps', async () => {
    const input = file(`48k.${engine}.wav`);
    await makeNoise(input, { seconds: 3, rate: 48000, channels: 2, codec: 'pcm_s16le', seed: 11 });
    const spans: Span[] = [
      { start: 0.0213, end: 0.3 },
      { start: 1.23456, end: 1.5 },
    ];
    const original = await decode(input);
    for (const kind of ['silence', 'noise'] as const) {
      const output = file(`48k.${kind}.${engine}.wav`);
      await redact(input, output, spans, 'same', { ...DEFAULT_BLEEP, kind }, engine);
      const redacted = await decode(output);
      expectExactBleep(original, redacted, spans, { tone: false });
      const [from, to] = samplesOf(spans[1]!, 48000);
      const level = rms(channel(redacted, 0, from, to));
      if (kind === 'silence') expect(level).toBe(0);
      else expect(level).toBeGreaterThan(0.05);
    }
  });

  it('2,000 spans are each bleeped exactly', async () => {
    const input = file(`many.${engine}.wav`);
    await makeNoise(input, { seconds: 300, rate: 8000, codec: 'pcm_s16le', seed: 5 });
    const spans: Span[] = Array.from({ length: 2000 }, (_, i) => ({
      start: 0.05 + i * 0.149 + (i % 7) * 0.0013,
      end: 0.05 + i * 0.149 + 0.06 + (i % 5) * 0.001,
    }));
    const output = file(`many.out.${engine}.wav`);
    await redact(input, output, spans, 'same', DEFAULT_BLEEP, engine);
    expectExactBleep(await decode(input), await decode(output), spans);
  });

  it('is deterministic: the same request gives byte-identical output', async () => {
    const input = file(`determinism.${engine}.wav`);
    await makeNoise(input, { seconds: 2, rate: 16000, codec: 'pcm_s16le' });
    const spans: Span[] = [{ start: 0.5, end: 1.0 }];
    const noise = { ...DEFAULT_BLEEP, kind: 'noise' as const };
    await redact(input, file(`det1.${engine}.wav`), spans, 'same', noise, engine);
    await redact(input, file(`det2.${engine}.wav`), spans, 'same', noise, engine);
    expect(await readFile(file(`det1.${engine}.wav`))).toEqual(await readFile(file(`det2.${engine}.wav`)));
  });

  it('FLAC stays FLAC and sample-exact', async () => {
    const input = file(`in.${engine}.flac`);
    await makeNoise(input, { seconds: 3, rate: 16000, codec: 'flac' });
    const spans: Span[] = [{ start: 1.0001, end: 1.7 }];
    const { before, after } = await redact(
      input,
      file(`out.${engine}.flac`),
      spans,
      'same',
      DEFAULT_BLEEP,
      engine,
    );
    expect(after).toMatchObject({ codec: 'flac', sampleRate: 16000, sampleFormat: before.sampleFormat });
    expectExactBleep(await decode(input), await decode(file(`out.${engine}.flac`)), spans);
  });
});

describe('redactAudio with the npm ffmpeg build (2018, aeval without timeline)', () => {
  it('is still sample-exact', async () => {
    const { default: npmFfmpeg } = await import('@ffmpeg-installer/ffmpeg');
    const { default: npmFfprobe } = await import('@ffprobe-installer/ffprobe');
    const npmTools = await resolveFfmpeg({ FFMPEG_PATH: npmFfmpeg.path, FFPROBE_PATH: npmFfprobe.path });
    expect(npmTools.aevalTimeline).toBe(false);
    const input = file('npm.wav');
    await makeNoise(input, { seconds: 3, rate: 8000, channels: 2, codec: 'pcm_s16le', seed: 3 });
    const spans: Span[] = [
      { start: 0.4321, end: 1.2, channel: 0 },
      { start: 2.0001, end: 2.5 },
    ];
    const output = file('npm.out.wav');
    const info = await probeAudio(input, npmTools);
    await redactAudio(
      { input, output, info, spans, bleep: DEFAULT_BLEEP, format: 'same', engine: 'ffmpeg' },
      npmTools,
    );
    expectExactBleep(await decode(input), await decode(output), spans);
  });

  it('the decoded-PCM engine falls back to raw input (no -max_size in its WAV demuxer)', async () => {
    const { default: npmFfmpeg } = await import('@ffmpeg-installer/ffmpeg');
    const { default: npmFfprobe } = await import('@ffprobe-installer/ffprobe');
    const npmTools = await resolveFfmpeg({ FFMPEG_PATH: npmFfmpeg.path, FFPROBE_PATH: npmFfprobe.path });
    expect(npmTools.wavMaxSize).toBe(false);
    expect((await resolveFfmpeg({})).wavMaxSize).toBe(true);
    const input = file('npm.flac');
    await makeNoise(input, { seconds: 3, rate: 8000, codec: 'flac', seed: 4, extra: ['-sample_fmt', 's16'] });
    const spans: Span[] = [
      { start: 0, end: 0.2 },
      { start: 1.2345, end: 2.5 },
    ];
    const output = file('npm.out.flac');
    const info = await probeAudio(input, npmTools);
    await redactAudio(
      { input, output, info, spans, bleep: DEFAULT_BLEEP, format: 'same', engine: 'node' },
      npmTools,
    );
    expectExactBleep(await decode(input), await decode(output), spans);
  });
});

describe('redactAudio metadata', () => {
  const secret = ['Rosalind Quill', 'Oakbarrow Lane'];
  const tags = ['-metadata', `title=Call with ${secret[0]}`, '-metadata', `artist=${secret[1]}`];

  it.each([
    ['wav', ['-c:a', 'pcm_s16le']],
    ['mp3', ['-c:a', 'libmp3lame', '-b:a', '64k']],
    ['flac', ['-c:a', 'flac']],
    ['opus', ['-c:a', 'libopus']],
    ['m4a', ['-c:a', 'aac']],
  ])('strips tags and encoder names from %s', async (ext, codec) => {
    const input = file(`tagged.${ext}`);
    await ffmpeg(['-f', 'lavfi', '-i', 'sine=f=440:r=16000:d=2', ...codec, ...tags], input);
    expect(Object.values(await probeTags(input)).join(' ')).toContain(secret[0]);
    const output = file(`tagged.out.${ext}`);
    await redact(input, output, [{ start: 0.5, end: 1 }]);
    // only fixed, version-free names may remain (bit-exact mode): "Lavc libopus", "Lavf lame"
    const outputTags = Object.entries(await probeTags(output)).map(([k, v]) => `${k}=${v}`);
    expect(
      outputTags.filter(
        (tag) =>
          !/^(encoder=Lavc \w+|language=und|handler_name=SoundHandler|vendor_id=.*|major_brand=.*|minor_version=.*|compatible_brands=.*)$/.test(
            tag,
          ),
      ),
    ).toEqual([]);
    const bytes = (await readFile(output)).toString('latin1');
    for (const s of secret) expect(bytes).not.toContain(s);
    expect(bytes).not.toMatch(/Lav[fc]\d/);
  });
});

describe('redactAudio on lossy audio', () => {
  /** speech re-encoded to the codec; the reference is the same file passed through the codec unbleeped */
  it.each([
    ['mp3', ['-c:a', 'libmp3lame', '-b:a', '64k'], 'mp3'],
    ['m4a', ['-c:a', 'aac', '-b:a', '64k'], 'aac'],
    ['opus', ['-c:a', 'libopus', '-b:a', '48k'], 'opus'],
  ])(
    '%s: bleeps spans, matches a plain re-encode elsewhere, keeps duration',
    async (ext, codec, codecName) => {
      const speech = file(`lossy-src-${ext}.wav`);
      await makeSpeech(
        speech,
        'Account number four four seven one, routing number two two nine, thanks',
        16000,
      );
      const input = file(`lossy.${ext}`);
      await ffmpeg(['-i', speech, ...codec], input);
      const before = await probeAudio(input, ws.tools);
      const spans: Span[] = [{ start: 1.2, end: 2.0 }];
      const output = file(`lossy.out.${ext}`);
      const { after } = await redact(input, output, spans);
      expect(after.codec).toBe(codecName);
      expect(after.channels).toBe(before.channels);

      const reference = file(`lossy.ref.${ext}`);
      await ffmpeg(['-i', input, ...codec], reference);
      const ref = await decode(reference);
      const out = await decode(output);
      const orig = await decode(input);
      // same decoded length as the input passed through the same codec
      expect(out.length).toBe(ref.length);
      const rate = out.rate;
      const [from, to] = samplesOf(spans[0]!, rate);
      // codec frames around the edges mix both sides: compare with a 50 ms margin
      const margin = Math.round(rate * 0.05);
      const n = Math.min(ref.length, out.length);
      const outside = (pcm: Pcm): Float32Array =>
        Float32Array.from([...channel(pcm, 0, 0, from - margin), ...channel(pcm, 0, to + margin, n)]);
      expect(snrDb(outside(ref), outside(out))).toBeGreaterThan(15);
      const inside = channel(out, 0, from + margin, to - margin);
      expect(Math.abs(correlation(channel(orig, 0, from + margin, to - margin), inside))).toBeLessThan(0.15);
      expect(toneShare(inside, rate, 1000)).toBeGreaterThan(0.5);
    },
  );

  it.each([
    ['mp3', 'mp3'],
    ['opus', 'opus'],
    ['flac', 'flac'],
    ['wav', 'pcm_s16le'],
  ] as const)('converts to %s on request', async (format, codecName) => {
    const input = file('convert.wav');
    await makeNoise(input, { seconds: 2, rate: 16000, codec: 'pcm_s16le' });
    const output = file(`convert.out.${format}`);
    const { after } = await redact(input, output, [{ start: 0.5, end: 0.9 }], format);
    expect(after.codec).toBe(codecName);
    expect(after.channels).toBe(1);
    // gapless decoders (mp3 LAME tag, opus pre-skip) give back exactly the input's sample count
    const decoded = await decode(output);
    expect((decoded.length * 16000) / decoded.rate).toBe(32000);
  });
});
