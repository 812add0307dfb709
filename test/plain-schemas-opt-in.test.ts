/**
 * `@schemaforms/elements/plain-schemas.js` through a consumer's own Vite build (issue #18): beside
 * `<sf-form>` it puts the code that reads a plain schema in the app's eager files (the entry and what
 * it imports statically, which Vite preloads with it), so a plain schema's first field waits for no lazy
 * chunk; without it that code stays in lazy chunks. Ajv stays lazy either way.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { asProduction } from '../scripts/size.mjs';
import { compilePackages, repo } from './support/builds.js';

type Chunk = Rolldown.OutputChunk;

/**
 * The code that reads a plain schema: what core's schema-reading module imports, and the shape check.
 * Not the pattern engine (`linear-regexp`): only schemas whose conditions test a pattern fetch it.
 */
const READING = ['prepare-schema', 'check-schema-shape', 'engine/condition-evaluator', 'decimal-multiple'];
const AJV = /node_modules\/ajv\/dist\/(core|compile)/;

/** A consumer's app, built as Vite builds one (no config of ours); its chunks. */
async function buildApp(name: string, imports: readonly string[]): Promise<Chunk[]> {
  const dir = join(repo, 'node_modules/.cache/schemaforms-e2e/plain-schemas', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entry = join(dir, 'main.js');
  await writeFile(
    entry,
    [
      ...imports.map((specifier) => `import '${specifier}';`),
      `const form = document.createElement('sf-form');`,
      `form.schema = { type: 'object', properties: { nome: { type: 'string', title: 'Nome' } } };`,
      `document.body.append(form);`,
      '',
    ].join('\n'),
  );
  const { build } = await import('vite');
  const result = await (asProduction as <T>(make: () => Promise<T>) => Promise<T>)(() =>
    build({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        write: false,
        target: 'es2022',
        rolldownOptions: { input: entry, preserveEntrySignatures: false },
      },
    }),
  );
  return (Array.isArray(result) ? result : [result])
    .flatMap((r) => (r as Rolldown.RolldownOutput).output)
    .filter((o): o is Chunk => o.type === 'chunk');
}

/** The chunks a page loads with the entry: it and its static imports (Vite preloads those). */
function eagerChunks(chunks: readonly Chunk[]): Chunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set<Chunk>();
  const visit = (chunk: Chunk | undefined) => {
    if (!chunk || eager.has(chunk)) return;
    eager.add(chunk);
    for (const next of chunk.imports) visit(byName.get(next));
  };
  visit(chunks.find((c) => c.isEntry));
  return [...eager];
}

/** Which of the reading modules the chunks hold. */
const readingIn = (chunks: readonly Chunk[]) =>
  READING.filter((module) =>
    chunks.some((c) => c.moduleIds.some((id) => id.endsWith(`packages/core/dist/${module}.js`))),
  );

let plain: Chunk[];
let withOptIn: Chunk[];

beforeAll(async () => {
  await compilePackages();
  plain = await buildApp('sf-form', ['@schemaforms/elements/sf-form.js']);
  withOptIn = await buildApp('sf-form-plain-schemas', [
    '@schemaforms/elements/sf-form.js',
    '@schemaforms/elements/plain-schemas.js',
  ]);
}, 300_000);

describe('@schemaforms/elements/plain-schemas.js in a consumer Vite build', () => {
  it('leaves the reading code in lazy chunks when a page does not import it', () => {
    expect(readingIn(eagerChunks(plain))).toEqual([]);
    expect(readingIn(plain)).toEqual(READING);
  });

  it('puts the code that reads a plain schema in the eager files, so no lazy chunk holds any of it', () => {
    const eager = eagerChunks(withOptIn);
    expect(readingIn(eager)).toEqual(READING);
    const lazy = withOptIn.filter((c) => !eager.includes(c));
    expect(readingIn(lazy)).toEqual([]);
  });

  it('leaves a plain <sf-form> entry at most 2 eager files (the entry and json-pointer)', () => {
    expect(eagerChunks(plain).length).toBeLessThanOrEqual(2);
  });

  // Rolldown leaves a module shared by the entry and lazy chunks in a common chunk of its own when a
  // chunk dependency looks circular to it. Import edges from core's schema-keywords (shared with the
  // prepare-schema, Ajv and remote-ref chunks through the schema index) into engine modules made 9 eager
  // files here; schema-keywords now imports nothing.
  it('keeps a plain <sf-form> entry with the opt-in at most 2 eager files (the entry and json-pointer)', () => {
    const eager = eagerChunks(withOptIn);
    expect(eager.length).toBeLessThanOrEqual(2);
    const extra = eager.filter((c) => !c.isEntry).flatMap((c) => c.moduleIds);
    expect(extra.filter((id) => !id.endsWith('packages/core/dist/json-pointer.js'))).toEqual([]);
  });

  it('keeps Ajv in a lazy chunk', () => {
    const eager = eagerChunks(withOptIn);
    expect(eager.filter((c) => c.moduleIds.some((id) => AJV.test(id))).map((c) => c.fileName)).toEqual([]);
    expect(withOptIn.some((c) => c.moduleIds.some((id) => AJV.test(id)))).toBe(true);
  });
});
