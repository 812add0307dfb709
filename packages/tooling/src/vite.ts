/**
 * `@schemaforms/tooling/vite`: the Vite plugin that turns a forms folder into the catalog module
 * `virtual:schemaforms/catalog` (a `Catalog`), each subject a lazily imported precompiled form, and any
 * schema file imported with `?precompiled` into a `PrecompiledForm` (no eval at run time). Types for
 * both imports: `/// <reference types="@schemaforms/tooling/client" />`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { catalogEntries, catalogModuleSource, catalogSharedSchemas } from './catalog.js';
import { checkForms, checkFormText, FORM_SUFFIX, type CheckResult } from './check.js';
import { CHECK_LOCALES, environmentLocale, parseCheckLocale, type CheckLocale } from './check-locale.js';
import { formatDiagnostic } from './diagnostic.js';
import { bundleFolderRefs, folderDocuments, type FolderDocuments } from './folder-documents.js';
import { FORMATS_MODULE, precompileForm } from './precompile.js';
import { VITE_WORDS } from './vite-words.js';

/** The id to import the catalog from. */
export const CATALOG_ID = 'virtual:schemaforms/catalog';
/** The prefix of a form module id (`virtual:schemaforms/form/token/revogacao-de-token`). */
export const FORM_ID_PREFIX = 'virtual:schemaforms/form/';

/** The query that imports any schema file as a precompiled form: `import form from './x.schema.json?precompiled'`. */
export const PRECOMPILED_QUERY = '?precompiled';
// The module id of a precompiled schema file: virtual, and not ending in `.json`, which Vite's JSON
// plugin would take as its own.
const PRECOMPILED_SUFFIX = '.precompiled.js';

/** Options of `schemaformsCatalog`. */
export interface SchemaformsCatalogOptions {
  /** The forms folder (`schemas`), absolute or relative to Vite's working directory. */
  readonly dir: string;
  /**
   * The language of the check's messages in the terminal and the error overlay, as the CLI's
   * `--locale` (`pt-BR` or `en`). Default, as the CLI: the first of LC_ALL, LC_MESSAGES, LANG.
   */
  readonly locale?: CheckLocale | string;
}

/** The plugin's message language: the option as the CLI reads `--locale`, else the environment's. */
function pluginLocale(option: string | undefined): CheckLocale {
  if (option === undefined) return environmentLocale();
  const locale = parseCheckLocale(option);
  if (locale === undefined)
    throw new Error(`schemaformsCatalog: "locale" is ${CHECK_LOCALES.join(' or ')}, not ${JSON.stringify(option)}`);
  return locale;
}

/** Whether `file` lies inside the folder `dir`. */
function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The forms folder's files as `$ref` targets, from its check; each is watched, so editing one reloads. */
async function folderDocumentsOf(
  check: () => Promise<CheckResult>,
  context: { addWatchFile(file: string): void },
): Promise<FolderDocuments> {
  const { forms } = await check();
  for (const form of forms) context.addWatchFile(form.file);
  return folderDocuments(forms);
}

/**
 * The Vite plugin: resolves `virtual:schemaforms/catalog` (default export: a `Catalog` sorted by
 * category then subject, pt-BR collation) and `virtual:schemaforms/form/<id>` (a precompiled form:
 * `schema`, `validate`, `subschemas`, no eval). A form that fails `schemaforms check` fails the build
 * with the check's messages; in dev it is left out of the catalog and its messages are logged and
 * shown in Vite's error overlay. In dev, adding, changing or deleting a schema file reloads the page.
 */
