/**
 * Scratch folders for tooling tests inside the repository's node_modules/.cache, so generated modules
 * resolve the workspace's packages (ajv-formats, json-schema-to-ts) like a host project would.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Creates a new scratch folder; call the returned `remove` when done. */
export function scratchDir(prefix: string): { dir: string; remove: () => void } {
  const root = path.join(repoRoot, 'node_modules/.cache/schemaforms-tooling-tests');
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(path.join(root, `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
