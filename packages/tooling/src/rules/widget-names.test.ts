import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/scratch.js';
import { WIDGET_NAMES } from './widget-names.js';

describe('x-widget names', () => {
  it("are exactly core's field kinds and the built-in widgets of <sf-form>", () => {
    const fieldInfo = readFileSync(path.join(repoRoot, 'packages/core/src/field-info.ts'), 'utf8');
    const kinds = /const WIDGET_KINDS = new Set<string>\(\[([\s\S]*?)\]\)/
      .exec(fieldInfo)![1]!
      .match(/'[^']+'/g)!
      .map((k) => k.slice(1, -1));
    const widgetsDir = path.join(repoRoot, 'packages/elements/src/widgets');
    const builtins = readdirSync(widgetsDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(widgetsDir, file), 'utf8').matchAll(/^\s+name: '([^']+)',/gm)].map((m) => m[1]!),
      );
    const expected = new Set([...kinds, ...builtins]);
    expected.delete('unsupported'); // the fallback for what cannot be drawn; never worth forcing
    expect([...WIDGET_NAMES].sort()).toEqual([...expected].sort());
  });
});
