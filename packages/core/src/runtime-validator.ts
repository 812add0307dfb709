/**
 * The validator a form runs when its schema is compiled at run time: a lenient Ajv for the whole
 * document, and one without strict checks for the subschemas `matches` asks about.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { FRAGMENT_OPTIONS, VALIDATOR_OPTIONS } from './ajv-options.js';
import { createAjv, type AjvInstance } from './create-ajv.js';
import { collectWarnings, ignoreUnknownFormats, LENIENT_OPTIONS } from './lenient-ajv.js';
import { addRootSchema } from './root-schema.js';
import { SchemaError } from './schema-error.js';
import { schemaErrorFromAjv } from './schema-error-from-ajv.js';
import { ROOT_KEY, subschemaRef } from './subschema-ref.js';
import type { Dialect, FormValidator, JsonSchemaObject, RawError, SchemaWarning } from './types.js';

function toRaw(errors: readonly ErrorObject[] | null | undefined): readonly RawError[] {
  return errors ?? [];
}

/**
 * Compiles `schema` with a fresh Ajv instance (one per form: two forms with the same `$id` never
 * clash) and returns the core's validator. Subschemas for `matches` compile on first use, once.
 * Lenient (`LENIENT_OPTIONS`): what only strict mode refuses is pushed to `warnings` instead; the Ajv
 * class of `dialect` must be loaded (`loadAjvClass`).
 */
export function createRuntimeValidator(
  schema: JsonSchemaObject,
  dialect: Dialect,
  source?: string,
  warnings: SchemaWarning[] = [],
): FormValidator {
  const collector = collectWarnings((message) => warningFromAjv(message, schema, dialect));
  const ajv = createAjv(dialect, { ...LENIENT_OPTIONS, ...VALIDATOR_OPTIONS, logger: collector.logger });
  let root: ValidateFunction;
  try {
    ignoreUnknownFormats(ajv, schema, dialect, collector);
    addRootSchema(ajv, schema, ROOT_KEY);
    root = ajv.getSchema(ROOT_KEY)!;
  } catch (e) {
    throw schemaErrorFromAjv(e, schema, dialect, source);
  } finally {
    warnings.push(...collector.warnings);
  }
  let fragments: AjvInstance | undefined;
  const subs = new Map<string, ValidateFunction>();
  return {
    validate(value) {
      return root(value) ? [] : toRaw(root.errors);
    },
    matches(pointer, data) {
      let fn = subs.get(pointer);
      if (!fn) {
        try {
          if (!fragments) {
            // Unknown formats were reported by the root compile; here they are only accepted.
            fragments = createAjv(dialect, { ...FRAGMENT_OPTIONS, ...VALIDATOR_OPTIONS, logger: false });
            addRootSchema(fragments, schema, ROOT_KEY);
          }
          fn = fragments.getSchema(subschemaRef(pointer));
        } catch (e) {
          throw schemaErrorFromAjv(e, schema, dialect, source);
        }
        if (!fn) throw new SchemaError('missing-ref', '#' + pointer, `No subschema at #${pointer}`);
        subs.set(pointer, fn);
      }
      return fn(data) as boolean;
    },
  };
}

/** A strict-mode finding Ajv logged, as a warning naming the schema location. */
function warningFromAjv(message: string, schema: JsonSchemaObject, dialect: Dialect): SchemaWarning {
  const { code, pointer, message: text } = schemaErrorFromAjv(new Error(message), schema, dialect);
  return { code, pointer, message: `${text} (accepted at run time; \`schemaforms check\` refuses it)` };
}
