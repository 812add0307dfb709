/**
 * The checks of the corpus test (`sf-form.corpus.test.ts`): what a mounted `<sf-form>` shows, whether
 * each control has an accessible name, and what plain Ajv says about a value. Each check returns the
 * problems it found as readable lines, so a failing schema says everything that is wrong at once.
 */
import { schemaDraft } from '@schemaforms/core';
import AjvDraft07Module from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv and ajv-formats are CommonJS; `.default` is the class/plugin under bundlers (as in core's create-ajv.ts).
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default;
const AjvDraft07 = (AjvDraft07Module as unknown as { default: typeof AjvDraft07Module.default }).default;
const AjvDraft04 = (AjvDraft04Module as unknown as { default: typeof AjvDraft04Module.default }).default;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule.default }).default;

/** One corpus file: a schema written by another project and, when it has one, its sample data. */
export interface CorpusEntry {
  readonly schema: unknown;
  readonly data?: unknown;
}

/** A string or number the data holds, and where. */
export interface Leaf {
  readonly pointer: string;
  readonly value: string | number;
}

/** Keywords only 2020-12 (or 2019-09) has; a schema without `$schema` that uses one is read as 2020-12. */
const MODERN_KEYWORDS = new Set([
  '$defs',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  '$anchor',
  '$dynamicRef',
]);

function usesModernKeyword(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(usesModernKeyword);
  if (node === null || typeof node !== 'object') return false;
  return Object.entries(node).some(([key, child]) => MODERN_KEYWORDS.has(key) || usesModernKeyword(child));
}

/**
 * Plain Ajv as another project would use it: ajv-draft-04 for a draft-04 schema (`$schema` says so or,
 * without one, its keywords do: core's `schemaDraft`), 2020-12 when `$schema` says so (or, without
 * `$schema`, when a 2020-only keyword shows), draft-07 otherwise (draft-06 included); not strict,
 * meta-schema not checked, all ajv-formats. A schema whose `$id` is a meta-schema Ajv holds (the draft-07
 * meta-schema as a form) replaces it, as `removeSchema` allows. A schema Ajv cannot compile (a relative
 * `$ref` to another file) gives the compile message instead of a validator.
 */
