/**
 * Whether core's condition evaluator may meet a `pattern`, so that reading a plain schema fetches the
 * linear-time pattern engine (`linear-regexp`, a chunk of its own) only for the schemas that need it
 * (issue #18): most forms test patterns in their fields' validation (Ajv's), not in their conditions.
 *
 * The evaluator decides the subschemas of conditions — an `if`, the alternatives of `anyOf`/`oneOf`,
 * `not`, dependent schemas — and every subschema declaring a `default` (whether it fits, see
 * `create-form.ts`). This walk errs on the side of fetching: anything it cannot follow (a `$ref` that
 * is not a local JSON Pointer) inside such a subschema counts as a pattern.
 */
import { getIn, isObject, parsePointer } from '../json-pointer.js';
import { LIST_SUBSCHEMA, MAP_SUBSCHEMA, SINGLE_SUBSCHEMA } from '../schema-keywords.js';

/** Keywords whose subschemas the evaluator is asked about. */
const CONDITION_KEYWORDS = new Set(['if', 'not', 'anyOf', 'oneOf', 'dependentSchemas', 'dependencies', 'contains']);

/** References the walk cannot follow, so it assumes a pattern behind them. */
const DYNAMIC_REFERENCES = ['$dynamicRef', '$recursiveRef'];

/** How each keyword holding subschemas holds them (`items`: one, or a list in draft-07). */
const SUBSCHEMA_SHAPES = /* @__PURE__ */ subschemaShapes();

function subschemaShapes(): ReadonlyMap<string, 'one' | 'list' | 'map'> {
  const shapes = new Map<string, 'one' | 'list' | 'map'>([
    ['items', 'list'],
    ['dependencies', 'map'],
  ]);
  for (const keyword of SINGLE_SUBSCHEMA) shapes.set(keyword, 'one');
  for (const keyword of LIST_SUBSCHEMA) shapes.set(keyword, 'list');
  for (const keyword of MAP_SUBSCHEMA) shapes.set(keyword, 'map');
  return shapes;
}

/**
 * Whether a subschema the condition evaluator decides (or one it reaches through `$ref`) holds a
 * string `pattern`. `schema` is a prepared root schema (draft-04/06 already read as draft-07). One pass
 * over each subschema's own keywords (a field's three or four), run once per schema read.
 */
export function conditionsTestPatterns(schema: unknown): boolean {
  /** Subschemas already walked, and whether they were walked as (part of) a condition. */
  const seen = new Map<object, boolean>();
  const stack: Array<[node: unknown, inCondition: boolean]> = [[schema, false]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, outer] = entry;
    if (!isObject(node) || seen.get(node) === true || (seen.has(node) && !outer)) continue;
    seen.set(node, outer);
    // A subschema with a default is decided too, with all it holds.
    const inCondition = outer || node.default !== undefined;
    if (inCondition) {
      if (typeof node.pattern === 'string') return true;
      if (DYNAMIC_REFERENCES.some((keyword) => node[keyword] !== undefined)) return true;
      if (typeof node.$ref === 'string') {
        const target = localTarget(schema, node.$ref);
        if (target === undefined) return true;
        stack.push([target, true]);
      }
    }
    for (const keyword of Object.keys(node)) {
      const shape = SUBSCHEMA_SHAPES.get(keyword);
      if (shape === undefined) continue;
      const value = node[keyword];
      const childInCondition = inCondition || CONDITION_KEYWORDS.has(keyword);
      if (Array.isArray(value)) {
        for (const item of value) stack.push([item, childInCondition]);
      } else if (shape === 'map' && isObject(value)) {
        for (const name of Object.keys(value)) stack.push([value[name], childInCondition]);
      } else stack.push([value, childInCondition]);
    }
  }
  return false;
}

/** The subschema a local JSON Pointer reference (`#`, `#/…`) names, or `undefined` for any other. */
function localTarget(root: unknown, ref: string): unknown {
  if (ref !== '#' && !ref.startsWith('#/')) return undefined;
  try {
    return getIn(root, parsePointer(decodeURIComponent(ref.slice(1))));
  } catch {
    return undefined;
  }
}
