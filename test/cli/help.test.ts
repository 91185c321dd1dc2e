import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe('--help on every CLI', () => {
  it.each([
    ['seed', 'npm run seed'],
    ['create-admin', 'npm run create-admin'],
    ['migrate', 'npm run migrate'],
    ['explain-reports', 'npm run explain-reports'],
    ['worker-schema', 'npm run worker:schema'],
  ])('%s --help prints its usage and exits 0 without touching a database', async (cli, command) => {
    // An unreachable database: anything beyond printing the usage would fail.
    const env = {
      ...process.env,
      DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
    };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', `src/cli/${cli}.ts`, '--help'], {
      cwd: PROJECT_ROOT,
      env,
    });
    expect(stdout.startsWith(`usage: ${command}`)).toBe(true);
    expect(stdout.split('\n').length).toBeGreaterThan(2);
  });
});
