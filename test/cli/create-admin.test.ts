import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '../../src/auth/viewer.js';
import { graphql } from '../generated/index.js';
import { rowCounts } from '../support/row-counts.js';
import { createTestServer, type TestServer } from '../support/server.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

const LogIn = graphql(`
  mutation CliCreateAdminLogIn($input: LogInInput!) {
    logIn(input: $input) {
      token
      user {
        role
      }
    }
  }
`);

let server: TestServer;
beforeAll(async () => {
  server = await createTestServer();
});
afterAll(() => server.close());

/** Runs `npm run create-admin -- …`'s script against this file's database. */
async function createAdmin(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/create-admin.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: 'development', DATABASE_URL: server.db.url, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run create-admin', () => {
  it('creates an active admin who can log in', async (context) => {
    // PGlite serves one connection, which this test holds: the CLI needs the real server.
    if (server.db.mode === 'embedded') context.skip();
    const result = await createAdmin([
      '--username',
      'root-admin',
      '--email',
      ' Root@Example.com ',
      '--password',
      'Adm1n!secret',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created admin root-admin <root@example.com>');

    const row = await server.db.prisma.user.findFirstOrThrow({ where: { username: 'root-admin' } });
    expect(row).toMatchObject({ role: 'ADMIN', isActive: true, email: 'root@example.com' });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);

    const login = await server.execute(LogIn, { input: { login: 'root@example.com', password: 'Adm1n!secret' } });
    expect(login.data?.logIn.user.role).toBe('ADMIN');
    expect(await verifyToken(login.data!.logIn.token, server.config.JWT_SECRET)).toEqual({
      userId: row.id,
      role: 'ADMIN',
      tokenVersion: 0,
    });
  });

  it('takes the password from ADMIN_PASSWORD, and refuses a weak password or a taken name, creating nothing', async (context) => {
    if (server.db.mode === 'embedded') context.skip();
    const viaEnv = await createAdmin(['--username', 'env-admin', '--email', 'env-admin@example.com'], {
      ADMIN_PASSWORD: 'Env!Passw0rd',
    });
    expect(viaEnv.code).toBe(0);

    const counts = await rowCounts(server.db.prisma);
    const weak = await createAdmin([
      '--username',
      'weak-admin',
      '--email',
      'weak@example.com',
      '--password',
      'password',
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/create-admin: Password .*\(password\)/);
    const taken = await createAdmin([
      '--username',
      'ENV-ADMIN',
      '--email',
      'other@example.com',
      '--password',
      'Adm1n!secret',
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('(username)');
    const missing = await createAdmin(['--username', 'no-email', '--password', 'Adm1n!secret']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('usage: npm run create-admin');
    expect(await rowCounts(server.db.prisma)).toEqual(counts);
  });
});
