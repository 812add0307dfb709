/**
 * Structural checks of a schema that run before Ajv sees it (RELIABILITY.md §A): root shape, dialect,
 * size and depth caps, poisoned names, types, patterns and references. Tooling reuses them for its
 * `check` command; the runtime refuses a schema with any error.
 */
import { childPointer, isObject } from './json-pointer.js';
import { detectDialect } from './dialect.js';
import { allOfMembers } from './engine/keywords/all-of.js';
import { dependentSchemasOf } from './engine/keywords/dependent-schemas.js';
import { CONDITIONAL_KEYWORDS } from './engine/keywords/if-then-else.js';
import { CHOICE_KEYWORDS } from './engine/keywords/option-choice.js';
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

  // Any schema can be a form (one field, a list, a map…); the root only has to be a schema that says something.
  if (!isObject(schema) || Object.keys(schema).length === 0) {
    error('invalid-root', '', 'The root must be a schema object ({"type": "object", "properties": {…}})');
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
    if (index.nodes.size >= SCHEMA_LIMITS.maxNodes)
      error('too-large', '', `The schema has more than ${SCHEMA_LIMITS.maxNodes} subschemas`);
    for (const node of index.nodes.values()) {
      if (node.depth < SCHEMA_LIMITS.maxDepth) continue;
      let deeper = false;
      forEachSubschema(node.schema, node.pointer, dialect, () => (deeper = true));
      if (deeper) {
        error(
          'too-deep',
          node.pointer,
          `Schemas nest more than ${SCHEMA_LIMITS.maxDepth} levels deep here; flatten the form or use $defs`,
        );
        break;
      }
    }
  }

  for (const { pointer, schema } of index.nodes.values()) {
    if (!isObject(schema)) continue;
    checkNames(schema, pointer, error);
    checkType(schema, pointer, error, warn);
    for (const keyword of ['enum', 'oneOf', 'anyOf'] as const) {
      const list = schema[keyword];
      if (Array.isArray(list) && list.length > SCHEMA_LIMITS.maxEnum)
        error(
          'too-large',
          childPointer(pointer, keyword),
          `"${keyword}" has ${list.length} entries; at most ${SCHEMA_LIMITS.maxEnum} are allowed`,
        );
    }
    if (isObject(schema.properties) && Object.keys(schema.properties).length > SCHEMA_LIMITS.maxProperties)
      error(
        'too-large',
        childPointer(pointer, 'properties'),
        `More than ${SCHEMA_LIMITS.maxProperties} properties in one object`,
      );
    if (typeof schema.pattern === 'string') {
      try {
        new RegExp(schema.pattern, 'u');
      } catch (e) {
        error('invalid-pattern', childPointer(pointer, 'pattern'), describeRegexError(schema.pattern, e));
      }
    }
    if (isObject(schema.patternProperties))
      for (const pattern of Object.keys(schema.patternProperties)) {
        try {
          new RegExp(pattern, 'u');
        } catch (e) {
          error(
            'invalid-pattern',
            childPointer(childPointer(pointer, 'patternProperties'), pattern),
            describeRegexError(pattern, e),
          );
        }
      }
    if (typeof schema.$ref === 'string') {
      const resolution = resolveRef(index, schema.$ref, pointer);
      if (!resolution.ok)
        error(
          'missing-ref',
          childPointer(pointer, '$ref'),
          resolution.reason === 'remote'
            ? `"$ref" ${JSON.stringify(schema.$ref)} points outside this file; remote references are never fetched: bundle it under "$defs"`
            : `"$ref" ${JSON.stringify(schema.$ref)} points to nothing in this file`,
        );
    }
    if (typeof schema.$dynamicRef === 'string')
      warn(
        'unsupported-feature',
        childPointer(pointer, '$dynamicRef'),
        'Forms cannot display "$dynamicRef"; the field shows a neutral notice',
      );
  }
  findRefCycles(index, dialect, error);
  return problems;
}

/** Reports one problem: its code, the pointer of the culprit and a message. */
type Report = (code: SchemaProblem['code'], pointer: string, message: string) => void;

/** Keywords whose map keys are property (or definition) names. */
const NAMING_KEYWORDS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
  'dependentRequired',
  'dependencies',
];

