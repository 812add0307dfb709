import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkForms, checkFormText } from './check.js';
import { CHECK_RULES } from './check-rules.js';
import { formText, positionOf, writeForms } from './test-support/forms.js';

const FILE = 'cat/subject.schema.json';
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

interface BreakCase {
  /** RELIABILITY.md row and what is broken. */
  readonly name: string;
  readonly text: string;
  readonly code: string;
  readonly pointer: string;
  /** Where the diagnostic must point: this text's first (or `occurrence`-th) appearance; `end` = end of file. */
  readonly at: string | { readonly end: true } | { readonly start: true };
  readonly occurrence?: number;
  readonly severity?: 'error' | 'warning';
  /** A phrase the message must contain (what, and how to fix). */
  readonly says?: string | RegExp;
}

const prop = (name: string, schema: string) => `${JSON.stringify(name)}: ${schema}`;
const str = (extra = '') => `{ "type": "string", "maxLength": 100${extra} }`;

const cases: BreakCase[] = [
  {
    name: 'A1 trailing comma',
    text: '{\n  "title": "A",\n  "type": "object",\n}\n',
    code: 'json-syntax',
    pointer: '',
    at: ',\n}',
    says: 'trailing comma',
  },
  {
    name: 'A1 truncated file',
    text: formText(prop('a', str())).slice(0, 200),
    code: 'json-syntax',
    pointer: '',
    at: { end: true },
    says: /truncated/,
  },
  {
    name: 'A1 comment',
    text: '{\n  // a note\n  "type": "object"\n}\n',
    code: 'json-syntax',
    pointer: '',
    at: '// a note',
    says: '$comment',
  },
  {
    name: 'A2 root is null',
    text: 'null\n',
    code: 'root-not-object',
    pointer: '',
    at: { start: true },
    says: 'root must be an object schema',
  },
  { name: 'A2 root is an array', text: '[]\n', code: 'root-not-object', pointer: '', at: { start: true } },
  { name: 'A2 empty file', text: '\n', code: 'root-not-object', pointer: '', at: { start: true } },
  {
    name: 'A3 duplicate keys',
    text: formText(prop('a', '{ "type": "string", "title": "A", "title": "B" }')),
    code: 'duplicate-key',
    pointer: '/properties/a/title',
    at: '"title": "B"',
    says: 'keeps only the last',
  },
  {
    name: 'A4 unknown type',
    text: formText(prop('a', '{ "type": "strin" }')),
    code: 'unknown-type',
    pointer: '/properties/a/type',
    at: '"strin"',
    says: 'did you mean "string"',
  },
  {
    name: 'A5 typo keyword',
    text: formText(prop('a', str()), { extraRoot: '"requird": ["a"]' }),
    code: 'unknown-keyword',
    pointer: '/requird',
    at: '"requird"',
    says: 'did you mean "required"',
  },
  {
    name: 'A5 unknown x- keyword',
    text: formText(prop('a', '{ "type": "string", "x-wdget": "secret" }')),
    code: 'unknown-keyword',
    pointer: '/properties/a/x-wdget',
    at: '"x-wdget"',
    says: 'did you mean "x-widget"',
  },
  {
    name: 'A6 unknown format',
    text: formText(prop('e', str(', "format": "emial"'))),
    code: 'unknown-format',
    pointer: '/properties/e/format',
    at: '"emial"',
    says: 'did you mean "email"',
  },
  {
    name: 'A7 if without then/else',
    text: formText(prop('a', str()), { extraRoot: '"if": { "required": ["a"] }' }),
    code: 'if-without-branch',
    pointer: '/if',
    at: '"if"',
  },
  {
    name: 'A7 minContains without contains',
    text: formText(prop('a', '{ "type": "array", "minContains": 1, "maxItems": 3 }')),
    code: 'contains-missing',
    pointer: '/properties/a/minContains',
    at: '"minContains"',
  },
  {
    name: 'A8 union type',
    text: formText(prop('a', '{ "type": ["string", "number"] }')),
    code: 'union-type',
    pointer: '/properties/a/type',
    at: '["string", "number"]',
    says: "the answer's type is hard to predict",
  },
  {
    name: 'A9 dangling $ref',
    text: formText(prop('a', '{ "$ref": "#/$defs/nope" }'), {
      extraRoot: '"$defs": { "nop": { "type": "string", "maxLength": 5 } }',
    }),
    code: 'missing-ref',
    pointer: '/properties/a/$ref',
    at: '"#/$defs/nope"',
    says: 'did you mean "#/$defs/nop"',
  },
  {
    name: 'A10 remote $ref',
    text: formText(prop('a', '{ "$ref": "https://evil.example/schema.json" }')),
    code: 'remote-ref',
    pointer: '/properties/a/$ref',
    at: '"https://evil.example/schema.json"',
    says: '$defs',
  },
  {
    name: 'A11 self-referencing root',
    text: formText(prop('a', str()), { extraRoot: '"$ref": "#"' }),
    code: 'ref-cycle',
    pointer: '/$ref',
    at: '"#"',
  },
  {
    name: 'A11 a → b → a',
    text: formText(prop('a', '{ "$ref": "#/$defs/a" }'), {
      extraRoot: '"$defs": { "a": { "$ref": "#/$defs/b" }, "b": { "$ref": "#/$defs/a" } }',
    }),
    code: 'ref-cycle',
    pointer: '/$defs/b/$ref',
    at: '"#/$defs/a"',
    occurrence: 2,
  },
  {
    name: 'A13 invalid regex',
    text: formText(prop('a', str(', "pattern": "("'))),
    code: 'invalid-regex',
    pointer: '/properties/a/pattern',
    at: '"("',
  },
  {
    name: 'A14 regex valid only without u',
    text: formText(prop('a', str(', "pattern": "^\\\\-[0-9]$"'))),
    code: 'regex-not-unicode',
    pointer: '/properties/a/pattern',
    at: '"^\\\\-[0-9]$"',
    says: 'write "^-[0-9]$"',
  },
  {
    name: 'A14 \\x{…} escape',
    text: formText(prop('a', str(', "pattern": "^\\\\x{00a1}$"'))),
    code: 'regex-not-unicode',
    pointer: '/properties/a/pattern',
    at: '"^\\\\x{00a1}$"',
    says: 'write "^\\\\u{00a1}$"',
  },
  {
    name: 'A15 catastrophic regex',
    text: formText(prop('a', str(', "pattern": "^(a+)+$"'))),
    code: 'redos',
    pointer: '/properties/a/pattern',
    at: '"^(a+)+$"',
    says: 'ReDoS',
  },
  {
    name: 'A16 pattern without maxLength, proven linear (issue #14): a warning',
    text: formText(prop('a', '{ "type": "string", "pattern": "^[a-z]$" }')),
    code: 'unbounded-string-linear',
    severity: 'warning',
    pointer: '/properties/a/pattern',
    at: '"pattern"',
    says: 'add "maxLength"',
  },
  {
    name: 'A16 format without maxLength',
    text: formText(prop('a', '{ "type": "string", "format": "email" }')),
    code: 'unbounded-string',
    pointer: '/properties/a/format',
    at: '"format"',
  },
  {
    name: 'A17 default not in enum',
    text: formText(prop('a', '{ "type": "string", "enum": ["a", "b"], "default": "c" }')),
    code: 'invalid-default',
    pointer: '/properties/a/default',
    at: '"c"',
    says: '("a", "b")',
  },
  {
    name: 'A17 const breaking its own maxLength',
    text: formText(prop('a', '{ "type": "string", "maxLength": 2, "const": "abc" }')),
    code: 'invalid-const',
    pointer: '/properties/a/const',
    at: '"abc"',
  },
  {
    name: 'A17 enum value of the wrong type',
    text: formText(prop('a', '{ "type": "string", "enum": ["a", 5] }')),
    code: 'invalid-enum',
    pointer: '/properties/a/enum/1',
    at: '5]',
  },
  {
    name: 'A17 example breaking its pattern',
    text: formText(prop('a', '{ "type": "string", "maxLength": 9, "pattern": "^[0-9]+$", "examples": ["12a"] }')),
    code: 'invalid-example',
    pointer: '/properties/a/examples/0',
    at: '"12a"',
  },
  {
    name: 'A18 minLength > maxLength',
    text: formText(prop('a', '{ "type": "string", "minLength": 5, "maxLength": 2 }')),
    code: 'never-valid',
    pointer: '/properties/a/minLength',
    at: '5',
    says: 'can never be valid',
  },
  {
    name: 'A18 empty enum',
    text: formText(prop('a', '{ "enum": [] }')),
    code: 'never-valid',
    pointer: '/properties/a/enum',
    at: '[]',
  },
  {
    name: 'A18 minimum > maximum',
    text: formText(prop('a', '{ "type": "number", "minimum": 10, "maximum": 1 }')),
    code: 'never-valid',
    pointer: '/properties/a/minimum',
    at: '10',
  },
  {
    name: 'A18 minItems > maxItems',
    text: formText(prop('a', '{ "type": "array", "minItems": 3, "maxItems": 1 }')),
    code: 'never-valid',
    pointer: '/properties/a/minItems',
    at: '3,',
  },
  {
    name: 'A19 required names an undeclared property',
    text: formText(prop('a', str()), { extraRoot: '"required": ["a", "b"]' }),
    code: 'strict-required',
    pointer: '/required/1',
    at: '"b"]',
    says: 'declare "b" under "properties"',
  },
  {
    name: 'A20 __proto__ property',
    text: formText(prop('__proto__', str())),
    code: 'poisoned-name',
    pointer: '/properties/__proto__',
    at: '"__proto__"',
  },
  {
    name: 'A20 toString required',
    text: formText(prop('toString', str()), { extraRoot: '"required": ["toString"]' }),
    code: 'poisoned-name',
    pointer: '/properties/toString',
    at: '"toString"',
  },
  {
    name: 'A22 enum over 1,000 values',
    text: formText(prop('a', `{ "enum": ${JSON.stringify(Array.from({ length: 1001 }, (_, i) => i))} }`)),
    code: 'enum-too-large',
    pointer: '/properties/a/enum',
    at: '[0,',
  },
  {
    name: 'A22 more than 2,000 properties',
    text: formText(Array.from({ length: 2001 }, (_, i) => prop(`p${i}`, '{ "type": "boolean" }')).join(',\n    ')),
    code: 'too-many-properties',
    pointer: '',
    at: { start: true },
  },
  {
    name: 'A22 file over 1 MB',
    text: formText(prop('a', str()), { extraRoot: `"$comment": "${'x'.repeat(1_000_001)}"` }),
    code: 'file-too-large',
    pointer: '',
    at: { start: true },
  },
  {
    name: 'B10 100k-character title',
    text: formText(prop('a', `{ "type": "string", "maxLength": 5, "title": "${'x'.repeat(100_000)}" }`)),
    code: 'text-too-long',
    pointer: '/properties/a/title',
    at: '"xxx',
  },
  {
    name: 'A23 deep nesting',
    text: `{"type":"object","properties":{"a":${'{"not":'.repeat(40)}{}${'}'.repeat(40)}}}`,
    code: 'too-deep',
    pointer: '',
    at: '{"not":',
    occurrence: 31,
  },
  {
    name: 'A24 $dynamicRef',
    text: formText(prop('a', '{ "$dynamicRef": "#node" }'), {
      extraRoot: '"$defs": { "n": { "$dynamicAnchor": "node", "type": "string", "maxLength": 5 } }',
    }),
    code: 'unsupported-feature',
    pointer: '/properties/a/$dynamicRef',
    at: '"$dynamicRef"',
    severity: 'warning',
  },
  {
    name: 'A25 draft-04',
    text: '{ "$schema": "http://json-schema.org/draft-04/schema#", "type": "object" }\n',
    code: 'unsupported-dialect',
    pointer: '/$schema',
    at: '"http://json-schema.org/draft-04/schema#"',
  },
  {
    name: 'B3 javascript: help link',
    text: formText(prop('a', '{ "type": "boolean", "description": "[ajuda](javascript:alert(1))" }')),
    code: 'unsafe-link',
    pointer: '/properties/a/description',
    at: '"[ajuda]',
    says: '"javascript:"',
  },
  ...[
    ['JaVaScRiPt:alert(1)', 'javascript:'],
    ['java\\tscript:alert(1)', 'javascript:'],
    ['&#x6A;avascript:alert(1)', 'javascript:'],
    ['data:text/html,<b>x</b>', 'data:'],
    ['vbscript:msgbox(1)', 'vbscript:'],
    ['http://example.com', 'http:'],
  ].map(([href, scheme]): BreakCase => ({
    name: `B4 scheme trick ${href}`,
    text: formText(
      prop('a', `{ "type": "boolean", "description": ${JSON.stringify(`[x](${href})`).replace('\\\\t', '\\t')} }`),
    ),
    code: 'unsafe-link',
    pointer: '/properties/a/description',
    at: '"[x]',
    says: `"${scheme}"`,
  })),
  {
    name: 'B2 raw HTML in help',
    text: formText(prop('a', '{ "type": "boolean", "description": "Veja <img src=x onerror=alert(1)>" }')),
    code: 'raw-html',
    pointer: '/properties/a/description',
    at: '"Veja',
    severity: 'warning',
  },
  {
    name: 'B8 bidi control in a title',
    text: formText(prop('a', '{ "type": "boolean", "title": "Aceito \\u202Eos termos" }')),
    code: 'bidi-control',
    pointer: '/properties/a/title',
    at: '"Aceito',
    says: 'U+202E',
  },
  {
    name: 'B8 bidi isolate in an enum label',
    text: formText(prop('a', '{ "type": "string", "enum": ["Sim", "N\\u2066ão"] }')),
    code: 'bidi-control',
    pointer: '/properties/a/enum/1',
    at: '"N\\u2066',
  },
  {
    name: 'B9 labels equal after removing zero-width characters',
    text: formText(
      prop(
        'a',
        '{ "type": "string", "oneOf": [{ "const": "1", "title": "Loja" }, { "const": "2", "title": "Lo\\u200Bja" }] }',
      ),
    ),
    code: 'duplicate-label',
    pointer: '/properties/a/oneOf/1/title',
    at: '"Lo\\u200Bja"',
    severity: 'warning',
  },
  {
    name: 'C5 integer-typed ID',
    text: formText(prop('pedidoId', '{ "type": "integer" }')),
    code: 'integer-id',
    pointer: '/properties/pedidoId/type',
    at: '"integer"',
    severity: 'warning',
  },
  {
    name: 'C17 identifier-like text without x-code',
    text: formText(prop('pedidoId', str())),
    code: 'code-unmarked',
    pointer: '/properties/pedidoId',
    at: '"pedidoId"',
    severity: 'warning',
    says: '"x-code": true',
  },
  {
    name: 'C17 x-code on a choice',
    text: formText(prop('a', '{ "enum": ["x", "y"], "x-code": true }')),
    code: 'code-not-text',
    pointer: '/properties/a/x-code',
    at: '"x-code"',
    severity: 'warning',
  },
  {
    name: 'C17 nullable identifier-like text without x-code',
    text: formText(prop('pedidoId', '{ "type": ["string", "null"], "maxLength": 12 }')),
    code: 'code-unmarked',
    pointer: '/properties/pedidoId',
    at: '"pedidoId"',
    severity: 'warning',
  },
  {
    name: 'meta-schema: negative minLength',
    text: formText(prop('a', '{ "type": "string", "minLength": -1 }')),
    code: 'meta-schema',
    pointer: '/properties/a/minLength',
    at: '-1 }',
    says: 'must be >= 0',
  },
  {
    name: 'x- vocabulary: malformed x-context',
    text: formText(prop('loja', '{ "type": "string", "maxLength": 9, "x-context": { "options": 5 } }')),
    code: 'invalid-annotation',
    pointer: '/properties/loja/x-context',
    at: '{ "options": 5 }',
  },
  {
    name: 'convention: a form without x-category',
    text: formText(prop('a', str())).replace('  "x-category": "Categoria",\n', ''),
    code: 'form-convention',
    pointer: '',
    at: { start: true },
    says: '"x-category"',
  },
];

