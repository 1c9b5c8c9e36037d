/**
 * Kaldi data directories, data/<split>/: wav.scp, segments, text, utt2spk, spk2utt, as
 * utils/validate_data_dir.sh wants them: every file sorted by its first field in C-locale byte
 * order with unique keys, utterance ids prefixed by their (fixed-length) speaker id so utt2spk is
 * also sorted by speaker, spk2utt exactly what utils/utt2spk_to_spk2utt.pl derives from utt2spk,
 * and every recording of wav.scp used by a segment. Each utterance is its own recording
 * (audio/<split>/<id>.wav, path relative to the export root: run Kaldi from there, or prefix the
 * paths), so segments run from 0 to the clip's length.
 */
import { SPLITS } from '../splits.js';
import { bySplit, byteOrder, seconds, type DatasetWriter } from './types.js';
import { writeText } from './write.js';

const lines = (rows: readonly string[]): string => rows.map((r) => r + '\n').join('');

export const kaldiWriter: DatasetWriter = {
  format: 'kaldi',
  audioPath: (u) => `audio/${u.split}/${u.id}.wav`,
  async finish(root, utterances) {
    const text: string[] = [];
    for (const split of SPLITS) {
      const utts = bySplit(utterances, split).sort((a, b) => byteOrder(a.id, b.id));
      if (utts.length === 0) continue;
      const dir = `data/${split}`;
      const bySpeaker = new Map<string, string[]>();
      for (const u of utts) bySpeaker.set(u.speaker, [...(bySpeaker.get(u.speaker) ?? []), u.id]);
      const files: Record<string, string[]> = {
        'wav.scp': utts.map((u) => `${u.id} ${u.audio}`),
        segments: utts.map((u) => `${u.id} ${u.id} 0.000000 ${seconds(u).toFixed(6)}`),
        text: utts.map((u) => `${u.id} ${u.text}`),
        utt2spk: utts.map((u) => `${u.id} ${u.speaker}`),
        spk2utt: [...bySpeaker.keys()].sort(byteOrder).map((s) => `${s} ${bySpeaker.get(s)!.join(' ')}`),
      };
      for (const [name, rows] of Object.entries(files))
        text.push(await writeText(root, `${dir}/${name}`, lines(rows)));
    }
    return { text };
  },
};
