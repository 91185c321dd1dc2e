import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config.js';

/**
 * docker-compose.yml checked without Docker: every service the topology
 * needs, health checks, and an environment that our own config accepts.
 */

const ENV: Record<string, string> = { JWT_SECRET: 'j'.repeat(40), ENCRYPTION_KEY: 'ab'.repeat(32) };

/** Compose's interpolation: ${VAR}, ${VAR:-default}, ${VAR:?error}, and $$ for a literal $. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$\$|\$\{(\w+)(?::([-?])([^}]*))?\}/g,
    (match, name: string | undefined, kind?: string, argument?: string) => {
      if (match === '$$') return '$';
      const value = env[name!];
      if (value !== undefined && value !== '') return value;
      if (kind === '?') throw new Error(`${name} is required: ${argument}`);
      return kind === '-' ? (argument ?? '') : '';
    },
  );
}

interface Service {
  environment?: Record<string, string | number>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  command?: string[];
  configs?: Array<{ source: string; target: string }>;
}

const compose = parse(interpolate(readFileSync('docker-compose.yml', 'utf8'), ENV), { merge: true }) as {
  services: Record<string, Service>;
  configs: Record<string, { content: string }>;
};
const services = compose.services;
const apps = Object.keys(services).filter((name) => /^app-\d+$/.test(name));
const environmentOf = (name: string) =>
  Object.fromEntries(
    Object.entries(services[name]!.environment ?? {}).map(([key, value]) => [key, value === null ? '' : String(value)]),
  );

describe('docker-compose.yml', () => {
  it('runs two API instances, a worker, a primary and its replica, Redis and a proxy', () => {
    expect(apps).toEqual(['app-1', 'app-2']);
    for (const name of ['postgres', 'postgres-replica', 'redis', 'proxy', 'worker'])
      expect(services[name]).toBeDefined();
  });

  it('gives every service a health check, and starts each after what it needs is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      expect(service.healthcheck?.test, name).toBeDefined();
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(services[dependency], `${name} → ${dependency}`).toBeDefined();
        expect(condition, `${name} → ${dependency}`).toBe('service_healthy');
      }
    }
    expect(Object.keys(services['proxy']!.depends_on!)).toEqual(apps);
  });

  it('configures the apps and the worker with an environment our config accepts, sharing one database, replica and Redis', () => {
    for (const name of [...apps, 'worker']) {
      const config = parseConfig(environmentOf(name));
      expect(config.NODE_ENV).toBe('production');
      expect(config.DATABASE_URL).toContain('@postgres:5432/');
      expect(config.DATABASE_REPLICA_URLS).toEqual([expect.stringContaining('@postgres-replica:5432/')]);
      expect(config.REDIS_URL).toBe('redis://redis:6379');
      expect(config.TRUST_PROXY).toBe(true);
      expect(config.WORKER_ENABLED).toBe(name === 'worker');
    }
    expect(services['worker']!.command).toContain('dist/worker-main.js');
    expect(environmentOf('worker')['WORKER_METRICS_PORT']).toBe('9100');
  });

  it('publishes only the proxy, which balances over every app and passes WebSocket and SSE through', () => {
    for (const name of [...apps, 'worker']) expect(services[name]!.ports).toBeUndefined();
    expect(services['proxy']!.ports).toEqual(['4000:4000']);
    const nginx = compose.configs['nginx']!.content;
    for (const name of apps) expect(nginx).toContain(`server ${name}:4000`);
    expect(nginx).toContain('proxy_set_header Upgrade $http_upgrade;');
    expect(nginx).toContain('proxy_buffering off;');
    expect(nginx).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
  });

  it('clones the replica from the primary as a hot standby over a replication role the primary creates', () => {
    const replica = services['postgres-replica']!.command!.join('\n');
    expect(replica).toContain('pg_basebackup -h postgres -U replicator');
    expect(replica).toContain(' -R ');
    expect(services['postgres-replica']!.healthcheck!.test.join(' ')).toContain('pg_is_in_recovery()');
    const init = compose.configs['primary-init']!.content;
    expect(init).toContain('WITH REPLICATION LOGIN');
    expect(init).toContain('host replication replicator');
    expect(services['postgres']!.configs).toEqual([
      { source: 'primary-init', target: '/docker-entrypoint-initdb.d/10-replication.sh' },
    ]);
  });

  it('refuses to start without the secrets', () => {
    expect(() => interpolate(readFileSync('docker-compose.yml', 'utf8'), {})).toThrow(/JWT_SECRET is required/);
  });
});

describe('the production start command', () => {
  it('is the same in package.json (start:prod, which the bench runs) and the Dockerfile', () => {
    const scripts = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(
      dockerfile
        .split('\n')
        .filter((line) => !line.startsWith('  '))
        .join('\n'),
    );
    expect(cmd).not.toBeNull();
    expect((JSON.parse(cmd![1]!) as string[]).join(' ')).toBe(scripts['start:prod']);
    expect(scripts['start:prod']).toMatch(/--max-old-space-size=\d+/);
  });
});
