/**
 * NeMo ASR manifests: `<split>_manifest.jsonl`, one JSON object per line with audio_filepath
 * (relative to the export root, where the manifests are, so NeMo resolves it either way),
 * duration (seconds) and text; the audio under audio/<split>/. One file per utterance, so no
 * `offset` is needed.
 */
import { SPLITS } from '../splits.js';
import { bySplit, jsonl, seconds, type DatasetWriter } from './types.js';
import { writeText } from './write.js';

export const nemoWriter: DatasetWriter = {
  format: 'nemo',
  audioPath: (u) => `audio/${u.split}/${u.id}.wav`,
  async finish(root, utterances) {
    const text: string[] = [];
    for (const split of SPLITS) {
      const rows = bySplit(utterances, split).map((u) => ({
        audio_filepath: u.audio,
        duration: seconds(u),
        text: u.text,
      }));
      if (rows.length > 0) text.push(await writeText(root, `${split}_manifest.jsonl`, jsonl(rows)));
    }
    return { text };
  },
};
