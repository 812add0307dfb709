// The store suite: the same cases against every TicketStore (embedded and PostgreSQL), so either can
// stand behind the intake. PostgreSQL cases run when SCHEMAFORMS_TEST_DATABASE_URL is set (CI sets it).
import { describe, expect, it } from 'vitest';
import { fingerprint, revisionHash } from '../demo/server/store/ticket-records.js';
import type { NewTicket } from '../demo/server/store/ticket-store.js';
import { describeEachStore } from './support/each-store.js';
import { TEST_DATABASE_URL } from './support/store-fixtures.js';

// Locally the PostgreSQL cases may skip; in CI (.ci/run starts a cluster) they must run.
it.runIf(process.env.CI)('runs the PostgreSQL cases in CI (SCHEMAFORMS_TEST_DATABASE_URL is set)', () => {
  expect(
    TEST_DATABASE_URL,
    'SCHEMAFORMS_TEST_DATABASE_URL: .ci/run starts it with scripts/test-postgres.sh',
  ).toBeTruthy();
});

function ticket(answers: Record<string, unknown>, key?: string): NewTicket {
  return {
    subject: 'geral/contato',
    answers,
    secretPointers: ['/token'],
    fingerprint: fingerprint({ subject: 'geral/contato', answers }),
    ...(key !== undefined ? { idempotencyKey: key } : {}),
  };
}

