/**
 * The archive enumerator alone (part of npm run bench:archive, run in a process of its own so the
 * figures are its own): a listing of BENCH_KEYS synthetic keys (a .json and a .wav per call),
 * streamed page by page (listAll) and paired (pairListing), with RSS and heap sampled on the way.
 * Prints one JSON line.
 */
import { pairListing } from '../src/archive/pairing.js';
import { listAll, type ListOptions, type ListPage } from '../src/storage/store.js';

/** A listing of `total` synthetic keys (a .json and a .wav per call), generated page by page. */
function syntheticStore(total: number) {
  const keyOf = (i: number) => `k/${String(Math.floor(i / 2)).padStart(8, '0')}.${i % 2 ? 'wav' : 'json'}`;
  const indexOf = (key: string) => Number(key.slice(2, 10)) * 2 + (key.endsWith('.wav') ? 1 : 0);
  return {
    list: async (_prefix: string, options: ListOptions = {}): Promise<ListPage> => {
      const start = options.cursor ? indexOf(options.cursor) + 1 : 0;
      const end = Math.min(total, start + (options.limit ?? 1000));
      const objects = [];
      for (let i = start; i < end; i++) objects.push({ key: keyOf(i), bytes: 1000 + i, version: String(i) });
      return { objects, cursor: end < total ? keyOf(end - 1) : null };
    },
  };
}

async function enumerate(total: number): Promise<void> {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  let peakRss = 0;
  const samples: string[] = [];
  let groups = 0;
  const started = performance.now();
  for await (const group of pairListing(listAll(syntheticStore(total), '', { pageSize: 1000 }))) {
    if (group.kind !== 'call') throw new Error('synthetic keys pair');
    groups++;
    if (groups % 5000 === 0) {
      const { rss, heapUsed } = process.memoryUsage();
      peakRss = Math.max(peakRss, rss);
      if (groups % (total / 10) === 0)
        samples.push(`${groups * 2} keys: rss ${mb(rss)} MB heap ${mb(heapUsed)} MB`);
    }
  }
  process.stdout.write(
    JSON.stringify({
      keys: total,
      calls: groups,
      peakRssMb: mb(peakRss),
      ms: Math.round(performance.now() - started),
      samples,
    }) + '\n',
  );
}

await enumerate(Number(process.env.BENCH_KEYS ?? 1_000_000));
