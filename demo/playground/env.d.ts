// Types for the playground's type check (`tsc -p demo/playground`): Vite's client API and the catalog
// module tooling's Vite plugin serves (declared once, beside the portal's sources).
/// <reference types="vite/client" />
/// <reference path="../src/virtual-catalog.d.ts" />
