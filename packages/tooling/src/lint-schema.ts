/**
 * Static lints of one schema document: what Ajv's strict mode would reject (with a precise pointer),
 * what it accepts but a form cannot use, and what makes a schema unsafe to run.
 */
import { POISONED_NAMES, type Dialect } from '@schemaforms/core';
import { IN_PLACE_APPLICATORS } from '@schemaforms/core/schema-keywords';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import { getAtPointer, joinPointer } from './json-pointer.js';
import { lintLayout } from './layout-lint.js';
import { lintPattern } from './regex-lint.js';
import { isObject, walkSchemas, childSchemas, ANONYMOUS_BASE } from './schema-walk.js';
import { labelKey, lintHelp, lintText } from './text-lint.js';

/** Reports one problem; `key` places it on the property name rather than the value. */
export type Reporter = (
  pointer: string,
  code: string,
  severity: 'error' | 'warning',
  message: string,
  options?: { key?: boolean },
) => void;

/** What the lints need to know about the validator. */
export interface LintContext {
  readonly dialect: Dialect;
  /** Every keyword the validator knows (standard ones plus the x- vocabulary). */
  readonly keywords: ReadonlySet<string>;
  /** The x- vocabulary: keyword → a function returning the problem with its value, if any. */
  readonly annotations: ReadonlyMap<string, (value: unknown) => string | undefined>;
  /** Format names the validator knows. */
  readonly formats: ReadonlySet<string>;
}

/** Caps of a form document (RELIABILITY A22). */
export const LIMITS = {
  maxProperties: 2_000,
  maxEnum: 1_000,
} as const;

const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

const ID_LIKE =
  /(^id$|[a-z]Id$|ID$|_id$|^(cpf|cnpj|cep|codigo|c[oó]digo|numero|n[uú]mero|telefone|phone|pedido|order|sku|ean|gtin|nsu)([A-Z_]|$))/;

/** Edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest candidate within an edit distance of 2 (or a third of the word), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

const numberOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

type At = (...tokens: (string | number)[]) => string;

/** Runs every static lint on `root` and reports through `report`; `locale` words the messages that have one. */
export function lintSchema(root: unknown, context: LintContext, report: Reporter, locale: CheckLocale = 'en'): void {
  lintAllTexts(root, report, locale);
  if (!isObject(root)) return;
  const refs = new RefIndex(root, context.dialect);
  let propertyCount = 0;

  walkSchemas(root, context.dialect, ({ schema, pointer, base }) => {
    const at: At = (...tokens) => joinPointer(pointer, ...tokens);
    for (const key of Object.keys(schema)) lintKeyword(key, schema[key], at(key), context, report, locale);
    lintTypes(schema, at, report, locale);
    lintStrictShapes(schema, at, report, locale);
    lintFormatAndPatterns(schema, at, context, report, locale);
    lintNeverValid(schema, at, report, locale);
    lintNames(schema, at, report, locale);
    lintLabels(schema, at, report, locale);
    lintCode(schema, at, report, locale);
    lintLayout(schema, at, report);

    if (isObject(schema.properties)) propertyCount += Object.keys(schema.properties).length;
    if (Array.isArray(schema.enum) && schema.enum.length > LIMITS.maxEnum) {
      report(
        at('enum'),
        'enum-too-large',
        'error',
        checkMessage('enum-too-large', { count: schema.enum.length, max: LIMITS.maxEnum }, locale),
      );
    }
    if (typeof schema.description === 'string') {
      for (const problem of lintHelp(schema.description, locale))
        report(at('description'), problem.code, problem.severity, problem.message);
    }
    for (const keyword of ['$dynamicRef', '$recursiveRef', '$dynamicAnchor']) {
      if (keyword in schema) {
        report(
          at(keyword),
          'unsupported-feature',
          'warning',
          checkMessage('dynamic-ref-not-shown', { keyword }, locale),
          { key: true },
        );
      }
    }
    if ('patternProperties' in schema) {
      report(
        at('patternProperties'),
        'unsupported-feature',
        'warning',
        checkMessage('pattern-properties-not-shown', {}, locale),
        { key: true },
      );
    }
    if (typeof schema.$ref === 'string') refs.check(schema.$ref, base, at('$ref'), report, locale);
  });

  if (propertyCount > LIMITS.maxProperties) {
    report(
      '',
      'too-many-properties',
      'error',
      checkMessage('too-many-properties', { count: propertyCount, max: LIMITS.maxProperties }, locale),
    );
  }
  refs.reportCycles(report, locale);
}

