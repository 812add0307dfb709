/**
 * Which JSON Schema draft a schema is written in: by its `$schema` URI, or, without one (or with the
 * version-less `http://json-schema.org/schema#`), by the keywords only one draft has. Other projects'
 * form schemas often omit `$schema` and are draft-07 (`definitions`, array `items`) or even draft-04
 * (`id`, boolean `exclusiveMaximum`).
 */
import { isObject } from '../json-pointer.js';
import { forEachSubschema } from '../schema-index.js';
import type { JsonSchema } from '../types.js';

/** The drafts the core reads. draft-04 and draft-06 are read as draft-07 once upgraded (see `upgradeToDraft07`). */
export type SchemaDraft = '2020-12' | 'draft-07' | 'draft-06' | 'draft-04';

/** `$schema` URIs (without the trailing `#`) and the draft each names; `undefined`: detect by keywords. */
const DECLARED: Readonly<Record<string, SchemaDraft | undefined>> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
  'http://json-schema.org/draft-06/schema': 'draft-06',
  'https://json-schema.org/draft-06/schema': 'draft-06',
  'http://json-schema.org/draft-04/schema': 'draft-04',
  'https://json-schema.org/draft-04/schema': 'draft-04',
  // "The latest draft": what the schema's keywords say.
  'http://json-schema.org/schema': undefined,
  'https://json-schema.org/schema': undefined,
};

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

/** The draft a `$schema` value names: a draft, `'detect'` (absent or version-less), or `'unknown'`. */
export function declaredDraft(declared: unknown): SchemaDraft | 'detect' | 'unknown' {
  if (declared === undefined) return 'detect';
  if (typeof declared !== 'string') return 'unknown';
  const uri = declared.replace(/#$/, '');
  // An own key only: "constructor" or "__proto__" must not read the object's prototype.
  if (!Object.hasOwn(DECLARED, uri)) return 'unknown';
  return DECLARED[uri] ?? 'detect';
}

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
