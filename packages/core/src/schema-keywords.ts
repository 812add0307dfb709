/**
 * `@schemaforms/core/schema-keywords`: which keywords hold subschemas, and which of them apply in
 * place (to the same data location). The schema index, the engine's keyword modules and tooling's
 * schema walker all read these lists, so a keyword is taught to one place.
 */
// No imports, on purpose: the engine's keyword modules hold the same lists (schema-keywords.test.ts
// checks they agree). The schema index imports this module, so lazy chunks (prepare-schema, Ajv, remote
// refs) share it with a page's entry; its import edges into the engine's modules kept Rolldown from
// merging the modules they share into a consumer's entry (9 eager files with `plain-schemas.js`, 2
// without those edges; test/plain-schemas-opt-in.test.ts).

/** `allOf`: its members apply in place, as parts of the subschema holding them. */
export const ALL_OF_KEYWORDS = ['allOf'] as const;

/** `oneOf`/`anyOf`: a choice among constants, or alternatives chosen from the answers. */
export const CHOICE_KEYWORDS = ['oneOf', 'anyOf'] as const;

/** `if`/`then`/`else`. */
export const CONDITIONAL_KEYWORDS = ['if', 'then', 'else'] as const;

/** `dependentSchemas`, in both dialects (draft-07 `dependencies` also holds lists of names). */
export const DEPENDENT_SCHEMAS_KEYWORDS = ['dependentSchemas', 'dependencies'] as const;

/** Keywords whose value is one subschema. */
export const SINGLE_SUBSCHEMA = [
  'additionalProperties',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
  'unevaluatedItems',
  'unevaluatedProperties',
  'additionalItems',
  'contentSchema',
] as const;

/** Keywords whose value maps names to subschemas (draft-07 `dependencies` also maps names to lists). */
export const MAP_SUBSCHEMA = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;

/** Keywords whose value is a list of subschemas. */
export const LIST_SUBSCHEMA = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;

/**
 * Applicators whose subschemas apply to the same data location as the schema holding them, one
 * keyword family each (a cycle through only these never ends).
 */
// Built by a call marked pure, not by a top-level spread: a bundler must run a spread's iterators,
// so the module would have side effects, and Rolldown splits a consumer's `<sf-form>` entry into
// common chunks when a lazy chunk reaches such a module (schema-index imports this one).
export const IN_PLACE_APPLICATORS: readonly string[] = /* @__PURE__ */ inPlaceApplicators();

function inPlaceApplicators(): string[] {
  return [...ALL_OF_KEYWORDS, ...CHOICE_KEYWORDS, 'not', ...CONDITIONAL_KEYWORDS, ...DEPENDENT_SCHEMAS_KEYWORDS];
}

/** `dependentRequired`, in both dialects (draft-07 `dependencies` also holds schemas). */
export const DEPENDENT_REQUIRED_KEYWORDS = ['dependentRequired', 'dependencies'] as const;
