/**
 * Chooses and opens the ticket store: PostgreSQL when a database URL is given (`DATABASE_URL`), else the
 * embedded JSON-lines store in the data directory (`SCHEMAFORMS_DATA_DIR`, else a per-user state
 * directory outside the project, so no web server serving the project can serve the tickets).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmbeddedTicketStore } from './embedded-store.js';
import type { TicketStore } from './ticket-store.js';

/** Options of `openTicketStore`; every field falls back to the environment. */
export interface OpenStoreOptions {
  /** A `postgres://` URL; default `process.env.DATABASE_URL`. When set, PostgreSQL is used. */
  readonly databaseUrl?: string;
  /** The embedded store's directory; default `defaultDataDir()`. */
  readonly dataDir?: string;
  /** Where the store says what went wrong (the cause of a failed write, a repaired file); never ticket contents. */
  readonly log?: (message: string) => void;
  /** The environment to read; `process.env` by default. */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The embedded store's default directory: `$SCHEMAFORMS_DATA_DIR`, else `$XDG_STATE_HOME/schemaforms`,
 * else `~/.local/state/schemaforms`. Always absolute.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SCHEMAFORMS_DATA_DIR) return resolve(env.SCHEMAFORMS_DATA_DIR);
  const stateHome =
    env.XDG_STATE_HOME && env.XDG_STATE_HOME.startsWith('/') ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(stateHome, 'schemaforms');
}

/**
 * Opens the store these options name. PostgreSQL: connects and runs the migrations (rejects when the
 * database cannot be reached at start). Embedded: never rejects for a missing or read-only directory
 * (the store answers 503 until it can write), only when another process holds the directory's lock.
 */
export async function openTicketStore(options: OpenStoreOptions = {}): Promise<TicketStore> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message: string) => console.warn(`[store] ${message}`));
  const databaseUrl = options.databaseUrl ?? env.DATABASE_URL;
  if (databaseUrl) {
    // Loaded only when asked for: `npm start` with no database never loads the pg client.
    const { PostgresTicketStore } = await import('./postgres-store.js');
    return PostgresTicketStore.open({ connectionString: databaseUrl, log });
  }
  return EmbeddedTicketStore.open({ dir: options.dataDir ?? defaultDataDir(env), log });
}
