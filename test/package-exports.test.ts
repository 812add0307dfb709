import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo } from './support/builds.js';

interface PackageJson {
  name: string;
  type?: string;
  sideEffects?: boolean | string[];
  exports: Record<string, string | Record<string, string>>;
}

const packages = ['core', 'elements', 'tooling'].map((dir) => {
  const root = join(repo, 'packages', dir);
  return { dir, root, pkg: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson };
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !/\.test(-support)?\.ts$|\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe.each(packages)('$pkg.name', ({ root, pkg }) => {
  it('is ESM only, with an explicit exports map', () => {
    expect(pkg.type).toBe('module');
    expect(typeof pkg.exports).toBe('object');
    expect(Object.keys(pkg.exports).every((key) => key === '.' || key.startsWith('./'))).toBe(true);
  });

  it('puts the types condition first in every export', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        expect(target, key).toMatch(/\.json$/);
        continue;
      }
      expect(Object.keys(target)[0], key).toBe('types');
    }
  });

  it('exports nothing under internal/', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      const paths = targetPaths(target);
      expect(key).not.toMatch(/internal/);
      for (const path of paths) expect(path, key).not.toMatch(/\/internal\//);
    }
  });

  it('points every source condition at a file that exists', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object' && target.source) expect(existsSync(join(root, target.source)), key).toBe(true);
    }
  });
});

/** Every file an export points at, through nested conditions (`{ node: {...}, default: ... }`). */
function targetPaths(target: unknown): string[] {
  if (typeof target === 'string') return [target];
  if (typeof target !== 'object' || target === null) return [];
  return Object.values(target).flatMap(targetPaths);
}

describe('sideEffects', () => {
  it('@schemaforms/core has only the Node entries that register what the browser loads lazily', () => {
    // `@schemaforms/core/ajv` (tooling, Node) registers draft-07's Ajv class on import so createAjv stays
    // synchronous there; the `node` condition's entry registers the error wording and every engine
    // feature (alternatives, reveals, tuples) through their modules, so createForm, form.errors and
    // validateSubmission stay synchronous in Node. The browser entry loads them lazily and has no side effect.
    expect(packages.find((p) => p.dir === 'core')?.pkg.sideEffects).toEqual([
      './src/ajv-all-dialects.ts',
      './dist/ajv-all-dialects.js',
      './src/node.ts',
      './dist/node.js',
      './src/engine/error-wording.ts',
      './dist/engine/error-wording.js',
      './src/engine/features/all-engine-features.ts',
      './dist/engine/features/all-engine-features.js',
      // `@schemaforms/core/schema-reading` is imported for its side effect: it puts the code that reads a
      // plain schema in the importer's chunk (elements' plain-schemas.js and the embed import it).
      './src/schema-reading.ts',
      './dist/schema-reading.js',
    ]);
  });

  it('@schemaforms/elements lists exactly the modules that register an element (now or when used), and its entries', () => {
    const { root, pkg } = packages.find((p) => p.dir === 'elements')!;
    const listed = pkg.sideEffects;
    expect(Array.isArray(listed)).toBe(true);
    const registering = sourceFiles(join(root, 'src'))
      .filter((file) => /customElements\.define\(|= defineWhenUsed\(/.test(readFileSync(file, 'utf8')))
      .map((file) => `./${file.slice(root.length + 1).replaceAll('\\', '/')}`);
    expect(registering.length).toBeGreaterThan(0);
    // plain-schemas.ts registers no element: it is imported for its side effect (the reading code eager).
    const expected = ['./src/index.ts', './src/embed.ts', './src/plain-schemas.ts', ...registering];
    const listedSources = (listed as string[]).filter((path) => path.startsWith('./src/'));
    expect([...listedSources].sort()).toEqual([...expected].sort());
    // Each registration module is listed in its built form as well.
    for (const source of expected) {
      expect(listed, source).toContain(source.replace('./src/', './dist/').replace(/\.ts$/, '.js'));
    }
    expect((listed as string[]).some((path) => path.includes('*'))).toBe(false);
  });
});
