/**
 * The field model proved against the official JSON-Schema-Test-Suite `annotations/` tests (vendored
 * in vendor/json-schema-test-suite/annotations): for each instance, what a field shows — label
 * (`title`), help (`description`), `readOnly`, `writeOnly`, placeholder (`examples[0]`), format and
 * content constraints, and `default`/`deprecated`/`contentSchema` in its effective schema — must be
 * one of the annotations the suite says apply at that location, and nothing when none apply.
 * Public API only (`compileSchema`, `createForm`, `Form.field`).
 *
 * A form shows one value per annotation (one label), where the suite collects every value that
 * applies, so a case passes when the value shown is one of them. Cases the form deliberately answers
 * differently are listed with the reason in the test name (`it.fails`, so a change in behaviour
 * turns them red and the list gets updated); cases it cannot run are skipped with the reason.
 */
import { describe, expect, it } from 'vitest';
import { compileSchema, createForm, readableKey, type FieldModel, type Form } from './index.js';
import { parseUrl } from './url.js';

interface Assertion {
  readonly location: string;
  readonly keyword: string;
  readonly expected: Readonly<Record<string, unknown>>;
}
interface AnnotationTest {
  readonly instance: unknown;
  readonly assertions: readonly Assertion[];
}
interface AnnotationCase {
  readonly description: string;
  readonly compatibility?: string;
  readonly schema: unknown;
  readonly externalSchemas?: unknown;
  readonly tests: readonly AnnotationTest[];
}
interface Fs {
  readdirSync(path: string): string[];
  readFileSync(path: string, encoding: 'utf8'): string;
}

