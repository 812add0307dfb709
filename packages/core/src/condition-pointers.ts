/**
 * `conditionPointers`: the subschemas the core may ask its validator about (`matches`), which
 * tooling precompiles as standalone functions. Read from the same plans the engine applies, so the
 * two cannot disagree.
 */
import { detectDialect } from './dialect.js';
import { schemaCacheFor } from './engine/schema-cache.js';
import { planOf } from './engine/subschema-plan.js';
import { isObject } from './json-pointer.js';
import type { FormValidator, JsonPointer, JsonSchemaObject } from './types.js';

/** Listing pointers reads only the schema: nothing is validated. */
const NO_VALIDATOR: FormValidator = { validate: () => [], matches: () => false };

/**
 * Every subschema pointer `matches` may be asked about, in document order: each `if` (with a
 * `then` or `else`), each option of a `oneOf`/`anyOf` that is not a list of `const` choices, each
 * `dependentSchemas` (draft-07: schema-valued `dependencies`) entry, and each subschema declaring a
 * `default` (checked before it is applied). Pointers are locations in the document itself
 * (`/$defs/x/if`), as `$ref`s resolve to them.
 */
export function conditionPointers(schema: JsonSchemaObject): JsonPointer[] {
  const schemas = schemaCacheFor({ schema, dialect: detectDialect(schema), validator: NO_VALIDATOR });
  const pointers: JsonPointer[] = [];
  for (const { pointer, schema: subschema } of schemas.index.nodes.values()) {
    if (!isObject(subschema)) continue;
    if (subschema.default !== undefined && subschema.writeOnly !== true) pointers.push(pointer);
    const plan = planOf(schemas, pointer)!;
    if (plan.conditional) pointers.push(plan.conditional.if);
    for (const { keyword, count } of plan.optionLists)
      for (let index = 0; index < count; index++) pointers.push(`${pointer}/${keyword}/${index}`);
    for (const [, dependentSchema] of plan.dependentSchemas) pointers.push(dependentSchema);
  }
  return pointers;
}
