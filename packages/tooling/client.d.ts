// Types of the modules `schemaformsCatalog()` (`@schemaforms/tooling/vite`) serves. Reference them from
// a project's declarations: /// <reference types="@schemaforms/tooling/client" />

/** The catalog of the forms folder. */
declare module 'virtual:schemaforms/catalog' {
  import type { Catalog } from '@schemaforms/core';
  const catalog: Catalog;
  export default catalog;
}

/** Any schema file as a precompiled form: `form.schema = fromPrecompiled(form)`. */
declare module '*.schema.json?precompiled' {
  import type { PrecompiledForm } from '@schemaforms/core';
  const form: PrecompiledForm;
  export default form;
}