// Dynamic specifiers keep Node's types out of a DOM-free, Node-free tsconfig; Vitest runs in Node.
const fs = (await import(/* @vite-ignore */ 'node:' + 'fs')) as Fs;
const here = (import.meta as unknown as { url: string }).url;
const dir = decodeURIComponent(
  parseUrl('../../../vendor/json-schema-test-suite/annotations/tests/', here)!.href.replace(/^file:\/\//, ''),
);
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Whether a case applies to draft 2020-12 (the suite's `compatibility`: "3", "<=2019", "6,<=2019", "=2020"). */
function appliesTo2020(compatibility: string | undefined): boolean {
  if (compatibility === undefined) return true;
  return compatibility.split(',').every((part) => {
    const m = /^(<=|=)?(\d+)$/.exec(part.trim());
    if (!m) return false;
    const release = Number(m[2]);
    return m[1] === '<=' ? release >= 2020 : m[1] === '=' ? release === 2020 : release <= 2020;
  });
}

/** What the field shows for `keyword`, or `undefined` when it shows nothing. */
function shown(field: FieldModel, keyword: string): unknown {
  switch (keyword) {
    case 'title':
      return field.schema.title === undefined && madeUpLabel(field) ? undefined : field.label;
    case 'description':
      return field.help;
    case 'readOnly':
      return field.readOnly ? true : undefined;
    case 'writeOnly':
      return field.writeOnly ? true : undefined;
    case 'examples':
      return field.placeholder;
    case 'format':
    case 'contentMediaType':
    case 'contentEncoding':
      return field.constraints[keyword];
    default:
      return field.schema[keyword];
  }
}

/**
 * Whether a field's label is one the form makes up, not a `title`: its key made readable, a map entry's
 * key, or an item's number.
 */
function madeUpLabel(field: FieldModel): boolean {
  if (field.label === readableKey(field.key) || (field.mapEntry && field.label === field.key)) return true;
  return /^\d+$/.test(field.key) && field.label.endsWith(String(Number(field.key) + 1));
}

/** Whether what is shown is one of the expected annotation values (and nothing when none is expected). */
function agrees(value: unknown, expected: Readonly<Record<string, unknown>>, keyword: string): boolean {
  const values = Object.values(expected);
  if (values.length === 0) return value === undefined;
  return values.some((v) => {
    if (keyword === 'examples' && Array.isArray(v)) return v.length > 0 && String(v[0]) === value;
    if (typeof v === 'boolean' && v === false) return value === undefined || value === false;
    return JSON.stringify(v) === JSON.stringify(value);
  });
}

const NOT_A_FIELD =
  'members of an object that declares no map (unevaluatedProperties alone, an undeclared key) and contains/unevaluatedItems items are not form fields (C11), so nothing shows their annotations';
const CONTENT_ANY_TYPE =
  "a field shows its schema's content constraints whatever the current value's type (the suite: only for strings)";
const MAP_ENTRY_LABEL =
  "a map entry's label is its key (issue #14, item 4): the value schema's title is the same for every entry, the key tells them apart";
const UNTYPED_ITEM =
  'the items of a list its schema does not type are fields of any value (drawn for the value they hold); `contains` and `unevaluatedItems` do not label them';
/** Why the form answers a case differently from the suite, by "file: case: instance #: location keyword". */
/** Tuples (issue #14 item 7) render each position as a field; what a form shows there differs: */
const TUPLE_REST = 'items after the tuple positions are list items, labelled with their number ("Bar 2")';
const TUPLE_UNEVALUATED =
  'a tuple item only unevaluatedItems describes is a field without a schema of its own, labelled by its position';
const TUPLE_IF = 'a tuple position shows the annotations of the active branch (else), not of the if subschema';

const DIFFERS: Record<string, string> = {
  'applicators.json: `properties`, `patternProperties`, and `additionalProperties`: instance 1: /apple title':
    MAP_ENTRY_LABEL,
  'applicators.json: `properties`, `patternProperties`, and `additionalProperties`: instance 1: /baz title':
    MAP_ENTRY_LABEL,
  'unevaluated.json: `unevaluatedProperties` with `patternProperties`: instance 0: /apple title': MAP_ENTRY_LABEL,
  'unevaluated.json: `unevaluatedProperties` with `additionalProperties`: instance 0: /foo title': MAP_ENTRY_LABEL,
  'unevaluated.json: `unevaluatedProperties` with `additionalProperties`: instance 0: /bar title': MAP_ENTRY_LABEL,
  'applicators.json: `prefixItems` and `items`: instance 0: /1 title': TUPLE_REST,
  'applicators.json: `contains`: instance 0: /1 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` alone: instance 0: /0 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` alone: instance 0: /1 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` with `contains`: instance 0: /0 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` with `contains`: instance 0: /1 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` with `not`: instance 0: /0 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` with `not`: instance 0: /1 title': UNTYPED_ITEM,
  'unevaluated.json: `unevaluatedItems` with `prefixItems`: instance 0: /1 title': TUPLE_UNEVALUATED,
  'unevaluated.json: `unevaluatedItems` with `if`, `then`, and `else`: instance 0: /0 title': TUPLE_IF,
  'unevaluated.json: `unevaluatedItems` with `if`, `then`, and `else`: instance 0: /1 title': TUPLE_UNEVALUATED,
  'unevaluated.json: `unevaluatedItems` with `if`, `then`, and `else`: instance 1: /1 title': TUPLE_UNEVALUATED,
  'unevaluated.json: `unevaluatedItems` with `allOf`: instance 0: /1 title': TUPLE_UNEVALUATED,
  'unevaluated.json: `unevaluatedItems` with `anyOf`: instance 0: /1 title': TUPLE_UNEVALUATED,
  'unevaluated.json: `unevaluatedItems` with `oneOf`: instance 0: /1 title': TUPLE_UNEVALUATED,
  'content.json: `contentMediaType` is an annotation for string instances: instance 1: (root) contentMediaType':
    CONTENT_ANY_TYPE,
  'content.json: `contentEncoding` is an annotation for string instances: instance 1: (root) contentEncoding':
    CONTENT_ANY_TYPE,
  'content.json: `contentSchema` is an annotation for string instances: instance 1: (root) contentSchema':
    CONTENT_ANY_TYPE,
  'content.json: `contentSchema` requires `contentMediaType`: instance 0: (root) contentSchema':
    'the effective schema keeps contentSchema as written, without checking that contentMediaType is there',
};

/** Why a whole case cannot run through a form. */
function skipReason(c: AnnotationCase): string | undefined {
  if (!appliesTo2020(c.compatibility)) return 'not a draft 2020-12 case';
  if (c.externalSchemas !== undefined) return 'needs external schemas, which a form never fetches (A10)';
  const text = JSON.stringify(c.schema);
  if (/"\$dynamicRef"/.test(text)) return '$dynamicRef is deliberately unsupported by forms (A24)';
  if (/"x-unknownKeyword"/.test(text)) return 'unknown keywords are refused by strict mode (A5)';
  return undefined;
}

/** Why one assertion is not about what a form shows, or undefined. */
function assertionSkipReason(form: Form, instance: unknown, a: Assertion): string | undefined {
  if (Object.keys(a.expected).length === 0 && !holds(instance, a.location) && form.field(a.location) !== undefined)
    return 'the instance has no value there, and a form shows its fields unanswered, with their labels';
  return undefined;
}

function holds(instance: unknown, location: string): boolean {
  let at: unknown = instance;
  for (const token of location
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, token)) return false;
    at = (at as Record<string, unknown>)[token];
  }
  return true;
}