describe('schemaforms check: ways to break a form', () => {
  it.each(cases)('$name → $code at $pointer', (c) => {
    const { diagnostics } = checkFormText(c.text, { displayFile: `schemas/${FILE}`, relativePath: FILE });
    const found = diagnostics.filter((d) => d.code === c.code);
    expect(
      found.map((d) => d.pointer),
      JSON.stringify(diagnostics, null, 2),
    ).toContain(c.pointer);
    const d = found.find((x) => x.pointer === c.pointer)!;
    const expected =
      typeof c.at === 'string'
        ? positionOf(c.text, c.at, c.occurrence)
        : 'end' in c.at
          ? positionOf(c.text + '\u0000', '\u0000')
          : { line: 1, column: 1 };
    expect({ line: d.line, column: d.column }).toEqual(expected);
    expect(d.file).toBe(`schemas/${FILE}`);
    expect(d.severity).toBe(c.severity ?? 'error');
    expect(d.message).toContain(' — ');
    if (c.says)
      expect(d.message).toMatch(
        typeof c.says === 'string' ? new RegExp(c.says.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : c.says,
      );
  });

  it('documents every code and severity it reports in CHECK_RULES', () => {
    for (const c of cases) {
      for (const d of checkFormText(c.text, { displayFile: FILE, relativePath: FILE }).diagnostics) {
        expect(CHECK_RULES[d.code], d.code).toBeDefined();
        expect(d.severity, d.code).toBe(CHECK_RULES[d.code]!.severity);
      }
    }
  }, 120_000);

  it('accepts a legitimately recursive schema (A12)', () => {
    const text = formText(prop('tree', '{ "$ref": "#/$defs/node" }'), {
      extraRoot:
        '"$defs": { "node": { "type": "object", "properties": { "name": { "type": "string", "maxLength": 20 }, "children": { "type": "array", "maxItems": 5, "items": { "$ref": "#/$defs/node" } } } } }',
    });
    expect(checkFormText(text, { displayFile: FILE, relativePath: FILE }).diagnostics).toEqual([]);
  });

  it('says nothing about x-code where the form already treats the text as a code, or where x-code applies (C17)', () => {
    const text = formText(
      [
        prop('siteId', '{ "type": "string", "format": "uri", "maxLength": 200 }'),
        prop('emailId', '{ "type": "string", "format": "email", "maxLength": 200 }'),
        prop('tokenId', '{ "type": "string", "writeOnly": true, "maxLength": 200 }'),
        prop('kindId', '{ "enum": ["a", "b"] }'),
        prop(
          'serie',
          '{ "type": "string", "maxLength": 40, "x-code": true, "anyOf": [{ "pattern": "^A", "maxLength": 40 }, { "pattern": "^B", "maxLength": 40 }] }',
        ),
        prop('fixo', '{ "type": "string", "const": "X1", "x-code": true }'),
      ].join(', '),
    );
    expect(checkFormText(text, { displayFile: FILE, relativePath: FILE }).diagnostics).toEqual([]);
  });

  it('accepts a draft-07 form (A25)', () => {
    const text = formText(prop('a', str()), { extraRoot: '"definitions": {}' }).replace(
      'https://json-schema.org/draft/2020-12/schema',
      'http://json-schema.org/draft-07/schema#',
    );
    expect(checkFormText(text, { displayFile: FILE, relativePath: FILE }).diagnostics).toEqual([]);
  });

  it('reports 2020-12 keywords in a draft-07 form as unknown', () => {
    const text = formText(prop('a', '{ "type": "array", "maxItems": 2, "prefixItems": [true] }')).replace(
      'https://json-schema.org/draft/2020-12/schema',
      'http://json-schema.org/draft-07/schema#',
    );
    const codes = checkFormText(text, { displayFile: FILE, relativePath: FILE }).diagnostics.map(
      (d) => `${d.code} ${d.pointer}`,
    );
    expect(codes).toContain('unknown-keyword /properties/a/prefixItems');
  });

  it('never lets a "__proto__" key change an object prototype while parsing', () => {
    const { schema } = checkFormText(formText(prop('__proto__', '{ "type": "string", "polluted": true }')), {
      displayFile: FILE,
    });
    const properties = (schema as { properties: Record<string, unknown> }).properties;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('schemaforms check: across files', () => {
  it('rejects two forms with the same $id (A21)', async () => {
    const dir = writeForms({
      'cat/one.schema.json': formText(prop('a', str()), { id: 'https://x.example/cat/one.schema.json', title: 'Um' }),
      'cat/two.schema.json': formText(prop('a', str()), { id: 'https://x.example/cat/one.schema.json', title: 'Dois' }),
    });
    const result = await checkForms(dir, { cwd: dir });
    const d = result.diagnostics.find((x) => x.code === 'duplicate-id');
    expect(d).toMatchObject({ file: 'cat/two.schema.json', pointer: '/$id', line: 3, column: 10 });
    expect(d?.message).toContain('cat/one.schema.json');
  });

  it('rejects two subjects with the same category and title', async () => {
    const dir = writeForms({
      'cat/one.schema.json': formText(prop('a', str()), {
        id: 'https://x.example/cat/one.schema.json',
        title: 'Troca',
      }),
      'cat/two.schema.json': formText(prop('a', str()), {
        id: 'https://x.example/cat/two.schema.json',
        title: 'TROCA',
      }),
    });
    const result = await checkForms(dir, { cwd: dir });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code} ${d.pointer}`)).toContain(
      'cat/two.schema.json duplicate-subject /title',
    );
  });

  it('rejects a form outside <category>/<subject>.schema.json', async () => {
    const dir = writeForms({
      'Loose File.schema.json': formText(prop('a', str()), { id: 'https://x.example/loose.schema.json' }),
    });
    const result = await checkForms(dir, { cwd: dir });
    expect(result.diagnostics.map((d) => d.code)).toContain('file-location');
  });

  it('rejects one folder holding two categories', async () => {
    const dir = writeForms({
      'cat/one.schema.json': formText(prop('a', str()), {
        id: 'https://x.example/cat/one.schema.json',
        title: 'Um',
        category: 'A',
      }),
      'cat/two.schema.json': formText(prop('a', str()), {
        id: 'https://x.example/cat/two.schema.json',
        title: 'Dois',
        category: 'B',
      }),
    });
    const result = await checkForms(dir, { cwd: dir });
    expect(result.diagnostics.map((d) => `${d.file} ${d.code}`)).toContain('cat/two.schema.json category-mismatch');
  });

  it("passes the repository's own schemas/ without errors", async () => {
    const result = await checkForms('schemas', { cwd: repoRoot });
    expect(result.forms.length).toBeGreaterThan(0);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('passes the valid fixture forms without any diagnostic', async () => {
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/valid');
    const result = await checkForms(dir, { cwd: dir });
    expect(result.forms.length).toBeGreaterThanOrEqual(2);
    expect(result.diagnostics).toEqual([]);
  });
});
