/**
 * The plan of one subschema: what applying it at a data location involves (its `$ref` target, its
 * `allOf` members, its `if` branches, dependent schemas and alternatives), computed once per schema
 * from the keyword modules so the per-keystroke work only follows pointers.
 */
import { isObject } from '../json-pointer.js';
import type { JsonPointer, JsonSchema, JsonSchemaObject } from '../types.js';
import type { AppliedSubschema } from './applied-schemas.js';
import { allOfMembers } from './keywords/all-of.js';
import { requiresDependOnAnswers } from './keywords/dependent-required.js';
import { dependentSchemasOf, type DependentSchema } from './keywords/dependent-schemas.js';
import { conditionalOf, type ConditionalBranches } from './keywords/if-then-else.js';
import { optionListsOf, type OptionList } from './keywords/option-choice.js';
import type { SchemaCache } from './schema-cache.js';
import { mayHoldSubschemas } from '../schema-index.js';

/** What applying the subschema at one pointer involves. */
export interface SubschemaPlan {
  readonly schema: JsonSchema;
  /**
   * Where its `$ref` leads (`undefined`: no `$ref`, or one that does not resolve). Its siblings apply
   * beside it in every dialect: draft-07 says they are ignored, but Ajv validates them, and what the form
   * shows follows what it validates (a property's own `title` beside a `$ref` stays its label).
   */
  readonly refTarget: JsonPointer | undefined;
  /** `properties` comes before `$ref`/`allOf` in the object, so its fields are listed first. */
  readonly ownPropertiesFirst: boolean;
  readonly allOfMembers: readonly JsonPointer[];
  readonly conditional: ConditionalBranches | undefined;
  readonly dependentSchemas: readonly DependentSchema[];
  /** Its `oneOf`/`anyOf` lists of alternatives (lists of constants are choices, not alternatives). */
  readonly optionLists: readonly OptionList[];
  /** Whether what applies (or is required) here depends on the answers. */
  readonly dependsOnAnswers: boolean;
  /** This subschema as applied at rank 1 outside alternatives, where nearly every subschema applies. */
  ownApplied: AppliedSubschema | undefined;
  /**
   * This subschema as applied at the other ranks, by rank − 1 plus 1 when applied through an
   * alternative (made when first needed), so applying allocates none the second time.
   */
  appliedByRank: (AppliedSubschema | undefined)[] | undefined;
}

/** The plan of the subschema at `pointer` (cached per schema), or `undefined` when there is none. */
export function planOf(schemas: SchemaCache, pointer: JsonPointer): SubschemaPlan | undefined {
  // Kept on the subschema's index entry; only a value the schema does not declare has none.
  const indexed = schemas.index.nodes.get(pointer);
  const cached = indexed ? indexed.plan : schemas.plans.get(pointer);
  if (cached) return cached;
  const schema = schemas.schemaAt(pointer);
  if (schema === undefined) return undefined;
  const ref = isObject(schema) && typeof schema.$ref === 'string' ? schema.$ref : undefined;
  // A boolean subschema has no keywords: it applies as itself (its rank orders no annotation). Nor has
  // one whose values are all plain (most leaves) any keyword read below but `$ref`: it is read as empty,
  // and without a `$ref` its plan holds only its schema, the rest read from the plan of an empty subschema
  // (two slots per leaf instead of ten).
  const leaf = !isObject(schema) || !mayHoldSubschemas(schema);
  const plan: SubschemaPlan =
    leaf && ref === undefined
      ? (Object.setPrototypeOf(
          { schema, ownApplied: undefined },
          (emptyPlan ??= planOfKeywords(schemas, pointer, true, {}, undefined)),
        ) as SubschemaPlan)
      : planOfKeywords(schemas, pointer, schema, leaf ? {} : (schema as JsonSchemaObject), ref);
  if (indexed) indexed.plan = plan;
  else schemas.plans.set(pointer, plan);
  return plan;
}

/**
 * The plan of a subschema without keywords (made once): the parts every plain leaf's plan inherits. Not
 * frozen: a leaf applied at another rank writes its own `appliedByRank` (an inherited read-only property
 * would refuse that write).
 */
let emptyPlan: SubschemaPlan | undefined;

/** The plan of a subschema from its keywords (`{}` for one whose values are all plain). */
function planOfKeywords(
  schemas: SchemaCache,
  pointer: JsonPointer,
  schema: JsonSchema,
  keywords: JsonSchemaObject,
  ref: string | undefined,
): SubschemaPlan {
  const conditional = conditionalOf(keywords, pointer);
  const dependentSchemas = dependentSchemasOf(keywords, pointer, schemas.dialect);
  const optionLists = optionListsOf(schemas, keywords, pointer);
  return {
    schema,
    refTarget: ref === undefined ? undefined : schemas.refTarget(pointer, ref),
    ownPropertiesFirst: propertiesComeFirst(keywords),
    allOfMembers: allOfMembers(keywords, pointer),
    conditional,
    dependentSchemas,
    optionLists,
    dependsOnAnswers:
      !!conditional ||
      dependentSchemas.length > 0 ||
      optionLists.length > 0 ||
      requiresDependOnAnswers(keywords, schemas.dialect),
    // No list for the other ranks until one is met: a leaf (most subschemas) is applied at rank 1 only.
    ownApplied: undefined,
    appliedByRank: undefined,
  };
}

/** Whether `properties` comes before `$ref` and `allOf` in the schema object. */
function propertiesComeFirst(schema: JsonSchemaObject): boolean {
  if (schema.properties === undefined) return false;
  for (const keyword in schema) {
    if (keyword === 'properties') return true;
    if (keyword === '$ref' || keyword === 'allOf') return false;
  }
  return false;
}

/**
 * The subschema of `plan` (at `pointer`) as applied at `rank` (odd: 1, 3, 5…), the same object every
 * time. Ranks are whole numbers, so a rank is held in its object, not in a number object of its own.
 */
export function appliedAtRank(
  plan: SubschemaPlan,
  pointer: JsonPointer,
  rank: number,
  viaAlternative = false,
): AppliedSubschema {
  // One object shape for every applied subschema, so lookups stay monomorphic.
  if (rank === 1 && !viaAlternative)
    return (plan.ownApplied ??= { pointer, schema: plan.schema, rank, viaAlternative });
  return ((plan.appliedByRank ??= [])[rank - 1 + (viaAlternative ? 1 : 0)] ??= {
    pointer,
    schema: plan.schema,
    rank,
    viaAlternative,
  });
}
