/**
 * Starts the demo (root vite.config.ts: the portal, the catalog plugin and the ticket intake) on a free
 * port with its own data directory, for end-to-end tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The admin token every demo server started here accepts for `GET /api/tickets…`. */
export const DEMO_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

/** The headers that let a test read tickets from a demo server. */
export const DEMO_ADMIN_HEADERS = { authorization: `Bearer ${DEMO_ADMIN_TOKEN}` };

/** A running demo server. */
export interface DemoServer {
  /** `http://localhost:<port>` (no trailing slash). */
  readonly url: string;
  readonly dataDir: string;
  readonly vite: ViteDevServer;
  close(): Promise<void>;
}

let built = false;

/**
 * Builds the packages' dist/ once per test process (`tsc -b` is incremental): the Vite config and the
 * intake run in Node, which resolves workspace packages to dist/.
 */
export function ensureBuilt(): void {
  if (built) return;
  built = true;
  try {
    execFileSync(join(REPO, 'node_modules/.bin/tsc'), ['-b'], { cwd: REPO, stdio: 'pipe' });
  } catch (error) {
    const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
    console.warn(`tsc -b reported errors; testing with the dist/ there is:\n${output.slice(0, 2000)}`);
  }
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A fresh temporary data directory for the intake. */
export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sf-e2e-data-'));
}

/** The environment the Vite config reads, set only while the server starts. */
function withEnv<T>(vars: Record<string, string | undefined>, start: () => Promise<T>): Promise<T> {
  const previous = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  const assign = (values: Record<string, string | undefined>) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  assign(vars);
  return start().finally(() => assign(previous));
}

/**
 * Starts the demo dev server; `dataDir` defaults to a new temporary directory, `schemasDir` to the
 * repository's schemas/ (a test that adds forms passes a copy).
 */
export async function startDemo(
  options: { dataDir?: string; port?: number; schemasDir?: string } = {},
): Promise<DemoServer> {
  ensureBuilt();
  const dataDir = options.dataDir ?? (await tempDataDir());
  const port = options.port ?? (await freePort());
  const vite = await withEnv(
    {
      SCHEMAFORMS_DATA_DIR: dataDir,
      SCHEMAFORMS_SCHEMAS_DIR: options.schemasDir,
      SCHEMAFORMS_ADMIN_TOKEN: DEMO_ADMIN_TOKEN,
      DATABASE_URL: undefined,
    },
    async () => {
      const server = await createServer({
        configFile: join(REPO, 'vite.config.ts'),
        logLevel: 'warn',
        clearScreen: false,
        server: { port, strictPort: true, host: '127.0.0.1' },
      });
      await server.listen();
      return server;
    },
  );
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    vite,
    close: () => vite.close(),
  };
}

/** Removes a temporary data directory. */
export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
