/**
 * Error placement and wording: Ajv's errors of the payload put on the field each is about (a missing
 * property on that property, an alternative's errors only for the chosen one) and worded in the
 * form's locale, plus the errors of ill-formed text Ajv cannot see.
 */
import { readableKey } from '../field-info.js';
import { childPointer } from '../json-pointer.js';
import { formatMessage } from '../messages.js';
import type { JsonPointer, Locale, RawError, ValidationError } from '../types.js';
import type { DerivedNode } from './derived-node.js';
import { fieldInfoOf } from './effective-schema.js';
import type { EngineContext } from './engine-context.js';
import { constOptions, type ChoiceKeyword } from './keywords/option-choice.js';
import { nearestNode, toWorkingPointer } from './node-lookup.js';

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
  context: EngineContext,
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
        isChoice: !!constOptions(context.schemas, schemaPointer, keyword),
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
function wordError(context: EngineContext, root: DerivedNode, error: RawError, locale: Locale): WordedError {
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
  const label = at.label || (node ? '' : readableKey(pointer.split('/').pop()!));
  const errorMessage = fieldInfoOf(context, at.applied).errorMessage;
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
export function illFormedErrors(context: EngineContext, root: DerivedNode, locale: Locale): ValidationError[] {
  const errors: ValidationError[] = [];
  // A leaf counts as ill-formed only for a non-empty string with lone surrogates.
  const walk = (node: DerivedNode) => {
    if (node.illFormedCount === 0) return;
    if (node.children) node.children.forEach(walk);
    else {
      const errorMessage = fieldInfoOf(context, node.applied).errorMessage;
      errors.push({
        keyword: 'wellFormed',
        instancePath: node.field.pointer,
        schemaPath: '',
        params: {},
        message: formatMessage(
          'wellFormed',
          {},
          { label: node.label, widget: node.field.widget, errorMessage },
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
