// Runs a TypeScript module in a plain Node process (for tests that spawn servers): Vite's module runner
// transpiles it and what it imports. Usage: node test/support/run-ts.mjs <file.ts>
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

await runnerImport(resolve(process.argv[2]), { configFile: false, resolve: { conditions: ['source'] } });
