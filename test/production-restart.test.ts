// Revisions are kept in the store: a form opened before an edit stays sendable even when the server was
// restarted in between (the new process never saw that revision in the folder). Runs against the
// embedded store and PostgreSQL (when SCHEMAFORMS_TEST_DATABASE_URL is set), each server a child process.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from './support/production-process.js';
import { STORE_KINDS, type StorePlace } from './support/store-fixtures.js';
import { ESTORNO_FILE as FILE, ESTORNO_SUBJECT as SUBJECT, estornoSchemaText } from './support/estorno-form.js';

let formsDir: string;
let staticDir: string;

beforeAll(async () => {
  formsDir = await mkdtemp(join(tmpdir(), 'sf-restart-forms-'));
  staticDir = await mkdtemp(join(tmpdir(), 'sf-restart-site-'));
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>portal</title>');
  await mkdir(join(formsDir, 'financeiro'));
});

afterAll(async () => {
  for (const dir of [formsDir, staticDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(STORE_KINDS)('the production server on the $name store', (kind) => {
  it(`accepts a ticket from a revision edited away while it was stopped${kind.skipReason}`, async ({ skip }) => {
    if (kind.skipReason) skip();
    const place: StorePlace = await kind.place();
    try {
      const env = { SCHEMAFORMS_SCHEMAS_DIR: formsDir, SCHEMAFORMS_STATIC_DIR: staticDir, ...place.env };
      await writeFile(join(formsDir, FILE), estornoSchemaText(['pedido']));
      const first = await startServerProcess(env);
      const catalog = (await (await fetch(`${first.url}/api/catalog.json`)).json()) as {
        subjects: { id: string; revision: string; module: string }[];
      };
      const old = catalog.subjects.find((subject) => subject.id === SUBJECT)!;
      expect(await first.stop()).toBe(0);

      await writeFile(join(formsDir, FILE), estornoSchemaText(['pedido', 'motivo']));
      const second = await startServerProcess(env);
      try {
        const post = (revision: string) =>
          fetch(`${second.url}/api/tickets/${SUBJECT}?revision=${revision}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ pedido: 'PED-7' }),
          });
        const live = (await (await fetch(`${second.url}/api/catalog.json`)).json()) as {
          subjects: { revision: string }[];
        };
        expect(live.subjects[0]?.revision).not.toBe(old.revision);
        expect((await post(live.subjects[0]!.revision)).status).toBe(422);
        expect((await post(old.revision)).status).toBe(201);
        // A page that loaded the old catalog still gets the old form's module.
        expect((await fetch(`${second.url}${old.module}`)).status).toBe(200);
        const unknown = await post('AAAAAAAAAAAAAAAAAAAAAA');
        expect(unknown.status).toBe(422);
        expect(((await unknown.json()) as { errors: { keyword?: string }[] }).errors[0]?.keyword).toBe('form-revision');
      } finally {
        await second.stop();
      }
    } finally {
      await place.remove();
    }
  });
});
