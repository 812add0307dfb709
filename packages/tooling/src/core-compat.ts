/**
 * Core types tooling uses. TEMPORARY: re-declared until `@schemaforms/core` exports them; then this
 * file re-exports from the core.
 */
/** The dialects a schema may declare in `$schema`. */
export type Dialect = '2020-12' | 'draft-07';
/** A JSON Schema object. */
export interface JsonSchemaObject {
  readonly [keyword: string]: unknown;
}
