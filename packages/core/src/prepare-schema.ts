/**
 * Reading a runtime schema before anything compiles it: JSON text parsed (size-capped, line and column
 * of a syntax error), relative `$id`s used as names left out, structural checks (`checkSchemaShape`,
 * which throw `SchemaError` before Ajv), a draft-04/06 schema read as draft-07. No Ajv here: a form can
 * start on the result while Ajv loads (`startSchema`), and `compilePrepared` compiles the same object.
 */
import { checkSchemaShape, SCHEMA_LIMITS } from './check-schema-shape.js';
import { detectDialect } from './dialect.js';
import { needsDialectReadings } from './dialects/needs-dialect-readings.js';
import { schemaDraft } from './dialects/schema-draft.js';
import { isObject } from './json-pointer.js';
import { conditionsTestPatterns } from './engine/pattern-conditions.js';
import { SchemaError } from './schema-error.js';
import type { Dialect, JsonSchemaObject, SchemaWarning } from './types.js';

/** A schema read and checked, ready to compile and to start forms on. */
export interface PreparedSchema {
  /** The root schema as the validators and forms read it (draft-04/06: its draft-07 reading). */
  readonly schema: JsonSchemaObject;
  readonly dialect: Dialect;
  /** What was left out or upgraded, for the developer. */
  readonly warnings: readonly SchemaWarning[];
}

/** Parses schema JSON text, refusing oversize text before parsing. */
function parseText(text: string, source?: string): unknown {
  const opts = source === undefined ? {} : { source };
  if (text.length > SCHEMA_LIMITS.maxTextLength)
    throw new SchemaError(
      'too-large',
      '#',
      `The schema text is ${text.length} characters; at most ${SCHEMA_LIMITS.maxTextLength} are allowed`,
      opts,
    );
  try {
    return JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message));
    let line: number | undefined;
    let column: number | undefined;
    if (at) {
      const before = text.slice(0, Number(at[1]));
      line = before.split('\n').length;
      column = before.length - before.lastIndexOf('\n');
    }
    const where = line === undefined ? '' : ` at line ${line}, column ${column}`;
    const err = new SchemaError('invalid-json', '#', `The schema is not valid JSON${where}: ${(e as Error).message}`, {
      ...opts,
      cause: e,
    });
    if (line !== undefined) err.line = line;
    if (column !== undefined) err.column = column;
    throw err;
  }
}

/** The dialect readings (`dialects/dialect-readings.ts`), a chunk only some schemas fetch. */
export type DialectReadings = typeof import('./dialects/dialect-readings.js');

/**
 * Reads `schema` (an object, or JSON text) for the runtime path. Throws `SchemaError` naming the
 * schema location for what cannot be used (invalid JSON, a shape the engine refuses). `readings`: the
 * dialect readings, which a draft-04/06 schema or one with subschema `$id`s needs
 * (`needsDialectReadings`); `null` when the caller found the schema needs none (`loadAndPrepareSchema`
 * fetches them only then); left out, this checks and throws when they are needed.
 */
export function prepareSchema(schema: unknown, source?: string, readings?: DialectReadings | null): PreparedSchema {
  return prepareParsed(parseSchema(schema, source), source, readings);
}

/** The schema value: JSON text parsed, anything else as it is. */
function parseSchema(schema: unknown, source?: string): unknown {
  return typeof schema === 'string' ? parseText(schema, source) : schema;
}

/** `prepareSchema` of a value already parsed (JSON text whose value is a string is such a value). */
function prepareParsed(parsed: unknown, source?: string, readings?: DialectReadings | null): PreparedSchema {
  if (readings === undefined && needsDialectReadings(parsed))
    throw new Error('This schema needs the dialect readings: read it with loadAndPrepareSchema');
  const warnings: SchemaWarning[] = [];
  const draft = schemaDraft(parsed);
  // A draft-04 `id` is an `$id` only once upgraded (below); other drafts' are read as names here, so
  // the shape check does not refuse the refs under them. Without readings there is no such `$id`.
  const value =
    readings && isObject(parsed) && draft !== undefined && draft !== 'draft-04'
      ? readings.dropNameOnlyIds(parsed as JsonSchemaObject, draft === '2020-12' ? '2020-12' : 'draft-07', warnings)
      : parsed;
  const errors = checkSchemaShape(value).filter((p) => p.severity === 'error');
  if (errors.length) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    throw new SchemaError(first.code, first.pointer, first.message + more, source === undefined ? {} : { source });
  }
  const dialect = detectDialect(value);
  if (!readings) return { schema: value as JsonSchemaObject, dialect, warnings };
  const upgraded = readings.upgradeToDraft07(value as JsonSchemaObject, draft!);
  const root = draft === 'draft-04' ? readings.dropNameOnlyIds(upgraded, dialect, warnings) : upgraded;
  return { schema: root, dialect, warnings };
}

/**
 * `prepareSchema`, fetching the dialect readings first for a schema that needs them (one round trip
 * more for a draft-04/06 schema or one with subschema `$id`s; most schemas never fetch them).
 */
export async function loadAndPrepareSchema(schema: unknown, source?: string): Promise<PreparedSchema> {
  const parsed = parseSchema(schema, source);
  const readings = needsDialectReadings(parsed) ? await import('./dialects/dialect-readings.js') : null;
  return prepareParsed(parsed, source, readings);
}

/**
 * `prepareSchema` for a form about to start on the schema before Ajv: resolves once core's condition
 * evaluator can decide what the schema's conditions test. Its linear-time pattern engine is fetched
 * only for a schema whose conditions test a `pattern` (one round trip more for those, so the fields
 * such conditions show are decided before the first render). If it cannot be fetched, those patterns
 * wait for the validator, as every condition did before core decided any.
 */
export async function readSchema(schema: unknown, source?: string): Promise<PreparedSchema> {
  const prepared = await loadAndPrepareSchema(schema, source);
  // The evaluator is here by now (`startSchema` fetches it beside this module); imported, not named,
  // so that this chunk has no import edge into it (a consumer's entry would split: 3 eager files).
  if (conditionsTestPatterns(prepared.schema))
    await import('./engine/condition-evaluator.js')
      .then((evaluator) => evaluator.loadConditionPatterns())
      .catch(() => undefined);
  return prepared;
}
