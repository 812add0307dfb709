/**
 * Starts `intake-child.ts` in a process of its own (optionally through a wrapper such as `unshare`), and
 * waits until it listens or refuses to start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './demo-server.js';

/** The admin token the child accepts (kept in step with intake-child.ts). */
export const CHILD_ADMIN_TOKEN = 'child-admin-token-0123456789';

/** A running intake process. */
export interface IntakeProcess {
  readonly child: ChildProcess;
  /** `http://127.0.0.1:<port>/api/tickets`. */
  readonly url: string;
  /** Everything it wrote to stderr so far (its log). */
  log(): string;
  /** SIGTERM, and wait for the exit. */
  stop(): Promise<void>;
}

/** How a process that did not start ended. */
export interface RefusedStart {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command line that runs the child, to put after a wrapper (`unshare … sh -c '… exec "$@"'`). */
export function intakeCommand(): string[] {
  return [process.execPath, join(REPO, 'test/support/run-ts.mjs'), join(REPO, 'test/support/intake-child.ts')];
}

/**
 * Starts the child with `env` added to this process's environment (`DATABASE_URL` and
 * `SCHEMAFORMS_DATA_DIR` removed first, so only what `env` names is used). Resolves once it listens;
 * rejects with a `RefusedStart` when it exits first.
 */
export function startIntakeProcess(env: Record<string, string>, wrapper: string[] = []): Promise<IntakeProcess> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.SCHEMAFORMS_DATA_DIR;
  const [command, ...args] = [...wrapper, ...intakeCommand()] as [string, ...string[]];
  const child = spawn(command, args, { cwd: REPO, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /listening (\d+)/.exec(stdout);
      if (match) {
        resolve({
          child,
          url: `http://127.0.0.1:${match[1]}/api/tickets`,
          log: () => stderr,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.once('exit', (exitCode) =>
      reject(Object.assign(new Error(`intake process exited (${exitCode})`), { exitCode, stdout, stderr })),
    );
  });
}
