/**
 * The S3-compatible backend (STORAGE_URL=s3://bucket/prefix) on the official AWS SDK v3:
 * @aws-sdk/client-s3 for requests and signing, @aws-sdk/lib-storage's Upload for streamed
 * multipart uploads (parts of PART_BYTES, a few in flight: memory stays bounded whatever the size).
 * An endpoint override and path-style addressing serve MinIO and other S3-compatible stores.
 *
 * Objects cannot be renamed, so publishing is versioned: the artefacts go under a version prefix
 * named after their content (`<call prefix>/v-<hash>/`), then the manifest, which names that
 * version, is written with one PUT (atomic on S3); older versions are deleted after it. A reader
 * that reads the manifest first always finds the complete set it names. The same outputs give the
 * same version and manifest, so re-running a call republishes byte-identical objects.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { CallRedactError, ConfigError, NotFoundError, UnavailableError } from '../errors.js';
import { describeArtefacts, StagedOutput } from './publish.js';
import {
  checkKey,
  MANIFEST_FILE,
  type ListOptions,
  type ListPage,
  type Manifest,
  type ObjectInfo,
  type ObjectStore,
  type Staging,
  type ByteRange,
} from './store.js';

export interface S3Options {
  bucket: string;
  /** key prefix inside the bucket ("" or ending in "/") */
  prefix: string;
  region?: string | undefined;
  /** e.g. http://127.0.0.1:9000 for MinIO */
  endpoint?: string | undefined;
  forcePathStyle?: boolean | undefined;
  /** explicit credentials; absent: the SDK's default chain (profiles, instance roles) */
  credentials?:
    { accessKeyId: string; secretAccessKey: string; sessionToken?: string | undefined } | undefined;
  /** local folder for staged artefacts before upload (default: the OS temp folder) */
  scratchDir?: string | undefined;
}

const PART_BYTES = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;
/** ListObjects and DeleteObjects take at most 1000 keys */
const MAX_KEYS = 1000;

