// The production server's forms (LiveForms) with a real store behind them, on both stores: a form whose
// file is already broken when the server starts stays live at its last good revision from the store, and a
// retired form's grace period counts from its deletion across a restart, not from the restart.
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IntakeForm, IntakeRefusal } from '../demo/server/intake-handler.js';
import { LiveForms } from '../demo/server/live-forms.js';
import type { TicketStore } from '../demo/server/store/ticket-store.js';
import { STORE_KINDS, type StorePlace } from './support/store-fixtures.js';
import { ESTORNO_FILE as FILE, ESTORNO_SUBJECT as SUBJECT, estornoSchemaText } from './support/estorno-form.js';

const GRACE_MS = 60_000;

const silent = { info: () => {}, error: () => {} };

for (const kind of STORE_KINDS) {
  describe.skipIf(kind.skipReason !== '')(`live forms on the ${kind.name} store${kind.skipReason}`, () => {
    let place: StorePlace;
    let store: TicketStore;
    let dir: string;
    let now: number;

    const liveForms = () =>
      new LiveForms({ dir, retiredGraceMs: GRACE_MS, archive: store, log: silent, cwd: dir, now: () => now });

    beforeEach(async () => {
      place = await kind.place();
      store = await place.open();
      dir = await mkdtemp(join(tmpdir(), 'sf-forms-store-'));
      await mkdir(join(dir, 'financeiro'));
      now = Date.parse('2026-01-01T00:00:00Z');
    });

    afterEach(async () => {
      await store.close();
      await place.remove();
      await rm(dir, { recursive: true, force: true });
    });

    it('keeps a form broken at start live at its last good revision from the store', async () => {
      await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
      const first = liveForms();
      await first.scan();
      await writeFile(join(dir, FILE), estornoSchemaText(['pedido', 'motivo']));
      await first.scan();
      const good = first.catalog().subjects[0]!.revision;

      // The file breaks while the server is down; the next start finds it broken.
      await writeFile(
        join(dir, FILE),
        estornoSchemaText(['pedido', 'motivo']).replace('"Estorno de pedido"', '"Estorno'),
      );
      const restarted = liveForms();
      await restarted.scan();
      expect(restarted.catalog().subjects.map((s) => [s.id, s.revision])).toEqual([[SUBJECT, good]]);
      const status = restarted.status().forms[0]!;
      expect(status.liveRevision).toBe(good);
      expect(status.errors[0]?.location).toMatch(/estorno-de-pedido\.schema\.json:\d+:\d+$/);
      const form = (await restarted.get(SUBJECT)) as IntakeForm;
      expect(form.validate({ pedido: 'PED-1' }, 'pt-BR').valid).toBe(false);
      expect(form.validate({ pedido: 'PED-1', motivo: 'Duplicado' }, 'pt-BR').valid).toBe(true);
    });

    it('counts a retired form’s grace period from its deletion across a restart', async () => {
      await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
      const first = liveForms();
      await first.scan();
      const revision = first.catalog().subjects[0]!.revision;
      await unlink(join(dir, FILE));
      await first.scan();
      expect(first.status().forms[0]?.retired?.at).toBe('2026-01-01T00:00:00.000Z');

      // A restart 50 s later: 10 s of grace are left, not 60.
      now += 50_000;
      const restarted = liveForms();
      await restarted.scan();
      expect('refused' in ((await restarted.get(SUBJECT, revision)) as object)).toBe(false);
      now += 11_000;
      expect((await restarted.get(SUBJECT, revision)) as IntakeRefusal).toEqual({ refused: 'retired' });

      // The file comes back: the retirement is forgotten, in the store too.
      await writeFile(join(dir, FILE), estornoSchemaText(['pedido']));
      await restarted.scan();
      expect([...(await store.retirements()).keys()]).toEqual([]);
    });
  });
}
