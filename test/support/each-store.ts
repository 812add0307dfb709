/**
 * The set-up the store suites share: their cases declared once per store kind (embedded and
 * PostgreSQL, see store-fixtures.ts), each case on a fresh place with a store opened on it.
 */
import { describe, it, type TestAPI } from 'vitest';
import type { TicketStore } from '../../demo/server/store/ticket-store.js';
import { STORE_KINDS, type StoreKind, type StorePlace } from './store-fixtures.js';

/** What a store suite's case receives: its place, and a store opened on it. */
export interface StoreCaseFixtures {
  /** A fresh place; a case may close `store` and open it again here (`store = await place.open()`). */
  place: StorePlace;
  /** The store opened on `place` before the case. */
  store: TicketStore;
}

/** A store suite's `it`: its cases take `{ place, store }`. */
export type StoreCase = TestAPI<StoreCaseFixtures>;

/**
 * Declares `cases` once per store kind, in a `describe` named `${kind} ${title}` (skipped, with the
 * reason in its name, where the kind cannot run). Each case gets a fresh place and a store opened on
 * it; afterwards the store it opened last is closed (the earlier ones it closed itself to reopen) and
 * the place is removed.
 */
export function describeEachStore(title: string, cases: (it: StoreCase) => void): void {
  for (const kind of STORE_KINDS) {
    describe.skipIf(kind.skipReason !== '')(`${kind.name} ${title}${kind.skipReason}`, () => cases(storeCase(kind)));
  }
}

function storeCase(kind: StoreKind): StoreCase {
  return it.extend<StoreCaseFixtures>({
    // Vitest reads a fixture's first parameter as a destructuring pattern: this one needs none.
    // eslint-disable-next-line no-empty-pattern
    place: async ({}, use) => {
      const place = await kind.place();
      let latest: TicketStore | undefined;
      await use({ ...place, open: async (log) => (latest = await place.open(log)) });
      await latest?.close();
      await place.remove();
    },
    store: async ({ place }, use) => use(await place.open()),
  });
}
