/**
 * What the playground can open: every form of the catalog (`virtual:schemaforms/catalog`, made from
 * `schemas/` by tooling's Vite plugin) and the demo's samples (`demo/samples/*.schema.json`, as
 * written, formatting kept), plus a blank schema to start from; and the folder's shared files, which
 * a form's `$ref`s may name.
 */
import type { JsonSchemaObject } from '@schemaforms/core';
import catalog from 'virtual:schemaforms/catalog';

/**
 * The forms folder's shared files (in a `_` folder, each with its `$id`; the catalog's `schemas`): the
 * check reads them as the folder's other files, and the preview embeds those a form refers to, as
 * `schemaforms check` and the build do.
 */
export const sharedSchemas: readonly JsonSchemaObject[] = catalog.schemas ?? [];

/** One thing the playground can load. */
export interface PlaygroundSource {
  /** `catalog:<id>`, `sample:<file>` or `blank`. */
  readonly key: string;
  /** The list group it belongs to (a catalog category, or `samples`). */
  readonly group:
    { readonly kind: 'catalog'; readonly category: string } | { readonly kind: 'samples' } | { readonly kind: 'blank' };
  readonly label: string;
  /** The `schemas/`-relative path of a catalog form (the check then applies the form conventions). */
  readonly path?: string;
  /** The schema text to put in the editor. */
  readonly text: () => Promise<string>;
}

const samples = import.meta.glob<string>('../samples/*.schema.json', { query: '?raw', import: 'default' });

/** A new form to start from: valid, minimal, with the conventions a catalog form needs. */
export const BLANK_SCHEMA = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemaforms.example/schemas/categoria/assunto.schema.json",
  "title": "Novo assunto",
  "x-category": "Categoria",
  "description": "Explique aqui, em uma frase, para que serve este chamado.",
  "type": "object",
  "properties": {
    "mensagem": {
      "type": "string",
      "title": "Deixe sua mensagem",
      "maxLength": 2000
    }
  },
  "required": ["mensagem"],
  "additionalProperties": false
}
`;

/** Every source, catalog first (in catalog order), then samples, then the blank schema. */
export function playgroundSources(): PlaygroundSource[] {
  const out: PlaygroundSource[] = [];
  for (const subject of catalog.subjects) {
    out.push({
      key: `catalog:${subject.id}`,
      group: { kind: 'catalog', category: subject.category },
      label: subject.title,
      path: `${subject.id}.schema.json`,
      text: async () => {
        const loaded = await subject.load();
        // A precompiled module carries its schema; a plain catalog entry is the schema itself.
        const schema = 'validate' in loaded && 'schema' in loaded ? loaded.schema : loaded;
        return `${JSON.stringify(schema, null, 2)}\n`;
      },
    });
  }
  for (const [file, load] of Object.entries(samples).sort(([a], [b]) => a.localeCompare(b))) {
    const name = file
      .split('/')
      .pop()!
      .replace(/\.schema\.json$/, '');
    out.push({ key: `sample:${name}`, group: { kind: 'samples' }, label: `${name}.schema.json`, text: load });
  }
  out.push({ key: 'blank', group: { kind: 'blank' }, label: '', text: async () => BLANK_SCHEMA });
  return out;
}
