import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { launchOptions } from './scripts/browser.mjs';
import { corpusSchemaServer } from './scripts/corpus-schema-server.mjs';
import { LIT_MODULES } from './scripts/prebundle.mjs';

const resolve = { conditions: ['source'] };

export default defineConfig({
  test: {
    // CI reads the JSON report to print one `N passed, N failed` line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        resolve,
        test: {
          name: 'core',
          environment: 'node',
          include: ['packages/core/src/**/*.test.ts'],
          // Core's modules are tested directly: every engine feature and the error wording registered,
          // as in Node (node.ts).
          setupFiles: [
            'packages/core/src/engine/features/all-engine-features.ts',
            'packages/core/src/engine/error-wording.ts',
          ],
        },
      },
      {
        resolve,
        test: {
          name: 'tooling',
          environment: 'node',
          include: ['packages/tooling/src/**/*.test.ts'],
          testTimeout: 30_000,
          // The check speaks the environment's language (pt-BR when none is set): tests that name no
          // locale, and the CLI they spawn, read English on every machine.
          env: { LC_ALL: 'en_US.UTF-8' },
        },
      },
      {
        resolve,
        optimizeDeps: { include: [...LIT_MODULES, 'axe-core'] },
        // The corpus test loads schemas with relative $refs through schema-src (issue #14 item 6).
        plugins: [corpusSchemaServer()],
        test: {
          name: 'elements',
          include: ['packages/elements/src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: launchOptions() }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