export function plainAjv(schema: unknown): ValidateFunction | string {
  const declared =
    typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  const modern =
    typeof declared === 'string'
      ? /2020-12|2019-09/.test(declared)
      : declared === undefined && usesModernKeyword(schema);
  const options = { strict: false, allErrors: true, validateSchema: false, logger: false } as const;
  const ajv =
    schemaDraft(schema) === 'draft-04'
      ? new AjvDraft04(options)
      : modern
        ? new Ajv2020(options)
        : new AjvDraft07(options);
  addFormats(ajv);
  try {
    const id = (schema as { $id?: unknown }).$id;
    if (typeof id === 'string' && ajv.getSchema(id.replace(/#$/, ''))) ajv.removeSchema(id.replace(/#$/, ''));
    return ajv.compile(structuredClone(schema) as object);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every non-empty string and every number in `data`, with its JSON Pointer. */
export function leavesOf(data: unknown, pointer = ''): Leaf[] {
  if (typeof data === 'string') return data === '' ? [] : [{ pointer, value: data }];
  if (typeof data === 'number') return [{ pointer, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => leavesOf(item, `${pointer}/${index}`));
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) =>
      leavesOf(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`),
    );
  }
  return [];
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The form controls under `root`, through the shadow roots of nested custom elements. */
export function controlsOf(root: ParentNode): Control[] {
  const controls: Control[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
    if (
      element instanceof HTMLInputElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLTextAreaElement
    ) {
      controls.push(element);
    }
    if (element.shadowRoot) controls.push(...controlsOf(element.shadowRoot));
  }
  return controls;
}

function text(node: Node | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The value at a JSON Pointer of `data` (undefined when absent). */
function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const token of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function isChoice(control: Control): boolean {
  return (
    control instanceof HTMLSelectElement ||
    (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
  );
}

function isChosen(control: Control): boolean {
  return control instanceof HTMLSelectElement
    ? control.selectedOptions.length > 0 && control.value !== ''
    : (control as HTMLInputElement).checked;
}

/** The strings and numbers inside a value (itself, or its items and properties at any depth), as text. */
function scalarsOf(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(scalarsOf);
}

/**
 * What a control shows as its value: typed text, or — for a checked radio or checkbox and a select with
 * a selection — the answer its field holds (`value` at the field's `data-pointer`): choices are drawn by
 * their labels, so the option chosen stands for that answer, a whole object of an `enum` of objects
 * included. A choice of object alternatives (`.alternatives`) chooses fields, not an answer: it shows none.
 */
function shownValues(control: Control, value: unknown): string[] {
  if (isChoice(control)) {
    if (!isChosen(control) || control.closest('.alternatives')) return [];
    const pointer = control.closest('[data-pointer]')?.getAttribute('data-pointer');
    const answer = pointer === null || pointer === undefined ? undefined : valueAt(value, pointer);
    return scalarsOf(answer);
  }
  if (control instanceof HTMLInputElement && control.type === 'file') return [];
  return [(control as HTMLInputElement).value];
}

/** Whether a date/time input shows `leaf` at its own precision (minutes, local time for datetime-local). */
function showsDateTime(control: Control, leaf: string): boolean {
  if (!(control instanceof HTMLInputElement) || control.value === '') return false;
  if (control.type === 'time') return leaf.startsWith(control.value);
  if (control.type !== 'datetime-local') return false;
  const shown = new Date(control.value).getTime();
  const held = new Date(leaf).getTime();
  return Number.isFinite(held) && Math.abs(shown - held) < 60_000;
}

/** The leaves of the data that no control shows, as problem lines (`value` is the element's value). */
export function missingLeaves(leaves: readonly Leaf[], controls: readonly Control[], value: unknown): string[] {
  const shown = controls.flatMap((control) => shownValues(control, value));
  const shownText = new Set(shown);
  const shownNumbers = new Set(shown.filter((item) => item.trim() !== '').map(Number));
  return leaves
    .filter((leaf) =>
      typeof leaf.value === 'number'
        ? !shownNumbers.has(leaf.value)
        : !shownText.has(leaf.value) && !controls.some((control) => showsDateTime(control, leaf.value as string)),
    )
    .map((leaf) => `value not shown: ${leaf.pointer || '(root)'} = ${JSON.stringify(leaf.value)}`);
}

/** A control's accessible name from `aria-labelledby`, `aria-label`, its `<label>`s or `title`. */
function accessibleName(control: Control): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const name = labelledBy
      .split(/\s+/)
      .map((id) => text(root.getElementById(id)))
      .join(' ')
      .trim();
    if (name) return name;
  }
  const label = control.getAttribute('aria-label')?.trim();
  if (label) return label;
  const fromLabels = [...(control.labels ?? [])].map(text).join(' ').trim();
  return fromLabels || (control.getAttribute('title')?.trim() ?? '');
}

/** The controls without an accessible name, as problem lines. */
export function unlabelledControls(controls: readonly Control[]): string[] {
  return controls
    .filter((control) => accessibleName(control) === '')
    .map((control) => `unlabelled control: <${control.localName}${control.id ? ` id="${control.id}"` : ''}>`);
}

/** An object alternative (`oneOf`/`anyOf` of object branches) and where its fields go in the data. */
export interface ObjectAlternative {
  /** JSON Pointer pattern of the data it applies to; `*` stands for any array index. */
  readonly dataPath: readonly string[];
  readonly keyword: 'oneOf' | 'anyOf';
  /** Each branch's `title` (its own, else its `$ref` target's), undefined when it has none. */
  readonly titles: readonly (string | undefined)[];
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Follows a local `$ref` (`#/…`) once; other refs and missing targets give the node itself. */
function resolveLocal(root: unknown, node: SchemaNode): SchemaNode {
  const ref = node.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return node;
  const target = valueAt(root, ref.slice(1));
  return isNode(target) ? { ...target, ...node, title: node.title ?? target.title } : node;
}

function isObjectBranch(branch: SchemaNode): boolean {
  return branch.type === 'object' || isNode(branch.properties) || Array.isArray(branch.required);
}

/** Whether every branch fixes one common property with `const` (or a one-item `enum`): a discriminated union. */
function isDiscriminated(branches: readonly SchemaNode[]): boolean {
  const fixedKeys = branches.map((branch) =>
    Object.entries(isNode(branch.properties) ? branch.properties : {})
      .filter(
        ([, property]) =>
          isNode(property) && ('const' in property || (Array.isArray(property.enum) && property.enum.length === 1)),
      )
      .map(([key]) => key),
  );
  return fixedKeys[0]?.some((key) => fixedKeys.every((keys) => keys.includes(key))) ?? false;
}

/**
 * The object alternatives of `schema` without a discriminating `const`, where the form must offer the
 * person a choice of branch (issue #14, item 1). Walks `properties`, object `items` and local `$ref`s.
 */
export function objectAlternatives(schema: unknown): ObjectAlternative[] {
  const found: ObjectAlternative[] = [];
  const seen = new Set<unknown>();
  const visit = (raw: unknown, dataPath: readonly string[]): void => {
    if (!isNode(raw) || dataPath.length > 8) return;
    const node = resolveLocal(schema, raw);
    if (seen.has(node.$ref ?? raw)) return;
    if (typeof node.$ref === 'string') seen.add(node.$ref);
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = node[keyword];
      if (!Array.isArray(branches) || branches.length < 2) continue;
      const resolved = branches.filter(isNode).map((branch) => resolveLocal(schema, branch));
      if (resolved.some(isObjectBranch) && !isDiscriminated(resolved)) {
        found.push({
          dataPath,
          keyword,
          titles: resolved.map((branch) => (typeof branch.title === 'string' ? branch.title : undefined)),
        });
      }
    }
    if (isNode(node.properties)) {
      for (const [key, property] of Object.entries(node.properties)) visit(property, [...dataPath, key]);
    }
    if (isNode(node.items)) visit(node.items, [...dataPath, '*']);
  };
  visit(schema, []);
  return found;
}

/** The texts of the choice options (radio/checkbox labels, select options) under `field`. */
function optionTexts(field: ParentNode): string[] {
  return controlsOf(field).flatMap((control) =>
    control instanceof HTMLSelectElement
      ? [...control.options].map(text)
      : control instanceof HTMLInputElement && control.type === 'radio'
        ? [...(control.labels ?? [])].map(text)
        : [],
  );
}

/** The rendered fields an alternative applies to (the root itself for the root's alternatives). */
function fieldsAt(root: ShadowRoot, dataPath: readonly string[]): ParentNode[] {
  if (dataPath.length === 0) return [root];
  const pattern = new RegExp(
    `^/${dataPath.map((token) => (token === '*' ? '\\d+' : token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`,
  );
  return [...root.querySelectorAll('[data-pointer]')].filter((field) =>
    pattern.test(field.getAttribute('data-pointer') ?? ''),
  );
}

/**
 * The object alternatives the form does not let the person choose, as problem lines: each rendered
 * field with one needs a radio or select option per branch, labelled with the branch's title (or, for a
 * branch without one, a numbered fallback such as "Option 2").
 */
export function unchoosableAlternatives(schema: unknown, root: ShadowRoot): string[] {
  return objectAlternatives(schema).flatMap((alternative) =>
    fieldsAt(root, alternative.dataPath).flatMap((field) => {
      const options = optionTexts(field);
      const missing = alternative.titles.filter((title, index) =>
        title === undefined
          ? !options.some((option) => new RegExp(`\\b${index + 1}\\b`).test(option))
          : !options.includes(title),
      );
      const where = field === root ? '(root)' : (field as Element).getAttribute('data-pointer');
      return missing.length === 0
        ? []
        : [
            `${alternative.keyword} at ${where}: no choice of branch ${JSON.stringify(alternative.titles.map((title, index) => title ?? `#${index + 1}`))}`,
          ];
    }),
  );
}
