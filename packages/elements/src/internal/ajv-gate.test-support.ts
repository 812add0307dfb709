/**
 * A gate that holds core's Ajv module back until a test opens it: the module itself arrives, only
 * later (nothing about it is faked), so a test sees what `<sf-form>` does before its validator. The
 * `vi.mock` stays in each test file (Vitest hoists it there); its factory hands over to `ajvWhenOpen`:
 *
 * ```ts
 * vi.mock('../../../core/src/ajv.js', async (importOriginal) =>
 *   (await import('../internal/ajv-gate.test-support.js')).ajvWhenOpen(importOriginal),
 * );
 * ```
 */

let release!: () => void;
const opening = new Promise<void>((resolve) => (release = resolve));
let opened = false;

/** The gate of this test file (each browser test file has its own module instances). */
export const ajvGate = {
  /** Whether `open()` was called: nothing could have reached Ajv before. */
  get opened(): boolean {
    return opened;
  },
  /** Lets the Ajv module arrive (now, and for every later import). */
  open(): void {
    opened = true;
    release();
  },
};

/** The real module, once the gate is open. */
export async function ajvWhenOpen<T>(importOriginal: () => Promise<T>): Promise<T> {
  await opening;
  return importOriginal();
}
