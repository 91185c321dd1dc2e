import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor, type LogLine } from './ops-server.js';

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface MainProcess {
  child: ChildProcess;
  /** stdout parsed as JSON lines (fails on any line that is not JSON). */
  lines(): LogLine[];
  stderr(): string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  waitForLine(predicate: (line: LogLine) => boolean, what: string, timeoutMs?: number): Promise<LogLine>;
}

/** Runs `src/main.ts` the way `npm start` does (or another entry, e.g. the worker's), with stdout piped (so logs are JSON lines). */
export function startMain(env: Record<string, string | undefined>, entry = 'src/main.ts'): MainProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'info', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | string>((resolve) => {
    // 'close', not 'exit': by then stdout has been read to the end.
    child.on('close', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  const lines = () =>
    stdout
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`stdout line is not JSON: ${line}`);
        }
      });
  return {
    child,
    lines,
    stderr: () => stderr,
    exited,
    async waitForLine(predicate, what, timeoutMs = 60_000) {
      let exitCode: number | string | undefined;
      void exited.then((code) => (exitCode = code));
      return waitFor(
        () => {
          const found = lines().find(predicate);
          if (!found && exitCode !== undefined) {
            throw new Error(`main exited (${exitCode}) before ${what}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
          }
          return found;
        },
        what,
        timeoutMs,
      );
    },
  };
}

/** The port a started server listens on, from its "server ready" line. */
export async function listeningPort(main: MainProcess): Promise<number> {
  const ready = await main.waitForLine((line) => line.msg === 'server ready', 'server ready', 120_000);
  return Number(ready['port']);
}
