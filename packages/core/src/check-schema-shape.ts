/**
 * Structural checks of a schema that run before Ajv sees it (RELIABILITY.md §A): root shape, dialect,
 * size and depth caps, poisoned names, types, patterns and references. Tooling reuses them for its
 * `check` command; the runtime refuses a schema with any error.
 */
import { childPointer, isObject } from './json-pointer.js';
import { detectDialect } from './dialect.js';
import type { SchemaProblem } from './schema-error.js';
import { forEachSubschema, indexSchema, resolveRef, type SchemaIndex } from './schema-index.js';
import type { Dialect, JsonPointer, JsonSchema } from './types.js';

/** The caps a schema must stay within. */
export const SCHEMA_LIMITS = Object.freeze({
  /** Levels of subschema nesting (RELIABILITY A23). */
  maxDepth: 32,
  /** Properties declared in one `properties` object. */
  maxProperties: 2000,
  /** Values in one `enum` (or options in one `oneOf`/`anyOf`). */
  maxEnum: 1000,
  /** Subschemas in the whole document. */
  maxNodes: 50_000,
  /** Characters of schema JSON text. */
  maxTextLength: 1_000_000,
});

/**
 * Names that must not be used as property or definition names: Ajv and plain JavaScript objects
 * mis-handle them (`required: ["toString"]` passes `{}`), and they are prototype-pollution vectors.
 */
export const POISONED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);


/** Converts a data-style pointer (`/a/b`) to the URI-fragment form used for schema locations (`#/a/b`). */
export function schemaLocation(pointer: JsonPointer): string {
  return '#' + pointer;
}


function describeRegexError(pattern: string, e: unknown): string {
  const reason = e instanceof Error ? e.message : String(e);
  const hint = /Invalid escape|Lone quantifier|Invalid (property name|class escape)/.test(reason)
    ? ' Patterns use Unicode mode: escape only syntax characters (write "-" not "\\-" outside classes, "\\u{00a1}" not "\\x{00a1}").'
    : '';
  return `Invalid regular expression ${JSON.stringify(pattern)}: ${reason}.${hint}`;
}

/**
 * Finds the structural problems of a schema: every finding names a JSON Pointer. Never throws and
 * never recurses (depth 5,000 is fine). Errors make `compileSchema` fail; warnings (`union-type`,
 * `unsupported-feature`) mark fields the renderer shows as "can't be displayed".
 */
export function checkSchemaShape(schema: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const error = (code: SchemaProblem['code'], pointer: string, message: string) =>
    problems.push({ code, pointer: schemaLocation(pointer), message, severity: 'error' });
  const warn = (code: SchemaProblem['code'], pointer: string, message: string) =>
    problems.push({ code, pointer: schemaLocation(pointer), message, severity: 'warning' });

  if (!isObject(schema) || Object.keys(schema).length === 0 || (schema.type !== undefined && schema.type !== 'object')) {
    error('invalid-root', '', 'The root must be an object schema ({"type": "object", "properties": {…}})');
    return problems;
  }
  let dialect: Dialect;
  try {
    dialect = detectDialect(schema);
  } catch (e) {
    error('unsupported-dialect', '/$schema', (e as Error).message);
    return problems;
  }
  const index = indexSchema(schema, dialect, { maxDepth: SCHEMA_LIMITS.maxDepth, maxNodes: SCHEMA_LIMITS.maxNodes });
  if (index.truncated) {
    if (index.nodes.size >= SCHEMA_LIMITS.maxNodes) error('too-large', '', `The schema has more than ${SCHEMA_LIMITS.maxNodes} subschemas`);
    for (const node of index.nodes.values()) {
      if (node.depth < SCHEMA_LIMITS.maxDepth) continue;
      let deeper = false;
      forEachSubschema(node.schema, node.pointer, dialect, () => (deeper = true));
      if (deeper) {
        error('too-deep', node.pointer, `Schemas nest more than ${SCHEMA_LIMITS.maxDepth} levels deep here; flatten the form or use $defs`);
        break;
      }
    }
  }

  for (const { pointer, schema: s } of index.nodes.values()) {
    if (!isObject(s)) continue;
    checkNames(s, pointer, error);
    checkType(s, pointer, error, warn);
    for (const kw of ['enum', 'oneOf', 'anyOf'] as const) {
      const list = s[kw];
      if (Array.isArray(list) && list.length > SCHEMA_LIMITS.maxEnum)
        error('too-large', childPointer(pointer, kw), `"${kw}" has ${list.length} entries; at most ${SCHEMA_LIMITS.maxEnum} are allowed`);
    }
    if (isObject(s.properties) && Object.keys(s.properties).length > SCHEMA_LIMITS.maxProperties)
      error('too-large', childPointer(pointer, 'properties'), `More than ${SCHEMA_LIMITS.maxProperties} properties in one object`);
    if (typeof s.pattern === 'string') {
      try {
        new RegExp(s.pattern, 'u');
      } catch (e) {
        error('invalid-pattern', childPointer(pointer, 'pattern'), describeRegexError(s.pattern, e));
      }
    }
    if (isObject(s.patternProperties))
      for (const p of Object.keys(s.patternProperties)) {
        try {
          new RegExp(p, 'u');
        } catch (e) {
          error('invalid-pattern', childPointer(childPointer(pointer, 'patternProperties'), p), describeRegexError(p, e));
        }
      }
    if (typeof s.$ref === 'string') {
      const r = resolveRef(index, s.$ref, pointer);
      if (!r.ok)
        error(
          'missing-ref',
          childPointer(pointer, '$ref'),
          r.reason === 'remote'
            ? `"$ref" ${JSON.stringify(s.$ref)} points outside this file; remote references are never fetched: bundle it under "$defs"`
            : `"$ref" ${JSON.stringify(s.$ref)} points to nothing in this file`,
        );
    }
    if (typeof s.$dynamicRef === 'string')
      warn('unsupported-feature', childPointer(pointer, '$dynamicRef'), 'Forms cannot display "$dynamicRef"; the field shows a neutral notice');
  }
  findRefCycles(index, dialect, error);
  return problems;
}

