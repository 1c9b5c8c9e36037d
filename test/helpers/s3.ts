/**
 * A real S3-compatible server for tests: s3rver on loopback, a random port, its own folder and
 * bucket. Clients use path-style addressing and static test credentials (s3rver's defaults).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** STORAGE_URL-style URL of a fresh prefix in the bucket */
  url(prefix: string): string;
  /** environment for a process using the bucket (config variables) */
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startTestS3(bucket = 'callredact-test'): Promise<TestS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'cr-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    url: (prefix) => `s3://${bucket}/${prefix}`,
    env: {
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
    },
    close: async () => {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
