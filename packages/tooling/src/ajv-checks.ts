/**
 * The checks that need the real validator: the dialect's meta-schema, Ajv's own strict-mode findings
 * (with their schema path), compilation, and whether `default`/`const`/`enum`/`examples` values fit
 * the subschema they sit in.
 */
import type { Dialect } from '@schemaforms/core';
import type { ErrorObject } from 'ajv';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { createFormAjv, ROOT_KEY, subschemaRef, type FormAjv } from './form-ajv.js';
import { getAtPointer, joinPointer } from './json-pointer.js';
import type { LintContext, Reporter } from './lint-context.js';
import { isObject, walkSchemas } from './schema-walk.js';

/** Builds the lint context (known keywords, x- vocabulary, formats) from the project's Ajv. */
export function lintContextFor(dialect: Dialect): LintContext {
  const ajv = createFormAjv(dialect);
  const rules = ajv.RULES as unknown as { all: Record<string, unknown>; keywords: Record<string, unknown> };
  const keywords = new Set([...Object.keys(rules.keywords), ...Object.keys(rules.all)]);
  // Ajv still knows a few non-standard keywords; a form file uses the standard spelling.
  for (const legacy of ['id', 'nullable', '$recursiveAnchor']) keywords.delete(legacy);
  // Ajv reads `$anchor` while resolving references, not as a rule, so it is missing from RULES.
  if (dialect === '2020-12') keywords.add('$anchor');
  const annotations = new Map<string, (value: unknown) => string | undefined>();
  const plain = createFormAjv(dialect, { strict: false });
  for (const keyword of [...keywords].filter((k) => k.startsWith('x-'))) {
    keywords.delete(keyword);
    const definition = ajv.getKeyword(keyword);
    const metaSchema = definition && typeof definition === 'object' ? definition.metaSchema : undefined;
    const validate = metaSchema ? plain.compile(metaSchema) : undefined;
    annotations.set(keyword, (value) =>
      !validate || validate(value) ? undefined : `has an invalid value: ${describeErrors(validate.errors, 'value')}`,
    );
  }
  return { dialect, keywords, annotations, formats: new Set(Object.keys(ajv.formats)) };
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined, root: string): string {
  return (errors ?? [])
    .filter((e) => !['anyOf', 'oneOf', 'if'].includes(e.keyword) || (errors?.length ?? 0) === 1)
    .slice(0, 3)
    .map((e) => {
      const where = e.instancePath ? `${root}${e.instancePath}` : root;
      const extra =
        e.keyword === 'enum'
          ? ` (${(e.params as { allowedValues?: unknown[] }).allowedValues?.map((v) => JSON.stringify(v)).join(', ')})`
          : e.keyword === 'additionalProperties'
            ? ` ("${(e.params as { additionalProperty?: string }).additionalProperty}")`
            : '';
      return `${where} ${e.message ?? e.keyword}${extra}`;
    })
    .join('; ');
}

const preview = (value: unknown): string => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** Options of `ajvChecks`. */
export interface AjvCheckOptions {
  /** Whether a static lint already explained this spot (skips Ajv's less precise echo of it). */
  readonly known: (pointer: string) => boolean;
  /** Whether static lints found errors (compilation failures are then their consequence). */
  readonly hasErrors: boolean;
  /** The language of the messages that have one (English by default). */
  readonly locale?: CheckLocale;
}

/** Runs the meta-schema, compiles with the project's Ajv and checks example values. */
export function ajvChecks(
  root: Record<string, unknown>,
  dialect: Dialect,
  report: Reporter,
  options: AjvCheckOptions,
): void {
  const logged: string[] = [];
  const logger = {
    log: () => undefined,
    warn: (...args: unknown[]) => logged.push(args.map(String).join(' ')),
    error: (...args: unknown[]) => logged.push(args.map(String).join(' ')),
  };
  // strict "log": Ajv reports every strict-mode problem (with its path) instead of stopping at the first.
  const ajv = createFormAjv(dialect, {
    strict: 'log',
    strictSchema: 'log',
    strictTuples: 'log',
    strictRequired: 'log',
    strictTypes: false,
    logger,
  });

  if (!metaSchemaCheck(ajv, root, report, options)) return;

  let compiled = false;
  try {
    ajv.addSchema(root, ROOT_KEY);
    compiled = Boolean(ajv.getSchema(ROOT_KEY));
  } catch (error) {
    if (!options.hasErrors) {
      const { pointer, message } = locateAjvMessage(String((error as Error).message ?? error));
      const missingRef = (error as { missingRef?: string }).missingRef;
      report(
        pointer,
        missingRef ? 'missing-ref' : 'compile-error',
        'error',
        missingRef
          ? checkMessage('ref-unresolved', { ref: missingRef }, options.locale ?? 'en')
          : checkMessage('validator-cannot-compile', { reason: message }, options.locale ?? 'en'),
      );
    }
  }
  for (const line of logged) strictFinding(line, root, report, options);
  if (compiled) valueChecks(ajv, root, dialect, report, options.locale ?? 'en');
}

