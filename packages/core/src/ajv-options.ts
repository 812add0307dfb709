/**
 * The Ajv options every schemaforms validator is built with (RELIABILITY.md §3), shared by the
 * runtime compiler and tooling's standalone precompiler so both produce the same validators.
 */
import type { Options } from 'ajv';

/**
 * The Ajv options of every schemaforms validator (RELIABILITY.md §3).
 * `strictTypes` is off: condition subschemas (`if`, `oneOf` options) are compiled on their own for
 * `matches`, where Ajv cannot see the parent's `type` and would reject `{"properties": …}` without
 * `"type": "object"`; union types are reported by `checkSchemaShape` and rendered as unsupported.
 */
export const AJV_OPTIONS = Object.freeze({
  strict: true,
  strictSchema: true,
  strictNumbers: true,
  strictTypes: false,
  strictTuples: true,
  strictRequired: true,
  ownProperties: true,
  allErrors: true,
  $data: false,
  verbose: false,
  useDefaults: false,
  coerceTypes: false,
  unicodeRegExp: true,
  validateFormats: true,
  inlineRefs: true,
} satisfies Options);

/**
 * Options added for subschemas compiled on their own (`matches`): the whole document was already
 * compiled strictly, and strict checks of a fragment out of context are wrong (a `oneOf` option
 * `{"required": ["a"]}` does not see the parent's `properties`). Validation behaviour is the same:
 * `strictNumbers` stays on.
 */
export const FRAGMENT_OPTIONS = Object.freeze({
  strict: false,
  strictSchema: false,
  strictTuples: false,
  strictRequired: false,
  strictTypes: false,
  strictNumbers: true,
} satisfies Options);

/**
 * Options added for the validators a form runs (runtime or precompiled): the engine words every error
 * itself (pt-BR/en, `x-errorMessage`), so Ajv's English messages are not built — nor shipped in
 * precompiled code. Tooling's checks, which quote Ajv, keep them.
 */
export const VALIDATOR_OPTIONS = Object.freeze({ messages: false } satisfies Options);

/** The ajv-formats mode: `full` checks real dates (`2024-02-30` is rejected). */
export const FORMATS_MODE = 'full' as const;
