import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFormText } from './check.js';
import { checkSchemaText } from './check-text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

/** Every `.schema.json` under `dir`, relative to it. */
function formsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.schema.json'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

const broken: Record<string, string> = {
  'trailing comma': '{\n  "type": "object",\n}\n',
  'unknown keyword and type':
    '{\n  "type": "object",\n  "properties": { "a": { "type": "strin", "maxLenght": 3 } }\n}\n',
  'missing ref': '{ "type": "object", "properties": { "a": { "$ref": "#/$defs/nada" } } }',
  'bad default': '{ "type": "object", "properties": { "a": { "type": "integer", "default": "x" } } }',
  'unsafe help link': '{ "type": "object", "description": "[x](javascript:alert(1))", "properties": {} }',
  'not an object': '[1, 2]',
  'empty text': '',
};

describe('checkSchemaText', () => {
  it('reports exactly what checkFormText reports for the repository forms and the fixtures', () => {
    const dirs = [path.join(repoRoot, 'schemas'), path.join(here, 'fixtures/valid')];
    let count = 0;
    for (const dir of dirs) {
      for (const relativePath of formsUnder(dir)) {
        const text = readFileSync(path.join(dir, relativePath), 'utf8');
        const file = `x/${relativePath}`;
        expect(checkSchemaText(text, { file, relativePath })).toEqual(
          checkFormText(text, { displayFile: file, relativePath }).diagnostics,
        );
        count++;
      }
    }
    expect(count).toBeGreaterThan(0);
  });

  it('reports exactly what checkFormText reports for broken schemas, with and without form conventions', () => {
    for (const [name, text] of Object.entries(broken)) {
      for (const relativePath of [undefined, 'cat/subject.schema.json']) {
        const mine = checkSchemaText(
          text,
          relativePath === undefined ? { file: 'f.json' } : { file: 'f.json', relativePath },
        );
        const theirs = checkFormText(
          text,
          relativePath === undefined ? { displayFile: 'f.json' } : { displayFile: 'f.json', relativePath },
        ).diagnostics;
        expect({ name, diagnostics: mine }).toEqual({ name, diagnostics: theirs });
        expect(mine.length, name).toBeGreaterThan(0);
      }
    }
  });

  it('counts bytes as UTF-8 for the size cap', () => {
    // 400,000 three-byte characters: 1.2 MB in UTF-8, though only 400,000 UTF-16 code units.
    const text = JSON.stringify({ type: 'object', description: '€'.repeat(400_000) });
    expect(checkSchemaText(text, { file: 'big.json' }).map((d) => d.code)).toEqual(['file-too-large']);
  });

  it('imports no Node built-in, so a browser can run it', () => {
    const seen = new Set<string>();
    const queue = ['check-text.ts'];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const source = readFileSync(path.join(here, name), 'utf8');
      expect({ name, node: /from ['"]node:|\bBuffer\b|\bprocess\./.test(source) }).toEqual({ name, node: false });
      for (const [, target] of source.matchAll(/from '(\.\.?\/[^']+)\.js'/g))
        queue.push(path.posix.join(path.posix.dirname(name), `${target}.ts`));
    }
    expect(seen.size).toBeGreaterThan(3);
  });
});
