/**
 * Server-side validation with the same core and schema as the browser: the submitted answers are
 * normalised like a form's payload, validated, and errors are keyed by JSON Pointer.
 */
import type { DerivedNode } from './engine/derived-node.js';
import { errorWording } from './engine/error-wording-loader.js';
import { FormEngine } from './engine/form-engine.js';
import { emptyRoot, payloadErrors, rootIsObject } from './engine/form-root.js';
import { isIllFormed } from './engine/json-values.js';
import { nearestNode } from './engine/node-lookup.js';
import { extraProperty, placedErrors } from './extra-property.js';
import { readableKey } from './field-info.js';
import { assertTractable } from './import-value.js';
import { childPointer, defineOwn, escapeToken, isObject, POISONED_KEYS } from './json-pointer.js';
import { SchemaError } from './schema-error.js';
import { indexSchema } from './schema-index.js';
import type { CompiledSchema, Locale, ValidationError } from './types.js';

/** What `validateSubmission` returns. */
export interface SubmissionResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationError[];
  /** The normalised answers (NFC text, no empty strings, no `undefined`). */
  readonly payload: unknown;
}

function normalize(value: unknown, ptr: string, errors: { pointer: string; code: string }[]): unknown {
  if (typeof value === 'string') {
    if (value === '') return undefined;
    if (isIllFormed(value)) errors.push({ pointer: ptr, code: 'wellFormed' });
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const n = normalize(v, childPointer(ptr, out.length === i ? i : out.length), errors);
      if (n !== undefined) out.push(n);
    });
    return out;
  }
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      if (POISONED_KEYS.has(k)) {
        errors.push({ pointer: childPointer(ptr, k), code: 'poisoned-key' });
        continue;
      }
      const n = normalize(value[k], childPointer(ptr, k), errors);
      if (n !== undefined) defineOwn(out, k, n);
    }
    return out;
  }
  return value;
}

/**
 * Makes the answers the tree was derived from what the form would send, in place: a code trimmed (its
 * node's payload), and an optional group the form leaves out — an empty object or list, not required —
 * removed (`undefined`). Whether anything changed.
 */
function asTheFormSends(node: DerivedNode): boolean {
  let changed = false;
  for (const child of node.children ?? []) {
    const raw = child.answer;
    const trimmed = child.field.code && typeof raw === 'string' && child.payload !== raw;
    const empty =
      child.payload === undefined &&
      (Array.isArray(raw) ? raw.length === 0 : isObject(raw) && Object.keys(raw).length === 0);
    if (trimmed || empty) {
      (node.answer as Record<string, unknown>)[child.field.key] = child.payload;
      changed = true;
    } else if (asTheFormSends(child)) changed = true;
  }
  return changed;
}

const NOT_ACCEPTED: Record<Locale, (label: string) => string> = {
  'pt-BR': (label) => `${label} não é aceito neste formulário com as respostas dadas`,
  en: (label) => `${label} is not accepted by this form with the answers given`,
};

/**
 * An answer the schema does not accept where it is (not declared, or declared only in a branch the
 * other answers leave hidden) is named in its error: its title in whichever branch declares it, else
 * its key made readable.
 */
function namingTheProperty(compiled: CompiledSchema, error: ValidationError, locale: Locale): ValidationError {
  const key = extraProperty(error);
  if (key === undefined) return error;
  const suffix = `/properties/${escapeToken(key)}`;
  let title: string | undefined;
  for (const [pointer, node] of indexSchema(compiled.schema, compiled.dialect, { maxDepth: 64 }).nodes)
    if (pointer.endsWith(suffix) && isObject(node.schema) && typeof node.schema.title === 'string')
      title = node.schema.title;
  return { ...error, message: NOT_ACCEPTED[locale](title ?? readableKey(key)) };
}

/**
 * Validates submitted answers against `compiled` as the form does: strings NFC-normalised, empty
 * strings treated as unanswered, codes trimmed (`FieldModel.code`), optional groups left empty left out,
 * ill-formed text rejected; errors in `locale` (pt-BR by default).
 */
export function validateSubmission(
  compiled: CompiledSchema,
  value: unknown,
  options: { locale?: Locale } = {},
): SubmissionResult {
  const locale = options.locale ?? 'pt-BR';
  try {
    assertTractable(value);
  } catch (e) {
    const err = e as SchemaError;
    return {
      valid: false,
      payload: undefined,
      errors: [{ keyword: err.code, instancePath: err.pointer, schemaPath: '', params: {}, message: err.message }],
    };
  }
  let extra: { pointer: string; code: string }[] = [];
  const engine = new FormEngine(compiled, { applyDefaults: false });
  const empty = emptyRoot(rootIsObject(engine));
  let payload = normalize(value, '', extra) ?? empty;
  let tree = engine.derive(payload, undefined);
  // Which answers are codes and which groups are optional depends on the tree; what is then left out
  // moves later array items, so ill-formed text is located again (dropped keys stay reported).
  if (asTheFormSends(tree)) {
    const again: typeof extra = [];
    tree = engine.derive((payload = normalize(payload, '', again) ?? empty), undefined);
    extra = [...extra.filter((x) => x.code !== 'wellFormed'), ...again];
  }
  const raw = placedErrors(payloadErrors(compiled.validator, payload));
  const errors = engine.localizeErrors(tree, raw, locale).map((e) => namingTheProperty(compiled, e, locale));
  for (const x of extra) {
    const node = nearestNode(tree, x.pointer);
    const keyword = x.code === 'wellFormed' ? 'wellFormed' : 'unknown';
    errors.push({
      keyword: x.code,
      instancePath: x.pointer,
      schemaPath: '',
      params: {},
      message: errorWording().formatMessage(
        keyword,
        {},
        { label: node.field.pointer === x.pointer ? node.field.label : '', widget: node.field.widget },
        locale,
      ),
    });
  }
  return { valid: errors.length === 0, errors, payload };
}