/** The form for one instance, or why the schema cannot become a form. */
async function formFor(schema: unknown, instance: unknown): Promise<Form | string> {
  try {
    return createForm(await compileSchema(schema), { value: instance });
  } catch (error) {
    const message = String((error as Error).message);
    if (/is \d+-tuple, but minItems or maxItems\/items are not specified/.test(message))
      return 'an open tuple (prefixItems without items: false) is refused by strict mode: form tuples are closed';
    return `the schema is refused: ${message}`;
  }
}

// Forms are built while the tests are collected, so a skipped assertion says why in its name.
for (const file of files) {
  const cases = (JSON.parse(fs.readFileSync(dir + file, 'utf8')) as { suite: AnnotationCase[] }).suite;
  const planned: { name: string; kind: 'run' | 'fails' | 'skip'; check?: () => void }[] = [];
  for (const c of cases) {
    const skip = skipReason(c);
    if (skip) {
      planned.push({ name: `${c.description} (skipped: ${skip})`, kind: 'skip' });
      continue;
    }
    for (const [t, test] of c.tests.entries()) {
      const form = await formFor(c.schema, test.instance);
      for (const a of test.assertions) {
        const id = `${c.description}: instance ${t}: ${a.location || '(root)'} ${a.keyword}`;
        const skipped = typeof form === 'string' ? form : assertionSkipReason(form, test.instance, a);
        if (skipped || typeof form === 'string') {
          planned.push({ name: `${id} (skipped: ${skipped})`, kind: 'skip' });
          continue;
        }
        const field = a.location === '' ? form.root : form.field(a.location);
        const check = () => {
          // No field at all shows nothing: right when the suite expects no annotation there.
          const value = field === undefined ? undefined : shown(field, a.keyword);
          expect(
            agrees(value, a.expected, a.keyword),
            `shows ${JSON.stringify(value)}; suite expects one of ${JSON.stringify(a.expected)}`,
          ).toBe(true);
        };
        const differs =
          DIFFERS[`${file}: ${id}`] ??
          (field === undefined && Object.keys(a.expected).length > 0 ? NOT_A_FIELD : undefined);
        planned.push(
          differs
            ? { name: `${id} (form differs: ${differs})`, kind: 'fails', check }
            : { name: id, kind: 'run', check },
        );
      }
    }
  }
  describe(`annotations/${file}`, () => {
    for (const p of planned) {
      if (p.kind === 'skip') it.skip(p.name, () => {});
      else if (p.kind === 'fails') it.fails(p.name, p.check!);
      else it(p.name, p.check!);
    }
  });
}
