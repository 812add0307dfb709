import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WIDGET_KINDS } from '@schemaforms/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../test-support/scratch.js';
import { WIDGET_NAMES } from './widget-names.js';

describe('x-widget names', () => {
  it("are exactly core's field kinds and the built-in widgets of <sf-form>", () => {
    const widgetsDir = path.join(repoRoot, 'packages/elements/src/widgets');
    const builtins = readdirSync(widgetsDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        [...readFileSync(path.join(widgetsDir, file), 'utf8').matchAll(/^\s+name: '([^']+)',/gm)].map((m) => m[1]!),
      );
    const expected = new Set([...WIDGET_KINDS, ...builtins]);
    expected.delete('unsupported'); // the fallback for what cannot be drawn; never worth forcing
    expect([...WIDGET_NAMES].sort()).toEqual([...expected].sort());
  });
});
