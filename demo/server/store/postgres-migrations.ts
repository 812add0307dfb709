/**
 * The PostgreSQL store's schema, as numbered migrations applied on start. Each runs once, in a
 * transaction holding an advisory lock, so several servers starting together apply it exactly once.
 * Add a migration at the end; never edit one that has shipped.
 */
import type { Pool } from 'pg';

/** One schema change. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tickets and form revisions',
    sql: `
      CREATE SEQUENCE schemaforms_ticket_seq AS bigint START 1;
      CREATE TABLE schemaforms_tickets (
        seq             bigint      PRIMARY KEY,
        subject         text        NOT NULL,
        revision        text,
        created_at      timestamptz NOT NULL,
        answers         json        NOT NULL,
        secret_pointers json        NOT NULL,
        idempotency_key text        UNIQUE,
        fingerprint     text        NOT NULL
      );
      CREATE TABLE schemaforms_form_revisions (
        hash       text        PRIMARY KEY,
        subject    text        NOT NULL,
        schema     json        NOT NULL,
        created_at timestamptz NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'attachments',
    sql: `
      CREATE TABLE schemaforms_attachments (
        ticket_seq bigint NOT NULL REFERENCES schemaforms_tickets (seq),
        id         text   NOT NULL,
        name       text   NOT NULL,
        media_type text   NOT NULL,
        size       bigint NOT NULL,
        sha256     text   NOT NULL,
        content    bytea  NOT NULL,
        PRIMARY KEY (ticket_seq, id)
      );
    `,
  },
  {
    version: 3,
    name: 'retired subjects and the latest revision of a subject',
    sql: `
      CREATE TABLE schemaforms_retirements (
        subject    text        PRIMARY KEY,
        retired_at timestamptz NOT NULL
      );
      CREATE INDEX schemaforms_form_revisions_subject ON schemaforms_form_revisions (subject, created_at);
    `,
  },
];

/** An arbitrary constant: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 7_031_998_115;

/** Applies the migrations the database lacks; returns the versions it applied. */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS schemaforms_migrations (
        version    integer     PRIMARY KEY,
        name       text        NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schemaforms_migrations')).rows.map(
        (row) => row.version,
      ),
    );
    const applied: number[] = [];
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO schemaforms_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