export function schemaformsCatalog(options: SchemaformsCatalogOptions): Plugin {
  let dir = path.resolve(options.dir);
  const locale = pluginLocale(options.locale);
  const words = VITE_WORDS[locale];
  let isBuild = false;
  let server: ViteDevServer | undefined;
  let cached: Promise<CheckResult> | undefined;
  const check = (): Promise<CheckResult> => (cached ??= checkForms(dir, { cwd: process.cwd(), locale }));

  const reportInDev = (result: CheckResult): void => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (!server || errors.length === 0) return;
    const heading = words.leftOut(errors.length, path.relative(process.cwd(), dir) || dir);
    const message = `${heading}\n${errors.map(formatDiagnostic).join('\n')}`;
    server.config.logger.error(message, { timestamp: true });
    server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'schemaforms-catalog', id: errors[0]!.file } });
  };

  return {
    name: 'schemaforms-catalog',
    // Before Vite's own resolver, which would resolve `x.schema.json?precompiled` to the JSON file.
    enforce: 'pre',
    config() {
      // The precompiled modules import ajv-formats' format table (CommonJS): pre-bundle it for dev.
      return { optimizeDeps: { include: [FORMATS_MODULE] } };
    },
    configResolved(config) {
      isBuild = config.command === 'build';
      dir = path.resolve(config.root, options.dir);
    },
    configureServer(devServer) {
      server = devServer;
      devServer.watcher.add(dir);
      const onChange = (file: string): void => {
        if (!isInside(dir, file) || !file.endsWith(FORM_SUFFIX)) return;
        cached = undefined;
        for (const environment of Object.values(devServer.environments)) {
          const graph = environment.moduleGraph;
          for (const id of [...graph.idToModuleMap.keys()]) {
            const folderFile = id.endsWith(PRECOMPILED_SUFFIX) && isInside(dir, id.slice(1));
            if (id === `\0${CATALOG_ID}` || id.startsWith(`\0${FORM_ID_PREFIX}`) || folderFile) {
              const mod = graph.getModuleById(id);
              if (mod) graph.invalidateModule(mod);
            }
          }
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('change', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    resolveId: {
      // Hook filters let Vite skip this plugin for every other module without calling into JavaScript.
      filter: { id: /^virtual:schemaforms\/|\?precompiled$/ },
      async handler(id, importer) {
        if (id === CATALOG_ID || id.startsWith(FORM_ID_PREFIX)) return `\0${id}`;
        if (id.endsWith(PRECOMPILED_QUERY)) {
          const file = await this.resolve(id.slice(0, -PRECOMPILED_QUERY.length), importer, { skipSelf: true });
          if (file && !file.external) return `\0${file.id}${PRECOMPILED_SUFFIX}`;
        }
        return undefined;
      },
    },
    load: {
      filter: { id: /^\0(virtual:schemaforms\/|.*\.precompiled\.js$)/ },
      async handler(id) {
        if (id.endsWith(PRECOMPILED_SUFFIX)) {
          const file = id.slice(1, -PRECOMPILED_SUFFIX.length);
          this.addWatchFile(file);
          const displayFile = path.relative(process.cwd(), file) || file;
          // A file of the forms folder sees the folder's other files, as `schemaforms check` does: its
          // `$ref`s to them resolve, and they are precompiled with it.
          const documents = isInside(dir, file) ? await folderDocumentsOf(check, this) : undefined;
          const checked = checkFormText(await readFile(file, 'utf8'), {
            displayFile,
            locale,
            ...(documents ? { documents } : {}),
          });
          const errors = checked.diagnostics.filter((d) => d.severity === 'error');
          if (errors.length > 0 || !checked.schema) {
            this.error(`${words.fileHasErrors(displayFile)}\n${errors.map(formatDiagnostic).join('\n')}`);
          }
          const bundle = documents ? bundleFolderRefs(checked.schema, documents) : checked.schema;
          return precompileForm(bundle, { source: displayFile, locale });
        }
        const result = await check();
        for (const form of result.forms) this.addWatchFile(form.file);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (isBuild && errors.length > 0) {
          this.error(`${words.formsHaveErrors()}\n${errors.map(formatDiagnostic).join('\n')}`);
        }
        if (id === `\0${CATALOG_ID}`) {
          reportInDev(result);
          return catalogModuleSource(
            catalogEntries(result),
            (formId) => `${FORM_ID_PREFIX}${formId}`,
            catalogSharedSchemas(result),
          );
        }
        const formId = id.slice(`\0${FORM_ID_PREFIX}`.length);
        const form = result.forms.find((f) => f.id === formId);
        if (!form?.schema || form.shared) this.error(words.noForm(formId, dir));
        if (!form.ok)
          this.error(
            `${words.formHasErrors(formId)}\n${form.diagnostics
              .filter((d) => d.severity === 'error')
              .map(formatDiagnostic)
              .join('\n')}`,
          );
        // The bundle: the shared files the form's `$ref`s name are precompiled with it.
        return precompileForm(form.bundle ?? form.schema, { source: form.displayFile, locale });
      },
    },
  };
}
