/**
 * Test support for the engine's unit tests: a compiled schema whose validator answers `matches`
 * from a function the test gives (and counts the questions), so a module is tested without Ajv. Core's
 * own condition evaluator is left out: the script decides every condition.
 */
import type { CompiledSchema, Dialect, JsonPointer, JsonSchemaObject } from '../types.js';
import { ConditionResults } from '../engine/condition-results.js';
import { OptionChoices } from '../engine/keywords/option-choice.js';
import { SchemaCache } from '../engine/schema-cache.js';

/** Decides whether `answers` match the subschema at `schemaPointer`. */
export type Matcher = (schemaPointer: JsonPointer, answers: unknown) => boolean;

/** A schema with a scripted validator, its caches and a form's condition state. */
export function scripted(schema: JsonSchemaObject, options: { dialect?: Dialect; matches?: Matcher } = {}) {
  const questions: { schemaPointer: JsonPointer; answers: unknown }[] = [];
  const matcher = options.matches ?? (() => false);
  const compiled: CompiledSchema = {
    schema,
    dialect: options.dialect ?? '2020-12',
    validator: {
      validate: () => [],
      matches: (schemaPointer, answers) => {
        questions.push({ schemaPointer, answers });
        return matcher(schemaPointer, answers);
      },
    },
  };
  const schemas = new SchemaCache(compiled);
  return {
    compiled,
    schemas,
    conditions: new ConditionResults(compiled.validator, schemas, () => undefined),
    choices: new OptionChoices(),
    questions,
  };
}
