/**
 * Typed errors of the core: a problem in a schema (`SchemaError`) or in data handed to a form
 * (`DataError`). Both carry a `code` and the JSON Pointer of the culprit.
 */

/** Codes of `SchemaError` and `SchemaProblem`. */
export type SchemaErrorCode =
  | 'invalid-root'
  | 'invalid-json'
  | 'unsupported-dialect'
  | 'unknown-type'
  | 'unknown-keyword'
  | 'unknown-format'
  | 'strict'
  | 'invalid-schema'
  | 'missing-ref'
  | 'ref-cycle'
  | 'invalid-pattern'
  | 'too-deep'
  | 'too-large'
  | 'poisoned-name'
  | 'union-type'
  | 'unsupported-feature'
  | 'missing-precompiled'
  | 'cyclic-data';

/** Options of `SchemaError`. */
export interface SchemaErrorOptions {
  /** The file the schema came from. */
  readonly source?: string;
  readonly line?: number;
  readonly column?: number;
  readonly cause?: unknown;
}

/**
 * A schema the core cannot use. `pointer` is the schema location as a URI fragment
 * (`#/properties/x/type`), like Ajv's `schemaPath`.
 */
export class SchemaError extends Error {
  /** What is wrong, for programs (`missing-ref`, `too-deep`, …). */
  readonly code: string;
  /** Where: a URI-fragment JSON Pointer into the schema (`#` for the root), or into the data for `DataError`. */
  readonly pointer: string;
  /** The file name, when the caller gave one. */
  source?: string;
  line?: number;
  column?: number;

  constructor(code: string, pointer: string, message: string, options: SchemaErrorOptions = {}) {
    // Error reads only `cause` from the options.
    super(options.source ? `${options.source}: ${message}` : message, options);
    this.name = 'SchemaError';
    this.code = code;
    this.pointer = pointer;
    // Declared fields exist (as undefined) whether or not the options give them.
    this.source = options.source;
    this.line = options.line;
    this.column = options.column;
  }
}

/**
 * Data a form cannot take (a cycle, nesting too deep). A `SchemaError` subclass so a host that
 * catches `SchemaError` also catches it; `pointer` is a data JSON Pointer (`/a/b`).
 */
export class DataError extends SchemaError {
  constructor(code: 'cyclic-data' | 'too-deep', pointer: string, message: string) {
    super(code, pointer, message);
    this.name = 'DataError';
  }
}

/** One finding of `checkSchemaShape`: errors stop compilation, warnings are for tooling to report. */
export interface SchemaProblem {
  readonly code: SchemaErrorCode;
  /** URI-fragment JSON Pointer into the schema (`#/properties/x`). */
  readonly pointer: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}
