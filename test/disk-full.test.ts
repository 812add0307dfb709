// The embedded store on a real, tiny file system (a 16 KiB tmpfs mounted in a private mount namespace,
// as root): no 201 for a ticket that is not stored, 507 or 503 with Retry-After, the cause in the log,
// numbers never reused once space is back, and an Idempotency-Key retry getting its own ticket.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startIntakeProcess, type IntakeProcess } from './support/spawn-intake.js';

function skipReason(): string {
  if (process.platform !== 'linux') return ' (skipped: needs Linux mount namespaces)';
  if (process.getuid?.() !== 0) return ' (skipped: mounting a small tmpfs needs root)';
  const probe = spawnSync('unshare', ['-m', '--propagation', 'private', 'true']);
  if (probe.error || probe.status !== 0)
    return ` (skipped: unshare -m is unavailable here: ${probe.error?.message ?? probe.stderr.toString().trim()})`;
  return '';
}
const SKIP = skipReason();

let intake: IntakeProcess | undefined;
let mountPoint: string | undefined;

afterEach(async () => {
  await intake?.stop();
  intake = undefined;
  if (mountPoint) await rm(mountPoint, { recursive: true, force: true });
  mountPoint = undefined;
});

/** Starts the intake with its data directory on a fresh tmpfs of `size`, a `filler` file taking one page. */
async function startOnTinyFileSystem(
  size: string,
): Promise<{ intake: IntakeProcess; dir: string; seen: (path: string) => string }> {
  mountPoint = await mkdtemp(join(tmpdir(), 'sf-tiny-'));
  const script = `mount -t tmpfs -o size=${size},mode=0700 sf-tiny "$SCHEMAFORMS_DATA_DIR" && head -c 4096 /dev/zero > "$SCHEMAFORMS_DATA_DIR/filler" && exec "$@"`;
  intake = await startIntakeProcess({ SCHEMAFORMS_DATA_DIR: mountPoint }, [
    'unshare',
    '-m',
    '--propagation',
    'private',
    'sh',
    '-c',
    script,
    'sh',
  ]);
  const pid = intake.child.pid!;
  // The tmpfs exists only in the child's mount namespace; /proc/<pid>/root looks through it.
  const seen = (path: string) => join(`/proc/${pid}/root`, mountPoint!, path);
  return { intake, dir: mountPoint, seen };
}

function send(url: string, name: string, key: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify({ subject: 'geral/contato', answers: { name } }),
  });
}

describe.skipIf(SKIP !== '')(`embedded store on a full file system${SKIP}`, () => {
  it('acknowledges only what is stored, answers 507 with Retry-After, and never reuses a number', async () => {
    const { intake: running, seen } = await startOnTinyFileSystem('16k');
    const keys = Array.from({ length: 200 }, (_, i) => `key-${i}`);
    const responses = await Promise.all(keys.map((key, i) => send(running.url, `n${i}`, key)));
    const statuses = responses.map((response) => response.status);
    expect(new Set(statuses)).toEqual(new Set([201, 507]));

    const acknowledged = new Map<string, string>();
    const refusedKeys: string[] = [];
    for (const [i, response] of responses.entries()) {
      const body = await response.json();
      if (response.status === 201) acknowledged.set(keys[i]!, body.ticket.number);
      else {
        refusedKeys.push(keys[i]!);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(body.errors[0].message).toMatch(/não foi registrado/);
      }
    }
    // Every 201 is a line on the disk, whole, with its own number; nothing else is.
    const lines = (await readFile(seen('tickets.jsonl'), 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    const stored = lines.map((line) => JSON.parse(line) as { number: string; idempotencyKey: string });
    expect(new Map(stored.map((ticket) => [ticket.idempotencyKey, ticket.number]))).toEqual(acknowledged);
    expect(new Set(acknowledged.values()).size).toBe(acknowledged.size);
    // The log comes through the child's stderr, which may arrive after the HTTP answer.
    await vi.waitFor(() => expect(running.log()).toContain('ENOSPC (no space left on the device)'), { timeout: 5000 });

    const highest = Math.max(...[...acknowledged.values()].map((number) => Number(number.slice(3))));
    await rm(seen('filler'));
    const retried = await send(running.url, 'retry', refusedKeys[0]!);
    expect(retried.status).toBe(201);
    const retriedNumber = (await retried.json()).ticket.number as string;
    expect(Number(retriedNumber.slice(3))).toBeGreaterThan(highest);
    const again = await send(running.url, 'retry', refusedKeys[0]!);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await again.json()).ticket.number).toBe(retriedNumber);
    const [firstKey, firstNumber] = [...acknowledged.entries()][0]!;
    const replayed = await send(running.url, `n${keys.indexOf(firstKey)}`, firstKey);
    expect((await replayed.json()).ticket.number).toBe(firstNumber);
  });

  it('answers 503 with Retry-After on a read-only file system and recovers once it is writable', async () => {
    const { intake: running, dir } = await startOnTinyFileSystem('64k');
    expect((await send(running.url, 'Ana', 'k-1')).status).toBe(201);
    const remount = (mode: 'ro' | 'rw') =>
      expect(
        spawnSync('nsenter', ['--target', String(running.child.pid), '--mount', 'mount', '-o', `remount,${mode}`, dir])
          .status,
      ).toBe(0);
    remount('ro');
    const refused = await send(running.url, 'Bia', 'k-2');
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await vi.waitFor(() => expect(running.log()).toContain('EROFS (read-only file system)'), { timeout: 5000 });
    remount('rw');
    const accepted = await send(running.url, 'Bia', 'k-2');
    expect(accepted.status).toBe(201);
    expect(Number((await accepted.json()).ticket.number.slice(3))).toBeGreaterThan(1);
  });
});
