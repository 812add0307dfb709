/**
 * Whether a list of alternatives is a choice of objects the person makes (issue #14, item 1): part of
 * the object alternatives feature, loaded only by schemas with such a list (`features/`).
 */
import { isObject } from '../../json-pointer.js';
import type { JsonPointer } from '../../types.js';
import type { SchemaCache } from '../schema-cache.js';
import { singleValueOf } from './option-choice.js';

/** Whether the `count` branches at `listPointer` are objects to choose between (issue #14, item 1). */
export function isChoiceOfObjects(schemas: SchemaCache, listPointer: JsonPointer, count: number): boolean {
  if (count < 2) return false;
  const branches = Array.from({ length: count }, (_, index) => schemas.dereference(`${listPointer}/${index}`));
  const objectLike = branches.some(
    (branch) => isObject(branch) && (branch.type === 'object' || isObject(branch.properties)),
  );
  return objectLike && !isDiscriminated(branches);
}

/** Whether every branch fixes one common property to a single value: a discriminated union. */
function isDiscriminated(branches: readonly unknown[]): boolean {
  const fixedNames = branches.map((branch) => {
    const properties = isObject(branch) && isObject(branch.properties) ? branch.properties : {};
    return Object.keys(properties).filter((name) => singleValueOf(properties[name]) !== undefined);
  });
  return fixedNames[0]?.some((name) => fixedNames.every((names) => names.includes(name))) ?? false;
}
