import { describe, expect, it } from 'vitest';
import { DataError } from './schema-error.js';
import { matchesSecretPointer, redactSecrets, secretPointers } from './secret-pointers.js';
import type { JsonSchemaObject } from './types.js';

/** Issue 13 item 7: one `$defs.tok` used by two properties and by an array's items. */
const REUSED: JsonSchemaObject = {
  type: 'object',
  $defs: { tok: { type: 'string', writeOnly: true, maxLength: 64 } },
  properties: {
    token: { $ref: '#/$defs/tok' },
    backup: { $ref: '#/$defs/tok' },
    antigos: { type: 'array', items: { $ref: '#/$defs/tok' } },
    nome: { type: 'string' },
  },
};

describe('secretPointers', () => {
  it('follows every use of a $ref: two properties and an array’s items', () => {
    expect(secretPointers(REUSED)).toEqual(['/antigos/*', '/backup', '/token']);
  });

  it('follows prefixItems, maps (additionalProperties, patternProperties) and branches', () => {
    const schema: JsonSchemaObject = {
      type: 'object',
      properties: {
        par: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'string', writeOnly: true }] },
        chaves: { type: 'object', additionalProperties: { type: 'string', writeOnly: true } },
        porPadrao: {
          type: 'object',
          patternProperties: { '^k': { type: 'object', properties: { segredo: { type: 'string', writeOnly: true } } } },
        },
        tipo: { enum: ['a', 'b'] },
      },
      allOf: [
        {
          if: { properties: { tipo: { const: 'a' } } },
          then: { properties: { senhaA: { type: 'string', writeOnly: true } } },
        },
      ],
      oneOf: [{ properties: { pin: { type: 'string', writeOnly: true } } }, { properties: { x: { type: 'string' } } }],
      dependentSchemas: { tipo: { properties: { chave: { writeOnly: true } } } },
    };
    expect(secretPointers(schema)).toEqual([
      '/chave',
      '/chaves/*',
      '/par/1',
      '/pin',
      '/porPadrao/*/segredo',
      '/senhaA',
    ]);
  });

  it('ends a recursive $ref with ** when a secret is below it, and stops on a pure $ref loop', () => {
    const tree: JsonSchemaObject = {
      $defs: {
        node: {
          type: 'object',
          properties: {
            key: { type: 'string', writeOnly: true },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
        },
      },
      $ref: '#/$defs/node',
    };
    expect(secretPointers(tree)).toEqual(['/children/*/**', '/key']);
    const answers = { key: 'k0', children: [{ key: 'k1', children: [{ key: 'k2', children: [] }] }] };
    expect(JSON.stringify(redactSecrets(answers, tree))).not.toMatch(/k\d/);
    expect(
      secretPointers({
        $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
        properties: { x: { $ref: '#/$defs/a' } },
      }),
    ).toEqual([]);
  });

  it('escapes property names (~ and /)', () => {
    expect(secretPointers({ properties: { 'a/b~c': { writeOnly: true } } })).toEqual(['/a~1b~0c']);
  });
});

describe('matchesSecretPointer', () => {
  it('reads * as one token and ** as any run of tokens', () => {
    expect(matchesSecretPointer('/antigos/*', '/antigos/3')).toBe(true);
    expect(matchesSecretPointer('/antigos/*', '/antigos')).toBe(false);
    expect(matchesSecretPointer('/antigos/*', '/antigos/3/x')).toBe(false);
    expect(matchesSecretPointer('/a~1b', '/a~1b')).toBe(true);
    expect(matchesSecretPointer('/children/**', '/children/0/children/1/key')).toBe(true);
  });
});

describe('redactSecrets', () => {
  it('redacts every use of the reused secret and keeps the rest', () => {
    const answers = { token: 'T1', backup: 'T2', antigos: ['T3', 'T4'], nome: 'Ana' };
    expect(redactSecrets(answers, REUSED)).toEqual({
      token: '[redacted]',
      backup: '[redacted]',
      antigos: ['[redacted]', '[redacted]'],
      nome: 'Ana',
    });
    expect(answers.token).toBe('T1');
  });

  it('never turns a "__proto__" answer into a prototype', () => {
    const answers = JSON.parse('{"__proto__": {"polluted": true}, "token": "x"}') as unknown;
    const out = redactSecrets(answers, REUSED) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses answers nested 5000 levels deep with a DataError instead of overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = { a: deep };
    expect(() => redactSecrets(deep, REUSED)).toThrow(DataError);
  });
});
