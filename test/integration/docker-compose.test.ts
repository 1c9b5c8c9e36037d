/**
 * docker-compose.yml checked statically (no Docker daemon or registry here, so `docker compose up`
 * is not run by the tests): the YAML parses; every variable the app's services set is one the
 * configuration knows and, with compose's defaults interpolated, parses; the URLs point at the
 * services of the file; volumes, secrets and dependencies referenced exist; the MinIO init step
 * creates the bucket STORAGE_URL names (and its lifecycle rule covers the raw uploads).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS, parseConfig } from '../../src/config.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Service {
  image?: string;
  build?: string;
  command?: string[] | string;
  environment?: Record<string, string | number | boolean>;
  volumes?: string[];
  secrets?: string[];
  depends_on?: Record<string, { condition: string }> | string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
  secrets?: Record<string, { file?: string }>;
}

/** Compose interpolation with an empty shell environment: `${VAR:-default}` is its default, `$$` a `$`. */
function interpolate(value: string): string {
  return value
    .replace(/\$\{([A-Z0-9_]+)(?::?-([^}]*))?\}/g, (_m, _name: string, fallback?: string) => fallback ?? '')
    .replace(/\$\$/g, '$');
}

const load = async (): Promise<Compose> =>
  parse(await fs.readFile(path.join(REPO, 'docker-compose.yml'), 'utf8'), { merge: true }) as Compose;

const envOf = (service: Service): Record<string, string> =>
  Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]));

describe('docker-compose.yml (static checks; a real `docker compose up` is not run here)', () => {
  it('parses, and the app services set only known configuration that parses', async () => {
    const compose = await load();
    const app = Object.entries(compose.services).filter(([, s]) => s.build !== undefined);
    expect(app.map(([name]) => name).sort()).toEqual(['api', 'worker']);
    await fs.access(path.join(REPO, 'Dockerfile'));
    for (const [name, service] of app) {
      const env = envOf(service);
      const unknown = Object.keys(env).filter((k) => !CONFIG_KEYS.includes(k));
      expect(unknown, `${name}: variables config.ts does not know`).toEqual([]);
      const config = parseConfig(env);
      // the bucket, Redis, PostgreSQL and the S3 endpoint are services of this file
      for (const url of [config.REDIS_URL, config.DATABASE_URL!, config.S3_ENDPOINT!]) {
        expect(Object.keys(compose.services), url.replace(/\/\/[^@]*@/, '//')).toContain(
          new URL(url).hostname,
        );
      }
      expect(config.STORAGE_URL).toMatch(/^s3:\/\//);
      expect(service.command).toEqual([name === 'api' ? 'serve' : 'worker']);
    }
  });

  it('references only volumes, secrets and services it declares', async () => {
    const compose = await load();
    const services = Object.keys(compose.services);
    for (const [name, service] of Object.entries(compose.services)) {
      for (const volume of service.volumes ?? []) {
        const source = volume.split(':')[0]!;
        // a named volume (not a bind mount) must be declared at the top level
        if (!source.startsWith('.') && !source.startsWith('/')) {
          expect(Object.keys(compose.volumes ?? {}), `${name} mounts ${source}`).toContain(source);
        }
      }
      for (const secret of service.secrets ?? []) {
        expect(Object.keys(compose.secrets ?? {}), `${name} uses secret ${secret}`).toContain(secret);
      }
      const deps = Array.isArray(service.depends_on)
        ? service.depends_on
        : Object.keys(service.depends_on ?? {});
      for (const dep of deps) expect(services, `${name} depends on ${dep}`).toContain(dep);
      const env = envOf(service);
      if (env.VAULT_MASTER_KEY_FILE) {
        // the secret is mounted at /run/secrets/<name>
        expect(env.VAULT_MASTER_KEY_FILE).toBe(`/run/secrets/${service.secrets?.[0]}`);
      }
    }
  });

  it('creates the bucket STORAGE_URL names before the app starts, with the raw uploads expiring', async () => {
    const compose = await load();
    const init = compose.services['minio-init'];
    expect(init?.depends_on).toEqual(expect.arrayContaining(['minio']));
    const script = interpolate([init!.command].flat().join('\n'));
    const api = parseConfig(envOf(compose.services.api!));
    const [bucket, ...prefix] = api.STORAGE_URL!.slice('s3://'.length).split('/');
    expect(script).toMatch(new RegExp(`mc mb --ignore-existing local/${bucket}(\\s|$)`));
    expect(script).toContain(`mc ilm rule add --prefix ${[...prefix, 'raw/'].join('/')} `);
    // mc signs in with the credentials the app uses
    const minio = envOf(compose.services.minio!);
    expect(api.AWS_ACCESS_KEY_ID).toBe(minio.MINIO_ROOT_USER);
    expect(api.AWS_SECRET_ACCESS_KEY).toBe(minio.MINIO_ROOT_PASSWORD);
    expect(envOf(init!).MINIO_ROOT_PASSWORD).toBe(minio.MINIO_ROOT_PASSWORD);
    expect(script).toContain(
      `mc alias set local http://minio:9000 ${minio.MINIO_ROOT_USER} "$MINIO_ROOT_PASSWORD"`,
    );
    // the app waits for the bucket
    for (const name of ['api', 'worker']) {
      expect(compose.services[name]!.depends_on).toMatchObject({
        'minio-init': { condition: 'service_completed_successfully' },
      });
    }
    // PostgreSQL's password is the one DATABASE_URL carries
    const pg = envOf(compose.services.postgres!);
    expect(new URL(api.DATABASE_URL!).password).toBe(pg.POSTGRES_PASSWORD);
    expect(new URL(api.DATABASE_URL!).pathname).toBe(`/${pg.POSTGRES_DB}`);
  });
});
