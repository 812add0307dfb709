/**
 * When each retired subject's file was deleted, kept in the ticket store (`retirements`,
 * `setRetirement`), so the grace period of a retired form counts from its deletion across restarts.
 * Without a store that keeps them, times live in this process only. DOM-free.
 */
import type { TicketStore } from './store/ticket-store.js';

/** The part of a store that keeps retirement times. */
export type RetirementArchive = Partial<Pick<TicketStore, 'retirements' | 'setRetirement'>>;

/** Retirement times by subject, read from the store once and written through to it. */
export class Retirements {
  readonly #archive: RetirementArchive | Promise<RetirementArchive> | undefined;
  readonly #log: () => { error(message: string): void };
  #known: Promise<Map<string, number>> | undefined;

  constructor(
    archive: RetirementArchive | Promise<RetirementArchive> | undefined,
    log: () => { error(message: string): void },
  ) {
    this.#archive = archive;
    this.#log = log;
  }

  /** When `subject` was retired; unknown ones are recorded as retired at `fallback` (this process's start). */
  async since(subject: string, fallback: number): Promise<number> {
    const known = (await this.#read()).get(subject);
    if (known !== undefined) return known;
    await this.record(subject, fallback);
    return fallback;
  }

  /** Records that `subject` was retired at `at` (epoch ms), or with `undefined` that it is back. Failures are logged. */
  async record(subject: string, at: number | undefined): Promise<void> {
    const known = await this.#read();
    if (known.get(subject) === at) return;
    if (at === undefined) known.delete(subject);
    else known.set(subject, at);
    try {
      const archive = await this.#archive;
      await archive?.setRetirement?.(subject, at === undefined ? undefined : new Date(at).toISOString());
    } catch (error) {
      this.#log().error(`[forms] could not record the retirement of ${subject}: ${describe(error)}`);
    }
  }

  #read(): Promise<Map<string, number>> {
    return (this.#known ??= (async () => {
      const archive = await this.#archive;
      const stored = (await archive?.retirements?.()) ?? new Map<string, string>();
      return new Map([...stored].map(([subject, at]) => [subject, Date.parse(at)]));
    })().catch((error: unknown) => {
      // Unreadable now: grace periods count from this start, as before times were kept.
      this.#log().error(`[forms] could not read the retired forms: ${describe(error)}`);
      return new Map<string, number>();
    }));
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
