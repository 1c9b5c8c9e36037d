/**
 * Hugging Face audiofolder: `<split>/` holds the WAV files and metadata.jsonl (file_name relative
 * to it, transcription, speaker_id, duration). `datasets.load_dataset("audiofolder",
 * data_dir=EXPORT)` maps the folder names train/dev/test to the train/validation/test splits.
 */
import { SPLITS } from '../splits.js';
import { bySplit, jsonl, seconds, type DatasetWriter } from './types.js';
import { writeText } from './write.js';

export const hfWriter: DatasetWriter = {
  format: 'hf',
  audioPath: (u) => `${u.split}/${u.id}.wav`,
  async finish(root, utterances) {
    const text: string[] = [];
    for (const split of SPLITS) {
      const rows = bySplit(utterances, split).map((u) => ({
        file_name: `${u.id}.wav`,
        transcription: u.text,
        speaker_id: u.speaker,
        duration: seconds(u),
      }));
      if (rows.length > 0) text.push(await writeText(root, `${split}/metadata.jsonl`, jsonl(rows)));
    }
    return { text };
  },
};
