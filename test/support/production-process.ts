/**
 * Runs the production server (`npm run serve`'s `dist/server/production/main.js`) as a child process
 * for end-to-end tests: plain Node, no Vite and no TypeScript in that process.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compilePackages, repo } from './builds.js';

const run = promisify(execFile);

/** The compiled entry point `npm run serve` starts. */
export const SERVER_MAIN = join(repo, 'dist/server/production/main.js');

let compiled: Promise<void> | undefined;

/** Compiles the packages and the server into dist/ (incremental, so quick when up to date). */
export function compileServer(): Promise<void> {
  return (compiled ??= (async () => {
    await compilePackages();
    try {
      await run(
        process.execPath,
        [join(repo, 'node_modules/typescript/bin/tsc'), '-b', 'demo/server/tsconfig.build.json'],
        { cwd: repo },
      );
    } catch (error) {
      // As compilePackages: a type error is the type check's to report; test the JavaScript tsc emitted.
      const output = (error as { stdout?: string }).stdout ?? String(error);
      console.warn(`tsc -b demo/server/tsconfig.build.json reported errors:\n${output.slice(0, 2000)}`);
    }
  })());
}

/** A running server process. */
export interface ServerProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Sends `signal` (SIGTERM by default) and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts the server with `env` added to a minimal environment; resolves once it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  await compileServer();
  const child = spawn(process.execPath, [SERVER_MAIN], {
    cwd: repo,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${output}`)));
    setTimeout(() => reject(new Error(`the server did not listen within 30 s:\n${output}`)), 30_000).unref();
  });
  return {
    url,
    child,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
