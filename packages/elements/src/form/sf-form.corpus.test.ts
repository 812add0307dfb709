/// <reference types="vite/client" />
/**
 * The corpus: real form schemas written by other projects (test/corpus/README.md says which, under which
 * licence) rendered by `<sf-form>` with their sample data. Each must render without gaps, show every
 * value its data holds, leave no control unlabelled, label each field with its property's own title,
 * offer every `const`/one-item `enum` option and a choice of branch for each object alternative
 * (`oneOf`/`anyOf` without a discriminating `const`), make conditional fields follow answers given
 * through the UI, and agree with plain Ajv on whether the value the element reports is valid. Schemas that fail today are listed in KNOWN_FAILURES with the reason, as
 * `it.fails`, so each flips to a failure (to be moved back) when the product gap is closed.
 */
import type { JsonSchemaObject } from '@schemaforms/core';
import { bundleRemoteRefs } from '@schemaforms/core/remote-refs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanPage, mountForm, shadowOf } from '../internal/fixtures.test-support.js';
import {
  controlsOf,
  leavesOf,
  missingLeaves,
  plainAjv,
  unchoosableAlternatives,
  unlabelledControls,
  type CorpusEntry,
} from './corpus-checks.test-support.js';
import { conditionProblems, conditionsOf } from './corpus-conditions.test-support.js';
import { optionProblems, titleProblems } from './corpus-fields.test-support.js';
import type { SfForm } from './sf-form.component.js';

const files = import.meta.glob<CorpusEntry>('../../../../test/corpus/*/*.json', { eager: true, import: 'default' });

/** `project/name` of a corpus file. */
function nameOf(path: string): string {
  return path.replace(/^.*\/test\/corpus\//, '').replace(/\.json$/, '');
}

/**
 * Schemas that fail today, with why; the number in brackets is the item of issue #14 that fixes it.
 * Keep each reason short and specific: the test name is the to-do list of the next engineer.
 */
const KNOWN_FAILURES: Record<string, string> = {
  'json-editor/basic': '[#7] `maximum: "5"` (a string): plain Ajv refuses the schema too (invalid-schema)',
  'json-editor/recursive':
    '[#7] plain Ajv (draft-04) refuses `#/definitions/person` under `id: "person"`, as the spec says (invalid for the oracle)',
};

/** A `$ref` to another file (not only a fragment of the same document). */
const OTHER_FILE_REF = /"\$ref"\s*:\s*"(?!#)/;

/**
 * How `<sf-form>` gets the schema of corpus entry `name`: as an object, or, when it `$ref`s other files,
 * through `schema-src` (the test server's /corpus-schema/, which serves those files beside it), as a real
 * host loads such a schema. The checks then read the schema with those files embedded.
 */
async function loadingOf(name: string, entry: CorpusEntry) {
  if (!OTHER_FILE_REF.test(JSON.stringify(entry.schema)))
    return { mount: { schema: entry.schema }, schema: entry.schema };
  const src = `/corpus-schema/${name}.json`;
  const schema = await bundleRemoteRefs(entry.schema as JsonSchemaObject, {
    url: new URL(src, document.baseURI).href,
    allowed: (url) => url.origin === location.origin,
    load: async (url) => (await fetch(url)).json(),
  });
  return { mount: { attributes: { 'schema-src': src } }, schema };
}

/** Everything wrong with `entry` once mounted, as readable lines (empty when it passes). */
async function problemsOf(name: string, given: CorpusEntry): Promise<string[]> {
  const loading = await loadingOf(name, given);
  const entry = { ...given, schema: loading.schema };
  const element = await mountForm({ ...loading.mount, value: entry.data, locale: 'en' });
  const root = shadowOf(element);
  const fallback = root.querySelector('.fallback');
  if (fallback) return [`renders the fallback: ${text(fallback.querySelector('pre'))}`];
  const problems: string[] = [];
  const controls = controlsOf(root);
  // An empty list shows only its Add button: that is a control too.
  if (controls.length === 0 && !root.querySelector('.fields button')) problems.push('renders no control');
  for (const unsupported of root.querySelectorAll('.unsupported')) {
    problems.push(`unsupported field: ${unsupported.getAttribute('data-reason') ?? '(no reason)'}`);
  }
  // A leaf of the wrong type is not in a control but in its field's notice (RELIABILITY C3): shown too.
  const setAside = (leaf: { pointer: string; value: unknown }) =>
    text(root.querySelector(`[data-pointer="${leaf.pointer}"] .error`)).includes(JSON.stringify(leaf.value));
  problems.push(
    ...missingLeaves(
      leavesOf(entry.data).filter((leaf) => !setAside(leaf)),
      controls,
      element.value,
    ),
  );
  problems.push(...unlabelledControls(controls));
  problems.push(...unchoosableAlternatives(entry.schema, root));
  problems.push(...titleProblems(entry.schema, root));
  problems.push(...optionProblems(entry.schema, root));
  problems.push(...agreementWithAjv(entry.schema, element));
  const conditional = await conditionProblems(entry.schema, root, () => element.updateComplete);
  if (conditional.length > 0) problems.push(...conditional);
  // After the answers changed through the UI, the element and plain Ajv must still agree.
  else if (conditionsOf(entry.schema).length > 0) problems.push(...agreementWithAjv(entry.schema, element));
  return problems;
}

/** A problem line when `validate()` and plain Ajv disagree on the value the element reports. */
function agreementWithAjv(schema: unknown, element: SfForm): string[] {
  const validator = plainAjv(schema);
  if (typeof validator === 'string') return [`plain Ajv cannot compile it either: ${validator}`];
  const value = element.value;
  const elementSays = element.validate();
  const ajvSays = validator(value);
  if (elementSays === ajvSays) return [];
  const errors = validator.errors?.slice(0, 2).map((error) => `${error.instancePath} ${error.message}`) ?? [];
  return [
    `validate() says ${elementSays ? 'valid' : 'invalid'}, plain Ajv says ${ajvSays ? 'valid' : 'invalid'} ` +
      `(${JSON.stringify(errors)}) for ${JSON.stringify(value).slice(0, 200)}`,
  ];
}

function text(node: Element | null): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

afterEach(() => {
  cleanPage();
});

describe('<sf-form> renders the corpus of real form schemas', () => {
  const names = Object.keys(files).map(nameOf);

  it('holds at least 100 schemas from at least four projects', () => {
    expect(names.length).toBeGreaterThanOrEqual(100);
    expect(new Set(names.map((name) => name.split('/')[0])).size).toBeGreaterThanOrEqual(4);
  });

  it('lists only corpus files among its known failures', () => {
    expect(Object.keys(KNOWN_FAILURES).filter((name) => !names.includes(name))).toEqual([]);
  });

  for (const [path, entry] of Object.entries(files)) {
    const name = nameOf(path);
    const reason = KNOWN_FAILURES[name];
    const test = reason ? it.fails : it;
    test(reason ? `${name} — fails today: ${reason}` : name, async () => {
      const problems = await problemsOf(name, entry);
      expect(problems).toEqual([]);
    });
  }
});
