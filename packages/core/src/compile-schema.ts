/**
 * Turning a schema into a `CompiledSchema`: at runtime with Ajv loaded lazily (`compileSchema`),
 * or from a module tooling precompiled (`fromPrecompiled`, no compiler and no eval).
 */
import { checkSchemaShape, detectDialect, SCHEMA_LIMITS } from './check-schema-shape.js';
import { isObject } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import type { CompiledSchema, JsonSchemaObject, PrecompiledForm, RawError } from './types.js';

/** Options of `compileSchema`. */
export interface CompileOptions {
  /** The file the schema came from, named in errors. */
  readonly source?: string;
}

const compiledCache = new WeakMap<object, Promise<CompiledSchema>>();
const precompiledCache = new WeakMap<object, CompiledSchema>();

function parseText(text: string, source?: string): unknown {
  const opts = source === undefined ? {} : { source };
  if (text.length > SCHEMA_LIMITS.maxTextLength)
    throw new SchemaError('too-large', '#', `The schema text is ${text.length} characters; at most ${SCHEMA_LIMITS.maxTextLength} are allowed`, opts);
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
    const err = new SchemaError('invalid-json', '#', `The schema is not valid JSON${where}: ${(e as Error).message}`, { ...opts, cause: e });
    if (line !== undefined) err.line = line;
    if (column !== undefined) err.column = column;
    throw err;
  }
}

/**
 * Checks and compiles a schema (an object, or JSON text) for the runtime path: structural checks
 * first (`checkSchemaShape`), then Ajv, loaded on first use. Compiled once per schema object.
 * Rejects with `SchemaError` naming the schema location.
 */
export function compileSchema(schema: unknown, options: CompileOptions = {}): Promise<CompiledSchema> {
  const { source } = options;
  if (isObject(schema)) {
    const hit = compiledCache.get(schema);
    if (hit) return hit;
  }
  const work = (async (): Promise<CompiledSchema> => {
    const value = typeof schema === 'string' ? parseText(schema, source) : schema;
    const errors = checkSchemaShape(value).filter((p) => p.severity === 'error');
    if (errors.length) {
      const first = errors[0]!;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
      throw new SchemaError(first.code, first.pointer, first.message + more, source === undefined ? {} : { source });
    }
    const root = value as JsonSchemaObject;
    const dialect = detectDialect(root);
    const { createRuntimeValidator } = await import('./ajv.js');
    const validator = createRuntimeValidator(root, dialect, source);
    return Object.freeze({ schema: root, dialect, validator });
  })();
  if (isObject(schema)) {
    compiledCache.set(schema, work);
    work.catch(() => compiledCache.delete(schema));
  }
  return work;
}

/**
 * A `CompiledSchema` from a precompiled module (Ajv standalone code made by tooling): no compiler,
 * no eval. `matches` throws `SchemaError` (`missing-precompiled`) for a subschema the module lacks.
 */
export function fromPrecompiled(mod: PrecompiledForm): CompiledSchema {
  const hit = precompiledCache.get(mod);
  if (hit) return hit;
  const dialect = detectDialect(mod.schema);
  const subs = mod.subschemas;
  const compiled: CompiledSchema = Object.freeze({
    schema: mod.schema,
    dialect,
    validator: {
      validate(value: unknown): readonly RawError[] {
        return mod.validate(value) ? [] : (mod.validate.errors ?? []);
      },
      matches(pointer: string, data: unknown): boolean {
        const fn = Object.prototype.hasOwnProperty.call(subs, pointer) ? subs[pointer] : undefined;
        if (!fn)
          throw new SchemaError('missing-precompiled', '#' + pointer, `The precompiled form has no validator for #${pointer}; rebuild it with the current tooling`);
        return fn(data);
      },
    },
  });
  precompiledCache.set(mod, compiled);
  return compiled;
}
