/**
 * Multipart upload reception (busboy, explicit limits). Files stream to random temp names under
 * the incoming folder while being hashed; client file names are ignored except a transcript's
 * extension (.txt, .srt, .vtt: the format the CLI also tells by it). On any problem every temp
 * file is removed before the error is thrown.
 */
import busboy from 'busboy';
import type { Request } from 'express';
import {
  CallRedactError,
  InputError,
  InsufficientStorageError,
  isStorageFull,
  PayloadTooLargeError,
  UnsupportedMediaError,
} from '../errors.js';
import { removeQuietly, streamToTempFile, type TempUpload } from '../storage/uploads.js';
import { formatOfFileName } from '../transcript/adapters/index.js';
import type { TranscriptFormat } from '../transcript/adapters/types.js';

export const FILE_FIELDS = ['audio', 'transcript'] as const;
export const TEXT_FIELDS = ['policy', 'audio_options', 'callback_url', 'tags'] as const;
type FileField = (typeof FILE_FIELDS)[number];
type TextField = (typeof TEXT_FIELDS)[number];

export interface MultipartUpload {
  files: Partial<Record<FileField, TempUpload>>;
  fields: Partial<Record<TextField, string>>;
  /** the transcript part's format when its file name ends in .txt, .srt or .vtt (the name is not kept) */
  transcriptFormat?: TranscriptFormat;
}

export interface MultipartLimits {
  /** per file */
  maxFileBytes: number;
  /** per text field */
  maxFieldBytes: number;
}

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export async function receiveMultipart(
  req: Request,
  dir: string,
  limits: MultipartLimits,
): Promise<MultipartUpload> {
  if (!req.is('multipart/form-data'))
    throw new UnsupportedMediaError('request body must be multipart/form-data');
  // Reject honest oversize requests before reading a byte.
  const declared = Number(req.get('content-length') ?? NaN);
  const maxTotal =
    FILE_FIELDS.length * limits.maxFileBytes + TEXT_FIELDS.length * limits.maxFieldBytes + 64 * 1024;
  if (declared > maxTotal)
    throw new PayloadTooLargeError(`upload larger than ${limits.maxFileBytes} bytes per file`);

  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      limits: {
        fileSize: limits.maxFileBytes,
        files: FILE_FIELDS.length,
        fields: TEXT_FIELDS.length * 2,
        fieldSize: limits.maxFieldBytes,
        parts: FILE_FIELDS.length + TEXT_FIELDS.length * 2,
        headerPairs: 20,
      },
    });
  } catch (err) {
    throw new InputError('malformed multipart request', { cause: err });
  }

  const upload: MultipartUpload = { files: {}, fields: {} };
  const writes: Promise<TempUpload>[] = [];
  let problem: CallRedactError | undefined;
  const fail = (err: CallRedactError): void => {
    problem ??= err;
  };

  // names whose file has started: a second part of the same name arrives while the first is
  // still streaming (upload.files is set only when a write ends), so it must be refused here
  const started = new Set<string>();
  bb.on('file', (name, stream, info) => {
    if (!isOneOf(FILE_FIELDS, name) || started.has(name) || problem) {
      if (!problem)
        fail(new InputError(`unexpected file field; expected one each of: ${FILE_FIELDS.join(', ')}`));
      stream.resume();
      return;
    }
    stream.on('limit', () =>
      fail(new PayloadTooLargeError(`${name}: larger than ${limits.maxFileBytes} bytes`)),
    );
    started.add(name);
    if (name === 'transcript') {
      const format = formatOfFileName(info.filename);
      if (format) upload.transcriptFormat = format;
    }
    const write = streamToTempFile(stream, dir);
    writes.push(write);
    write.then(
      (file) => {
        upload.files[name] = file;
      },
      (err: unknown) =>
        fail(
          // a full volume is the server's problem, not the client's: 507, and it may try again
          isStorageFull(err)
            ? new InsufficientStorageError('storage is full; the upload was not kept')
            : new InputError(`${name}: upload interrupted`),
        ),
    );
  });
  bb.on('field', (name, value, info) => {
    if (!isOneOf(TEXT_FIELDS, name) || upload.fields[name] !== undefined) {
      fail(new InputError(`unexpected form field; allowed: ${[...FILE_FIELDS, ...TEXT_FIELDS].join(', ')}`));
    } else if (info.valueTruncated) {
      fail(new PayloadTooLargeError(`${name}: larger than ${limits.maxFieldBytes} bytes`));
    } else {
      upload.fields[name] = value;
    }
  });
  bb.on('filesLimit', () => fail(new InputError('too many files')));
  bb.on('fieldsLimit', () => fail(new InputError('too many form fields')));
  bb.on('partsLimit', () => fail(new InputError('too many form parts')));

  try {
    await new Promise<void>((resolve, reject) => {
      bb.on('close', resolve);
      bb.on('error', (err) => reject(new InputError('malformed multipart request', { cause: err })));
      req.on('error', (err) => reject(new InputError('upload interrupted', { cause: err })));
      // a client that goes away mid-body: busboy would wait for the rest forever, keeping the
      // partial file; destroying it ends the file streams, and their writes remove what they wrote
      req.on('close', () => {
        if (req.readableEnded) return;
        const err = new InputError('upload interrupted');
        req.unpipe(bb);
        bb.destroy(err);
        reject(err);
      });
      req.pipe(bb);
    });
    await Promise.allSettled(writes);
  } catch (err) {
    fail(err instanceof CallRedactError ? err : new InputError('upload interrupted'));
    await Promise.allSettled(writes);
  }
  if (problem) {
    // every file written, not only the ones recorded by name
    const written = await Promise.allSettled(writes);
    await removeQuietly(written.flatMap((w) => (w.status === 'fulfilled' ? [w.value.path] : [])));
    throw problem;
  }
  return upload;
}
