/**
 * After the visual builder saves a form, the generated payload types (`demo/generated`) are brought up
 * to date as `schemaforms check schemas --types demo/generated` would: the tooling's own generator,
 * called in-process, writing only when a file differs.
 */
import { resolve } from 'node:path';
import { compareGeneratedFiles, generateTypes, writeGeneratedFiles } from '@schemaforms/tooling';

/** What the refresh did: the files it rewrote (none when up to date), or why it could not. */
export type TypesRefresh = { readonly refreshed: readonly string[] } | { readonly error: string };

/** Where the forms and their generated types are. */
export interface RefreshTypesOptions {
  /** The forms folder (`schemas/`). */
  readonly schemasDir: string;
  /** The generated types folder (`demo/generated`). */
  readonly typesDir: string;
  /**
   * The folder the CLI runs from (the repository): the generated headers name the schema file relative
   * to it, so the output is the same bytes as `npm run check:schemas` writes.
   */
  readonly cwd: string;
}

/**
 * Regenerates the types of every form (the index lists them all, so one file's change can touch it) and
 * writes those that changed. Never throws: a form with errors leaves the old types and says why.
 */
export async function refreshFormTypes(options: RefreshTypesOptions): Promise<TypesRefresh> {
  try {
    const generated = await generateTypes(resolve(options.schemasDir), { cwd: options.cwd });
    const target = resolve(options.typesDir);
    const differ = await compareGeneratedFiles(target, generated.files);
    if (differ.length > 0) await writeGeneratedFiles(target, generated.files);
    return { refreshed: differ };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
