/**
 * The `types` command of the CLI, and the type refresh `check --types` runs.
 */
import path from 'node:path';
import type { CliIo } from './cli.js';
import { compareGeneratedFiles, generateTypes, writeGeneratedFiles } from './generate-types.js';

/** Runs `schemaforms types [dir] [--out dir] [--check]`; resolves to the exit code. */
export async function runTypes(
  positional: readonly string[],
  flags: ReadonlyMap<string, string | true>,
  io: CliIo,
): Promise<number> {
  const dir = positional[0] ?? 'schemas';
  const out = flags.get('out');
  const outDir = path.resolve(io.cwd, typeof out === 'string' ? out : 'generated');
  let generated;
  try {
    generated = await generateTypes(dir, { cwd: io.cwd });
  } catch (error) {
    io.err(`schemaforms types: ${(error as Error).message}\n`);
    return 1;
  }
  const shown = path.relative(io.cwd, outDir) || '.';
  if (flags.get('check') === true) {
    const differ = await compareGeneratedFiles(outDir, generated.files);
    if (differ.length > 0) {
      io.err(
        `schemaforms types: ${shown} is out of date with ${dir} (${differ.join(', ')}) — run: schemaforms types ${dir} --out ${shown}\n`,
      );
      return 1;
    }
    io.out(`${shown} is up to date (${generated.files.length} files).\n`);
    return 0;
  }
  await writeGeneratedFiles(outDir, generated.files);
  io.out(`Wrote ${generated.files.length} files to ${shown}.\n`);
  return 0;
}

/**
 * Brings the generated types in `outDir` up to date with the forms in `dir`, writing only when they
 * differ (so an up-to-date tree is left untouched); resolves to the exit code.
 */
export async function refreshTypes(dir: string, outDir: string, io: CliIo): Promise<number> {
  const target = path.resolve(io.cwd, outDir);
  const shown = path.relative(io.cwd, target) || '.';
  try {
    const generated = await generateTypes(dir, { cwd: io.cwd });
    const differ = await compareGeneratedFiles(target, generated.files);
    if (differ.length === 0) {
      io.out(`Types in ${shown} are up to date.\n`);
      return 0;
    }
    await writeGeneratedFiles(target, generated.files);
    io.out(`Refreshed the types in ${shown} (${differ.join(', ')}).\n`);
    return 0;
  } catch (error) {
    io.err(`schemaforms check --types: ${(error as Error).message}\n`);
    return 1;
  }
}
