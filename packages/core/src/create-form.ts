/**
 * `createForm`: a live form over a compiled schema. Answers in (`setValue`), field model, errors and
 * payload out; every change re-derives only what depends on it.
 */
import type { DerivedNode } from './engine/derived-node.js';
import { markDirty } from './engine/dirty-tracking.js';
import { declaredDefault } from './engine/effective-schema.js';
import { FormEngine } from './engine/form-engine.js';
import { schemaCacheFor } from './engine/schema-cache.js';
import { featureNeeded } from './engine/features/engine-features.js';
import { decideIfLoaded } from './engine/condition-decider.js';
import { cloneJson, jsonEqual } from './engine/json-values.js';
import { nodeAt, toWorkingPointer } from './engine/node-lookup.js';
import { textsIn } from './translations.js';
import { emptyRoot, payloadErrors, rootIsObject } from './engine/form-root.js';
import { payloadWithoutSecrets } from './engine/payload-without-inactive-branches.js';
import { placedErrors } from './extra-property.js';
import { assertTractable, importValue, warn } from './import-value.js';
import {
  childPointer,
  defineOwn,
  formatPointer,
  getIn,
  isObject,
  own,
  parsePointer,
  pointersOverlap,
  POISONED_KEYS,
} from './json-pointer.js';
import type {
  CompiledSchema,
  FieldModel,
  Form,
  FormOptions,
  FormWarning,
  JsonPointer,
  Locale,
  RawError,
  ValidationError,
} from './types.js';

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

class LiveForm implements Form {
  private compiled: CompiledSchema;
  private readonly engine: FormEngine;
  /** Whether the answers are an object (most forms) rather than one value or a list. */
  private readonly objectRoot: boolean;
  private readonly listeners = new Set<(form: Form) => void>();
  private initial: unknown;
  private current: unknown;
  private dirty: Map<JsonPointer, Set<string> | 'all'> | undefined;
  private tree: DerivedNode;
  private serverErrors: ValidationError[] = [];
  private errorMap: Map<JsonPointer, ValidationError[]> = new Map();
  private rawErrors: readonly RawError[] = [];
  /**
   * Whether errors have been asked for yet. Nothing shows an error before blur or submit, so the
   * whole-form validation (V8 compiling the validator on its first call) waits for the first read of
   * `errors` or `validate()`; a change marks the errors stale, and the next read validates again (an
   * element shows no error on most changes: issue #18, the toggle).
   */
  private validated = false;
  private lang: Locale;
  readonly warnings: FormWarning[] = [];
  /** The wrong-typed answers of the initial value (C3), until the person answers their field. */
  readonly unrecognised = new Map<JsonPointer, unknown>();
  /** Those the form started with, back on `reset()`. */
  private readonly initialUnrecognised: ReadonlyMap<JsonPointer, unknown>;

  constructor(compiled: CompiledSchema, options: FormOptions) {
    this.compiled = compiled;
    this.lang = options.locale ?? 'pt-BR';
    this.engine = new FormEngine(textsIn(compiled, this.lang, this.retext), { context: options.context });
    assertTractable(options.value);
    this.objectRoot = rootIsObject(this.engine);
    this.initial =
      importValue(this.engine, options.value ?? emptyRoot(this.objectRoot), this.warnings, this.unrecognised) ??
      emptyRoot(this.objectRoot);
    // Set aside by an earlier form (a restart, a draft) and not answered since: still set aside.
    for (const [pointer, given] of options.unrecognised ?? [])
      if (!pointer || getIn(this.initial, parsePointer(pointer)) === undefined)
        this.unrecognised.set(pointer, cloneJson(given, POISONED_KEYS));
    this.initialUnrecognised = new Map(this.unrecognised);
    this.current = this.initial;
    this.tree = this.engine.derive(this.current, undefined);
    this.fillDefaults();
    this.initial = cloneJson(this.current);
  }

  get root(): FieldModel {
    return this.tree.field;
  }
  get value(): unknown {
    return this.current;
  }
  get locale(): Locale {
    return this.lang;
  }
  get errors(): ReadonlyMap<JsonPointer, readonly ValidationError[]> {
    if (!this.validated) {
      // Marked only once it succeeded: errors read before their words arrived are computed again later.
      this.revalidate();
      this.validated = true;
    }
    return this.errorMap;
  }

  field(pointer: JsonPointer): FieldModel | undefined {
    return nodeAt(this.tree, pointer)?.field;
  }

  getValue(pointer: JsonPointer): unknown {
    return getIn(this.current, parsePointer(pointer));
  }

