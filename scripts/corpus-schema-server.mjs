// Serves the corpus (test/corpus/<project>/<name>.json, each `{ schema, data }`) to the elements' browser
// tests as plain schema files: GET /corpus-schema/<project>/<name>.json answers the `schema` member, and a
// file that is no corpus entry is looked up in test/corpus/<project>/refs/ (the files the schemas `$ref`).
// So a schema with relative refs is loaded through `schema-src`, as a real host serves it, and its refs
// resolve from the same origin.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const corpus = fileURLToPath(new URL('../test/corpus/', import.meta.url));
const ROUTE = /^\/([\w-]+)\/([\w-]+\.json)$/;

/** The Vite plugin (dev server only). */
export function corpusSchemaServer() {
  return {
    name: 'schemaforms:corpus-schema-server',
    apply: 'serve',
    /** @param {import('vite').ViteDevServer} server */
    configureServer(server) {
      server.middlewares.use('/corpus-schema', (request, response, next) => {
        const match = ROUTE.exec(request.url ?? '');
        if (!match) return next();
        const [, project, file] = match;
        answer(project, file).then(
          (body) => {
            response.statusCode = body === undefined ? 404 : 200;
            response.setHeader('content-type', 'application/json');
            response.end(body ?? JSON.stringify({ error: `no ${project}/${file} in the corpus` }));
          },
          (error) => next(error),
        );
      });
    },
  };
}

/** The schema of a corpus entry, or a referenced file of refs/; `undefined` when neither exists. */
async function answer(project, file) {
  const entry = await readFile(`${corpus}${project}/${file}`, 'utf8').catch(() => undefined);
  if (entry !== undefined) return JSON.stringify(JSON.parse(entry).schema);
  return readFile(`${corpus}${project}/refs/${file}`, 'utf8').catch(() => undefined);
}
