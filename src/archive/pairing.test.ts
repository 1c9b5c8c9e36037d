import { describe, expect, it } from 'vitest';
import { pairListing, type Group, type PairingRules } from './pairing.js';

async function pair(keys: string[], rules?: PairingRules): Promise<Group[]> {
  async function* listing() {
    for (const key of [...keys].sort()) yield { key, bytes: 1 };
  }
  const out: Group[] = [];
  for await (const g of pairListing(listing(), rules)) out.push(g);
  return out;
}

describe('pairListing', () => {
  it('pairs by base name and reports what it cannot pair', async () => {
    const groups = await pair([
      'a/c1.wav',
      'a/c1.json',
      'a/c2.txt',
      'a/c3.mp3',
      'a/c4.json',
      'a/c4.vtt',
      'a/c5.wav',
      'a/c5.json',
      'a/c5.pdf',
    ]);
    expect(groups.map((g) => [g.name, g.kind, g.audioKey, g.transcriptKey, g.reason])).toEqual([
      ['a/c1', 'call', 'a/c1.wav', 'a/c1.json', null],
      ['a/c2', 'call', null, 'a/c2.txt', null],
      ['a/c3', 'unpaired', null, 'a/c3.mp3', 'audio without transcript'],
      ['a/c4', 'unpaired', null, 'a/c4.json', 'several transcripts'],
      ['a/c5', 'unpaired', null, 'a/c5.json', 'not an audio or transcript file'],
    ]);
  });

  it('pairs by configured patterns', async () => {
    const rules = { audio: '^(?<name>.+)-audio\\.wav$', transcript: '^(?<name>.+)-words\\.json$' };
    const groups = await pair(['x/1-audio.wav', 'x/1-words.json', 'x/2-audio.wav', 'x/2.json'], rules);
    // x/2.json matches neither rule: it joins the name x/2 (its key without extension)
    expect(groups.map((g) => [g.name, g.kind, g.audioKey, g.transcriptKey, g.reason])).toEqual([
      ['x/1', 'call', 'x/1-audio.wav', 'x/1-words.json', null],
      ['x/2', 'unpaired', null, 'x/2-audio.wav', 'not an audio or transcript file'],
    ]);
    await expect(pair(['a.wav'], { audio: '^(.+)\\.wav$', transcript: '^(?<name>.+)$' })).rejects.toThrow(
      /needs a \(\?<name>/,
    );
  });

  it('gives cursors from which a resumed listing misses no group', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `k/${String(i).padStart(3, '0')}`).flatMap((b) => [
      `${b}.json`,
      `${b}.wav`,
    ]);
    const groups = await pair(keys, { ...DEFAULT_RULES, window: 7 });
    expect(groups).toHaveLength(50);
    for (const [i, g] of groups.entries()) {
      // every key up to the cursor belongs to a group yielded so far
      const seen = new Set(groups.slice(0, i + 1).flatMap((x) => [x.audioKey, x.transcriptKey]));
      for (const key of keys.filter((k) => g.cursor !== null && k <= g.cursor))
        expect(seen.has(key)).toBe(true);
    }
  });
});

const DEFAULT_RULES = {
  audio: '^(?<name>.+)\\.wav$',
  transcript: '^(?<name>.+)\\.json$',
};