  setValue(pointer: JsonPointer, value: unknown): void {
    const tokens = parsePointer(pointer);
    if (tokens.some((token) => POISONED_KEYS.has(token))) return;
    assertTractable(value);
    value = cloneJson(value, POISONED_KEYS);
    if (getIn(this.current, tokens) === value) return;
    this.write(tokens, value);
    this.serverErrors = this.serverErrors.filter((e) => !pointersOverlap(e.instancePath, pointer));
    // An answer given where a wrong-typed one was set aside replaces it.
    for (const aside of this.unrecognised.keys()) if (pointersOverlap(aside, pointer)) this.unrecognised.delete(aside);
    this.update();
  }

  chooseAlternative(pointer: JsonPointer, list: JsonPointer, index: number): void {
    const choice = nodeAt(this.tree, pointer)?.field.alternatives?.find((alternative) => alternative.list === list);
    if (!choice || !Number.isInteger(index) || index < 0 || index >= choice.options.length) return;
    this.engine.choices.pick(pointer, list, index);
    const tokens = parsePointer(pointer);
    // A `discriminator` names the branch by a property's answer: the pick answers it too.
    const named = featureNeeded('alternatives').discriminatorAnswer(this.engine.schemas, list, index);
    if (named) this.write([...tokens, named.propertyName], named.value);
    else markDirty((this.dirty ??= new Map()), tokens);
    this.update();
  }

  addItem(pointer: JsonPointer): void {
    const node = nodeAt(this.tree, pointer);
    if (!node || node.field.widget !== 'array') return;
    const list = Array.isArray(node.answer) ? node.answer : [];
    const max = node.field.constraints.maxItems;
    if (max !== undefined && list.length >= max) return;
    const items = node.field.schema.items;
    const type = isObject(items) ? items.type : undefined;
    const fresh = type === 'object' ? {} : type === 'array' ? [] : type === 'string' ? '' : undefined;
    this.engine.defaults.forgetAround(childPointer(pointer, list.length));
    this.write(parsePointer(pointer), [...list, fresh]);
    this.update();
  }

  removeItem(pointer: JsonPointer, index: number): void {
    const list = this.getValue(pointer);
    if (!Array.isArray(list) || index < 0 || index >= list.length) return;
    const min = this.field(pointer)?.constraints.minItems;
    if (min !== undefined && list.length <= min) return;
    this.write(
      parsePointer(pointer),
      list.filter((_, i) => i !== index),
    );
    this.update();
  }