export class S3Store implements ObjectStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly root: string;
  private readonly scratchDir: string;

  constructor(options: S3Options) {
    this.bucket = options.bucket;
    this.root = options.prefix === '' || options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`;
    this.scratchDir = options.scratchDir ?? os.tmpdir();
    const config: S3ClientConfig = {
      region: options.region ?? 'us-east-1',
      forcePathStyle: options.forcePathStyle ?? false,
      // Checksums only where the API requires them: several S3-compatible stores reject the
      // SDK's default trailing checksums; integrity is proven by the manifest's sha256 anyway.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    };
    if (options.endpoint) config.endpoint = options.endpoint;
    if (options.credentials) config.credentials = options.credentials;
    this.client = new S3Client(config);
  }

  get description(): string {
    return `s3://${this.bucket}/${this.root}`;
  }

  private objectKey(key: string): string {
    return this.root + checkKey(key);
  }

  async put(key: string, body: Readable | string | Uint8Array): Promise<void> {
    const Key = this.objectKey(key);
    await s3Call(async () => {
      if (typeof body === 'string' || body instanceof Uint8Array) {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: body }));
        return;
      }
      await new Upload({
        client: this.client,
        params: { Bucket: this.bucket, Key, Body: body },
        partSize: PART_BYTES,
        queueSize: PARTS_IN_FLIGHT,
        leavePartsOnError: false,
      }).done();
    });
  }

  async putFile(key: string, file: string, options: { move?: boolean } = {}): Promise<void> {
    const { size } = await fs.stat(file);
    // small files in one PUT with a known length; larger ones as a streamed multipart upload
    if (size <= PART_BYTES) {
      const Key = this.objectKey(key);
      await s3Call(() =>
        this.client.send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key,
            Body: createReadStream(file),
            ContentLength: size,
          }),
        ),
      );
    } else {
      await this.put(key, createReadStream(file));
    }
    if (options.move) await fs.rm(file, { force: true });
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const Key = this.objectKey(key);
    const Range = range ? `bytes=${range.start}-${range.end}` : undefined;
    const result = await s3Call(() =>
      this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key, Range })),
    );
    if (!(result.Body instanceof Readable)) throw new CallRedactError('object store returned no stream');
    return result.Body;
  }

  async stat(key: string): Promise<ObjectInfo | null> {
    const Key = this.objectKey(key);
    try {
      const head = await s3Call(() => this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key })));
      return { key, bytes: head.ContentLength ?? 0, version: head.ETag };
    } catch (err) {
      if (err instanceof NotFoundError) return null;
      throw err;
    }
  }

  async list(prefix: string, options: ListOptions = {}): Promise<ListPage> {
    const limit = Math.min(MAX_KEYS, Math.max(1, options.limit ?? MAX_KEYS));
    // The cursor is the last key returned (the Marker), not an opaque continuation token, so it
    // can be stored (an archive run resumes from it) and means the same on every backend. ListObjects
    // (v1) with a marker is what every S3-compatible store implements alike.
    const result = await s3Call(() =>
      this.client.send(
        new ListObjectsCommand({
          Bucket: this.bucket,
          Prefix: this.root + prefix,
          MaxKeys: limit,
          ...(options.cursor ? { Marker: this.root + options.cursor } : {}),
        }),
      ),
    );
    const objects = (result.Contents ?? [])
      .filter((o) => o.Key !== undefined)
      .map((o) => ({
        key: o.Key!.slice(this.root.length),
        bytes: o.Size ?? 0,
        version: o.ETag ?? o.LastModified?.toISOString(),
        modifiedMs: o.LastModified?.getTime(),
      }))
      // the store's own objects (probes) and hidden names are not part of listings, as on a folder
      .filter((o) => !o.key.split('/').some((part) => part.startsWith('.')));
    const last = result.Contents?.[result.Contents.length - 1]?.Key;
    return {
      objects,
      cursor: result.IsTruncated && last ? last.slice(this.root.length) : null,
    };
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    await s3Call(() => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key })));
  }

  async deletePrefix(prefix: string): Promise<void> {
    let cursor: string | null = null;
    do {
      const page: ListPage = await this.list(prefix, { cursor, limit: MAX_KEYS });
      await this.deleteKeys(page.objects.map((o) => o.key));
      cursor = page.cursor;
    } while (cursor !== null);
  }

  private async deleteKeys(keys: readonly string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += MAX_KEYS) {
      const batch = keys.slice(i, i + MAX_KEYS);
      if (batch.length === 0) continue;
      await s3Call(() =>
        this.client.send(
          new DeleteObjectsCommand({
            Bucket: this.bucket,
            Delete: { Objects: batch.map((k) => ({ Key: this.objectKey(k) })), Quiet: true },
          }),
        ),
      );
    }
  }

  localPath(): null {
    return null;
  }

  async stage(prefix: string): Promise<Staging> {
    checkKey(prefix);
    await fs.mkdir(this.scratchDir, { recursive: true });
    const local = await StagedOutput.create(path.join(this.scratchDir, `callredact-${randomUUID()}`, 'call'));
    return new S3Staging(this, prefix, local);
  }

  /** Uploads the staged artefacts under a version prefix, then the manifest, then drops older versions. */
  async publishStaged(prefix: string, local: StagedOutput, callId: string): Promise<Manifest> {
    const artefacts = await describeArtefacts(local.files);
    const base = `v-${createHash('sha256').update(JSON.stringify(artefacts)).digest('hex').slice(0, 16)}`;
    for (const [name, file] of local.files) await this.putFile(`${prefix}/${base}/${name}`, file);
    const manifest: Manifest = { version: 1, callId, artefacts, base };
    await this.put(`${prefix}/${MANIFEST_FILE}`, JSON.stringify(manifest, null, 2) + '\n');
    const stale: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ListPage = await this.list(`${prefix}/v-`, { cursor });
      for (const o of page.objects) if (!o.key.startsWith(`${prefix}/${base}/`)) stale.push(o.key);
      cursor = page.cursor;
    } while (cursor !== null);
    await this.deleteKeys(stale);
    return manifest;
  }

  async probe(): Promise<void> {
    // hidden key: never listed, outside any call prefix
    const Key = `${this.root}.probe-${randomUUID()}`;
    await s3Call(() => this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key, Body: 'ok' })));
    await s3Call(() => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key })));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

class S3Staging implements Staging {
  constructor(
    private readonly store: S3Store,
    private readonly prefix: string,
    private readonly local: StagedOutput,
  ) {}

  pathFor(name: string): string {
    return this.local.pathFor(name);
  }

  write(name: string, data: string | Uint8Array): Promise<string> {
    return this.local.write(name, data);
  }

  async publish(callId: string): Promise<Manifest> {
    try {
      return await this.store.publishStaged(this.prefix, this.local, callId);
    } finally {
      await this.discard();
    }
  }

  async discard(): Promise<void> {
    await this.local.discard();
    await fs.rm(path.dirname(this.local.finalDir), { recursive: true, force: true });
  }
}

/**
 * Runs one S3 request, turning SDK errors into the project's: a missing key or bucket is
 * NotFoundError, throttling, 5xx and network failures are UnavailableError (retryable), the rest
 * a CallRedactError naming the S3 error code. SDK messages are not passed on (they may quote keys).
 */
async function s3Call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw s3Error(err);
  }
}

function s3Error(err: unknown): Error {
  if (err instanceof CallRedactError) return err;
  const e = err as {
    name?: string;
    code?: string;
    $metadata?: { httpStatusCode?: number };
    $retryable?: unknown;
  };
  const status = e.$metadata?.httpStatusCode;
  const name = e.name ?? 'Error';
  if (name === 'NoSuchBucket')
    return new ConfigError('object storage: the bucket does not exist', { cause: err });
  if (status === 404 || name === 'NoSuchKey' || name === 'NotFound') {
    return new NotFoundError('no such object', { cause: err });
  }
  if (
    status === undefined ||
    status >= 500 ||
    status === 429 ||
    e.$retryable !== undefined ||
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(e.code ?? '')
  ) {
    return new UnavailableError(`object storage unavailable (${name})`, { cause: err });
  }
  return new CallRedactError(`object storage request refused (${name})`, { cause: err });
}
