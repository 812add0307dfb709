/**
 * `npm run serve`: starts the production server with the settings of the environment (see
 * `server-config.ts`), and stops it gracefully on SIGTERM or SIGINT.
 */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { openTicketStore } from '../store/open-store.js';
import { ConfigError, ENVIRONMENT, readServerConfig, type ServerConfig } from './server-config.js';
import { startProductionServer } from './production-server.js';

const log = {
  info: (message: string) => console.info(message),
  error: (message: string) => console.error(message),
};

async function main(): Promise<void> {
  if (process.argv.includes('--help')) {
    const rows = ENVIRONMENT.map((v) => `  ${v.name.padEnd(36)} ${v.meaning} Default: ${v.default}.`);
    console.info(`Usage: npm run serve (after npm run build)\n\nEnvironment:\n${rows.join('\n')}`);
    return;
  }
  let config: ServerConfig;
  try {
    config = readServerConfig(process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[server] ${error.message}`);
    process.exitCode = 2;
    return;
  }
  if (!existsSync(join(config.staticDir, 'index.html'))) {
    console.error(
      `[server] no built portal in ${config.staticDir}: run npm run build first (or set SCHEMAFORMS_STATIC_DIR).`,
    );
    process.exitCode = 1;
    return;
  }
  // The tickets must never be reachable as files of the site (RELIABILITY E5).
  const inside = (dir: string, root: string): boolean => dir === root || dir.startsWith(root + sep);
  if (
    config.dataDir !== undefined &&
    (inside(config.dataDir, config.staticDir) || inside(config.dataDir, config.embedDir))
  ) {
    console.error(
      `[server] SCHEMAFORMS_DATA_DIR (${config.dataDir}) is inside a served folder: choose a folder outside ${config.staticDir}.`,
    );
    process.exitCode = 2;
    return;
  }
  const store = openTicketStore({
    ...(config.databaseUrl === undefined ? {} : { databaseUrl: config.databaseUrl }),
    ...(config.dataDir === undefined ? {} : { dataDir: config.dataDir }),
  });
  // A store that cannot open (another process holds the embedded store's lock, PostgreSQL unreachable)
  // stops the server: it must not take tickets it cannot keep.
  const opened = await store.catch((error: unknown) => {
    console.error(`[server] cannot open the ticket store: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
  if (!opened) {
    process.exitCode = 1;
    return;
  }
  log.info(`[server] tickets in the ${opened.kind} store at ${opened.location}`);

  const server = await startProductionServer({ config, store, log });
  log.info(`[server] forms from ${config.schemasDir}; pages from ${config.staticDir}`);
  log.info(`[server] listening on ${server.url}`);
  const stop = (signal: string): void => {
    server.shutdown(signal).then(
      () => process.exit(process.exitCode ?? 0),
      (error: unknown) => {
        console.error(`[server] shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`[server] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
