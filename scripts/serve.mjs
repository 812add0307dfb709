// `npm run serve`: the production server (dist/server/production/main.js, compiled by `npm run build`).
// Says what to do when the build is missing instead of failing with a module-not-found trace.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const main = fileURLToPath(new URL('../dist/server/production/main.js', import.meta.url));
if (!existsSync(main)) {
  console.error('[server] the production server is not built: run npm run build first.');
  process.exit(1);
}
await import(pathToFileURL(main).href);
