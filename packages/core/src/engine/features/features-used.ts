/**
 * Which of the lazily loaded engine features (`engine-features.ts`) a schema uses, found by one pass
 * over its indexed subschemas with the same tests the engine's plans apply, so the answer covers every
 * subschema a derivation can reach. Computed once per schema cache.
 */
import { isObject } from '../../json-pointer.js';
import { mayHoldSubschemas } from '../../schema-index.js';
import { dependentSchemasOf } from '../keywords/dependent-schemas.js';
import { conditionalOf } from '../keywords/if-then-else.js';
import { CHOICE_KEYWORDS, constOptions } from '../keywords/option-choice.js';
import type { SchemaCache } from '../schema-cache.js';
import type { EngineFeatureName } from './engine-features.js';

const usedBySchema = new WeakMap<SchemaCache, ReadonlySet<EngineFeatureName>>();

/** The features the schema of `schemas` uses (cached). */
export function featuresUsedBy(schemas: SchemaCache): ReadonlySet<EngineFeatureName> {
  let used = usedBySchema.get(schemas);
  if (!used) usedBySchema.set(schemas, (used = scan(schemas)));
  return used;
}

function scan(schemas: SchemaCache): ReadonlySet<EngineFeatureName> {
  const used = new Set<EngineFeatureName>();
  const positional = schemas.dialect === 'draft-07' ? 'items' : 'prefixItems';
  for (const { pointer, schema } of schemas.index.nodes.values()) {
    // Every keyword looked for below holds a subschema or a list of them (most leaves hold none).
    if (!isObject(schema) || !mayHoldSubschemas(schema)) continue;
    // A list of constants is a choice (eager); a list of alternatives needs choosing (subschema-plan.ts).
    if (
      !used.has('alternatives') &&
      CHOICE_KEYWORDS.some(
        (keyword) =>
          Array.isArray(schema[keyword]) && schema[keyword].length > 0 && !constOptions(schemas, pointer, keyword),
      )
    )
      used.add('alternatives');
    // Reveals are found among the branches of conditions (answer-reveals.ts).
    const conditional = conditionalOf(schema, pointer) !== undefined;
    if (conditional || dependentSchemasOf(schema, pointer, schemas.dialect).length) used.add('reveals');
    // An `if` with a branch is evaluated, its result kept by what it reads (read-set.ts).
    if (conditional) used.add('readSets');
    if (Array.isArray(schema[positional])) used.add('tuples');
  }
  // So are alternatives (a dependent schema applies by its name being answered: nothing to read).
  if (used.has('alternatives')) used.add('readSets');
  return used;
}
