/**
 * `conditionPointers`: the subschemas the core may ask its validator about (`matches`), which
 * tooling precompiles as standalone functions.
 */
import { detectDialect } from './dialect.js';
import { FormEngine } from './form-engine.js';
import { escapeToken, isObject } from './json-pointer.js';
import type { JsonPointer, JsonSchemaObject } from './types.js';

/**
 * Every subschema pointer `matches` may be asked about, in document order: each `if` (with a
 * `then` or `else`), each option of a `oneOf`/`anyOf` that is not a list of `const` choices, each
 * `dependentSchemas` (draft-07: schema-valued `dependencies`) entry, and each subschema declaring a
 * `default` (checked before it is applied). Pointers are locations in the document itself
 * (`/$defs/x/if`), as `$ref`s resolve to them.
 */
export function conditionPointers(schema: JsonSchemaObject): JsonPointer[] {
  const dialect = detectDialect(schema);
  const engine = new FormEngine({ schema, dialect, validator: { validate: () => [], matches: () => false } });
  const out: JsonPointer[] = [];
  for (const { pointer, schema: s } of engine.index.nodes.values()) {
    if (!isObject(s)) continue;
    if (s.default !== undefined && s.writeOnly !== true) out.push(pointer);
    if (s.if !== undefined && (s.then !== undefined || s.else !== undefined)) out.push(`${pointer}/if`);
    for (const kw of ['oneOf', 'anyOf'] as const) {
      const list = s[kw];
      if (Array.isArray(list) && !engine.choiceOf(pointer, kw)) list.forEach((_, i) => out.push(`${pointer}/${kw}/${i}`));
    }
    const depKw = dialect === 'draft-07' ? 'dependencies' : 'dependentSchemas';
    const deps = s[depKw];
    if (isObject(deps)) for (const k of Object.keys(deps)) if (!Array.isArray(deps[k])) out.push(`${pointer}/${depKw}/${escapeToken(k)}`);
  }
  return out;
}
