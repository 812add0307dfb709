/**
 * Ajv's compile exceptions as `SchemaError`s: Ajv's message read for what is wrong, and the schema
 * searched for where, so a bad schema is reported with the JSON Pointer of its culprit.
 */
import { escapeToken, isObject } from './json-pointer.js';
import { UnsupportedPatternError } from './linear-regexp.js';
import { SchemaError } from './schema-error.js';
import { indexSchema } from './schema-index.js';
import type { Dialect, JsonSchemaObject } from './types.js';
import { VALIDATING_X_KEYWORDS, X_KEYWORDS } from './x-keywords.js';

function locate(schema: JsonSchemaObject, dialect: Dialect, test: (s: Record<string, unknown>) => boolean): string {
  for (const node of indexSchema(schema, dialect, { maxDepth: 64 }).nodes.values())
    if (isObject(node.schema) && test(node.schema)) return '#' + node.pointer;
  return '#';
}

/** Turns an exception from Ajv's compiler into a `SchemaError` naming the schema location. */
export function schemaErrorFromAjv(
  e: unknown,
  schema: JsonSchemaObject,
  dialect: Dialect,
  source?: string,
): SchemaError {
  const opts = source === undefined ? { cause: e } : { cause: e, source };
  if (e instanceof SchemaError) return e;
  if (e instanceof UnsupportedPatternError) {
    // Ajv does not say where; the pattern text does (a `pattern` value or a `patternProperties` key).
    let pointer = locate(schema, dialect, (s) => s.pattern === e.pattern);
    if (pointer !== '#' || schema.pattern === e.pattern) pointer = `${pointer === '#' ? '#' : pointer}/pattern`;
    else {
      const owner = locate(
        schema,
        dialect,
        (s) => isObject(s.patternProperties) && Object.hasOwn(s.patternProperties, e.pattern),
      );
      pointer = `${owner === '#' ? '#' : owner}/patternProperties/${escapeToken(e.pattern)}`;
    }
    return new SchemaError(
      'invalid-pattern',
      pointer,
      `${e.message} (at ${pointer}; rewrite it without backreferences or lookaround)`,
      opts,
    );
  }
  const err = e as { message?: string; missingRef?: string };
  const message = String(err?.message ?? e);
  if (typeof err?.missingRef === 'string')
    return new SchemaError('missing-ref', '#', `"$ref" ${JSON.stringify(err.missingRef)} cannot be resolved`, opts);
  let m = /^schema is invalid: data(\S*) (.*?)(,|$)/.exec(message);
  if (m) {
    const ptr = '#' + (m[1] ?? '');
    const code = /\/type$/.test(ptr) ? 'unknown-type' : 'invalid-schema';
    return new SchemaError(code, ptr, `Invalid schema at ${ptr}: ${m[2]}`, opts);
  }
  m = /^strict mode: unknown keyword: "(.*)"/.exec(message);
  if (m) {
    const kw = m[1]!;
    const at = locate(schema, dialect, (s) => Object.prototype.hasOwnProperty.call(s, kw));
    return new SchemaError(
      'unknown-keyword',
      at === '#' && !Object.hasOwn(schema, kw) ? '#' : `${at}/${escapeToken(kw)}`,
      `Unknown keyword "${kw}" at ${at} (a typo? x- keywords must be one of ${[...X_KEYWORDS, ...VALIDATING_X_KEYWORDS].map((k) => k.keyword).join(', ')})`,
      opts,
    );
  }
  m = /^unknown format "(.*)" ignored in schema at path "(.*)"/.exec(message);
  if (m) return new SchemaError('unknown-format', `${m[2]}/format`, `Unknown format "${m[1]}" at ${m[2]}`, opts);
  if (/"if" without "then" and "else"/.test(message)) {
    const at = locate(schema, dialect, (s) => s.if !== undefined && s.then === undefined && s.else === undefined);
    return new SchemaError('strict', `${at === '#' ? '#' : at}/if`, `"if" at ${at} has no "then" or "else"`, opts);
  }
  m = /^keyword "(.*)" value is invalid at path "[^"#]*(#[^"]*)": (.*)$/.exec(message);
  if (m)
    return new SchemaError(
      'invalid-schema',
      `${m[2]}/${escapeToken(m[1]!)}`,
      `Invalid "${m[1]}" at ${m[2]}: ${m[3]}`,
      opts,
    );
  m = /^strict mode: required property "(.*)" is not defined at "[^"#]*(#[^"]*)"/.exec(message);
  if (m)
    return new SchemaError(
      'strict',
      `${m[2] === '#' ? '#' : m[2]}/required`,
      `"required" names "${m[1]}", which is not declared in "properties" at ${m[2]} (declare it there, even as {} in a branch)`,
      opts,
    );
  m = /^strict mode: (.*?) at (?:path )?"[^"#]*(#[^"]*)"/.exec(message);
  if (m) return new SchemaError('strict', m[2]!, `${m[1]} at ${m[2]}`, opts);
  m = /^strict mode: (.*)$/.exec(message);
  if (m) {
    const kw = /"(\w+)" without "(\w+)"/.exec(m[1]!);
    const at = kw ? locate(schema, dialect, (s) => s[kw[1]!] !== undefined && s[kw[2]!] === undefined) : '#';
    return new SchemaError('strict', kw && at !== '#' ? `${at}/${kw[1]}` : at, `${m[1]} at ${at}`, opts);
  }
  return new SchemaError('invalid-schema', '#', message, opts);
}
