import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repo } from './support/builds.js';

interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const elements = join(repo, 'packages/elements');
let manifest: Manifest;

beforeAll(async () => {
  // The analyzer exactly as `npm run build` runs it, in memory, so the test sees the current sources.
  // @ts-expect-error -- the analyzer's CLI module has no type declarations.
  const { cli } = (await import('@custom-elements-manifest/analyzer/cli.js')) as {
    cli(options: { argv: string[]; cwd: string; noWrite: boolean }): Promise<Manifest>;
  };
  manifest = await cli({
    argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs'],
    cwd: elements,
    noWrite: true,
  });
});

function element(tag: string): Declaration {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no <${tag}>`);
  return found;
}
const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name);
const publicFields = (d: Declaration) =>
  names((d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public'));

describe('custom-elements.json', () => {
  it('is named by @schemaforms/elements and generated into its dist/', async () => {
    const pkg = JSON.parse(await readFile(join(elements, 'package.json'), 'utf8')) as { customElements?: string };
    expect(pkg.customElements).toBe('dist/custom-elements.json');
    const config = await readFile(join(elements, 'custom-elements-manifest.config.mjs'), 'utf8');
    expect(config).toMatch(/outdir: 'dist'/);
  });

  it('points at the published JavaScript, not the TypeScript sources', () => {
    const paths = manifest.modules.map((m) => m.path);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(path).toMatch(/^dist\/.+\.js$/);
    expect(paths.some((path) => path.includes('/internal/'))).toBe(false);
  });

  it("lists <sf-form>'s attributes, properties, events, parts and CSS properties", () => {
    const form = element('sf-form');
    expect(form.summary).toBeTruthy();
    expect(names(form.attributes)).toEqual(expect.arrayContaining(['schema-src', 'action', 'locale']));
    expect(publicFields(form)).toEqual(expect.arrayContaining(['schema', 'value', 'context', 'locale', 'action']));
    expect(names(form.events)).toEqual(expect.arrayContaining(['sf-submit', 'sf-submitted', 'sf-error']));
    expect(names(form.cssParts)).toEqual(expect.arrayContaining(['field', 'option-help', 'option-hint']));
    expect(names(form.cssProperties).every((name) => name.startsWith('--sf-'))).toBe(true);
    expect(names(form.cssProperties).length).toBeGreaterThan(0);
    // Object inputs are properties only (STYLE.md): no `schema` or `value` attribute.
    expect(names(form.attributes)).not.toContain('schema');
    expect(names(form.attributes)).not.toContain('value');
  });

  it("lists <sf-ticket>'s attributes, properties, events, parts and CSS properties", () => {
    const ticket = element('sf-ticket');
    expect(ticket.summary).toBeTruthy();
    expect(names(ticket.attributes)).toEqual(expect.arrayContaining(['catalog-src', 'action', 'locale']));
    expect(publicFields(ticket)).toEqual(expect.arrayContaining(['catalog', 'context']));
    expect(names(ticket.events).length).toBeGreaterThan(0);
    expect(names(ticket.cssParts).length).toBeGreaterThan(0);
    expect(names(ticket.cssProperties).length).toBeGreaterThan(0);
    expect(names(ticket.attributes)).not.toContain('catalog');
  });
});
