/**
 * The engine behind one form: the schema's shared caches plus this form's state (condition results,
 * chosen alternatives, considered defaults), with the operations `createForm`, `validateSubmission`
 * and `importValue` use. Internal; each operation lives in the module named after it, and pure
 * lookups (`nodeAt`, `toWorkingPointer`, `declaredDefault`…) are imported from their modules directly.
 *
 * Incremental by construction: values are replaced copy-on-write, so an unchanged subtree keeps its
 * identity and its node is reused; each condition result is cached per data location and reused
 * while the properties its subschema reads are unchanged.
 */
import { readableKey } from '../field-info.js';
import type { CompiledSchema, JsonPointer, Locale, RawError, ValidationError } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import { possibleSubschemas } from './applicable-subschemas.js';
import { ConditionResults } from './condition-results.js';
import { DefaultAnswers } from './default-answers.js';
import { deriveTree } from './derive-field.js';
import type { DerivedNode } from './derived-node.js';
import type { Dirty } from './dirty-tracking.js';
import { contextDefault, fieldInfoOf } from './effective-schema.js';
import { assertFeaturesLoaded } from './features/load-engine-features.js';
import type { EngineContext } from './engine-context.js';
import { errorWording } from './error-wording-loader.js';
import { constOptions, OptionChoices, type ChoiceKeyword } from './keywords/option-choice.js';
import type { ErrorWordingContext } from './localize-errors.js';
import { schemaCacheFor, type SchemaCache } from './schema-cache.js';

/** Options of a `FormEngine`. */
export interface FormEngineOptions {
  /** The host's data for `x-context` fields. */
  readonly context?: Readonly<Record<string, unknown>> | undefined;
  /** Whether empty fields take their `default` (true); a server validating a submission applies none. */
  readonly applyDefaults?: boolean;
}

/** The per-form engine. */
export class FormEngine implements EngineContext, ErrorWordingContext {
  schemas: SchemaCache;
  conditions: ConditionResults;
  readonly choices = new OptionChoices();
  readonly defaults: DefaultAnswers;
  readonly hostContext: Readonly<Record<string, unknown>> | undefined;

  constructor(compiled: CompiledSchema, options: FormEngineOptions = {}) {
    this.schemas = schemaCacheFor(compiled);
    assertFeaturesLoaded(this.schemas);
    this.conditions = new ConditionResults(compiled.validator, this.schemas);
    this.defaults = new DefaultAnswers(options.applyDefaults ?? true);
    this.hostContext = options.context;
  }

  /**
   * Reads the schema from `compiled` from now on: the same schema with its texts in another language
   * (same pointers and validator). Chosen alternatives and considered defaults stay; derive anew.
   */
  useSchema(compiled: CompiledSchema): void {
    this.schemas = schemaCacheFor(compiled);
    this.conditions = new ConditionResults(compiled.validator, this.schemas);
  }

  /** Derives the field tree for `value`, reusing `previous` wherever `dirty` names no change. */
  derive(value: unknown, previous?: DerivedNode, dirty: Dirty = 'all'): DerivedNode {
    return deriveTree(this, value, previous, dirty);
  }

  /** Every subschema that could apply from `entries`, whatever the answers (for importing data). */
  possible(entries: readonly JsonPointer[]): AppliedSchemas {
    return possibleSubschemas(this.schemas, entries);
  }

  /** The default answer from the host context (`x-context.default`), if any. */
  contextDefault(applied: AppliedSchemas): unknown {
    return contextDefault(this, applied);
  }

  // The error wording chunk reads the field model through these three (see `ErrorWordingContext`).

  /** The `errorMessage` the field's schemas declare. */
  errorMessageOf(applied: AppliedSchemas): unknown {
    return fieldInfoOf(this, applied).errorMessage;
  }

  /** Whether the `oneOf`/`anyOf` at `schemaPointer` is a choice of constants. */
  isConstantChoice(schemaPointer: JsonPointer, keyword: ChoiceKeyword): boolean {
    return !!constOptions(this.schemas, schemaPointer, keyword);
  }

  /** The label of a property no field stands for ("clientId" → "Client id"). */
  readableKey(key: string): string {
    return readableKey(key);
  }

  /** Places and words Ajv's errors of the payload (throws while the error wording is not loaded). */
  localizeErrors(root: DerivedNode, errors: readonly RawError[], locale: Locale): ValidationError[] {
    return errorWording().localizeErrors(this, root, errors, locale);
  }

  /** Errors for strings with lone surrogates (throws while the error wording is not loaded). */
  illFormedErrors(root: DerivedNode, locale: Locale): ValidationError[] {
    return errorWording().illFormedErrors(this, root, locale);
  }
}
