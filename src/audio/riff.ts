/**
 * Structural check of a RIFF/WAVE file by walking its chunk list (headers only, a few reads).
 * ffmpeg trusts a WAV header that lies about its sizes and silently decodes what is there, so a
 * truncated upload or a spliced file would yield audio that does not match its transcript. Fail
 * closed instead: one fmt chunk, exactly one data chunk, every chunk inside the file, and the
 * RIFF size matching the file size.
 */
import { open } from 'node:fs/promises';
import { AudioError } from '../errors.js';

export interface WavLayout {
  /** bytes of sample data */
  dataBytes: number;
  /** bytes per sample frame (all channels) */
  blockAlign: number;
  /** sample frames in the data chunk */
  samples: number;
  /** byte offset of the sample data (after the data chunk header) */
  dataOffset: number;
  /** body of the fmt chunk (at most FMT_MAX_BYTES: WAVE_FORMAT_EXTENSIBLE needs 40) */
  fmt: Buffer;
}

const FMT_MAX_BYTES = 40;

const MAX_CHUNKS = 10_000;

export async function checkWavLayout(file: string): Promise<WavLayout> {
  const handle = await open(file, 'r');
  try {
    const fileSize = (await handle.stat()).size;
    const head = Buffer.alloc(12);
    const { bytesRead } = await handle.read(head, 0, 12, 0);
    if (bytesRead < 12 || head.toString('latin1', 8, 12) !== 'WAVE') {
      throw new AudioError(`${file}: not a WAVE file`);
    }
    const magic = head.toString('latin1', 0, 4);
    if (magic !== 'RIFF') throw new AudioError(`${file}: ${magic} WAV is not supported (RIFF only)`);
    const riffEnd = head.readUInt32LE(4) + 8;
    // a writer may omit the final pad byte of an odd-sized last chunk
    if (riffEnd !== fileSize && riffEnd !== fileSize + 1) {
      throw new AudioError(`${file}: WAV header declares ${riffEnd} bytes but the file has ${fileSize}`, {
        details: { declared: riffEnd, actual: fileSize },
      });
    }

    const header = Buffer.alloc(24);
    let offset = 12;
    let dataChunks = 0;
    let dataBytes = 0;
    let blockAlign = 0;
    let dataOffset = 0;
    let fmt = Buffer.alloc(0);
    for (let n = 0; offset + 8 <= fileSize; n++) {
      if (n >= MAX_CHUNKS) throw new AudioError(`${file}: WAV has more than ${MAX_CHUNKS} chunks`);
      await handle.read(header, 0, 24, offset);
      const id = header.toString('latin1', 0, 4);
      const size = header.readUInt32LE(4);
      const end = offset + 8 + size;
      if (end > fileSize) {
        throw new AudioError(
          `${file}: WAV chunk at byte ${offset} declares ${size} bytes past the end of the file`,
          {
            details: { offset, declared: size, available: fileSize - offset - 8 },
          },
        );
      }
      if (id === 'fmt ') {
        blockAlign = header.readUInt16LE(8 + 12);
        fmt = Buffer.alloc(Math.min(size, FMT_MAX_BYTES));
        await handle.read(fmt, 0, fmt.length, offset + 8);
      }
      if (id === 'data') {
        dataChunks += 1;
        dataBytes = size;
        dataOffset = offset + 8;
      }
      offset = end + (size & 1);
    }
    if (offset < fileSize)
      throw new AudioError(`${file}: WAV has ${fileSize - offset} stray bytes at the end`);
    if (dataChunks !== 1) {
      throw new AudioError(`${file}: WAV has ${dataChunks} data chunks (exactly one expected)`, {
        details: { dataChunks },
      });
    }
    if (blockAlign <= 0 || dataBytes % blockAlign !== 0) {
      throw new AudioError(`${file}: WAV data size is not a whole number of sample frames`);
    }
    return { dataBytes, blockAlign, samples: dataBytes / blockAlign, dataOffset, fmt };
  } finally {
    await handle.close();
  }
}
