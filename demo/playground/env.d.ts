// Types for the playground's type check (`tsc -p demo/playground`): Vite's client API and the
// catalog module tooling's Vite plugin serves.
/// <reference types="vite/client" />

declare module 'virtual:schemaforms/catalog' {
  import type { Catalog } from '@schemaforms/core';
  const catalog: Catalog;
  export default catalog;
}
