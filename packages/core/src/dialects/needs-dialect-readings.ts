/**
 * Whether a schema needs the dialect readings (`dialect-readings.ts`, a chunk apart): a draft-04/06
 * schema is upgraded to draft-07, and a subschema `$id` may be a name to leave out. Errs on the side of
 * fetching: any subschema `$id` but an anchor counts (the readings leave out only relative ones no
 * `$ref` names); without one, both readings would return the schema as it is.
 */
import { isObject } from '../json-pointer.js';
import { schemaDraft } from './schema-draft.js';

/** Keywords whose values are data, not subschemas: an `$id` in them is an answer's key. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples']);

/** Whether `schema` (parsed) is one the dialect readings change, or may change. */
export function needsDialectReadings(schema: unknown): boolean {
  if (!isObject(schema)) return false;
  const draft = schemaDraft(schema);
  return draft === 'draft-04' || draft === 'draft-06' || hasSubschemaId(schema);
}

/** Whether any value below the root (data keywords aside) is an object with an `$id` that is not an anchor. */
function hasSubschemaId(root: Record<string, unknown>): boolean {
  const seen = new Set<object>([root]);
  const stack: object[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const list = Array.isArray(node);
    if (!list && node !== root) {
      const id = (node as Record<string, unknown>).$id;
      if (typeof id === 'string' && id !== '' && !id.startsWith('#')) return true;
    }
    for (const key of Object.keys(node)) {
      const value = (node as Record<string, unknown>)[key];
      if (typeof value !== 'object' || value === null || seen.has(value) || (!list && DATA_KEYWORDS.has(key))) continue;
      seen.add(value);
      stack.push(value);
    }
  }
  return false;
}
