import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSchema, fromPrecompiled, type Catalog, type PrecompiledForm } from '@schemaforms/core';
import { build, createLogger, createServer, type ViteDevServer } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { formText, writeForms } from './test-support/forms.js';
import { repoRoot, scratchDir } from './test-support/scratch.js';
import { schemaformsCatalog } from './vite.js';

const scratch = scratchDir('vite');
afterAll(() => scratch.remove());

const form = (category: string, subject: string, title: string, categoryTitle: string) => ({
  [`${category}/${subject}.schema.json`]: formText(
    '"nome": { "type": "string", "title": "Nome", "minLength": 1, "maxLength": 20 }',
    {
      id: `https://schemaforms.example/schemas/${category}/${subject}.schema.json`,
      title,
      category: categoryTitle,
    },
  ).replace('"type": "object",', '"type": "object",\n  "required": ["nome"],'),
});

describe('schemaformsCatalog (Vite plugin)', () => {
  it('builds a catalog sorted by category then subject whose forms load precompiled and validate like the runtime', async () => {
    const dir = writeForms({
      ...form('token', 'revogacao-de-token', 'Revogação de Token', 'Token'),
      ...form('dados-da-loja', 'alteracao-de-integradora', 'Alteração de integradora', 'Dados e configurações da loja'),
      ...form('dados-da-loja', 'abertura', 'Ábaco de loja', 'Dados e configurações da loja'),
    });
    const root = path.join(scratch.dir, 'build-app');
    await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
    writeFileSync(path.join(root, 'main.js'), "export { default } from 'virtual:schemaforms/catalog';\n");
    const outDir = path.join(root, 'dist');
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [schemaformsCatalog({ dir })],
      build: { outDir, minify: false, lib: { entry: path.join(root, 'main.js'), formats: ['es'], fileName: 'main' } },
    });
    for (const file of readdirSync(outDir)) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).not.toMatch(/new Function|\beval\(|\brequire\(/);
    }
    const catalog = ((await import(pathToFileURL(path.join(outDir, 'main.js')).href)) as { default: Catalog }).default;
    expect(catalog.subjects.map((s) => `${s.category} / ${s.title} / ${s.id}`)).toEqual([
      'Dados e configurações da loja / Ábaco de loja / dados-da-loja/abertura',
      'Dados e configurações da loja / Alteração de integradora / dados-da-loja/alteracao-de-integradora',
      'Token / Revogação de Token / token/revogacao-de-token',
    ]);
    const loaded = (await catalog.subjects[2]!.load()) as PrecompiledForm;
    const precompiled = fromPrecompiled(loaded);
    const runtime = await compileSchema(loaded.schema);
    for (const value of [{}, { nome: '' }, { nome: 'Ana' }, { nome: 'x'.repeat(21) }, { nome: 5 }]) {
      expect(precompiled.validator.validate(value)).toEqual(runtime.validator.validate(value));
    }
  });

  it("fails the build with the check's message when a form is broken", async () => {
    const dir = writeForms({
      ...form('token', 'revogacao-de-token', 'Revogação de Token', 'Token'),
      'token/quebrado.schema.json': formText('"a": { "type": "strin" }', {
        id: 'https://x.example/token/quebrado.schema.json',
        title: 'Quebrado',
        category: 'Token',
      }),
    });
    const root = path.join(scratch.dir, 'broken-app');
    await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
    writeFileSync(path.join(root, 'main.js'), "export { default } from 'virtual:schemaforms/catalog';\n");
    await expect(
      build({
        configFile: false,
        root,
        logLevel: 'silent',
        plugins: [schemaformsCatalog({ dir })],
        build: {
          outDir: path.join(root, 'dist'),
          lib: { entry: path.join(root, 'main.js'), formats: ['es'], fileName: 'main' },
        },
      }),
    ).rejects.toThrow(/token\/quebrado\.schema\.json:\d+:\d+ error #\/properties\/a\/type unknown type "strin"/);
  });

  describe('speaks the language the CLI would', () => {
    const brokenApp = (name: string) => {
      const dir = writeForms({
        'token/quebrado.schema.json': formText('"a": { "type": "strin", "maxLength": 5 }', {
          id: 'https://x.example/token/quebrado.schema.json',
          title: 'Quebrado',
          category: 'Token',
        }),
      });
      const root = path.join(scratch.dir, name);
      mkdirSync(root, { recursive: true });
      writeFileSync(path.join(root, 'main.js'), "export { default } from 'virtual:schemaforms/catalog';\n");
      return (options: Parameters<typeof schemaformsCatalog>[0]['locale'] | 'default') =>
        build({
          configFile: false,
          root,
          logLevel: 'silent',
          plugins: [schemaformsCatalog(options === 'default' ? { dir } : { dir, locale: options })],
          build: {
            outDir: path.join(root, 'dist'),
            lib: { entry: path.join(root, 'main.js'), formats: ['es'], fileName: 'main' },
          },
        });
    };
    const portuguese = 'error #/properties/a/type tipo desconhecido "strin" — você quis dizer "string"?';
    const english = 'error #/properties/a/type unknown type "strin" — did you mean "string"?';

    it('in the language of its "locale" option, read as --locale is', async () => {
      const run = brokenApp('locale-option-app');
      await expect(run('pt_BR.UTF-8')).rejects.toThrow(portuguese);
      await expect(run('en')).rejects.toThrow(english);
    });

    it('without the option, in the language of LC_ALL, LC_MESSAGES or LANG', async () => {
      const run = brokenApp('locale-environment-app');
      vi.stubEnv('LC_ALL', '');
      vi.stubEnv('LC_MESSAGES', 'pt_BR.UTF-8');
      try {
        await expect(run('default')).rejects.toThrow(portuguese);
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it('refuses a language it does not speak, as the CLI does', () => {
      expect(() => schemaformsCatalog({ dir: '.', locale: 'fr' })).toThrow(
        'schemaformsCatalog: "locale" is pt-BR or en, not "fr"',
      );
    });
  });

  it('turns any schema file imported with ?precompiled into a precompiled form, and fails the build naming file:line:col when it is broken', async () => {
    const root = path.join(scratch.dir, 'precompiled-app');
    await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
    writeFileSync(
      path.join(root, 'sample.schema.json'),
      '{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "type": "object",\n  "required": ["email"],\n  "properties": { "email": { "type": "string", "title": "E-mail", "format": "email", "maxLength": 80 } }\n}\n',
    );
    writeFileSync(path.join(root, 'main.js'), "export { default } from './sample.schema.json?precompiled';\n");
    const outDir = path.join(root, 'dist');
    const options = (entry: string) => ({
      configFile: false as const,
      root,
      logLevel: 'silent' as const,
      plugins: [schemaformsCatalog({ dir: root })],
      build: {
        outDir,
        minify: false,
        lib: { entry: path.join(root, entry), formats: ['es' as const], fileName: 'main' },
      },
    });
    await build(options('main.js'));
    const code = readFileSync(path.join(outDir, 'main.js'), 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|\brequire\(/);
    const loaded = ((await import(pathToFileURL(path.join(outDir, 'main.js')).href)) as { default: PrecompiledForm })
      .default;
    const precompiled = fromPrecompiled(loaded);
    const runtime = await compileSchema(loaded.schema);
    for (const value of [{}, { email: 'ana@example.com' }, { email: 'not an address' }]) {
      expect(precompiled.validator.validate(value)).toEqual(runtime.validator.validate(value));
    }

    writeFileSync(
      path.join(root, 'broken.schema.json'),
      '{\n  "type": "object",\n  "properties": { "a": { "type": "strin" } }\n}\n',
    );
    writeFileSync(path.join(root, 'broken.js'), "export { default } from './broken.schema.json?precompiled';\n");
    await expect(build(options('broken.js'))).rejects.toThrow(
      /broken\.schema\.json:3:\d+ error #\/properties\/a\/type unknown type "strin"/,
    );
  });

  describe('in dev', () => {
    let server: ViteDevServer | undefined;
    afterAll(async () => server?.close());

    it('picks up an added file, leaves a broken one out with a logged message, and drops a deleted one', async () => {
      const dir = writeForms(form('token', 'revogacao-de-token', 'Revogação de Token', 'Token'));
      const logged: string[] = [];
      const logger = createLogger('silent');
      logger.error = (message) => void logged.push(message);
      const root = path.join(scratch.dir, 'dev-app');
      await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
      server = await createServer({
        configFile: false,
        root,
        customLogger: logger,
        plugins: [schemaformsCatalog({ dir })],
        server: { middlewareMode: true, hmr: false, watch: { usePolling: true, interval: 50 } },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      await server.environments.client.pluginContainer.buildStart({});
      const subjects = async (): Promise<string[]> => {
        const mod = (await server!.ssrLoadModule('virtual:schemaforms/catalog')) as { default: Catalog };
        return mod.default.subjects.map((s) => s.id);
      };
      const eventually = async (expected: string[]): Promise<void> => {
        const deadline = Date.now() + 10_000;
        let last: string[] = [];
        while (Date.now() < deadline) {
          last = await subjects();
          if (JSON.stringify(last) === JSON.stringify(expected)) return;
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(last).toEqual(expected);
      };
      expect(await subjects()).toEqual(['token/revogacao-de-token']);

      const added = path.join(dir, 'token/novo-token.schema.json');
      writeFileSync(
        added,
        readFileSync(path.join(dir, 'token/revogacao-de-token.schema.json'), 'utf8')
          .replaceAll('revogacao-de-token', 'novo-token')
          .replace('"Revogação de Token"', '"Novo token"'),
      );
      await eventually(['token/novo-token', 'token/revogacao-de-token']);
      const loaded = (await server.ssrLoadModule('virtual:schemaforms/form/token/novo-token')) as PrecompiledForm;
      expect(loaded.schema.title).toBe('Novo token');
      expect(typeof loaded.validate).toBe('function');

      writeFileSync(added, '{ "title": "Novo token", ');
      await eventually(['token/revogacao-de-token']);
      expect(logged.join('\n')).toMatch(/token\/novo-token\.schema\.json:1:\d+ error # the file ends/);

      rmSync(added);
      await eventually(['token/revogacao-de-token']);
    }, 60_000);

    it('serves a schema file imported with ?precompiled, and shows its file:line:col when it is broken', async () => {
      const root = path.join(scratch.dir, 'dev-precompiled');
      await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
      const file = path.join(root, 'contato.schema.json');
      writeFileSync(
        file,
        '{\n  "type": "object",\n  "required": ["nome"],\n  "properties": { "nome": { "type": "string", "title": "Nome", "maxLength": 20 } }\n}\n',
      );
      writeFileSync(path.join(root, 'main.js'), "export { default } from './contato.schema.json?precompiled';\n");
      const dev = await createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        plugins: [schemaformsCatalog({ dir: root })],
        server: { middlewareMode: true, hmr: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const loaded = ((await dev.ssrLoadModule('/main.js')) as { default: PrecompiledForm }).default;
        expect(Object.keys(loaded.schema.properties ?? {})).toEqual(['nome']);
        expect(fromPrecompiled(loaded).validator.validate({ nome: 'Ana' })).toEqual([]);
        expect(
          fromPrecompiled(loaded)
            .validator.validate({})
            .map((e) => e.keyword),
        ).toEqual(['required']);

        writeFileSync(
          path.join(root, 'quebrado.schema.json'),
          '{\n  "type": "object",\n  "properties": { "a": { "type": "strin" } }\n}\n',
        );
        writeFileSync(path.join(root, 'broken.js'), "export { default } from './quebrado.schema.json?precompiled';\n");
        await expect(dev.ssrLoadModule('/broken.js')).rejects.toThrow(
          /quebrado\.schema\.json:3:\d+ error #\/properties\/a\/type unknown type "strin"/,
        );
      } finally {
        await dev.close();
      }
    }, 60_000);
  });
});

describe('the repository catalog', () => {
  it('lists the forms of schemas/ through the plugin', async () => {
    const root = path.join(scratch.dir, 'repo-app');
    await import('node:fs/promises').then((fs) => fs.mkdir(root, { recursive: true }));
    writeFileSync(path.join(root, 'main.js'), "export { default } from 'virtual:schemaforms/catalog';\n");
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [schemaformsCatalog({ dir: path.join(repoRoot, 'schemas') })],
      build: {
        outDir: path.join(root, 'dist'),
        minify: false,
        lib: { entry: path.join(root, 'main.js'), formats: ['es'], fileName: 'main' },
      },
    });
    const catalog = ((await import(pathToFileURL(path.join(root, 'dist/main.js')).href)) as { default: Catalog })
      .default;
    expect(catalog.subjects.map((s) => s.id)).toContain('token/revogacao-de-token');
  });
});