describeEachStore('ticket store', (it) => {
  it('numbers tickets CH-000001, CH-000002… and finds them by number', async ({ store }) => {
    const first = await store.submit(ticket({ name: 'Ana' }));
    const second = await store.submit(ticket({ name: 'Bia' }));
    expect(first).toMatchObject({
      kind: 'created',
      ticket: { number: 'CH-000001', seq: 1, subject: 'geral/contato' },
    });
    expect(second.ticket.number).toBe('CH-000002');
    expect(Date.parse(first.ticket.createdAt)).not.toBeNaN();
    expect((await store.get('CH-000002'))?.answers).toEqual({ name: 'Bia' });
    expect(await store.get('CH-000003')).toBeUndefined();
    expect(await store.get('CH-2')).toBeUndefined();
    expect(await store.get('../etc/passwd')).toBeUndefined();
  });

  it('keeps answers, secret pointers and the revision exactly as submitted', async ({ store }) => {
    const answers = {
      name: 'Zoë ﷽ 🎫',
      nested: { list: [1, 'two', null, { deep: true }] },
      token: 'segredo',
      empty: '',
    };
    const created = await store.submit({ ...ticket(answers, 'key-1'), revision: 'rev0123456789abcdef' });
    const read = await store.get(created.ticket.number);
    expect(read).toEqual(created.ticket);
    expect(read).toMatchObject({
      answers,
      secretPointers: ['/token'],
      revision: 'rev0123456789abcdef',
      idempotencyKey: 'key-1',
    });
  });

  it('lists tickets oldest first, after a number and up to a limit', async ({ store }) => {
    for (const name of ['a', 'b', 'c', 'd']) await store.submit(ticket({ name }));
    expect((await store.list()).map((t) => t.answers)).toEqual([
      { name: 'a' },
      { name: 'b' },
      { name: 'c' },
      { name: 'd' },
    ]);
    expect((await store.list({ afterSeq: 1, limit: 2 })).map((t) => t.number)).toEqual(['CH-000002', 'CH-000003']);
  });

  it('gives a replayed idempotency key its own ticket, and a key reused for other content a conflict', async ({
    store,
  }) => {
    const created = await store.submit(ticket({ name: 'Ana' }, 'k-1'));
    const replayed = await store.submit(ticket({ name: 'Ana' }, 'k-1'));
    const conflict = await store.submit(ticket({ name: 'Outra' }, 'k-1'));
    expect(replayed).toEqual({ kind: 'replayed', ticket: created.ticket });
    expect(conflict).toEqual({ kind: 'key-conflict', ticket: created.ticket });
    expect(await store.byIdempotencyKey('k-1')).toEqual(created.ticket);
    expect(await store.byIdempotencyKey('k-2')).toBeUndefined();
    expect(await store.list()).toHaveLength(1);
  });

  it('stores one ticket for 20 concurrent submissions with one key', async ({ store }) => {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.submit(ticket({ name: 'Ana' }, 'same'))));
    expect(outcomes.filter((outcome) => outcome.kind === 'created')).toHaveLength(1);
    expect(new Set(outcomes.map((outcome) => outcome.ticket.number))).toEqual(new Set(['CH-000001']));
    expect(await store.list()).toHaveLength(1);
  });

  it('gives 50 concurrent submissions 50 different numbers', async ({ store }) => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) => store.submit(ticket({ name: `n${i}` }, `key-${i}`))),
    );
    const numbers = outcomes.map((outcome) => outcome.ticket.seq);
    expect(new Set(numbers).size).toBe(50);
    expect((await store.list()).map((t) => t.seq).sort((a, b) => a - b)).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('keeps tickets and keys across a reopen and goes on numbering', async ({ place, store }) => {
    await store.submit(ticket({ name: 'Ana' }, 'k-1'));
    await store.close();
    store = await place.open();
    expect((await store.list()).map((t) => t.number)).toEqual(['CH-000001']);
    expect((await store.submit(ticket({ name: 'Ana' }, 'k-1'))).kind).toBe('replayed');
    expect((await store.submit(ticket({ name: 'Bia' }))).ticket.number).toBe('CH-000002');
  });

  it('finds the latest stored revision of a subject', async ({ store }) => {
    expect(await store.latestRevision('geral/contato')).toBeUndefined();
    const first = await store.saveRevision({
      hash: revisionHash({ v: 1 }),
      subject: 'geral/contato',
      schema: { v: 1 },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await store.saveRevision({
      hash: revisionHash({ v: 2 }),
      subject: 'geral/contato',
      schema: { v: 2 },
    });
    await store.saveRevision({ hash: revisionHash({ v: 3 }), subject: 'geral/outro', schema: { v: 3 } });
    expect(first.createdAt <= second.createdAt).toBe(true);
    expect(await store.latestRevision('geral/contato')).toEqual(second);
  });

  it('keeps retirement times until the subject is back, across a reopen', async ({ place, store }) => {
    expect([...(await store.retirements())]).toEqual([]);
    await store.setRetirement('geral/contato', '2026-01-01T00:00:00.000Z');
    await store.setRetirement('geral/outro', '2026-01-02T00:00:00.000Z');
    await store.setRetirement('geral/outro', undefined);
    await store.close();
    store = await place.open();
    expect([...(await store.retirements())]).toEqual([['geral/contato', '2026-01-01T00:00:00.000Z']]);
  });

  it('keeps form revisions by content hash; a known hash keeps what was stored first', async ({ place, store }) => {
    const schema = { type: 'object', properties: { name: { type: 'string', title: 'Nome' } } };
    const hash = revisionHash(schema);
    expect(hash).toBe(revisionHash({ properties: { name: { title: 'Nome', type: 'string' } }, type: 'object' }));
    const saved = await store.saveRevision({ hash, subject: 'geral/contato', schema });
    expect(saved).toMatchObject({ hash, subject: 'geral/contato', schema });
    const again = await store.saveRevision({ hash, subject: 'geral/outro', schema: { other: true } });
    expect(again).toEqual(saved);
    await store.close();
    store = await place.open();
    expect(await store.getRevision(hash)).toEqual(saved);
    expect(await store.getRevision(revisionHash({ nope: 1 }))).toBeUndefined();
    expect(await store.getRevision('../../etc/passwd')).toBeUndefined();
    await expect(store.saveRevision({ hash: '../x', subject: 's/s', schema: {} })).rejects.toThrow(
      /not a revision hash/,
    );
  });
});

describe('PostgreSQL errors as HTTP answers', () => {
  it('turns a full database disk into 507, a lost or refused connection into 503, and leaves bugs alone', async () => {
    const { databaseUnavailable } = await import('../demo/server/store/postgres-store.js');
    const error = (code: string | undefined, message = 'x') => Object.assign(new Error(message), code ? { code } : {});
    expect(databaseUnavailable(error('53100'), 'store a ticket')).toMatchObject({ status: 507, code: '53100' });
    expect(databaseUnavailable(error('08006'), 'store a ticket')).toMatchObject({ status: 503, code: '08006' });
    expect(databaseUnavailable(error('57P01'), 'store a ticket')).toMatchObject({ status: 503 });
    expect(databaseUnavailable(error('ECONNREFUSED'), 'store a ticket')).toMatchObject({
      status: 503,
      code: 'ECONNREFUSED',
    });
    expect(databaseUnavailable(error(undefined, 'Connection terminated unexpectedly'), 'x')?.status).toBe(503);
    expect(databaseUnavailable(error('42601'), 'store a ticket')).toBeUndefined();
    expect(databaseUnavailable(new TypeError('bug'), 'store a ticket')).toBeUndefined();
  });
});
