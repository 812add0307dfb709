/**
 * A ticket intake in a process of its own, for tests that need several processes or a real small file
 * system: the intake handler over `node:http` on loopback, with a stand-in form (`geral/contato`: `name`
 * required, at most 10 characters; `token` a secret), on the store the environment names (`DATABASE_URL`,
 * else `SCHEMAFORMS_DATA_DIR`). Prints `listening <port>` once it accepts requests, and
 * `refused: <message>` and exits 3 when the store cannot be opened (another writer holds the directory).
 * Run with `node test/support/run-ts.mjs test/support/intake-child.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIntakeHandler, type IntakeForm } from '../../demo/server/intake-handler.js';
import { openTicketStore } from '../../demo/server/store/open-store.js';
import type { TicketStore } from '../../demo/server/store/ticket-store.js';

/** The token the child's admin listing accepts (spawn-intake.ts exports the same). */
const CHILD_ADMIN_TOKEN = 'child-admin-token-0123456789';

const form: IntakeForm = {
  secretPointers: ['/token'],
  validate(answers) {
    const value = answers as Record<string, unknown>;
    const valid = typeof value.name === 'string' && value.name.length <= 10;
    const errors = valid ? [] : [{ instancePath: '/name', keyword: 'required', message: 'Obrigatório' }];
    return { valid, errors, payload: { ...value } };
  },
};

let store: TicketStore;
try {
  store = await openTicketStore({ log: (message) => console.error(`[store] ${message}`) });
} catch (error) {
  console.log(`refused: ${(error as Error).message}`);
  process.exit(3);
}
const handler = createIntakeHandler({
  forms: { get: async (subject) => (subject === 'geral/contato' ? form : undefined) },
  store,
  adminToken: CHILD_ADMIN_TOKEN,
  log: (message) => console.error(`[intake] ${message}`),
});
const server = createServer((req, res) => handler(req, res, () => res.writeHead(404).end()));
server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`));
process.once('SIGTERM', () => {
  server.close(() => void store.close().then(() => process.exit(0)));
});
