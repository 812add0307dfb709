/**
 * Turning a schema into a `CompiledSchema`: at runtime with Ajv loaded lazily (`compileSchema`),
 * or from a module tooling precompiled (`fromPrecompiled`, no compiler and no eval).
 */
import { declaredDialect } from './dialects/declared-draft.js';
import { isObject, own } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import type { CompiledSchema, PrecompiledForm, PrecompiledFunction, RawError } from './types.js';

/** Options of `compileSchema`. */
export interface CompileOptions {
  /** The file the schema came from, named in errors. */
  readonly source?: string;
}

const compiledCache = new WeakMap<object, Promise<CompiledSchema>>();
const precompiledCache = new WeakMap<object, CompiledSchema>();

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
  // Everything that only the runtime path needs (shape checks, JSON parsing, Ajv) loads lazily.
  const work = import('./ajv.js').then(({ compileRuntime }) => compileRuntime(schema, source));
  if (isObject(schema)) {
    compiledCache.set(schema, work);
    work.catch(() => compiledCache.delete(schema));
  }
  return work;
}

/** Whether `value` is a precompiled form module (what tooling's catalog and `?precompiled` imports give). */
export function isPrecompiledForm(value: unknown): value is PrecompiledForm {
  return (
    isObject(value) && typeof value.validate === 'function' && isObject(value.subschemas) && isObject(value.schema)
  );
}

/**
 * A `CompiledSchema` from a precompiled module (Ajv standalone code made by tooling): no compiler,
 * no eval. `matches` throws `SchemaError` (`missing-precompiled`) for a subschema the module lacks.
 */
export function fromPrecompiled(mod: PrecompiledForm): CompiledSchema {
  const hit = precompiledCache.get(mod);
  if (hit) return hit;
  const dialect = declaredDialect(mod.schema);
  const subs = mod.subschemas;
  const compiled: CompiledSchema = Object.freeze({
    schema: mod.schema,
    dialect,
    validator: {
      validate(value: unknown): readonly RawError[] {
        return mod.validate(value) ? [] : (mod.validate.errors ?? []);
      },
      matches(pointer: string, data: unknown): boolean {
        const fn = own(subs, pointer) as PrecompiledFunction | undefined;
        if (!fn)
          throw new SchemaError(
            'missing-precompiled',
            '#' + pointer,
            `No precompiled validator for #${pointer}: rebuild the form`,
          );
        return fn(data);
      },
    },
  });
  precompiledCache.set(mod, compiled);
  return compiled;
}
