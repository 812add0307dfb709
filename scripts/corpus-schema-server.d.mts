import type { Plugin } from 'vite';

/** Serves test/corpus schemas at /corpus-schema/<project>/<name>.json, their `$ref`ed files beside them. */
export function corpusSchemaServer(): Plugin;
