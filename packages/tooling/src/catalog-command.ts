/**
 * The `catalog` command of the CLI: a catalog module for any host (with or without Vite).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { catalogEntries, catalogModuleSource, catalogSharedSchemas } from './catalog.js';
import { checkForms } from './check.js';
import type { CliIo } from './cli.js';
import { formatDiagnostic } from './diagnostic.js';
import { precompileForm } from './precompile.js';

/**
 * Writes `<out>` (the catalog module) and `<out minus .js>.forms/<category>/<subject>.js` (one
 * precompiled module per form, imported lazily). The modules import ajv-formats' format table, so a
 * host bundles them (any bundler) or serves them from Node.
 */
export async function writeCatalog(
  dir: string,
  outFile: string,
  cwd: string,
): Promise<{ files: string[]; errors: string[] }> {
  const result = await checkForms(dir, { cwd });
  if (result.errorCount > 0)
    return { files: [], errors: result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic) };
  const entries = catalogEntries(result);
  const out = path.resolve(cwd, outFile);
  const formsDirName = `${path.basename(out).replace(/\.[cm]?js$/, '')}.forms`;
  const formsDir = path.join(path.dirname(out), formsDirName);
  await rm(formsDir, { recursive: true, force: true });
  const files: string[] = [];
  for (const entry of entries) {
    const target = path.join(formsDir, `${entry.id}.js`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(
      target,
      precompileForm(entry.schema, { source: path.relative(cwd, entry.file).split(path.sep).join('/') }),
    );
    files.push(target);
  }
  await mkdir(path.dirname(out), { recursive: true });
  // The folder's shared files go in as `Catalog.schemas`, as the Vite plugin's catalog has them: a
  // page that checks or compiles a form itself resolves the form's `$ref`s to them.
  await writeFile(
    out,
    catalogModuleSource(entries, (id) => `./${formsDirName}/${id}.js`, catalogSharedSchemas(result)),
  );
  files.push(out);
  return { files, errors: [] };
}

/** Runs `schemaforms catalog [dir] --out file.js`; resolves to the exit code. */
export async function runCatalog(
  positional: readonly string[],
  flags: ReadonlyMap<string, string | true>,
  io: CliIo,
): Promise<number> {
  const out = flags.get('out');
  if (typeof out !== 'string') {
    io.err('schemaforms catalog: --out <file.js> is required\n');
    return 2;
  }
  const dir = positional[0] ?? 'schemas';
  const { files, errors } = await writeCatalog(dir, out, io.cwd);
  if (errors.length > 0) {
    io.err(`schemaforms catalog: the forms have errors; fix them first:\n${errors.join('\n')}\n`);
    return 1;
  }
  io.out(`Wrote ${out} and ${files.length - 1} precompiled form module${files.length === 2 ? '' : 's'}.\n`);
  return 0;
}
