// Intake processes over node:http on loopback: one writer per embedded data directory (a second process
// refuses to start, a dead one's lock is taken over), and PostgreSQL shared by two processes taking 200
// concurrent submissions with no duplicate number, no lost ticket and no double insert for one key.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CHILD_ADMIN_TOKEN,
  startIntakeProcess,
  type IntakeProcess,
  type RefusedStart,
} from './support/spawn-intake.js';
import { embeddedKind, postgresKind, type StorePlace } from './support/store-fixtures.js';

const admin = { authorization: `Bearer ${CHILD_ADMIN_TOKEN}` };
let running: IntakeProcess[] = [];
let places: StorePlace[] = [];

afterEach(async () => {
  await Promise.all(running.map((intake) => intake.stop()));
  running = [];
  await Promise.all(places.map((place) => place.remove()));
  places = [];
});

async function place(kind: typeof embeddedKind): Promise<StorePlace> {
  const created = await kind.place();
  places.push(created);
  return created;
}

async function start(env: Record<string, string>): Promise<IntakeProcess> {
  const intake = await startIntakeProcess(env);
  running.push(intake);
  return intake;
}

function send(url: string, name: string, key?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ subject: 'geral/contato', answers: { name } }),
  });
}

async function listed(url: string): Promise<{ number: string; answers: { name: string } }[]> {
  const response = await fetch(url, { headers: admin });
  expect(response.status).toBe(200);
  return (await response.json()).tickets;
}

describe('embedded store: one writer per data directory', () => {
  it('refuses to start a second intake on the same data directory, naming the process that holds it', async () => {
    const shared = await place(embeddedKind);
    const first = await start(shared.env);
    const refusal = (await startIntakeProcess(shared.env).then(
      (second) => {
        running.push(second);
        throw new Error('the second process started');
      },
      (error: RefusedStart) => error,
    )) as RefusedStart;
    expect(refusal.exitCode).toBe(3);
    expect(refusal.stdout).toContain(`is in use by process ${first.child.pid}`);
    expect(refusal.stdout).toContain('schemaforms.lock');
    expect((await send(first.url, 'Ana')).status).toBe(201);
  });

  it('takes over the lock of a process killed with -9 and keeps every acknowledged ticket', async () => {
    const shared = await place(embeddedKind);
    const first = await start(shared.env);
    const responses = await Promise.all(Array.from({ length: 30 }, (_, i) => send(first.url, `n${i}`, `k-${i}`)));
    const acknowledged = await Promise.all(
      responses.filter((r) => r.status === 201).map(async (r) => (await r.json()).ticket.number),
    );
    expect(acknowledged).toHaveLength(30);
    first.child.kill('SIGKILL');
    await first.stop();
    const second = await start(shared.env);
    expect(second.log()).toMatch(/taking over the lock .* left by process \d+/);
    const numbers = (await listed(second.url)).map((ticket) => ticket.number);
    expect(numbers.sort()).toEqual([...acknowledged].sort());
    expect((await (await send(second.url, 'Bia')).json()).ticket.number).toBe('CH-000031');
  });

  it('takes over a lock file whose pid is not running', async () => {
    const shared = await place(embeddedKind);
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    await writeFile(join(shared.env.SCHEMAFORMS_DATA_DIR!, 'schemaforms.lock'), `${gone}\n`);
    const intake = await start(shared.env);
    expect(intake.log()).toContain(`left by process ${gone}`);
    expect((await send(intake.url, 'Ana')).status).toBe(201);
  });
});

describe.skipIf(postgresKind.skipReason !== '')(
  `PostgreSQL store shared by two intake processes${postgresKind.skipReason}`,
  () => {
    it('takes 200 concurrent submissions: no duplicate number, no lost ticket, one ticket per key', async () => {
      const database = await place(postgresKind);
      const [one, two] = await Promise.all([start(database.env), start(database.env)]);
      // 150 distinct tickets; 50 of them sent a second time, at the same moment, to the other process.
      const sends = Array.from({ length: 150 }, (_, i) => ({
        url: i % 2 ? one!.url : two!.url,
        name: `n${i}`,
        key: `key-${i}`,
      }));
      const repeats = sends
        .slice(0, 50)
        .map((first) => ({ ...first, url: first.url === one!.url ? two!.url : one!.url }));
      const all = [...sends, ...repeats];
      const responses = await Promise.all(all.map(({ url, name, key }) => send(url, name, key)));
      expect(responses.map((r) => r.status)).toEqual(all.map(() => 201));
      const receipts = await Promise.all(responses.map(async (r) => (await r.json()).ticket.number as string));
      const byKey = new Map<string, Set<string>>();
      all.forEach(({ key }, i) => byKey.set(key, (byKey.get(key) ?? new Set()).add(receipts[i]!)));
      expect([...byKey.values()].every((numbers) => numbers.size === 1)).toBe(true);
      const distinct = new Set(receipts);
      expect(distinct.size).toBe(150);
      const stored = await listed(one!.url);
      expect(stored).toHaveLength(150);
      expect(new Set(stored.map((ticket) => ticket.number))).toEqual(distinct);
      expect(new Set(stored.map((ticket) => ticket.answers.name))).toEqual(new Set(sends.map((s) => s.name)));
    });
  },
);
