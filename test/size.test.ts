import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { failures, measure, report } from '../scripts/size.mjs';
import { compilePackages } from './support/builds.js';

describe('the size budget (scripts/size.mjs)', () => {
  it('keeps the embed, <sf-form> with one precompiled form, and the portal ticket flow within budget', async () => {
    await compilePackages();
    const results = await measure();
    console.log(report(results));
    // Each failure names its budget, the figure and by how much it is missed.
    expect(failures(results)).toEqual([]);
  });
});