function metaSchemaCheck(
  ajv: FormAjv,
  root: Record<string, unknown>,
  report: Reporter,
  options: AjvCheckOptions,
): boolean {
  let valid: boolean;
  try {
    valid = ajv.validateSchema(root) as boolean;
  } catch (error) {
    const reason = String((error as Error).message ?? error);
    report('', 'meta-schema', 'error', checkMessage('meta-schema-unchecked', { reason }, options.locale ?? 'en'));
    return false;
  }
  if (valid) return true;
  const errors = ajv.errors ?? [];
  const byPointer = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPointer.get(e.instancePath) ?? [];
    list.push(e);
    byPointer.set(e.instancePath, list);
  }
  // Keep the deepest pointers: a failing anyOf at a parent is explained by its child.
  const pointers = [...byPointer.keys()].filter(
    (p) => ![...byPointer.keys()].some((q) => q !== p && q.startsWith(`${p}/`)),
  );
  let reported = false;
  for (const pointer of pointers) {
    if (options.known(pointer)) {
      reported = true;
      continue;
    }
    const list = byPointer.get(pointer)!;
    const e = list.find((x) => !['anyOf', 'oneOf', 'if', '$ref', '$dynamicRef'].includes(x.keyword)) ?? list[0]!;
    const keyword = pointer.split('/').pop() ?? '';
    const extra =
      e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues?: unknown[] }).allowedValues?.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
    report(
      pointer,
      'meta-schema',
      'error',
      checkMessage(
        'meta-schema-value',
        { keyword, reason: `${e.message ?? e.keyword}${extra}` },
        options.locale ?? 'en',
      ),
    );
    reported = true;
  }
  if (!reported)
    report(
      '',
      'meta-schema',
      'error',
      checkMessage('meta-schema-invalid', { reason: ajv.errorsText(errors) }, options.locale ?? 'en'),
    );
  return false;
}

/** Pulls the schema path out of an Ajv message (`… at "urn#/properties/a"` or `… at path "#/a"`). */
function locateAjvMessage(message: string): { pointer: string; message: string } {
  const m = /\s+at (?:path )?"[^"#]*#([^"]*)"/.exec(message);
  let pointer = '';
  if (m) {
    try {
      pointer = decodeURIComponent(m[1] ?? '');
    } catch {
      pointer = m[1] ?? '';
    }
  }
  return { pointer, message: m ? message.replace(m[0], '') : message };
}

function strictFinding(line: string, root: Record<string, unknown>, report: Reporter, options: AjvCheckOptions): void {
  // Already precise from the static lints (Ajv gives no path for these).
  if (/unknown keyword|"if" without|without "contains"|"(then|else)" without|unknown format/.test(line)) return;
  const strict = line.includes('strict mode:');
  const { pointer, message } = locateAjvMessage(line.replace(/^strict mode: /, ''));
  const required = /required property "(.+)" is not defined/.exec(message);
  if (required) {
    const name = required[1]!;
    const requiredPointer = pointer.endsWith('/required') ? pointer : joinPointer(pointer, 'required');
    const list = getAtPointer(root, requiredPointer);
    const index = Array.isArray(list) ? list.indexOf(name) : -1;
    const at = index >= 0 ? joinPointer(requiredPointer, index) : pointer;
    if (options.known(at)) return;
    report(at, 'strict-required', 'error', checkMessage('strict-required', { name }, options.locale ?? 'en'));
    return;
  }
  // Ajv names the schema object; point at the keyword it complains about when the message names one.
  const schema = getAtPointer(root, pointer);
  const keyword = [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!).find((k) => isObject(schema) && k in schema);
  const at = keyword ? joinPointer(pointer, keyword) : pointer;
  if (options.known(at)) return;
  const reason = message.replace(/\s*\(strict\w*\)$/, '');
  report(
    at,
    strict ? 'strict-mode' : 'ajv-warning',
    strict ? 'error' : 'warning',
    checkMessage('validator-refuses', { reason, strict }, options.locale ?? 'en'),
  );
}

/** `default`, `const`, `enum` and `examples` must fit the subschema they sit in (RELIABILITY A17). */
function valueChecks(
  ajv: FormAjv,
  root: Record<string, unknown>,
  dialect: Dialect,
  report: Reporter,
  locale: CheckLocale,
): void {
  walkSchemas(root, dialect, ({ schema, pointer }) => {
    const values: { at: string; value: unknown; what: 'default' | 'const' | 'enum value' | 'example'; code: string }[] =
      [];
    if ('default' in schema)
      values.push({
        at: joinPointer(pointer, 'default'),
        value: schema.default,
        what: 'default',
        code: 'invalid-default',
      });
    if ('const' in schema)
      values.push({ at: joinPointer(pointer, 'const'), value: schema.const, what: 'const', code: 'invalid-const' });
    if (Array.isArray(schema.enum))
      schema.enum.forEach((value, i) =>
        values.push({ at: joinPointer(pointer, 'enum', i), value, what: 'enum value', code: 'invalid-enum' }),
      );
    if (Array.isArray(schema.examples))
      schema.examples.forEach((value, i) =>
        values.push({ at: joinPointer(pointer, 'examples', i), value, what: 'example', code: 'invalid-example' }),
      );
    if (values.length === 0) return;
    let validate;
    try {
      validate = ajv.getSchema(subschemaRef(pointer));
    } catch {
      return;
    }
    if (!validate) return;
    for (const { at, value, what, code } of values) {
      if (validate(value)) continue;
      report(
        at,
        code,
        'error',
        checkMessage(
          'invalid-value',
          { what, value: preview(value), reason: describeErrors(validate.errors, 'value') },
          locale,
        ),
      );
    }
  });
}
