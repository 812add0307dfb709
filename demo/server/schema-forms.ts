/**
 * The intake's view of `schemas/`: every ticket form, compiled once with the shared core and compiled
 * again when a schema file is added, changed or removed. DOM-free, Node only.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { compileSchema, secretPointers, validateSubmission } from '@schemaforms/core';
import {
  CatalogError,
  catalogEntries,
  checkForms,
  formatDiagnostic,
  loadCatalogForms,
  type CatalogForm,
} from '@schemaforms/tooling';
import { fileAnswerPointers } from './attachments/split-attachments.js';
import type { IntakeForm, IntakeForms } from './intake-handler.js';

/** Options of `createSchemaForms`. */
export interface SchemaFormsOptions {
  /** The absolute path of `schemas/`. */
  readonly dir: string;
}

/**
 * The forms of a schema directory, by subject id (`token/revogacao-de-token`). Before answering, it
 * compares the directory's file list and modification times with the last load and reloads on change,
 * so a schema dropped in while the server runs is accepted with no restart.
 */
export function createSchemaForms(options: SchemaFormsOptions): SchemaForms {
  let loaded: { signature: string; forms: Promise<LoadedForms> } | undefined;
  const current = async (): Promise<LoadedForms> => {
    const signature = await directorySignature(options.dir);
    if (!loaded || loaded.signature !== signature) {
      const forms = loadForms(options.dir);
      loaded = { signature, forms };
      // A broken schema must not stick: the next request tries again.
      forms.catch(() => {
        if (loaded?.forms === forms) loaded = undefined;
      });
    }
    return loaded.forms;
  };
  return {
    async get(subject) {
      return (await current()).bySubject.get(subject);
    },
    async catalog() {
      return (await current()).catalog;
    },
  };
}

/** The forms of a schema directory: what the intake validates against and the plain JSON catalog. */
export interface SchemaForms extends IntakeForms {
  /** The subject's current form (these forms are not versioned: a revision is not asked). */
  get(subject: string): Promise<IntakeForm | undefined>;
  /** `{ subjects: [{ id, category, title, schema }] }`, for `<sf-ticket catalog-src>`. */
  catalog(): Promise<JsonCatalog>;
}

/** A plain JSON catalog (schemas compiled by the browser at runtime). */
export interface JsonCatalog {
  readonly subjects: readonly { id: string; category: string; title: string; schema: unknown }[];
}

interface LoadedForms {
  readonly bySubject: Map<string, IntakeForm>;
  readonly catalog: JsonCatalog;
}

/**
 * The forms `schemaforms check` accepts. One broken file must not stop every other subject, so when
 * `loadCatalogForms` refuses the folder the intake keeps the forms without errors — as the dev server's
 * catalog does — and logs what is wrong once per change.
 */
async function usableForms(dir: string): Promise<CatalogForm[]> {
  try {
    return await loadCatalogForms(dir);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(
      `[intake] ${error.diagnostics.map(formatDiagnostic).join('\n')}\n[intake] those subjects are not accepted until fixed`,
    );
    return catalogEntries(await checkForms(dir));
  }
}

async function loadForms(dir: string): Promise<LoadedForms> {
  const entries = await usableForms(dir);
  const forms = new Map<string, IntakeForm>();
  const subjects: JsonCatalog['subjects'][number][] = [];
  for (const entry of entries) {
    subjects.push({ id: entry.id, category: entry.category, title: entry.title, schema: entry.schema });
    const compiled = await compileSchema(entry.schema, { source: entry.file });
    forms.set(entry.id, {
      secretPointers: secretPointers(entry.schema),
      validate(answers, locale) {
        const result = validateSubmission(compiled, answers, { locale });
        return { valid: result.valid, errors: result.errors, payload: result.payload };
      },
      filePointers: (payload) => fileAnswerPointers(compiled, payload),
    });
  }
  return { bySubject: forms, catalog: { subjects } };
}

/** The `*.schema.json` files under `dir` with their size and modification time, as one string. */
export async function directorySignature(dir: string): Promise<string> {
  const parts: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.schema.json')) {
        const info = await stat(path).catch(() => undefined);
        if (info) parts.push(`${relative(dir, path)}:${info.size}:${info.mtimeMs}`);
      }
    }
  };
  await walk(dir);
  return parts.sort().join('\n');
}
