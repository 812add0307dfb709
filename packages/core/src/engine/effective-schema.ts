/**
 * The effective schema at a data location: the keywords of the subschemas that apply, the most
 * specific winning, and what follows from it for the field (info, choice options, default).
 */
import { fieldInfo, readContext, type FieldInfo, type RawOption } from '../field-info.js';
import { isObject, POISONED_KEYS } from '../json-pointer.js';
import type { JsonSchemaObject } from '../types.js';
import type { AppliedSchemas, DeclaredDefault } from './applied-schemas.js';
import { CHOICE_KEYWORDS, constOptions } from './keywords/option-choice.js';
import type { SchemaCache } from './schema-cache.js';

/** Keywords that say how subschemas combine, not what the field is: never part of the effective schema. */
const STRUCTURAL = new Set([
  '$ref',
  '$dynamicRef',
  'allOf',
  'if',
  'then',
  'else',
  'dependentSchemas',
  'dependencies',
  '$defs',
  'definitions',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$comment',
  '$vocabulary',
  'not',
]);

/** What the field info needs besides the schema. */
export interface FieldInfoContext {
  readonly schemas: SchemaCache;
  /** The host's data (`x-context`), if any. */
  readonly hostContext: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The effective schema: keywords of the applying subschemas, the most specific winning; `properties`
 * and `required` united; alternatives left out (only lists of constants stay, as choices), and so is
 * the `title` of a chosen alternative.
 */
export function effectiveSchema(schemas: SchemaCache, applied: AppliedSchemas): JsonSchemaObject {
  const known = applied.recall('effectiveSchema');
  if (known) return known;
  const only = applied.subschemas.length === 1 ? applied.subschemas[0]! : undefined;
  // A lone subschema with nothing to merge or leave out (most leaves) is its own effective schema: no copy kept.
  if (only && !only.viaAlternative && isObject(only.schema) && isOwnEffectiveSchema(only.schema))
    return applied.keep('effectiveSchema', only.schema);
  const merged: Record<string, unknown> = {};
  let properties: Record<string, unknown> | undefined;
  let required: Set<string> | undefined;
  for (const { pointer, schema, viaAlternative } of applied.inAnnotationOrder()) {
    if (schema === false) merged.not = {};
    if (!isObject(schema)) continue;
    for (const keyword of Object.keys(schema)) {
      if (STRUCTURAL.has(keyword)) continue;
      // A chosen branch's title labels the choice of branch; the field keeps its own (issue #14, item 2).
      if (keyword === 'title' && viaAlternative) continue;
      const value = schema[keyword];
      if ((keyword === 'oneOf' || keyword === 'anyOf') && !constOptions(schemas, pointer, keyword)) continue;
      if (keyword === 'properties' && isObject(value)) {
        properties ??= {};
        for (const name of Object.keys(value)) if (!POISONED_KEYS.has(name)) properties[name] = value[name];
      } else if (keyword === 'required' && Array.isArray(value)) {
        required ??= new Set();
        for (const name of value) required.add(String(name));
      } else merged[keyword] = value;
    }
  }
  if (properties) merged.properties = properties;
  if (required) merged.required = [...required];
  return applied.keep('effectiveSchema', Object.freeze(merged));
}

/**
 * Whether every keyword of `schema` goes into the effective schema as it is (see `effectiveSchema`):
 * no keyword to leave out, and `properties`/`required` already what their union would be (no poisoned
 * name; distinct names), so an object's own 1000 properties are not copied into a second object.
 */
function isOwnEffectiveSchema(schema: JsonSchemaObject): boolean {
  for (const keyword in schema) {
    const value = schema[keyword];
    if (
      STRUCTURAL.has(keyword) ||
      POISONED_KEYS.has(keyword) ||
      keyword === 'oneOf' ||
      keyword === 'anyOf' ||
      (keyword === 'properties' &&
        (!isObject(value) || [...POISONED_KEYS].some((name) => Object.hasOwn(value, name)))) ||
      (keyword === 'required' &&
        !(
          Array.isArray(value) &&
          value.every((name) => typeof name === 'string') &&
          new Set(value).size === value.length
        ))
    )
      return false;
  }
  return true;
}

/** The choice options that apply (the most specific `oneOf`/`anyOf` of constants wins; an `enum` resets). */
function choiceOptions(schemas: SchemaCache, applied: AppliedSchemas): readonly RawOption[] | undefined {
  let found: readonly RawOption[] | undefined;
  for (const { pointer, schema } of applied.inAnnotationOrder()) {
    if (!isObject(schema)) continue;
    for (const keyword of CHOICE_KEYWORDS)
      if (schema[keyword] !== undefined) found = constOptions(schemas, pointer, keyword) ?? found;
    if (Array.isArray(schema.enum)) found = undefined;
  }
  return found;
}

/** Why the renderer cannot show this field, or `undefined` when it can. */
function unsupportedReason(schemas: SchemaCache, applied: AppliedSchemas): string | undefined {
  for (const { pointer, schema } of applied.subschemas) {
    if (!isObject(schema)) continue;
    if (schema.$dynamicRef !== undefined) return '$dynamicRef';
    if (typeof schema.$ref === 'string' && schemas.refTarget(pointer, schema.$ref) === undefined)
      return `unresolved $ref ${schema.$ref}`;
  }
  // A map (`patternProperties`, `additionalProperties`) is an object whose entries are its fields (map-entries.ts).
  return undefined;
}

/** What the field looks like for the applying subschemas (label, help, widget, options, constraints). */
export function fieldInfoOf(context: FieldInfoContext, applied: AppliedSchemas): FieldInfo {
  const known = applied.recall('fieldInfo');
  if (known) return known;
  const schemas = context.schemas;
  const merged = effectiveSchema(schemas, applied);
  const info = fieldInfo(merged, {
    choice: choiceOptions(schemas, applied),
    unsupported: unsupportedReason(schemas, applied),
    context: context.hostContext,
  });
  // Applied sets are shared by every form of the schema: a field described by this form's host context is not kept.
  return merged['x-context'] === undefined ? applied.keep('fieldInfo', info) : info;
}

/** The `default` that applies (the most specific) and the subschema declaring it, or `null`. */
export function declaredDefault(applied: AppliedSchemas): DeclaredDefault | null {
  const known = applied.recall('declaredDefault');
  if (known !== undefined) return known;
  let found: DeclaredDefault | null = null;
  for (const { pointer, schema } of applied.inAnnotationOrder())
    if (isObject(schema) && schema.default !== undefined) found = { pointer, value: schema.default };
  return applied.keep('declaredDefault', found);
}

/** The default answer from the host context (`x-context.default`), if any. */
export function contextDefault(context: FieldInfoContext, applied: AppliedSchemas): unknown {
  const hostData = effectiveSchema(context.schemas, applied)['x-context'];
  return isObject(hostData) && typeof hostData.default === 'string' && context.hostContext
    ? readContext(context.hostContext, hostData.default)
    : undefined;
}
