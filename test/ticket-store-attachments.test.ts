// The store suite's attachment cases, against every TicketStore (embedded and PostgreSQL, as in
// ticket-store.test.ts): a ticket's files are stored with it, read back whole, never stored for a ticket
// that is not, and never stored twice for a replay.
import { createHash, randomUUID } from 'node:crypto';
import { access, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprint } from '../demo/server/store/ticket-records.js';
import {
  StoreUnavailableError,
  type Attachment,
  type NewTicket,
  type TicketStore,
} from '../demo/server/store/ticket-store.js';
import { describeEachStore } from './support/each-store.js';
import { embeddedKind, type StorePlace } from './support/store-fixtures.js';

function file(name: string, mediaType: string, content: Buffer): Attachment {
  return {
    id: randomUUID(),
    name,
    mediaType,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

function ticketWith(files: Attachment[], key?: string): NewTicket {
  const answers = {
    comprovante: {
      attachment: files[0]?.id,
      name: files[0]?.name,
      mediaType: files[0]?.mediaType,
      size: files[0]?.size,
    },
  };
  return {
    subject: 'geral/anexos',
    answers,
    secretPointers: [],
    fingerprint: fingerprint({ subject: 'geral/anexos', answers: { key: key ?? randomUUID() } }),
    attachments: files,
    ...(key !== undefined ? { idempotencyKey: key } : {}),
  };
}

// Every byte value, a NUL, and more than one network packet: the content comes back bit for bit.
const BINARY = Buffer.concat([Buffer.from([0, 255, 0x25, 0x50, 0x44, 0x46]), Buffer.alloc(200_000, 0xab)]);

describeEachStore('ticket store: attachments', (it) => {
  it('keeps each file with its name, media type, size and SHA-256, and reads it back whole', async ({ store }) => {
    const pdf = file('nota fiscal «março».pdf', 'application/pdf', BINARY);
    const png = file('foto.png', 'image/png', Buffer.from('png bytes'));
    const created = await store.submit(ticketWith([pdf, png]));
    expect(created.kind).toBe('created');
    const read = await store.getAttachment(created.ticket.number, pdf.id);
    expect(read).toEqual(pdf);
    expect(read!.content.equals(BINARY)).toBe(true);
    expect(await store.getAttachment(created.ticket.number, png.id)).toEqual(png);
    // The answers keep the reference, not the content.
    expect(JSON.stringify((await store.get(created.ticket.number))!.answers)).not.toContain('png bytes');
  });

  it('finds a file only under its own ticket, and nothing for unknown or malformed ids', async ({ store }) => {
    const pdf = file('a.pdf', 'application/pdf', Buffer.from('%PDF'));
    const first = await store.submit(ticketWith([pdf]));
    const second = await store.submit(ticketWith([file('b.pdf', 'application/pdf', Buffer.from('%PDF-2'))]));
    expect(await store.getAttachment(second.ticket.number, pdf.id)).toBeUndefined();
    expect(await store.getAttachment(first.ticket.number, randomUUID())).toBeUndefined();
    expect(await store.getAttachment(first.ticket.number, '../tickets.jsonl')).toBeUndefined();
    expect(await store.getAttachment('CH-999999', pdf.id)).toBeUndefined();
    expect(await store.getAttachment('../../etc', pdf.id)).toBeUndefined();
  });

  it('stores no file again for a replay of an idempotency key', async ({ store }) => {
    const original = file('a.pdf', 'application/pdf', Buffer.from('%PDF-1'));
    const created = await store.submit(ticketWith([original], 'key-a'));
    const again = file('a.pdf', 'application/pdf', Buffer.from('%PDF-1'));
    const replayed = await store.submit({ ...ticketWith([again], 'key-a'), fingerprint: created.ticket.fingerprint });
    expect(replayed.kind).toBe('replayed');
    expect(replayed.ticket.number).toBe(created.ticket.number);
    expect(await store.getAttachment(created.ticket.number, again.id)).toBeUndefined();
    expect(await store.getAttachment(created.ticket.number, original.id)).toEqual(original);
  });

  it('keeps the files across a reopen', async ({ place, store }) => {
    const pdf = file('a.pdf', 'application/pdf', BINARY);
    const created = await store.submit(ticketWith([pdf]));
    await store.close();
    store = await place.open();
    expect(await store.getAttachment(created.ticket.number, pdf.id)).toEqual(pdf);
  });
});

describe('embedded ticket store: a ticket that is not stored leaves no file behind', () => {
  let place: StorePlace;
  let store: TicketStore;
  let dir: string;

  beforeEach(async () => {
    place = await embeddedKind.place();
    dir = place.env.SCHEMAFORMS_DATA_DIR!;
  });

  afterEach(async () => {
    await store.close();
    await place.remove();
  });

  it('refuses the ticket when its files cannot be written, and stores neither', async () => {
    store = await place.open();
    // A plain file where the attachments folder goes: its files cannot be created.
    await writeFile(join(dir, 'attachments'), 'in the way');
    await expect(store.submit(ticketWith([file('a.pdf', 'application/pdf', BINARY)]))).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    expect(await store.list()).toEqual([]);
    await rm(join(dir, 'attachments'));
    const pdf = file('a.pdf', 'application/pdf', BINARY);
    const created = await store.submit(ticketWith([pdf]));
    expect(created.ticket.number).toBe('CH-000002');
    expect(await store.getAttachment('CH-000002', pdf.id)).toEqual(pdf);
  });

  it('removes the files it wrote when the ticket line cannot be written (a full disk)', async () => {
    store = await place.open();
    // Once the (empty) log is read, it becomes /dev/full: every write to it fails with ENOSPC, after the
    // files went to the real disk.
    await symlink('/dev/full', join(dir, 'tickets.jsonl'));
    const pdf = file('a.pdf', 'application/pdf', BINARY);
    const refused = await store.submit(ticketWith([pdf])).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreUnavailableError);
    expect((refused as StoreUnavailableError).status).toBe(507);
    await expect(access(join(dir, 'attachments', 'CH-000001'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await store.getAttachment('CH-000001', pdf.id)).toBeUndefined();
  });
});
