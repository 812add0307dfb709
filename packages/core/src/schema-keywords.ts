/**
 * `@schemaforms/core/schema-keywords`: which keywords hold subschemas, and which of them apply in
 * place (to the same data location). The schema index, the engine's keyword modules and tooling's
 * schema walker all read these lists, so a keyword is taught to one place.
 */
import { ALL_OF_KEYWORDS } from './engine/keywords/all-of.js';
import { DEPENDENT_SCHEMAS_KEYWORDS } from './engine/keywords/dependent-schemas.js';
import { CONDITIONAL_KEYWORDS } from './engine/keywords/if-then-else.js';
import { CHOICE_KEYWORDS } from './engine/keywords/option-choice.js';

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

/**
 * `dependentRequired`'s keywords, in both dialects (draft-07 `dependencies` also holds schemas); the
 * engine's dependent-required module re-exports them.
 */
// Defined here, not re-exported from that module: the schema index imports this module, so lazy
// chunks (prepare-schema, Ajv, remote refs) share it with the entry, and a re-export edge from it to
// a module only the entry uses kept Rolldown from merging it, and every shared module that imports
// it, into a consumer's entry (9 eager files with `plain-schemas.js`).
export const DEPENDENT_REQUIRED_KEYWORDS = ['dependentRequired', 'dependencies'] as const;

export { ALL_OF_KEYWORDS, CHOICE_KEYWORDS, CONDITIONAL_KEYWORDS, DEPENDENT_SCHEMAS_KEYWORDS };