function checkNames(schema: Record<string, unknown>, pointer: string, error: Report) {
  const named = (at: string, names: readonly unknown[], asKey: boolean) => {
    for (const name of names)
      if (typeof name === 'string' && POISONED_NAMES.has(name))
        error(
          'poisoned-name',
          asKey ? childPointer(at, name) : at,
          `The name "${name}" is reserved by JavaScript objects; rename the property`,
        );
  };
  for (const keyword of NAMING_KEYWORDS) {
    const map = schema[keyword];
    if (isObject(map)) {
      named(childPointer(pointer, keyword), Object.keys(map), true);
      if (keyword === 'dependentRequired' || keyword === 'dependencies')
        for (const name of Object.keys(map))
          if (Array.isArray(map[name]))
            named(childPointer(childPointer(pointer, keyword), name), map[name] as unknown[], false);
    }
  }
  if (Array.isArray(schema.required)) named(childPointer(pointer, 'required'), schema.required, false);
}

function checkType(schema: Record<string, unknown>, pointer: string, error: Report, warn: Report) {
  const declared = schema.type;
  if (declared === undefined) return;
  const list = Array.isArray(declared) ? declared : [declared];
  for (const item of list)
    if (typeof item !== 'string' || !TYPES.has(item)) {
      error(
        'unknown-type',
        childPointer(pointer, 'type'),
        `Unknown type ${JSON.stringify(item)}: use one of ${[...TYPES].join(', ')}`,
      );
      return;
    }
  if (list.filter((type) => type !== 'null').length > 1)
    warn(
      'union-type',
      childPointer(pointer, 'type'),
      `A union type ${JSON.stringify(declared)} has no widget; give the field one type`,
    );
}

/** Edges that stay at the same place in the data: following only these, a cycle never ends. */
function inPlaceTargets(index: SchemaIndex, pointer: string, schema: JsonSchema, dialect: Dialect): string[] {
  if (!isObject(schema)) return [];
  const targets: string[] = [];
  if (typeof schema.$ref === 'string') {
    const resolution = resolveRef(index, schema.$ref, pointer);
    if (resolution.ok) targets.push(resolution.pointer);
  }
  targets.push(...allOfMembers(schema, pointer));
  for (const keyword of CHOICE_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list))
      for (let position = 0; position < list.length; position++) targets.push(`${pointer}/${keyword}/${position}`);
  }
  for (const keyword of ['not', ...CONDITIONAL_KEYWORDS])
    if (schema[keyword] !== undefined) targets.push(childPointer(pointer, keyword));
  for (const [, dependentSchema] of dependentSchemasOf(schema, pointer, dialect)) targets.push(dependentSchema);
  return targets.filter((target) => index.nodes.has(target));
}

const VISITING = 1;
const DONE = 2;

function findRefCycles(index: SchemaIndex, dialect: Dialect, error: Report) {
  const state = new Map<string, typeof VISITING | typeof DONE>();
  for (const start of index.nodes.keys()) {
    if (state.has(start)) continue;
    const stack: { pointer: string; targets: string[]; next: number }[] = [];
    const push = (pointer: string) => {
      state.set(pointer, VISITING);
      stack.push({
        pointer,
        targets: inPlaceTargets(index, pointer, index.nodes.get(pointer)!.schema, dialect),
        next: 0,
      });
    };
    push(start);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (top.next >= top.targets.length) {
        state.set(top.pointer, DONE);
        stack.pop();
        continue;
      }
      const next = top.targets[top.next++]!;
      const seen = state.get(next);
      if (seen === VISITING) {
        const cycle = stack.slice(stack.findIndex((frame) => frame.pointer === next));
        const path = cycle.map((frame) => '#' + frame.pointer);
        const withRef = cycle.find((frame) => {
          const schema = index.nodes.get(frame.pointer)?.schema;
          return isObject(schema) && typeof schema.$ref === 'string';
        });
        error(
          'ref-cycle',
          (withRef ?? top).pointer + '/$ref',
          `"$ref" cycle that never reaches data: ${[...path, '#' + next].join(' → ')}`,
        );
        return;
      }
      if (seen === undefined) push(next);
    }
  }
}
