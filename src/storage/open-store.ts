/**
 * Opens the store a URL names: `s3://bucket/prefix` (S3-compatible, with the endpoint, region,
 * path-style and credentials of the configuration), `file:///path` or a plain folder path. The
 * API, the workers and archive runs (SOURCE and DEST) all open their stores here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { InputError } from '../errors.js';
import { FolderStore } from './folder-store.js';
import { S3Store, type S3Options } from './s3-store.js';
import type { ObjectStore } from './store.js';

export type S3Settings = Omit<S3Options, 'bucket' | 'prefix'>;

/** The S3 settings of the configuration (the usual AWS variables plus the two overrides). */
export function s3SettingsOf(config: Config): S3Settings {
  return {
    region: config.AWS_REGION ?? config.AWS_DEFAULT_REGION,
    endpoint: config.S3_ENDPOINT ?? config.AWS_ENDPOINT_URL_S3 ?? config.AWS_ENDPOINT_URL,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.AWS_ACCESS_KEY_ID && config.AWS_SECRET_ACCESS_KEY
        ? {
            accessKeyId: config.AWS_ACCESS_KEY_ID,
            secretAccessKey: config.AWS_SECRET_ACCESS_KEY,
            sessionToken: config.AWS_SESSION_TOKEN,
          }
        : undefined,
    scratchDir: scratchDirOf(config),
  };
}

/** Local scratch space (copies of bucket objects being processed, staged outputs): hidden in STORAGE_DIR. */
export function scratchDirOf(config: Config): string {
  return path.join(path.resolve(config.STORAGE_DIR), '.scratch');
}

export function isS3Url(url: string): boolean {
  return url.startsWith('s3://');
}

export function openStoreAt(url: string, s3: S3Settings): ObjectStore {
  if (isS3Url(url)) {
    const rest = url.slice('s3://'.length);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/+$/, '');
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw new InputError('storage URL: expected s3://bucket/prefix with a valid bucket name');
    }
    return new S3Store({ ...s3, bucket, prefix: prefix === '' ? '' : `${prefix}/` });
  }
  if (url.startsWith('file://')) return new FolderStore(fileURLToPath(url));
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new InputError('storage URL: only s3:// URLs, file:// URLs and folder paths are supported');
  }
  return new FolderStore(url);
}

/** The service's store: STORAGE_URL, else the folder STORAGE_DIR. */
export function openStore(config: Config): ObjectStore {
  return openStoreAt(config.STORAGE_URL ?? config.STORAGE_DIR, s3SettingsOf(config));
}
