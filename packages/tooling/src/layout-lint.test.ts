import { describe, expect, it } from 'vitest';
import { checkSchemaText } from './check-text.js';

function check(layout: unknown) {
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    'x-layout': layout,
    properties: {
      a: { type: 'string', maxLength: 5 },
      b: { type: 'string', maxLength: 5 },
      c: { type: 'string', maxLength: 5 },
    },
  };
  return checkSchemaText(JSON.stringify(schema, null, 2), { file: 'form.schema.json' }).map(
    (d) => `${d.code} ${d.pointer} ${d.message}`,
  );
}

describe('x-layout in schemaforms check', () => {
  it('accepts columns that list every property once, in the properties’ order', () => {
    expect(check({ columns: [['a', 'b'], ['c']] })).toEqual([]);
  });

  it('names a property that does not exist, one listed twice and one left out', () => {
    expect(
      check({
        columns: [
          ['a', 'x'],
          ['a', 'b'],
        ],
      }),
    ).toEqual([
      expect.stringMatching(/^layout-mismatch \/x-layout "x-layout" leaves out "c"/),
      expect.stringMatching(/^layout-mismatch \/x-layout\/columns\/0\/1 "x-layout" names "x"/),
      expect.stringMatching(/^layout-mismatch \/x-layout\/columns\/1\/0 "x-layout" lists "a" twice/),
    ]);
  });

  it('refuses columns whose reading order is not the properties’ order (the tab order)', () => {
    expect(check({ columns: [['a', 'c'], ['b']] })).toEqual([
      expect.stringMatching(
        /^layout-mismatch \/x-layout "x-layout" reads a, c, b but "properties" are in the order a, b, c/,
      ),
    ]);
  });

  it('refuses a layout of the wrong shape with its meta-schema', () => {
    expect(check({ columns: [['a', 'b', 'c']] }).join('\n')).toMatch(/invalid-annotation \/x-layout/);
  });
});
