/**
 * Lhotse manifests (JSONL, loadable with lhotse.load_manifest): callredact_recordings_<split>.jsonl
 * (one Recording per utterance: a file source, sampling_rate, num_samples, duration, channel_ids)
 * and callredact_supervisions_<split>.jsonl (one SupervisionSegment covering it: text, speaker).
 * Source paths are relative to the export root (RecordingSet.with_path_prefix to move them).
 */
import { SPLITS } from '../splits.js';
import { bySplit, jsonl, seconds, type DatasetWriter } from './types.js';
import { writeText } from './write.js';

export const lhotseWriter: DatasetWriter = {
  format: 'lhotse',
  audioPath: (u) => `audio/${u.split}/${u.id}.wav`,
  async finish(root, utterances) {
    const text: string[] = [];
    for (const split of SPLITS) {
      const utts = bySplit(utterances, split);
      if (utts.length === 0) continue;
      const channels = (u: (typeof utts)[number]) => Array.from({ length: u.channels }, (_, c) => c);
      const recordings = utts.map((u) => ({
        id: u.id,
        sources: [{ type: 'file', channels: channels(u), source: u.audio }],
        sampling_rate: u.sampleRate,
        num_samples: u.frames,
        duration: seconds(u),
        channel_ids: channels(u),
      }));
      const supervisions = utts.map((u) => ({
        id: u.id,
        recording_id: u.id,
        start: 0,
        duration: seconds(u),
        channel: u.channels === 1 ? 0 : channels(u),
        text: u.text,
        speaker: u.speaker,
      }));
      text.push(await writeText(root, `callredact_recordings_${split}.jsonl`, jsonl(recordings)));
      text.push(await writeText(root, `callredact_supervisions_${split}.jsonl`, jsonl(supervisions)));
    }
    return { text };
  },
};
