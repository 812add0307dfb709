/**
 * Object alternatives the person chooses between (issue #14, item 1): a `oneOf`/`anyOf` whose branches
 * are objects and are not told apart by a `const` of a common property (a discriminated union is
 * chosen through that property's own field). The branch shown is the one the engine applied: the
 * person's pick, else the one the answers match or fit best (see `chooseOption`).
 */
import { isObject } from '../json-pointer.js';
import type { AlternativeChoice, AlternativeOption, JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { SchemaCache } from './schema-cache.js';
import { planOf } from './subschema-plan.js';

/** The choices of object alternatives among the applying subschemas (cached on the set), or `null`. */
export function alternativesOf(schemas: SchemaCache, applied: AppliedSchemas): readonly AlternativeChoice[] | null {
  const known = applied.recall('alternatives');
  if (known !== undefined) return known;
  let found: AlternativeChoice[] | null = null;
  // Made only when there is a choice of objects: most sets (a form's root among them) have none.
  let appliedPointers: ReadonlySet<JsonPointer> | undefined;
  for (const { pointer } of applied.subschemas) {
    const plan = planOf(schemas, pointer);
    if (!plan) continue;
    for (const list of plan.optionLists) {
      const listPointer = `${pointer}/${list.keyword}`;
      if (!list.choiceOfObjects) continue;
      const options: AlternativeOption[] = [];
      let chosen = 0;
      appliedPointers ??= new Set(applied.subschemas.map((subschema) => subschema.pointer));
      for (let index = 0; index < list.count; index++) {
        const branch = `${listPointer}/${index}`;
        if (appliedPointers.has(branch)) chosen = index;
        const title = titleOf(schemas, branch);
        options.push(title === undefined ? {} : { title });
      }
      (found ??= []).push(Object.freeze({ list: listPointer, options: Object.freeze(options), chosen }));
    }
  }
  return applied.keep('alternatives', found && Object.freeze(found));
}

/** A branch's `title`: its own, else its `$ref` target's. */
function titleOf(schemas: SchemaCache, branch: JsonPointer): string | undefined {
  const own = schemas.schemaAt(branch);
  if (isObject(own) && typeof own.title === 'string') return own.title;
  const target = schemas.dereference(branch);
  return isObject(target) && typeof target.title === 'string' ? target.title : undefined;
}
