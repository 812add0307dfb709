/**
 * OpenAPI's `discriminator` beside a `oneOf`/`anyOf` (`{"propertyName": "kind", "mapping": {…}}`): the
 * answer of the named property says which alternative applies. A value names an alternative through
 * `mapping` (value → `$ref`), else by the alternative's own `const`/one-item `enum` for the property,
 * else by the last segment of the alternative's `$ref` (OpenAPI's implicit mapping by schema name).
 */
import { isObject, own } from '../../json-pointer.js';
import type { JsonPointer } from '../../types.js';
import type { SchemaCache } from '../schema-cache.js';
import type { OptionList } from './option-choice.js';

/** A `discriminator` as read from the schema. */
export interface Discriminator {
  readonly propertyName: string;
  readonly mapping: Readonly<Record<string, unknown>>;
}

/** The `discriminator` of the subschema at `pointer`, when it is well formed. */
export function discriminatorAt(schemas: SchemaCache, pointer: JsonPointer): Discriminator | undefined {
  const schema = schemas.schemaAt(pointer);
  const discriminator = isObject(schema) ? schema.discriminator : undefined;
  if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return undefined;
  return {
    propertyName: discriminator.propertyName,
    mapping: isObject(discriminator.mapping) ? discriminator.mapping : {},
  };
}

/**
 * The value of the discriminating property that names the alternative at `optionPointer`
 * (`/x/oneOf/1`), or `undefined` when nothing names it.
 */
export function discriminatorValue(
  schemas: SchemaCache,
  discriminator: Discriminator,
  optionPointer: JsonPointer,
): string | undefined {
  const option = schemas.schemaAt(optionPointer);
  const ref = isObject(option) && typeof option.$ref === 'string' ? option.$ref : undefined;
  if (ref !== undefined)
    for (const [value, target] of Object.entries(discriminator.mapping)) if (target === ref) return value;
  const resolved = schemas.dereference(optionPointer);
  const properties = isObject(resolved) && isObject(resolved.properties) ? resolved.properties : undefined;
  const property = properties ? own(properties, discriminator.propertyName) : undefined;
  if (isObject(property)) {
    if (typeof property.const === 'string') return property.const;
    if (Array.isArray(property.enum) && property.enum.length === 1 && typeof property.enum[0] === 'string')
      return property.enum[0];
  }
  return ref?.slice(ref.lastIndexOf('/') + 1) || undefined;
}

/** The index of the alternative the answers' discriminating property names, or `undefined`. */
export function discriminatedOption(
  schemas: SchemaCache,
  pointer: JsonPointer,
  list: OptionList,
  answers: unknown,
): number | undefined {
  const discriminator = discriminatorAt(schemas, pointer);
  if (!discriminator || !isObject(answers)) return undefined;
  const value = own(answers, discriminator.propertyName);
  if (typeof value !== 'string') return undefined;
  for (let index = 0; index < list.count; index++)
    if (discriminatorValue(schemas, discriminator, `${pointer}/${list.keyword}/${index}`) === value) return index;
  return undefined;
}

/**
 * The answer that names the branch `index` of the alternatives at `listPointer` (`/x/oneOf`), when
 * the list has a `discriminator` and something names that branch.
 */
export function discriminatorAnswer(
  schemas: SchemaCache,
  listPointer: JsonPointer,
  index: number,
): { propertyName: string; value: string } | undefined {
  const discriminator = discriminatorAt(schemas, listPointer.slice(0, listPointer.lastIndexOf('/')));
  if (!discriminator) return undefined;
  const value = discriminatorValue(schemas, discriminator, `${listPointer}/${index}`);
  return value === undefined ? undefined : { propertyName: discriminator.propertyName, value };
}
