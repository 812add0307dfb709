/**
 * Field name lints: names that poison objects (`__proto__`, …) wherever a name is declared or listed,
 * id-like fields typed as numbers or left without `x-code`, and `x-code` where it does nothing.
 */
import { POISONED_NAMES } from '@schemaforms/core';
import type { CheckLocale } from './check-locale.js';
import { checkMessage } from './check-messages.js';
import type { PointerAt, Reporter, SchemaObject } from './lint-context.js';
import { isObject } from './schema-walk.js';

/** Names that read as identifiers or codes (`pedidoId`, `cpf`, `sku`, …). */
const ID_LIKE =
  /(^id$|[a-z]Id$|ID$|_id$|^(cpf|cnpj|cep|codigo|c[oó]digo|numero|n[uú]mero|telefone|phone|pedido|order|sku|ean|gtin|nsu)([A-Z_]|$))/;

/** Keywords whose keys (and, for the lists among them, whose items) are property names. */
const NAME_KEYWORDS = ['properties', 'dependentRequired', 'dependentSchemas', '$defs', 'definitions', 'dependencies'];

/** Formats whose text is a code without `x-code` (as the form decides). */
const CODE_FORMATS = new Set(['email', 'idn-email', 'uri', 'url', 'iri']);

/** Whether the form shows a list to pick from: an `enum`, or a `oneOf`/`anyOf` whose every branch is a `const`. */
function isChoice(schema: SchemaObject): boolean {
  if (Array.isArray(schema.enum)) return true;
  const branches = schema.oneOf ?? schema.anyOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => isObject(b) && 'const' in b);
}

/** Checks the property names one subschema declares or lists. */
export function lintNames(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  const poisoned = (pointer: string, name: string, key: boolean): void =>
    report(pointer, 'poisoned-name', 'error', checkMessage('poisoned-name', { name }, locale), { key });
  for (const keyword of NAME_KEYWORDS) {
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
        property['x-widget'] !== 'code' && // the code preset trims, as x-code does
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

/** `x-code` only changes text typed in: on anything else it does nothing (RELIABILITY C17). */
export function lintCode(schema: SchemaObject, at: PointerAt, report: Reporter, locale: CheckLocale): void {
  if (schema['x-code'] === undefined) return;
  const t = schema.type;
  const text = t === undefined || t === 'string' || (Array.isArray(t) && t.includes('string'));
  if (!text || isChoice(schema)) {
    report(at('x-code'), 'code-not-text', 'warning', checkMessage('code-not-text', {}, locale), { key: true });
  }
}