function lintKeyword(
  key: string,
  value: unknown,
  pointer: string,
  context: LintContext,
  report: Reporter,
  locale: CheckLocale,
): void {
  const annotation = context.annotations.get(key);
  if (annotation) {
    const problem = annotation(value);
    if (problem)
      report(
        pointer,
        'invalid-annotation',
        'error',
        `"${key}" ${problem} — see the x- vocabulary in schemas/README.md`,
      );
    return;
  }
  if (context.keywords.has(key)) return;
  const suggestion = closest(key, [...context.keywords, ...context.annotations.keys()]);
  const draft07 =
    context.dialect === 'draft-07' &&
    [
      '$defs',
      'prefixItems',
      'dependentRequired',
      'dependentSchemas',
      'unevaluatedProperties',
      'unevaluatedItems',
    ].includes(key);
  const params = {
    key,
    annotation: key.startsWith('x-'),
    vocabulary: [...context.annotations.keys()],
    draft07,
    ...(suggestion ? { suggestion } : {}),
  };
  report(pointer, 'unknown-keyword', 'error', checkMessage('unknown-keyword', params, locale), { key: true });
}

function lintTypes(schema: Readonly<Record<string, unknown>>, at: At, report: Reporter, locale: CheckLocale): void {
  const { type } = schema;
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  if (!types) return;
  types.forEach((t, i) => {
    if (typeof t === 'string' && !JSON_TYPES.includes(t)) {
      const suggestion = closest(t, JSON_TYPES);
      const params = { type: t, types: JSON_TYPES, ...(suggestion ? { suggestion } : {}) };
      report(
        Array.isArray(type) ? at('type', i) : at('type'),
        'unknown-type',
        'error',
        checkMessage('unknown-type', params, locale),
      );
    }
  });
  const nonNull = types.filter((t) => t !== 'null');
  if (nonNull.length > 1) {
    report(at('type'), 'union-type', 'error', checkMessage('union-type', { types }, locale));
  } else if (Array.isArray(type) && types.length === 2 && nonNull.length === 1) {
    report(
      at('type'),
      'nullable-type',
      'warning',
      checkMessage('nullable-type', { types, shown: String(nonNull[0]) }, locale),
    );
  }
}

function lintStrictShapes(
  schema: Readonly<Record<string, unknown>>,
  at: At,
  report: Reporter,
  locale: CheckLocale,
): void {
  if ('if' in schema && !('then' in schema) && !('else' in schema)) {
    report(at('if'), 'if-without-branch', 'error', checkMessage('if-without-branch', {}, locale), { key: true });
  }
  for (const branch of ['then', 'else']) {
    if (branch in schema && !('if' in schema)) {
      report(at(branch), 'branch-without-if', 'error', checkMessage('branch-without-if', { branch }, locale), {
        key: true,
      });
    }
  }
  for (const keyword of ['minContains', 'maxContains']) {
    if (keyword in schema && !('contains' in schema)) {
      report(at(keyword), 'contains-missing', 'error', checkMessage('contains-missing', { keyword }, locale), {
        key: true,
      });
    }
  }
}

