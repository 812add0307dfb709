/** The catalog module `schemaformsCatalog({ dir: 'schemas' })` (from `@schemaforms/tooling/vite`) serves. */
declare module 'virtual:schemaforms/catalog' {
  import type { Catalog } from '@schemaforms/core';
  const catalog: Catalog;
  export default catalog;
}
