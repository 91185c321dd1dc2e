import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'x'.repeat(40),
  ENCRYPTION_KEY: 'ab'.repeat(32),
  DATABASE_URL: 'postgresql://app:secret@db:5432/app',
};

function messageFor(env: Record<string, string>): string {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be rejected`);
}

describe('parseConfig defaults', () => {
  it('caches token accounts for 2 s in production only, unless told otherwise', () => {
    expect(parseConfig({}).ACCOUNT_CACHE_MS).toBe(0);
    expect(parseConfig({ NODE_ENV: 'test' }).ACCOUNT_CACHE_MS).toBe(0);
    expect(parseConfig(PRODUCTION).ACCOUNT_CACHE_MS).toBe(2000);
    expect(parseConfig({ ...PRODUCTION, ACCOUNT_CACHE_MS: '0' }).ACCOUNT_CACHE_MS).toBe(0);
    expect(parseConfig({ ACCOUNT_CACHE_MS: '500' }).ACCOUNT_CACHE_MS).toBe(500);
    expect(messageFor({ ACCOUNT_CACHE_MS: '-1' })).toMatch(/ACCOUNT_CACHE_MS/);
  });

  it('runs with an empty environment on the embedded database with development secrets', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      NODE_ENV: 'development',
      embedded: true,
      DB_POOL_SIZE: 10,
      DB_POOL_TIMEOUT_MS: 5000,
      DB_IDLE_TIMEOUT_MS: 30000,
      DB_STATEMENT_TIMEOUT_MS: 15000,
      DB_CONNECT_RETRIES: 5,
      SLOW_QUERY_MS: 200,
      HOST: '127.0.0.1',
      PORT: 4000,
      LOG_LEVEL: 'info',
      JWT_TTL_SECONDS: 86400,
      DATA_DIR: '.data',
      SHUTDOWN_TIMEOUT_MS: 10000,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.ADMIN_EMAIL).toBeUndefined();
    expect(config.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(config.ENCRYPTION_KEY).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads given values, trims them and treats empty ones as unset', () => {
    const config = parseConfig({
      PORT: ' 8080 ',
      DB_POOL_SIZE: '',
      DATABASE_URL: 'postgres://u@h/db',
      ADMIN_EMAIL: '',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      DB_POOL_SIZE: 10,
      DATABASE_URL: 'postgres://u@h/db',
      embedded: false,
      LOG_LEVEL: 'debug',
    });
    expect(config.ADMIN_EMAIL).toBeUndefined();
  });
});

describe('parseConfig rejects invalid values with one line naming the variable', () => {
  const cases: [string, string][] = [
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['PORT', '80.5'],
    ['DB_POOL_SIZE', '0'],
    ['DB_POOL_TIMEOUT_MS', '10'],
    ['DB_IDLE_TIMEOUT_MS', '-1'],
    ['DB_STATEMENT_TIMEOUT_MS', 'soon'],
    ['DB_CONNECT_RETRIES', '1000'],
    ['SLOW_QUERY_MS', 'fast'],
    ['JWT_TTL_SECONDS', '5'],
    ['SHUTDOWN_TIMEOUT_MS', '-5'],
    ['LOG_LEVEL', 'verbose'],
    ['NODE_ENV', 'staging'],
    ['HOST', '   '],
    ['DATA_DIR', ' '],
    ['ADMIN_EMAIL', 'not-an-email'],
    ['DATABASE_URL', 'mysql://root@localhost/shop'],
    ['JWT_SECRET', 'too-short'],
    ['ENCRYPTION_KEY', 'not-hex'],
    ['DATABASE_REPLICA_URLS', 'postgresql://a/shop, mysql://b/shop'],
    ['REPLICA_MAX_LAG_MS', '-1'],
  ];

  it.each(cases)('%s=%s', (variable, value) => {
    const message = messageFor({ [variable]: value });
    expect(message).toMatch(new RegExp(`^Invalid environment variable ${variable}: \\S`));
    expect(message).not.toContain('\n');
  });

  it('shows the offending value for plain settings but never for secrets or URLs', () => {
    expect(messageFor({ PORT: 'abc' })).toContain('"abc"');
    expect(messageFor({ JWT_SECRET: 'my-short-secret' })).not.toContain('my-short-secret');
    expect(messageFor({ ENCRYPTION_KEY: 'zz-key' })).not.toContain('zz-key');
    expect(messageFor({ DATABASE_URL: 'mysql://root:hunter2@db/shop' })).not.toContain('hunter2');
  });

  it('reports one problem at a time when several values are wrong', () => {
    const message = messageFor({ PORT: 'abc', LOG_LEVEL: 'loud' });
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toMatch(/^Invalid environment variable (PORT|LOG_LEVEL): /);
  });
});

describe('read replicas', () => {
  const replicas = {
    DATABASE_URL: 'postgresql://primary/shop',
    DATABASE_REPLICA_URLS: 'postgresql://r1/shop, postgresql://r2/shop',
  };

  it('lists the replicas and defaults a read-your-writes window above the lag bound', () => {
    const config = parseConfig(replicas);
    expect(config.DATABASE_REPLICA_URLS).toEqual(['postgresql://r1/shop', 'postgresql://r2/shop']);
    expect(config.READ_YOUR_WRITES_MS).toBeGreaterThanOrEqual(
      config.REPLICA_MAX_LAG_MS + 2 * config.REPLICA_CHECK_INTERVAL_MS,
    );
    expect(parseConfig({}).DATABASE_REPLICA_URLS).toEqual([]);
  });

  it('refuses a window shorter than max lag + two checks, and replicas without DATABASE_URL', () => {
    expect(messageFor({ ...replicas, REPLICA_MAX_LAG_MS: '4000', REPLICA_CHECK_INTERVAL_MS: '1000' })).toMatch(
      /^Invalid environment variable READ_YOUR_WRITES_MS: must be at least .*\(6000\)/,
    );
    expect(messageFor({ DATABASE_REPLICA_URLS: 'postgresql://r1/shop' })).toMatch(
      /^Invalid environment variable DATABASE_REPLICA_URLS: needs DATABASE_URL/,
    );
  });
});

describe('production', () => {
  it('accepts a complete production environment', () => {
    expect(parseConfig(PRODUCTION)).toMatchObject({
      NODE_ENV: 'production',
      embedded: false,
      JWT_SECRET: PRODUCTION.JWT_SECRET,
    });
  });

  it.each(['JWT_SECRET', 'ENCRYPTION_KEY', 'DATABASE_URL'])('requires %s', (variable) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[variable];
    expect(messageFor(env)).toBe(`Invalid environment variable ${variable}: is required in production`);
  });

  it('does not fall back to the development secrets', () => {
    expect(messageFor({ NODE_ENV: 'production', DATABASE_URL: PRODUCTION.DATABASE_URL })).toMatch(
      /JWT_SECRET|ENCRYPTION_KEY/,
    );
  });
});

describe('entry points with an invalid environment', () => {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/cli.mjs');

  function run(entry: string, env: Record<string, string>) {
    return spawnSync(process.execPath, [tsx, entry], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        DATA_DIR: join(root, '.test-data/never-created'),
        ...env,
      },
    });
  }

  it.each([
    ['src/main.ts', 'PORT', 'abc'],
    ['src/cli/seed.ts', 'DB_POOL_SIZE', '0'],
    ['src/cli/migrate.ts', 'LOG_LEVEL', 'chatty'],
  ])('%s with %s=%s prints exactly one line naming it and exits 1', (entry, variable, value) => {
    const result = run(entry, { [variable]: value });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid environment variable ${variable}: `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
