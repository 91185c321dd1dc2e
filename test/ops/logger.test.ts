import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureLogs } from './support/ops-server.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOG_ONE_LINE = `import('./src/logger.ts').then(({ createLogger }) => createLogger('info').info({ answer: 42 }, 'ops-logger-probe'))`;

function hasScript(): boolean {
  return spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('logger', () => {
  it('redacts secrets at any depth, keeping the rest', () => {
    const logs = captureLogs('info');
    logs.log.info(
      {
        password: 'top-secret-1',
        input: { currentPassword: 'top-secret-2', email: 'kept@example.com' },
        user: { profile: { taxId: 'top-secret-3' } },
        a: { b: { c: { refreshToken: 'top-secret-4' } } },
        headers: { authorization: 'Bearer top-secret-5', accept: 'application/json' },
        err: { message: 'duplicate key', detail: 'Key (tax_id)=(top-secret-6) already exists.' },
      },
      'ops: redaction',
    );
    const [line] = logs.lines();
    expect(line).toMatchObject({
      password: '[redacted]',
      input: { currentPassword: '[redacted]', email: 'kept@example.com' },
      user: { profile: { taxId: '[redacted]' } },
      a: { b: { c: { refreshToken: '[redacted]' } } },
      headers: { authorization: '[redacted]', accept: 'application/json' },
      err: { message: 'duplicate key', detail: '[redacted]' },
    });
    expect(logs.text()).not.toMatch(/top-secret/);
  });

  it('writes JSON lines when stdout is not a terminal', { timeout: 60_000 }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', LOG_ONE_LINE], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, answer: 42, msg: 'ops-logger-probe' });
  });

  it.skipIf(!hasScript())('pretty-prints on a terminal', { timeout: 60_000 }, () => {
    // `script` runs the command on a pseudo-terminal.
    const command = `'${process.execPath}' --import tsx -e "${LOG_ONE_LINE}"`;
    const output = execFileSync('script', ['-qec', command, '/dev/null'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    const text = output.replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toContain('ops-logger-probe');
    expect(text).toMatch(/INFO/);
    expect(text).toMatch(/answer: 42/);
    expect(() => JSON.parse(text.trim().split('\n')[0]!)).toThrow();
  });
});