function lintFormatAndPatterns(
  schema: Readonly<Record<string, unknown>>,
  at: At,
  context: LintContext,
  report: Reporter,
  locale: CheckLocale,
): void {
  const types = typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? schema.type : undefined;
  const maybeString = !types || types.includes('string');
  if (typeof schema.format === 'string' && !context.formats.has(schema.format)) {
    const suggestion = closest(schema.format, context.formats);
    const params = { format: schema.format, formats: [...context.formats], ...(suggestion ? { suggestion } : {}) };
    report(at('format'), 'unknown-format', 'error', checkMessage('unknown-format', params, locale));
  }
  if (typeof schema.pattern === 'string') {
    for (const problem of lintPattern(schema.pattern))
      report(at('pattern'), problem.code, problem.severity, problem.message);
  }
  if (isObject(schema.patternProperties)) {
    for (const key of Object.keys(schema.patternProperties)) {
      for (const problem of lintPattern(key))
        report(at('patternProperties', key), problem.code, problem.severity, problem.message, { key: true });
    }
    const names = schema.propertyNames;
    if (!isObject(names) || typeof names.maxLength !== 'number') {
      report(
        at('patternProperties'),
        'unbounded-string',
        'error',
        '"patternProperties" without "propertyNames": { "maxLength": … } matches regexes against names of any length (json-schema-secure) — add it',
        { key: true },
      );
    }
  }
  if (maybeString && typeof schema.maxLength !== 'number') {
    for (const keyword of ['pattern', 'format']) {
      if (typeof schema[keyword] === 'string') {
        report(at(keyword), 'unbounded-string', 'error', checkMessage('unbounded-string', { keyword }, locale), {
          key: true,
        });
      }
    }
  }
}

function lintNeverValid(
  schema: Readonly<Record<string, unknown>>,
  at: At,
  report: Reporter,
  locale: CheckLocale,
): void {
  const never = (keyword: string, why: string): void =>
    report(at(keyword), 'never-valid', 'error', checkMessage('never-valid', { why }, locale));
  const pairs: [string, string, (lo: number, hi: number) => boolean, string][] = [
    ['minLength', 'maxLength', (lo, hi) => lo > hi, '>'],
    ['minItems', 'maxItems', (lo, hi) => lo > hi, '>'],
    ['minProperties', 'maxProperties', (lo, hi) => lo > hi, '>'],
    ['minContains', 'maxContains', (lo, hi) => lo > hi, '>'],
    ['minimum', 'maximum', (lo, hi) => lo > hi, '>'],
    ['exclusiveMinimum', 'exclusiveMaximum', (lo, hi) => lo >= hi, '≥'],
    ['minimum', 'exclusiveMaximum', (lo, hi) => lo >= hi, '≥'],
    ['exclusiveMinimum', 'maximum', (lo, hi) => lo >= hi, '≥'],
  ];
  for (const [low, high, bad, sign] of pairs) {
    const lo = numberOf(schema[low]);
    const hi = numberOf(schema[high]);
    if (lo !== undefined && hi !== undefined && bad(lo, hi)) never(low, `"${low}" (${lo}) ${sign} "${high}" (${hi})`);
  }
  const empty = locale === 'en' ? 'is empty' : 'está vazio';
  if (Array.isArray(schema.enum) && schema.enum.length === 0) never('enum', `"enum" ${empty}`);
  if (Array.isArray(schema.type) && schema.type.length === 0) never('type', `"type" ${empty}`);
}

function lintNames(schema: Readonly<Record<string, unknown>>, at: At, report: Reporter, locale: CheckLocale): void {
  const poisoned = (pointer: string, name: string, key: boolean): void =>
    report(pointer, 'poisoned-name', 'error', checkMessage('poisoned-name', { name }, locale), { key });
  for (const keyword of [
    'properties',
    'dependentRequired',
    'dependentSchemas',
    '$defs',
    'definitions',
    'dependencies',
  ]) {
    const map = schema[keyword];
    if (!isObject(map)) continue;
    for (const name of Object.keys(map)) {
      if (POISONED_NAMES.has(name)) poisoned(at(keyword, name), name, true);
      const list = map[name];
      if (keyword !== 'properties' && Array.isArray(list)) {
        list.forEach((item, i) => {
          if (typeof item === 'string' && POISONED_NAMES.has(item)) poisoned(at(keyword, name, i), item, false);
        });
      }
    }
  }
  if (Array.isArray(schema.required)) {
    schema.required.forEach((name, i) => {
      if (typeof name === 'string' && POISONED_NAMES.has(name)) poisoned(at('required', i), name, false);
    });
  }
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (!isObject(property) || !ID_LIKE.test(name)) continue;
      const t = property.type;
      const numeric =
        t === 'integer' || t === 'number' || (Array.isArray(t) && (t.includes('integer') || t.includes('number')));
      if (numeric) {
        report(at('properties', name, 'type'), 'integer-id', 'warning', checkMessage('integer-id', { name }, locale));
      } else if (
        (t === 'string' || (Array.isArray(t) && t.includes('string'))) &&
        property['x-code'] === undefined &&
        property.writeOnly !== true &&
        !CODE_FORMATS.has(String(property.format)) &&
        !isChoice(property)
      ) {
        report(at('properties', name), 'code-unmarked', 'warning', checkMessage('code-unmarked', { name }, locale), {
          key: true,
        });
      }
    }
  }
}

