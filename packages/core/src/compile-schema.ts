/**
 * Turning a schema into a `CompiledSchema`: at runtime with Ajv loaded lazily (`compileSchema`; or
 * `startSchema`, which gives a form its fields before Ajv has compiled),
 * or from a module tooling precompiled (`fromPrecompiled`, no compiler and no eval).
 */
import { declaredDialect } from './dialects/declared-draft.js';
import { isObject, own } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import { loadConditionEvaluator } from './engine/condition-decider.js';
import type { CompiledSchema, FormValidator, PrecompiledForm, PrecompiledFunction, RawError } from './types.js';

/** Options of `compileSchema`. */
export interface CompileOptions {
  /** The file the schema came from, named in errors. */
  readonly source?: string;
}

const compiledCache = new WeakMap<object, Promise<CompiledSchema>>();
const precompiledCache = new WeakMap<object, CompiledSchema>();
const startedCache = new WeakMap<object, Promise<StartedSchema>>();

/**
 * The validator of a schema whose Ajv has not compiled yet: conditions are decided by core's own
 * evaluator (`ConditionResults`), what it cannot decide waits; no errors are known.
 */
const PROVISIONAL_VALIDATOR: FormValidator = Object.freeze({
  provisional: true,
  validate: (): readonly RawError[] => [],
  matches(pointer: string): boolean {
    throw new SchemaError('validator-pending', '#' + pointer, `The validator has not compiled #${pointer} yet`);
  },
});

/** A plain schema on its way: read and checked first, compiled once Ajv has loaded. */
export interface StartedSchema {
  /**
   * The schema with a provisional validator (`FormValidator.provisional`): a form can start on it and
   * show its fields at once; errors and undecided conditions wait for `compiled`.
   */
  readonly provisional: CompiledSchema;
  /** The same schema object compiled by Ajv, for `Form.useValidator`; rejects with `SchemaError`. */
  readonly compiled: Promise<CompiledSchema>;
}

/** The code that reads a plain schema and decides its conditions (chunks apart from the entry). */
function loadSchemaReading(): Promise<typeof import('./prepare-schema.js')> {
  return Promise.all([import('./prepare-schema.js'), loadConditionEvaluator()]).then(([module]) => module);
}

/**
 * Fetches the code that reads a plain schema before the schema is at hand — beside the request for a
 * schema file, say — so that reading it then waits for no further round trip. Resolves once it has
 * arrived; `startSchema` reports a failure to fetch it.
 */
export function schemaReadingReady(): Promise<void> {
  return loadSchemaReading().then(() => undefined);
}

/**
 * Reads and checks a schema (an object, or JSON text) without waiting for Ajv, which starts loading
 * in a task after the reading (a plain form's first render comes first): resolves as soon as the schema
 * is read (shape errors reject here, as `SchemaError`, and Ajv is never fetched), with `compiled`
 * following. Once per schema object.
 */
export function startSchema(schema: unknown, options: CompileOptions = {}): Promise<StartedSchema> {
  const { source } = options;
  if (isObject(schema)) {
    const hit = startedCache.get(schema);
    if (hit) return hit;
  }
  const work = loadSchemaReading()
    .then(({ readSchema }) => readSchema(schema, source))
    .then((prepared) => {
      const provisional: CompiledSchema = Object.freeze({
        schema: prepared.schema,
        dialect: prepared.dialect,
        validator: PROVISIONAL_VALIDATOR,
        warnings: prepared.warnings,
      });
      // Ajv is needed for errors only. Its large chunk is requested in a task after whoever awaits this
      // reading has shown the fields, so it never holds a connection nor the main thread the reading
      // code or the first render wait for; compiling, which takes the main thread for a while, runs in
      // a task of its own too (with Ajv already here it would otherwise run in the next microtask).
      const compiled = nextTask()
        .then(() => import('./ajv.js'))
        .then(async ({ compilePrepared }) => {
          await nextTask();
          return compilePrepared(prepared, source);
        });
      if (isObject(schema)) compiled.catch(() => startedCache.delete(schema));
      return { provisional, compiled };
    });
  if (isObject(schema)) {
    startedCache.set(schema, work);
    work.catch(() => startedCache.delete(schema));
  }
  return work;
}

/** The timer every runtime core runs in has (browsers, Node); core's types name no platform's globals. */
type SetTimeout = (callback: () => void, delayMs: number) => unknown;

/** Resolves in a later task (a timer: core runs without a DOM), after the pending microtasks. */
function nextTask(): Promise<void> {
  const { setTimeout } = globalThis as unknown as { setTimeout: SetTimeout };
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Checks and compiles a schema (an object, or JSON text) for the runtime path: structural checks
 * first (`checkSchemaShape`), then Ajv, loaded on first use. Compiled once per schema object.
 * Rejects with `SchemaError` naming the schema location.
 */
export function compileSchema(schema: unknown, options: CompileOptions = {}): Promise<CompiledSchema> {
  if (isObject(schema)) {
    const hit = compiledCache.get(schema);
    if (hit) return hit;
  }
  const work = startSchema(schema, options).then((started) => started.compiled);
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
