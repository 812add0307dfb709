/**
 * The runtime is lenient, the check is strict (ARCHITECTURE.md "Validation and safety"): `<sf-form>`
 * renders any schema plain Ajv accepts. What strict mode would refuse (an unknown keyword or format, a
 * loose tuple, `required` naming a property declared only in a branch, overlapping
 * `patternProperties`) is logged by Ajv instead of thrown, and turned here into one developer warning
 * per problem, with the schema location. `schemaforms check` still refuses all of them in our own forms.
 */
import type { Logger, Options } from 'ajv';
import { isObject } from './json-pointer.js';
import { indexSchema } from './schema-index.js';
import type { Dialect, JsonSchemaObject, SchemaWarning } from './types.js';

/** Options that make Ajv log, instead of throw, what only strict mode refuses. Validation is unchanged. */
export const LENIENT_OPTIONS = Object.freeze({
  strict: 'log',
  strictSchema: 'log',
  strictTuples: 'log',
  strictRequired: 'log',
  strictTypes: false,
  strictNumbers: true,
} satisfies Options);

/** What a runtime compile says about the schema, without refusing it. */
export interface WarningCollector {
  /** Ajv's logger: strict-mode findings become warnings. */
  readonly logger: Logger;
  /** The warnings so far, one per problem (the same message at the same place is kept once). */
  readonly warnings: SchemaWarning[];
  /** Adds a warning unless the same one is already there. */
  add(warning: SchemaWarning): void;
}

/**
 * A collector whose logger hands each Ajv message to `describe` (which says where and what) and keeps
 * each resulting warning once.
 */
export function collectWarnings(describe: (ajvMessage: string) => SchemaWarning): WarningCollector {
  const warnings: SchemaWarning[] = [];
  const seen = new Set<string>();
  const add = (warning: SchemaWarning) => {
    const key = `${warning.code} ${warning.pointer} ${warning.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push(warning);
  };
  const record = (...args: unknown[]) => add(describe(args.map(String).join(' ')));
  return { logger: { log() {}, warn: record, error: record }, warnings, add };
}

/** The part of an Ajv instance that knows formats. */
interface FormatRegistry {
  readonly formats: Readonly<Record<string, unknown>>;
  addFormat(name: string, format: true): unknown;
}

/**
 * Registers every `format` of `schema` that `ajv` does not know as one that accepts anything (as plain
 * Ajv does outside strict mode), with one warning per format naming where it is first used.
 */
export function ignoreUnknownFormats(
  ajv: FormatRegistry,
  schema: JsonSchemaObject,
  dialect: Dialect,
  warnings: WarningCollector,
): void {
  for (const { pointer, schema: node } of indexSchema(schema, dialect).nodes.values()) {
    if (!isObject(node) || typeof node.format !== 'string') continue;
    const format = node.format;
    // "__proto__" cannot be a key of Ajv's format table; Ajv refuses it with its own message.
    if (Object.hasOwn(ajv.formats, format) || format === '__proto__') continue;
    ajv.addFormat(format, true);
    warnings.add({
      code: 'unknown-format',
      pointer: `#${pointer}/format`,
      message: `Unknown format "${format}" at #${pointer}: not checked, any text is accepted`,
    });
  }
}