  moveItem(pointer: JsonPointer, from: number, to: number): void {
    const list = this.getValue(pointer);
    if (!Array.isArray(list) || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return;
    const next = list.slice();
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    this.write(parsePointer(pointer), next);
    this.update();
  }

  validate(): readonly ValidationError[] {
    const errors = this.errors;
    const out: ValidationError[] = [];
    const seen = new Set<string>();
    const walk = (node: DerivedNode) => {
      const fieldErrors = errors.get(node.field.pointer);
      if (fieldErrors) {
        out.push(...fieldErrors);
        seen.add(node.field.pointer);
      }
      node.children?.forEach(walk);
    };
    walk(this.tree);
    for (const [p, e] of errors) if (!seen.has(p)) out.push(...e);
    return out;
  }

  setServerErrors(errors: readonly Pick<ValidationError, 'instancePath' | 'message'>[]): void {
    this.serverErrors = errors.map((e) => {
      const instancePath = toWorkingPointer(this.tree, e.instancePath).pointer;
      return { keyword: 'server', instancePath, schemaPath: '', params: {}, message: e.message };
    });
    if (this.validated) this.relocalize();
    this.notify();
  }

  payload(options: { withoutSecrets?: boolean } = {}): unknown {
    const payload = options.withoutSecrets ? payloadWithoutSecrets(this.tree) : cloneJson(this.tree.payload);
    return payload ?? emptyRoot(this.objectRoot);
  }

  reset(): void {
    this.engine.defaults.forgetAll();
    this.engine.choices.forgetAll();
    this.current = cloneJson(this.initial);
    this.serverErrors = [];
    this.unrecognised.clear();
    for (const [pointer, value] of this.initialUnrecognised) this.unrecognised.set(pointer, value);
    this.update('all');
  }

  setLocale(locale: Locale): void {
    if (locale === this.lang) return;
    this.lang = locale;
    if (!this.retext()) {
      if (this.validated) this.relocalize();
      this.notify();
    }
  }

  useValidator(compiled: CompiledSchema): void {
    if (compiled.schema !== this.compiled.schema)
      throw new TypeError('useValidator takes the validator of the schema the form started with');
    if (compiled === this.compiled) return;
    this.compiled = compiled;
    this.engine.useSchema(textsIn(compiled, this.lang, this.retext));
    this.update('all');
  }

  subscribe(listener: (form: Form) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Shows the texts (`x-i18n`) of the current locale if they are not the ones shown (also called when
   * the translation code arrives after the form started); returns whether they changed.
   */
  private readonly retext = (): boolean => {
    const texts = textsIn(this.compiled, this.lang, this.retext);
    if (this.engine.schemas === schemaCacheFor(texts)) return false;
    this.engine.useSchema(texts);
    this.update('all');
    return true;
  };

  /**
   * Writes `value` at `tokens` in place (answers are this form's own copy) and records the change,
   * so the next derivation revisits only that path. Missing containers are created as the schema says.
   */
  private write(tokens: readonly string[], value: unknown): void {
    markDirty((this.dirty ??= new Map()), tokens);
    if (tokens.length === 0) {
      // markDirty has marked the root 'all'.
      this.current = !this.objectRoot || isObject(value) ? value : {};
      return;
    }
    let container = this.current as Record<string, unknown> | unknown[];
    for (let depth = 0; depth < tokens.length - 1; depth++) {
      const token = tokens[depth]!;
      let next = Array.isArray(container) ? container[Number(token)] : own(container, token);
      if (typeof next !== 'object' || next === null) {
        const kind = nodeAt(this.tree, formatPointer(tokens.slice(0, depth + 1)))?.field.widget;
        next = kind === 'array' ? [] : {};
        if (Array.isArray(container)) {
          if (!ARRAY_INDEX.test(token)) return;
          container[Number(token)] = next;
        } else defineOwn(container, token, next);
      }
      container = next as Record<string, unknown> | unknown[];
    }
    const last = tokens[tokens.length - 1]!;
    if (Array.isArray(container)) {
      if (!ARRAY_INDEX.test(last)) return;
      container[Number(last)] = value;
    } else if (value === undefined) delete container[last];
    else defineOwn(container, last, value);
  }

  private update(all?: 'all'): void {
    this.rederive(all);
    this.fillDefaults();
    this.validated = false;
    this.notify();
  }

  /** Re-derives the field tree where `write` recorded changes (everywhere for 'all'). */
  private rederive(all?: 'all'): void {
    this.tree = this.engine.derive(this.current, this.tree, all ?? this.dirty ?? new Map());
    this.dirty = undefined;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener(this);
  }

  /** Applies each field's `default` (or `x-context` default) once, when it first shows up empty. */
  private fillDefaults(): void {
    for (let round = 0; round < 8 && this.tree.pendingDefault; round++) {
      const sets: [string[], unknown][] = [];
      const walk = (node: DerivedNode) => {
        if (!node.pendingDefault) return;
        const pointer = node.field.pointer;
        if (node.answer === undefined && !this.engine.defaults.wasConsidered(pointer)) {
          this.engine.defaults.markConsidered(pointer);
          const fromContext = this.engine.contextDefault(node.applied);
          const declared = fromContext === undefined ? declaredDefault(node.applied) : undefined;
          if (fromContext !== undefined || declared) {
            const value = declared ? declared.value : fromContext;
            const options = node.field.options;
            if (
              declared
                ? this.fits(declared.pointer, declared.value)
                : !options || options.some((option) => jsonEqual(option.value, value))
            )
              sets.push([parsePointer(pointer), cloneJson(value)]);
            else warn(this.warnings, 'invalid-default', pointer, 'Default that does not fit its own schema ignored');
          }
        }
        node.children?.forEach(walk);
      };
      walk(this.tree);
      if (!sets.length) break;
      for (const [tokens, value] of sets) this.write(tokens, value);
      this.rederive();
    }
  }

  /** Whether a `default` fits the subschema declaring it (a validator that cannot tell lets it in). */
  private fits(schemaPointer: JsonPointer, value: unknown): boolean {
    try {
      return (
        decideIfLoaded(this.engine.schemas, schemaPointer, value) ??
        this.compiled.validator.matches(schemaPointer, value)
      );
    } catch {
      return true;
    }
  }

  private revalidate(): void {
    this.rawErrors = placedErrors(
      payloadErrors(this.compiled.validator, this.tree.payload ?? emptyRoot(this.objectRoot)),
    );
    this.relocalize();
  }

  private relocalize(): void {
    const list = this.engine.localizeErrors(this.tree, this.rawErrors, this.lang);
    list.push(...this.engine.illFormedErrors(this.tree, this.lang));
    const map = new Map<JsonPointer, ValidationError[]>();
    for (const e of [...list, ...this.serverErrors]) {
      const atField = map.get(e.instancePath);
      if (atField) atField.push(e);
      else map.set(e.instancePath, [e]);
    }
    this.errorMap = map;
  }
}

/**
 * A live form over `compiled`: initial answers are imported safely (never mutated; unknown keys,
 * wrong types, poisoned keys and secrets left out with a warning), defaults applied once.
 * Throws `DataError` for cyclic or too-deep initial data.
 */
export function createForm(compiled: CompiledSchema, options: FormOptions = {}): Form {
  return new LiveForm(compiled, options);
}