/** Whether the form shows a list to pick from: an `enum`, or a `oneOf`/`anyOf` whose every branch is a `const`. */
function isChoice(schema: Readonly<Record<string, unknown>>): boolean {
  if (Array.isArray(schema.enum)) return true;
  const branches = schema.oneOf ?? schema.anyOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => isObject(b) && 'const' in b);
}

/** Formats whose text is a code without `x-code` (as the form decides). */
const CODE_FORMATS = new Set(['email', 'idn-email', 'uri', 'url', 'iri']);

/** `x-code` only changes text typed in: on anything else it does nothing (RELIABILITY C17). */
function lintCode(schema: Readonly<Record<string, unknown>>, at: At, report: Reporter, locale: CheckLocale): void {
  if (schema['x-code'] === undefined) return;
  const t = schema.type;
  const text = t === undefined || t === 'string' || (Array.isArray(t) && t.includes('string'));
  if (!text || isChoice(schema)) {
    report(at('x-code'), 'code-not-text', 'warning', checkMessage('code-not-text', {}, locale), { key: true });
  }
}

function lintLabels(schema: Readonly<Record<string, unknown>>, at: At, report: Reporter, locale: CheckLocale): void {
  const check = (entries: { label: string; pointer: string }[], kind: 'field' | 'option' | 'value'): void => {
    const seen = new Map<string, string>();
    for (const { label, pointer } of entries) {
      const key = labelKey(label);
      const first = seen.get(key);
      if (first !== undefined) {
        report(pointer, 'duplicate-label', 'warning', checkMessage('duplicate-label', { kind, label, first }, locale));
      } else seen.set(key, label);
    }
  };
  if (isObject(schema.properties)) {
    check(
      Object.entries(schema.properties).flatMap(([name, property]) =>
        isObject(property) && typeof property.title === 'string'
          ? [{ label: property.title, pointer: at('properties', name, 'title') }]
          : [],
      ),
      'field',
    );
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const options = schema[keyword];
    if (!Array.isArray(options)) continue;
    check(
      options.flatMap((option, i) =>
        isObject(option) && typeof option.title === 'string'
          ? [{ label: option.title, pointer: at(keyword, i, 'title') }]
          : [],
      ),
      'option',
    );
  }
  if (Array.isArray(schema.enum)) {
    check(
      schema.enum.flatMap((value, i) => (typeof value === 'string' ? [{ label: value, pointer: at('enum', i) }] : [])),
      'value',
    );
  }
}

/** Bidi controls and oversized texts anywhere in the document, names included (iterative). */
function lintAllTexts(root: unknown, report: Reporter, locale: CheckLocale): void {
  const stack: { value: unknown; pointer: string }[] = [{ value: root, pointer: '' }];
  while (stack.length > 0) {
    const { value, pointer } = stack.pop()!;
    if (typeof value === 'string') {
      for (const p of lintText(value, locale)) report(pointer, p.code, p.severity, p.message);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, pointer: joinPointer(pointer, i) }));
    } else if (isObject(value)) {
      for (const key of Object.keys(value)) {
        const child = joinPointer(pointer, key);
        const prefix = locale === 'en' ? 'property name' : 'nome de propriedade:';
        for (const p of lintText(key, locale))
          report(child, p.code, p.severity, `${prefix} ${p.message}`, { key: true });
        stack.push({ value: value[key], pointer: child });
      }
    }
  }
}

