// The data behind the playground editor's completion and hover (demo/playground/schema-vocabulary.ts)
// kept in step with what it describes: Ajv's 2020-12 meta-schema, core's `x-` keywords and the
// widgets <sf-form> registers; and the forgiving JSON scanner that tells where the caret is.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VALIDATING_X_KEYWORDS, X_KEYWORDS } from '@schemaforms/core/ajv';
import { describe, expect, it } from 'vitest';
import {
  declaredPropertyNames,
  definitionNames,
  isSchemaPath,
  scanJson,
  tokenEnd,
} from '../demo/playground/json-position.js';
import { ALL_KEYWORDS, STANDARD_KEYWORDS, WIDGETS, X_KEYWORD_DOCS } from '../demo/playground/schema-vocabulary.js';
import { REPO } from './support/demo-server.js';

describe('the playground vocabulary', () => {
  it('describes every keyword of the JSON Schema 2020-12 meta-schema', async () => {
    const dir = join(REPO, 'node_modules/ajv/dist/refs/json-schema-2020-12/meta');
    const keywords = new Set<string>();
    for (const file of await readdir(dir)) {
      const meta = JSON.parse(await readFile(join(dir, file), 'utf8')) as { properties?: Record<string, unknown> };
      for (const name of Object.keys(meta.properties ?? {})) keywords.add(name);
    }
    // `$recursiveRef`-era and draft-07 compatibility keywords the 2020-12 meta-schema still lists.
    for (const legacy of ['$recursiveAnchor', '$recursiveRef', 'definitions', 'dependencies']) keywords.delete(legacy);
    expect([...keywords].filter((name) => !STANDARD_KEYWORDS.some((doc) => doc.keyword === name))).toEqual([]);
  });

  it('describes every x- keyword core registers, and no other', () => {
    expect(X_KEYWORD_DOCS.map((doc) => doc.keyword).sort()).toEqual(
      [...X_KEYWORDS, ...VALIDATING_X_KEYWORDS].map((k) => String(k.keyword)).sort(),
    );
  });

  it('names every widget the elements register', async () => {
    const dir = join(REPO, 'packages/elements/src/widgets');
    const names = new Set<string>();
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = await readFile(join(dir, file), 'utf8');
      for (const match of source.matchAll(/^\s+name: '([a-z-]+)',$/gm)) names.add(match[1]!);
    }
    expect(names.size).toBeGreaterThan(5);
    expect(WIDGETS.map((w) => w.name).sort()).toEqual([...names].sort());
  });

  it('gives every keyword a description in both languages and an example that parses', () => {
    for (const doc of ALL_KEYWORDS) {
      expect(doc.en, doc.keyword).not.toBe('');
      expect(doc.ptBR, doc.keyword).not.toBe('');
      expect(doc.en, doc.keyword).not.toBe(doc.ptBR);
      const parsed = JSON.parse(`{${doc.example}}`) as Record<string, unknown>;
      expect(Object.keys(parsed), doc.keyword).toEqual([doc.keyword]);
    }
    expect(new Set(ALL_KEYWORDS.map((doc) => doc.keyword)).size).toBe(ALL_KEYWORDS.length);
  });
});

describe('scanJson (where the caret is in unfinished JSON)', () => {
  const at = (text: string) => scanJson(text.replace('|', ''), text.indexOf('|'));

  it('sees a key being typed inside a property’s schema', () => {
    // An unclosed string runs to the end of its line, as JSON strings cannot hold a line break.
    const position = at('{ "properties": { "nome": { "type": "string", "req|\n } } }');
    expect(position).toMatchObject({
      path: ['properties', 'nome'],
      container: 'object',
      role: 'key',
      token: { text: 'req', quoted: true, closed: false },
    });
    expect(isSchemaPath(position.path)).toBe(true);
  });

  it('sees an item of required, unclosed', () => {
    expect(at('{ "properties": {}, "required": ["a", "|')).toMatchObject({
      path: ['required'],
      container: 'array',
      role: 'value',
    });
  });

  it('sees the value of a key, and escaped quotes inside strings', () => {
    expect(at('{ "title": "a \\" b", "x-widget": "te|xt" }')).toMatchObject({
      path: [],
      role: 'value',
      key: 'x-widget',
      token: { text: 'text' },
    });
  });

  it('tells schemas from data', () => {
    expect(isSchemaPath(['allOf', 0, 'then', 'properties', 'x'])).toBe(true);
    expect(isSchemaPath(['properties'])).toBe(false);
    expect(isSchemaPath(['default'])).toBe(false);
    expect(isSchemaPath(['properties', 'x', 'enum', 0])).toBe(false);
  });

  it('collects property names and $defs, even from unfinished text', () => {
    const text =
      '{ "properties": { "a": {}, "b": { "properties": { "c": {} } } }, "then": { "properties": { "d": {} } }, "$defs": { "cpf": {}, "x": { "properties": { "e": {} } } }, "required": ["';
    expect(declaredPropertyNames(text)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(definitionNames(text)).toEqual(['cpf', 'x']);
  });

  it('finds where a token ends, for underlining it', () => {
    const text = '{ "type": "strin", "n": 12 }';
    expect(text.slice(10, tokenEnd(text, 10))).toBe('"strin"');
    expect(text.slice(24, tokenEnd(text, 24))).toBe('12');
    expect(tokenEnd(text, 0)).toBe(1);
  });
});
