/**
 * Which JSON Schema draft a schema is written in: by its `$schema` URI, or, without one (or with the
 * version-less `http://json-schema.org/schema#`), by the keywords only one draft has. Other projects'
 * form schemas often omit `$schema` and are draft-07 (`definitions`, array `items`) or even draft-04
 * (`id`, boolean `exclusiveMaximum`).
 */
import { isObject } from '../json-pointer.js';
import { forEachSubschema } from '../schema-index.js';
import type { JsonSchema } from '../types.js';
import { declaredDraft, type SchemaDraft } from './declared-draft.js';

export { declaredDraft, type SchemaDraft } from './declared-draft.js';

/** Keywords only 2019-09/2020-12 have. */
const KEYWORDS_2020 = new Set([
  '$defs',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$anchor',
  '$dynamicRef',
  '$dynamicAnchor',
]);

/** How many subschemas the keyword scan looks at before settling for what it has seen. */
const MAX_SCANNED = 20_000;

/**
 * The draft of a schema without (or with a version-less) `$schema`, by its keywords: a keyword only
 * 2020-12 has wins; else `id`, boolean `exclusiveMinimum`/`exclusiveMaximum` mean draft-04, and
 * `dependencies`, `definitions`, array `items` or `additionalItems` draft-07; else 2020-12.
 */
export function draftByKeywords(schema: unknown): SchemaDraft {
  let older: SchemaDraft | undefined;
  // The walk reads draft-07 shapes (array `items`, `dependencies`), which a 2020-12 schema does not hold.
  const queue: { pointer: string; schema: JsonSchema }[] = [{ pointer: '', schema: schema as JsonSchema }];
  for (let at = 0; at < queue.length && at < MAX_SCANNED; at++) {
    const node = queue[at]!;
    if (!isObject(node.schema)) continue;
    for (const keyword of Object.keys(node.schema)) {
      if (KEYWORDS_2020.has(keyword)) return '2020-12';
      const value = node.schema[keyword];
      if (isDraft04Marker(keyword, value)) older = 'draft-04';
      else if (older === undefined && isDraft07Marker(keyword, value)) older = 'draft-07';
    }
    forEachSubschema(node.schema, node.pointer, 'draft-07', (pointer, child) => queue.push({ pointer, schema: child }));
  }
  return older ?? '2020-12';
}

function isDraft04Marker(keyword: string, value: unknown): boolean {
  if (keyword === 'id') return typeof value === 'string';
  return (keyword === 'exclusiveMinimum' || keyword === 'exclusiveMaximum') && typeof value === 'boolean';
}

function isDraft07Marker(keyword: string, value: unknown): boolean {
  if (keyword === 'items') return Array.isArray(value);
  return keyword === 'dependencies' || keyword === 'definitions' || keyword === 'additionalItems';
}

/**
 * The draft `schema` is written in, or `undefined` when its `$schema` names a dialect the core does not
 * read (the caller says so, naming `#/$schema`).
 */
export function schemaDraft(schema: unknown): SchemaDraft | undefined {
  const declared = declaredDraft(isObject(schema) ? schema.$schema : undefined);
  if (declared === 'unknown') return undefined;
  return declared === 'detect' ? draftByKeywords(schema) : declared;
}
