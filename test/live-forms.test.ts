// LiveForms, the production server's view of the forms folder: revisions by content hash, a broken edit
// that keeps the last good revision, retirement with a grace period, and revisions kept across restarts.
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeForm, IntakeRefusal } from '../demo/server/intake-handler.js';
import { LiveForms, type RevisionArchive } from '../demo/server/live-forms.js';
import type { FormRevision as StoredRevision } from '../demo/server/store/ticket-store.js';
import { ESTORNO_FILE as FILE, ESTORNO_SUBJECT as SUBJECT, estornoSchemaText } from './support/estorno-form.js';

/** An archive in memory, as the store keeps revisions (content-addressed). */
function memoryArchive(): RevisionArchive & { readonly kept: Map<string, StoredRevision> } {
  const kept = new Map<string, StoredRevision>();
  return {
    kept,
    async saveRevision(revision) {
      const stored = kept.get(revision.hash) ?? { ...revision, createdAt: new Date(0).toISOString() };
      kept.set(revision.hash, stored);
      return stored;
    },
    async getRevision(hash) {
      return kept.get(hash);
    },
  };
}

const silent = { info: () => {}, error: () => {} };
let dir: string;
let now: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sf-live-forms-'));
  await mkdir(join(dir, 'financeiro'));
  now = Date.parse('2026-01-01T00:00:00Z');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function validator(found: IntakeForm | IntakeRefusal | undefined): IntakeForm {
  if (!found || 'refused' in found) throw new Error(`expected a form, got ${JSON.stringify(found)}`);
  return found;
}

describe('LiveForms', () => {
  it('validates against the revision the seller filled, not the one edited since', async () => {
    const forms = new LiveForms({ dir, retiredGraceMs: 60_000, log: silent, now: () => now });
    await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
    await forms.scan();
    const first = forms.catalog().subjects[0]!;
    expect(first.module).toBe(`/forms/${SUBJECT}.${first.revision}.js`);

    await writeFile(join(dir, FILE), estornoSchemaText(['pedido', 'motivo']));
    await forms.scan();
    const second = forms.catalog().subjects[0]!;
    expect(second.revision).not.toBe(first.revision);

    const answers = { pedido: 'PED-1' };
    expect(validator(await forms.get(SUBJECT, first.revision)).validate(answers, 'pt-BR').valid).toBe(true);
    const strict = validator(await forms.get(SUBJECT, second.revision)).validate(answers, 'pt-BR');
    expect(strict.valid).toBe(false);
    expect(strict.errors.map((error) => error.instancePath)).toEqual(['/motivo']);
    // No revision named: the live one.
    expect(validator(await forms.get(SUBJECT)).revision).toBe(second.revision);
  });

  it('keeps the last good revision live when the file breaks, and reports file:line:col', async () => {
    const errors: string[] = [];
    const forms = new LiveForms({
      dir,
      retiredGraceMs: 60_000,
      log: { info: () => {}, error: (m) => errors.push(m) },
      now: () => now,
    });
    await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
    await forms.scan();
    const good = forms.catalog().subjects[0]!.revision;

    await writeFile(join(dir, FILE), estornoSchemaText(['pedido']).replace('"type": "object",', '"type": "object",,'));
    await forms.scan();
    expect(forms.catalog().subjects.map((s) => s.revision)).toEqual([good]);
    const [status] = forms.status().forms;
    expect(status?.liveRevision).toBe(good);
    expect(status?.errors[0]?.location).toMatch(/estorno-de-pedido\.schema\.json:6:\d+$/);
    expect(errors.join('\n')).toMatch(
      new RegExp(`revision ${good} stays live[\\s\\S]*estorno-de-pedido\\.schema\\.json:6:\\d+`),
    );
  });

  it('retires a deleted subject: open forms are accepted for the grace period, then refused', async () => {
    const forms = new LiveForms({ dir, retiredGraceMs: 60_000, log: silent, now: () => now });
    await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
    await forms.scan();
    const { revision } = forms.catalog().subjects[0]!;
    await unlink(join(dir, FILE));
    await forms.scan();
    expect(forms.catalog().subjects).toEqual([]);
    expect(forms.status().forms[0]?.retired?.acceptedUntil).toBe('2026-01-01T00:01:00.000Z');
    expect(validator(await forms.get(SUBJECT, revision)).revision).toBe(revision);
    now += 60_001;
    expect(await forms.get(SUBJECT, revision)).toEqual({ refused: 'retired' });
    expect(await forms.get(SUBJECT)).toEqual({ refused: 'retired' });
  });

  it('keeps a bounded number of old revisions in memory, and prepares an evicted one again from the archive', async () => {
    const archive = memoryArchive();
    const withArchive = new LiveForms({
      dir,
      retiredGraceMs: 60_000,
      archive,
      maxKeptRevisions: 1,
      log: silent,
      now: () => now,
    });
    const withoutArchive = new LiveForms({
      dir,
      retiredGraceMs: 60_000,
      maxKeptRevisions: 1,
      log: silent,
      now: () => now,
    });
    const revisions: string[] = [];
    for (const required of [['pedido'], ['motivo'], ['pedido', 'motivo']]) {
      await writeFile(join(dir, FILE), estornoSchemaText(required));
      await withArchive.scan();
      await withoutArchive.scan();
      revisions.push(withArchive.catalog().subjects[0]!.revision);
    }
    const [oldest] = revisions;
    // Only the archive still knows the oldest revision: the process let it go.
    expect(await withoutArchive.get(SUBJECT, oldest)).toEqual({ refused: 'revision-unknown' });
    expect(validator(await withArchive.get(SUBJECT, oldest)).validate({ pedido: 'PED-1' }, 'pt-BR').valid).toBe(true);
    // The live revision is never evicted.
    expect(validator(await withoutArchive.get(SUBJECT, revisions[2])).revision).toBe(revisions[2]);
  });

  it('finds a revision in the archive after a restart, and refuses one it never saw', async () => {
    const archive = memoryArchive();
    const before = new LiveForms({ dir, retiredGraceMs: 60_000, archive, log: silent, now: () => now });
    await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
    await before.scan();
    const old = before.catalog().subjects[0]!.revision;
    expect(archive.kept.get(old)?.subject).toBe(SUBJECT);

    // Edited while the server was down: the new process never saw the old revision itself.
    await writeFile(join(dir, FILE), estornoSchemaText(['pedido', 'motivo']));
    const after = new LiveForms({ dir, retiredGraceMs: 60_000, archive, log: silent, now: () => now });
    await after.scan();
    expect(validator(await after.get(SUBJECT, old)).validate({ pedido: 'PED-1' }, 'pt-BR').valid).toBe(true);
    expect((await after.revision(SUBJECT, old))?.moduleSource).toMatch(/export const schema/);
    expect(await after.get(SUBJECT, 'AAAAAAAAAAAAAAAAAAAAAA')).toEqual({ refused: 'revision-unknown' });
    expect(await after.get('financeiro/nunca-existiu', old)).toBeUndefined();
  });
});
