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
  const seen = new Set<unknown>([root]);
  const stack: unknown[] = [];
  const pushChildren = (node: object): void => {
    if (Array.isArray(node)) stack.push(...node);
    else for (const [keyword, value] of Object.entries(node)) if (!DATA_KEYWORDS.has(keyword)) stack.push(value);
  };
  pushChildren(root);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    const id = (node as Record<string, unknown>).$id;
    if (!Array.isArray(node) && typeof id === 'string' && id !== '' && !id.startsWith('#')) return true;
    pushChildren(node);
  }
  return false;
}