/** Where `$id`s and `$anchor`s are, to resolve `$ref`s inside the document and find cycles. */
class RefIndex {
  private readonly ids = new Map<string, string>();
  private readonly anchors = new Map<string, string>();
  private readonly schemaPointers = new Set<string>();
  private readonly edges = new Map<string, { to: string; via: string }[]>();

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly dialect: Dialect,
  ) {
    walkSchemas(root, dialect, ({ schema, pointer, base }) => {
      this.schemaPointers.add(pointer);
      if (typeof schema.$id === 'string' || pointer === '') this.ids.set(base, pointer);
      if (pointer === '' && base !== ANONYMOUS_BASE) this.ids.set(ANONYMOUS_BASE, '');
      for (const keyword of ['$anchor', '$dynamicAnchor']) {
        if (typeof schema[keyword] === 'string') this.anchors.set(`${base}#${schema[keyword] as string}`, pointer);
      }
      // draft-07 anchors are "$id": "#name".
      if (dialect === 'draft-07' && typeof schema.$id === 'string' && schema.$id.startsWith('#')) {
        this.anchors.set(`${base}${schema.$id}`, pointer);
      }
      for (const child of childSchemas(schema, dialect)) {
        if (IN_PLACE_APPLICATORS.includes(child.keyword) && isObject(child.schema)) {
          const to = joinPointer(pointer, ...child.tokens);
          this.edge(pointer, to, to);
        }
      }
    });
  }

  private edge(from: string, to: string, via: string): void {
    let list = this.edges.get(from);
    if (!list) this.edges.set(from, (list = []));
    list.push({ to, via });
  }

  /** Checks one `$ref` (dangling, remote) and records it for the cycle check. */
  check(ref: string, base: string, pointer: string, report: Reporter, locale: CheckLocale): void {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      report(pointer, 'missing-ref', 'error', checkMessage('ref-invalid', { ref }, locale));
      return;
    }
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      fragment = url.hash.slice(1);
    }
    url.hash = '';
    const documentPointer = this.ids.get(url.href);
    if (documentPointer === undefined) {
      report(pointer, 'remote-ref', 'error', checkMessage('ref-remote', { ref, url: url.href }, locale));
      return;
    }
    let target: string | undefined;
    if (fragment === '' || fragment.startsWith('/')) {
      target = documentPointer + fragment;
      if (getAtPointer(this.root, target) === undefined) target = undefined;
    } else {
      target = this.anchors.get(`${url.href}#${fragment}`);
    }
    if (target === undefined) {
      const defs = this.dialect === 'draft-07' ? 'definitions' : '$defs';
      const available = Object.keys(isObject(this.root[defs]) ? this.root[defs] : {});
      const suggestion = closest(fragment.split('/').pop() ?? '', available);
      report(
        pointer,
        'missing-ref',
        'error',
        checkMessage('ref-missing', { ref, defs, ...(suggestion ? { suggestion } : {}) }, locale),
      );
      return;
    }
    const from = pointer.slice(0, -'/$ref'.length);
    if (this.schemaPointers.has(target)) this.edge(from, target, pointer);
  }

  /** Reports `$ref` chains that come back to where they started without reading deeper into the data. */
  reportCycles(report: Reporter, locale: CheckLocale): void {
    const state = new Map<string, 1 | 2>();
    const reported = new Set<string>();
    for (const start of this.edges.keys()) {
      if (state.has(start)) continue;
      const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
      // path[i] is a node on the current route and vias[i] the edge that entered it.
      const path: string[] = [start];
      const vias: string[] = [''];
      state.set(start, 1);
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const out = this.edges.get(frame.node) ?? [];
        if (frame.next >= out.length) {
          state.set(frame.node, 2);
          stack.pop();
          path.pop();
          vias.pop();
          continue;
        }
        const { to, via } = out[frame.next++]!;
        const s = state.get(to);
        if (s === 1) {
          const from = path.indexOf(to);
          const cycleVias = [...vias.slice(from + 1), via];
          const refVia = [...cycleVias].reverse().find((v) => v.endsWith('/$ref')) ?? via;
          if (!reported.has(refVia)) {
            reported.add(refVia);
            const cycle = [...path.slice(from), to].map((p) => `#${p}`).join(' → ');
            report(refVia, 'ref-cycle', 'error', checkMessage('ref-cycle', { cycle }, locale));
          }
        } else if (s === undefined) {
          state.set(to, 1);
          stack.push({ node: to, next: 0 });
          path.push(to);
          vias.push(via);
        }
      }
    }
  }
}
