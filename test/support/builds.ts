/**
 * Production builds for the end-to-end tests (CSP, embed, manifest, size): each is made once per test
 * process into node_modules/.cache/schemaforms-e2e/, so a test never runs against a stale dist/ and
 * never overwrites the one `npm run build` made.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Rolldown } from 'vite';
// @ts-expect-error -- a plain .mjs module without type declarations.
import { asProduction as asProductionUntyped } from '../../scripts/size.mjs';

const run = promisify(execFile);
const asProduction = asProductionUntyped as <T>(make: () => Promise<T>) => Promise<T>;

/** The repository root. */
export const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cache = join(repo, 'node_modules/.cache/schemaforms-e2e');

const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let pending: Promise<T> | undefined;
  return () => (pending ??= make());
};

/** Brings every package's dist/ up to date (`tsc -b` is incremental, so this is quick when it is). */
export const compilePackages = once(async () => {
  try {
    await run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: repo });
  } catch (error) {
    // `npm test` runs `tsc -b` first and stops on a type error; here, test what dist/ there is.
    const output = (error as { stdout?: string }).stdout ?? String(error);
    console.warn(`tsc -b reported errors; building from the dist/ there is:\n${output.slice(0, 2000)}`);
  }
});

type Output = Rolldown.OutputChunk | Rolldown.OutputAsset;

/** What a build left: its folder and Vite's description of each file. */
export interface Build {
  readonly dir: string;
  readonly outputs: readonly Output[];
}

async function viteBuild(name: string, config: Record<string, unknown>): Promise<Build> {
  const { build } = await import('vite');
  const dir = join(cache, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const configBuild = (config.build ?? {}) as Record<string, unknown>;
  // NODE_ENV=production, as `npm run build` has it: Vitest's NODE_ENV=test would pick Lit's dev build.
  const result = await asProduction(() =>
    build({
      logLevel: 'warn',
      ...config,
      build: { ...configBuild, outDir: dir, emptyOutDir: true, reportCompressedSize: false },
    }),
  );
  const outputs = (Array.isArray(result) ? result : [result]).flatMap(
    (r) => (r as Rolldown.RolldownOutput).output as Output[],
  );
  return { dir, outputs };
}

/** The embed bundle (`packages/elements/vite.embed.config.ts`), built from fresh dist/ files. */
export const buildEmbed = once(async () => {
  await compilePackages();
  return viteBuild('embed', { configFile: join(repo, 'packages/elements/vite.embed.config.ts') });
});

/** The portal demo (root `vite.config.ts`), as `npm run build` makes it. */
export const buildDemo = once(async () => {
  await compilePackages();
  return viteBuild('demo', { configFile: join(repo, 'vite.config.ts') });
});

/** Installs the examples' own dependencies (React, Vue) when a fresh clone has not yet. */
export const installExamples = once(async () => {
  const examples = join(repo, 'examples');
  if (existsSync(join(examples, 'node_modules/react')) && existsSync(join(examples, 'node_modules/vue'))) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(npm, ['ci', '--no-audit', '--no-fund', '--prefix', examples], { cwd: repo });
});

/** The React and Vue examples, built with `examples/serve.mjs`. */
export const buildFrameworkExamples = once(async () => {
  await installExamples();
  // @ts-expect-error -- a plain .mjs module without type declarations.
  const serve = (await import('../../examples/serve.mjs')) as {
    buildFrameworkExamples(options: { outRoot: string }): Promise<Record<string, string>>;
  };
  return asProduction(() => serve.buildFrameworkExamples({ outRoot: join(cache, 'examples') }));
});

/** Every .js file under `dir`, with its text. */
export async function scripts(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    out.push({ file, text: await readFile(file, 'utf8') });
  }
  return out;
}

/** Code that makes a function from a string: what `script-src 'self'` without 'unsafe-eval' blocks. */
export const EVAL_PATTERN = /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(|(?<![\w$.])eval\s*\(/;
