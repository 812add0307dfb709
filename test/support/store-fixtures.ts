/**
 * The stores the shared store suite runs against: the embedded store in a temporary directory, and
 * PostgreSQL in a fresh database of the server `SCHEMAFORMS_TEST_DATABASE_URL` names (skipped, with the
 * reason in the test name, when it is not set; CI sets it with scripts/test-postgres.sh).
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedTicketStore } from '../../demo/server/store/embedded-store.js';
import { PostgresTicketStore } from '../../demo/server/store/postgres-store.js';
import type { TicketStore } from '../../demo/server/store/ticket-store.js';

/** The PostgreSQL server for tests, or undefined. */
export const TEST_DATABASE_URL = process.env.SCHEMAFORMS_TEST_DATABASE_URL || undefined;

/** Why PostgreSQL tests are skipped, for their names ('' when they run). */
export const POSTGRES_SKIP_REASON = TEST_DATABASE_URL
  ? ''
  : ' (skipped: SCHEMAFORMS_TEST_DATABASE_URL is not set; run `eval "$(bash scripts/test-postgres.sh start)"`)';

/** A place to open a store, again and again, and then remove. */
export interface StorePlace {
  /** Opens (or reopens) a store on this place. */
  open(log?: (message: string) => void): Promise<TicketStore>;
  /** What a child process needs in its environment to use the same place. */
  readonly env: Record<string, string>;
  /** Removes the place (directory or database). Close the stores first. */
  remove(): Promise<void>;
}

/** A store kind the suite runs against. */
export interface StoreKind {
  readonly name: 'embedded' | 'postgres';
  /** Why the kind is skipped here, or '' when it runs. */
  readonly skipReason: string;
  place(): Promise<StorePlace>;
}

/** The embedded store in a fresh temporary directory. */
export const embeddedKind: StoreKind = {
  name: 'embedded',
  skipReason: '',
  async place() {
    const dir = await mkdtemp(join(tmpdir(), 'sf-store-'));
    return {
      open: (log = () => {}) => EmbeddedTicketStore.open({ dir, log }),
      env: { SCHEMAFORMS_DATA_DIR: dir },
      remove: () => rm(dir, { recursive: true, force: true }),
    };
  },
};

/** PostgreSQL in a fresh database (created here, dropped by `remove`). */
export const postgresKind: StoreKind = {
  name: 'postgres',
  skipReason: POSTGRES_SKIP_REASON,
  async place() {
    if (!TEST_DATABASE_URL) throw new Error('SCHEMAFORMS_TEST_DATABASE_URL is not set');
    const name = `sf_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const connectionString = url.toString();
    return {
      open: (log = () => {}) => PostgresTicketStore.open({ connectionString, log }),
      env: { DATABASE_URL: connectionString },
      remove: async () => void (await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
  },
};

/** Runs one statement on the test server's own database. */
export async function adminQuery(text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Every kind the shared suite runs against. */
export const STORE_KINDS: readonly StoreKind[] = [embeddedKind, postgresKind];