function checkNames(s: Record<string, unknown>, pointer: string, error: (c: SchemaProblem['code'], p: string, m: string) => void) {
  const named = (at: string, names: readonly unknown[], asKey: boolean) => {
    for (const n of names)
      if (typeof n === 'string' && POISONED_NAMES.has(n))
        error('poisoned-name', asKey ? childPointer(at, n) : at, `The name "${n}" is reserved by JavaScript objects; rename the property`);
  };
  for (const kw of ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'dependentRequired', 'dependencies']) {
    const v = s[kw];
    if (isObject(v)) {
      named(childPointer(pointer, kw), Object.keys(v), true);
      if (kw === 'dependentRequired' || kw === 'dependencies')
        for (const k of Object.keys(v)) if (Array.isArray(v[k])) named(childPointer(childPointer(pointer, kw), k), v[k] as unknown[], false);
    }
  }
  if (Array.isArray(s.required)) named(childPointer(pointer, 'required'), s.required, false);
}

function checkType(
  s: Record<string, unknown>,
  pointer: string,
  error: (c: SchemaProblem['code'], p: string, m: string) => void,
  warn: (c: SchemaProblem['code'], p: string, m: string) => void,
) {
  const t = s.type;
  if (t === undefined) return;
  const list = Array.isArray(t) ? t : [t];
  for (const item of list)
    if (typeof item !== 'string' || !TYPES.has(item)) {
      error('unknown-type', childPointer(pointer, 'type'), `Unknown type ${JSON.stringify(item)}: use one of ${[...TYPES].join(', ')}`);
      return;
    }
  if (list.filter((x) => x !== 'null').length > 1)
    warn('union-type', childPointer(pointer, 'type'), `A union type ${JSON.stringify(t)} has no widget; give the field one type`);
}

/** Edges that stay at the same place in the data: following only these, a cycle never ends. */
function inPlaceTargets(index: SchemaIndex, pointer: string, s: JsonSchema, dialect: Dialect): string[] {
  if (!isObject(s)) return [];
  const out: string[] = [];
  if (typeof s.$ref === 'string') {
    const r = resolveRef(index, s.$ref, pointer);
    if (r.ok) out.push(r.pointer);
  }
  for (const kw of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(s[kw])) (s[kw] as unknown[]).forEach((_, i) => out.push(childPointer(childPointer(pointer, kw), i)));
  for (const kw of ['not', 'if', 'then', 'else']) if (s[kw] !== undefined) out.push(childPointer(pointer, kw));
  for (const kw of dialect === 'draft-07' ? ['dependencies'] : ['dependentSchemas']) {
    const m = s[kw];
    if (isObject(m)) for (const k of Object.keys(m)) if (!Array.isArray(m[k])) out.push(childPointer(childPointer(pointer, kw), k));
  }
  return out.filter((p) => index.nodes.has(p));
}

function findRefCycles(index: SchemaIndex, dialect: Dialect, error: (c: SchemaProblem['code'], p: string, m: string) => void) {
  const state = new Map<string, 1 | 2>();
  for (const start of index.nodes.keys()) {
    if (state.has(start)) continue;
    const stack: { p: string; targets: string[]; i: number }[] = [];
    const push = (p: string) => {
      state.set(p, 1);
      stack.push({ p, targets: inPlaceTargets(index, p, index.nodes.get(p)!.schema, dialect), i: 0 });
    };
    push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.i >= top.targets.length) {
        state.set(top.p, 2);
        stack.pop();
        continue;
      }
      const next = top.targets[top.i++]!;
      const st = state.get(next);
      if (st === 1) {
        const from = stack.findIndex((f) => f.p === next);
        const cycle = stack.slice(from);
        const path = cycle.map((f) => '#' + f.p);
        const withRef = cycle.find((f) => isObject(index.nodes.get(f.p)?.schema) && typeof (index.nodes.get(f.p)!.schema as Record<string, unknown>).$ref === 'string');
        error('ref-cycle', (withRef ?? top).p + '/$ref', `"$ref" cycle that never reaches data: ${[...path, '#' + next].join(' → ')}`);
        return;
      }
      if (st === undefined) push(next);
    }
  }
}
