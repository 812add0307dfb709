/**
 * What every static lint of a schema document shares: how it reports a problem, what it knows about the
 * validator, and how it builds the pointer of a keyword of the subschema it is looking at.
 */
import type { Dialect } from '@schemaforms/core';

/** Reports one problem; `key` places it on the property name rather than the value. */
export type Reporter = (
  pointer: string,
  code: string,
  severity: 'error' | 'warning',
  message: string,
  options?: { key?: boolean },
) => void;

/** What the lints need to know about the validator. */
export interface LintContext {
  readonly dialect: Dialect;
  /** Every keyword the validator knows (standard ones plus the x- vocabulary). */
  readonly keywords: ReadonlySet<string>;
  /** The x- vocabulary: keyword → a function returning the problem with its value, if any. */
  readonly annotations: ReadonlyMap<string, (value: unknown) => string | undefined>;
  /** Format names the validator knows. */
  readonly formats: ReadonlySet<string>;
}

/** The JSON Pointer of `tokens` below the subschema being linted (`at('properties', name)`). */
export type PointerAt = (...tokens: (string | number)[]) => string;

/** A subschema as the lints read it. */
export type SchemaObject = Readonly<Record<string, unknown>>;
