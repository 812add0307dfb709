/**
 * Error placement and wording: Ajv's errors of the payload put on the field each is about (a missing
 * property on that property, an alternative's errors only for the chosen one) and worded in the
 * form's locale, plus the errors of ill-formed text Ajv cannot see.
 */
import type { FieldInfo } from '../field-info.js';
import { childPointer } from '../json-pointer.js';
import { formatMessage } from '../messages.js';
import type { JsonPointer, Locale, RawError, ValidationError } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { DerivedNode } from './derived-node.js';
import type { EngineContext } from './engine-context.js';
import type { ChoiceKeyword } from './keywords/option-choice.js';
import { nearestNode, toWorkingPointer } from './node-lookup.js';

/**
 * What placing and wording errors reads from the form; `FormEngine` provides it. The field-model
 * lookups come through it, not through static imports: this module is the lazy error wording chunk,
 * and a static import of `effective-schema`, `option-choice` or `field-info` (modules the engine's other
 * lazy chunks share) made Rolldown split `<sf-form>`'s entry into 7 eager files (issue #18).
 * Keep this module's value imports to `json-pointer`, `messages` and `node-lookup`.
 */
export interface ErrorWordingContext extends EngineContext {
  /** The `errorMessage` the field's schemas declare. */
  errorMessageOf(applied: AppliedSchemas): FieldInfo['errorMessage'];
  /** Whether the `oneOf`/`anyOf` at `schemaPointer` is a choice of constants (its options' errors never show). */
  isConstantChoice(schemaPointer: JsonPointer, keyword: ChoiceKeyword): boolean;
  /** The label of a property no field stands for ("clientId" → "Client id"). */
  readableKey(key: string): string;
}

interface WordedError {
  readonly locale: Locale;
  /** Pointer, keyword and message: one error is shown once. */
  readonly key: string;
  readonly error: ValidationError;
}

/** Worded errors by node and schema path, valid while the field's node is the same object. */
const wordedErrors = new WeakMap<DerivedNode, Map<string, WordedError>>();

/** Keywords whose error names a missing property in `params.missingProperty`. */
const MISSING_PROPERTY_KEYWORDS = new Set(['required', 'dependentRequired', 'dependencies']);
/** Keywords whose params would repeat a secret's value. */
const VALUE_REVEALING_KEYWORDS = new Set(['const', 'enum', 'pattern']);

/** An aggregate `oneOf`/`anyOf` error and what is known about its alternatives. */
interface AlternativesError {
  readonly error: RawError;
  /** The schema path prefix of its options' errors (`#/…/oneOf/`). */
  readonly optionsPath: string;
  /** A choice of constants: its options' errors never show. */
  readonly isChoice: boolean;
  readonly chosen: number | undefined;
  /** Whether one of the chosen option's errors shows (then the aggregate one does not). */
  shown: boolean;
}

/** Places and words Ajv's errors of the payload: each on the field it is about, in `locale`. */
export function localizeErrors(
  context: ErrorWordingContext,
  root: DerivedNode,
  errors: readonly RawError[],
  locale: Locale,
): ValidationError[] {
  // A `oneOf`/`anyOf` error and its options' errors: only the chosen option's errors show (none
  // for a choice of constants), and the aggregate error only when none of them does.
  const alternatives: AlternativesError[] = errors
    .filter((error) => error.keyword === 'oneOf' || error.keyword === 'anyOf')
    .map((error) => {
      const keyword = error.keyword as ChoiceKeyword;
      const schemaPointer = decodeSchemaPath(error.schemaPath.replace(/^#|\/(oneOf|anyOf)$/g, ''));
      const dataPointer = toWorkingPointer(root, error.instancePath).pointer;
      return {
        error,
        optionsPath: error.schemaPath + '/',
        isChoice: context.isConstantChoice(schemaPointer, keyword),
        chosen: context.choices.chosen(dataPointer, schemaPointer + '/' + keyword),
        shown: false,
      };
    });
  const worded: ValidationError[] = [];
  const seen = new Set<string>();
  const emit = (error: RawError) => {
    const wording = wordError(context, root, error, locale);
    if (seen.has(wording.key)) return;
    seen.add(wording.key);
    worded.push(wording.error);
  };
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    let hidden = false;
    for (const group of alternatives) {
      if (!error.schemaPath.startsWith(group.optionsPath) || !error.instancePath.startsWith(group.error.instancePath))
        continue;
      const option = Number(error.schemaPath.slice(group.optionsPath.length).split('/')[0]);
      if (group.isChoice || option !== group.chosen) hidden = true;
      else group.shown = true;
    }
    if (!hidden) emit(error);
  }
  for (const group of alternatives) if (!group.shown) emit(group.error);
  return worded;
}

/** One error placed on its field and worded (cached per node, schema path and locale). */
function wordError(context: ErrorWordingContext, root: DerivedNode, error: RawError, locale: Locale): WordedError {
  let path: JsonPointer = error.instancePath;
  const missing = error.params.missingProperty;
  if (MISSING_PROPERTY_KEYWORDS.has(error.keyword) && typeof missing === 'string') path = childPointer(path, missing);
  const { pointer, node } = toWorkingPointer(root, path);
  const at = node ?? nearestNode(root, pointer);
  let bySchemaPath = wordedErrors.get(at);
  if (!bySchemaPath) wordedErrors.set(at, (bySchemaPath = new Map()));
  const cached = bySchemaPath.get(error.schemaPath);
  if (cached && cached.locale === locale && cached.error.instancePath === pointer) return cached;
  const field = at.field;
  const params = field.writeOnly && VALUE_REVEALING_KEYWORDS.has(error.keyword) ? {} : error.params;
  const label = at.field.label || (node ? '' : context.readableKey(pointer.split('/').pop()!));
  const errorMessage = context.errorMessageOf(at.applied);
  const message = formatMessage(error.keyword, params, { label, widget: field.widget, errorMessage }, locale);
  const wording: WordedError = {
    locale,
    key: pointer + '\0' + error.keyword + '\0' + message,
    error: Object.freeze({
      keyword: error.keyword,
      instancePath: pointer,
      schemaPath: error.schemaPath,
      params,
      message,
    }),
  };
  bySchemaPath.set(error.schemaPath, wording);
  return wording;
}

/** Errors for strings with lone surrogates (Ajv would accept them). */
export function illFormedErrors(context: ErrorWordingContext, root: DerivedNode, locale: Locale): ValidationError[] {
  const errors: ValidationError[] = [];
  // A leaf counts as ill-formed only for a non-empty string with lone surrogates.
  const walk = (node: DerivedNode) => {
    if (node.illFormedCount === 0) return;
    if (node.children) node.children.forEach(walk);
    else {
      const errorMessage = context.errorMessageOf(node.applied);
      errors.push({
        keyword: 'wellFormed',
        instancePath: node.field.pointer,
        schemaPath: '',
        params: {},
        message: formatMessage(
          'wellFormed',
          {},
          { label: node.field.label, widget: node.field.widget, errorMessage },
          locale,
        ),
      });
    }
  };
  walk(root);
  return errors;
}

function decodeSchemaPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
