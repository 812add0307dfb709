/**
 * Reading a draft-04 or draft-06 schema as draft-07, the oldest dialect the core's Ajv runs: `id`
 * becomes `$id`, draft-04's boolean `exclusiveMinimum`/`exclusiveMaximum` become draft-06's numbers,
 * and `$schema` names draft-07. Everything else draft-04/06 wrote means the same in draft-07.
 */
import { isObject } from '../json-pointer.js';
import { indexSchema } from '../schema-index.js';
import type { JsonSchemaObject } from '../types.js';
import type { SchemaDraft } from './schema-draft.js';

/** The `$schema` an upgraded schema declares. */
export const DRAFT_07_URI = 'http://json-schema.org/draft-07/schema#';

/**
 * `schema` read as draft-07: a copy when it is draft-04/06 (the input is never mutated), the same
 * object otherwise.
 */
export function upgradeToDraft07(schema: JsonSchemaObject, draft: SchemaDraft): JsonSchemaObject {
  if (draft !== 'draft-04' && draft !== 'draft-06') return schema;
  const copy = JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
  for (const { schema: node } of indexSchema(copy, 'draft-07').nodes.values()) {
    if (!isObject(node)) continue;
    if (draft === 'draft-04') {
      upgradeId(node);
      upgradeExclusiveBound(node, 'exclusiveMinimum', 'minimum');
      upgradeExclusiveBound(node, 'exclusiveMaximum', 'maximum');
    }
  }
  if (copy.$schema !== undefined) copy.$schema = DRAFT_07_URI;
  return copy as JsonSchemaObject;
}

/** draft-04 `id` is draft-06's `$id` (a string `id` only: elsewhere it is not the keyword). */
function upgradeId(node: Record<string, unknown>): void {
  if (typeof node.id !== 'string') return;
  if (node.$id === undefined) node.$id = node.id;
  delete node.id;
}

/** draft-04 `"exclusiveMaximum": true` next to `"maximum": 5` is draft-06's `"exclusiveMaximum": 5`. */
function upgradeExclusiveBound(
  node: Record<string, unknown>,
  exclusive: 'exclusiveMinimum' | 'exclusiveMaximum',
  bound: 'minimum' | 'maximum',
): void {
  const flag = node[exclusive];
  if (typeof flag !== 'boolean') return;
  delete node[exclusive];
  if (flag && typeof node[bound] === 'number') {
    node[exclusive] = node[bound];
    delete node[bound];
  }
}
