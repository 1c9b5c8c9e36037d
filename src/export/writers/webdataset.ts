/**
 * WebDataset tar shards: <split>-000000.tar, <split>-000001.tar ... each at most `maxBytes`
 * (a sample larger than that gets a shard of its own). A sample is three entries sharing the key
 * (the utterance id): <id>.wav, <id>.txt (the text) and <id>.json (duration, speaker, call, text).
 * Headers are fixed (mtime 0, uid/gid 0, no user names, mode 0644) and samples go in id order, so
 * the same input gives the same bytes. The clips are cut into .work/ first (and bleep-checked
 * there), then packed and deleted.
 */
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';
import { SPLITS } from '../splits.js';
import { bySplit, byteOrder, seconds, type DatasetWriter, type ExportedUtterance } from './types.js';

const BLOCK = 512;
const entryBytes = (size: number): number => BLOCK + Math.ceil(size / BLOCK) * BLOCK;
/** two zero blocks end a tar */
const END_BYTES = 2 * BLOCK;

export const DEFAULT_SHARD_BYTES = 256 * 1024 * 1024;

interface Sample {
  utterance: ExportedUtterance;
  entries: { name: string; data: () => Promise<Buffer>; size: number }[];
  bytes: number;
}

function sampleOf(root: string, u: ExportedUtterance, wavBytes: number): Sample {
  const txt = Buffer.from(u.text + '\n');
  const json = Buffer.from(
    JSON.stringify({ id: u.id, duration: seconds(u), speaker: u.speaker, call: u.call, text: u.text }) + '\n',
  );
  const entries = [
    { name: `${u.id}.json`, data: async () => json, size: json.length },
    { name: `${u.id}.txt`, data: async () => txt, size: txt.length },
    { name: `${u.id}.wav`, data: () => readFile(path.join(root, u.audio)), size: wavBytes },
  ];
  return { utterance: u, entries, bytes: entries.reduce((s, e) => s + entryBytes(e.size), 0) };
}

async function writeShard(file: string, samples: readonly Sample[]): Promise<void> {
  const pack = tarStream.pack();
  const done = pipeline(pack, createWriteStream(file, { mode: 0o644 }));
  for (const sample of samples) {
    for (const entry of sample.entries) {
      const data = await entry.data();
      await new Promise<void>((resolve, reject) =>
        pack.entry(
          {
            name: entry.name,
            size: data.length,
            mode: 0o644,
            mtime: new Date(0),
            uid: 0,
            gid: 0,
            uname: '',
            gname: '',
          },
          data,
          (err) => (err ? reject(err) : resolve()),
        ),
      );
    }
  }
  pack.finalize();
  await done;
}

export function webdatasetWriter(maxBytes: number = DEFAULT_SHARD_BYTES): DatasetWriter {
  return {
    format: 'webdataset',
    audioPath: (u) => `.work/${u.split}/${u.id}.wav`,
    async finish(root, utterances) {
      const text: string[] = [];
      for (const split of SPLITS) {
        const utts = bySplit(utterances, split).sort((a, b) => byteOrder(a.id, b.id));
        const shards: Sample[][] = [];
        let current: Sample[] = [];
        let size = END_BYTES;
        for (const u of utts) {
          const sample = sampleOf(root, u, 44 + u.frames * u.channels * 2);
          if (current.length > 0 && size + sample.bytes > maxBytes) {
            shards.push(current);
            current = [];
            size = END_BYTES;
          }
          current.push(sample);
          size += sample.bytes;
        }
        if (current.length > 0) shards.push(current);
        for (const [index, samples] of shards.entries()) {
          const rel = `${split}-${String(index).padStart(6, '0')}.tar`;
          await writeShard(path.join(root, rel), samples);
          text.push(rel);
        }
      }
      await rm(path.join(root, '.work'), { recursive: true, force: true });
      return { text };
    },
  };
}
