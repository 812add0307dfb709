// The custom elements manifest (dist/custom-elements.json, named by package.json `customElements`),
// generated from the elements' TSDoc (@summary @fires @csspart @cssproperty) by
// @custom-elements-manifest/analyzer with its Lit plugin. Run in `npm run build` after `tsc -b`:
//   cem analyze --config custom-elements-manifest.config.mjs   (cwd: packages/elements)

/** Points the manifest at the published files: `src/form/sf-form.ts` → `dist/form/sf-form.js`. */
function publishedPaths() {
  const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'schemaforms:published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        mod.path = toDist(mod.path);
        for (const item of [...(mod.exports ?? []), ...(mod.declarations ?? [])]) {
          if (item.declaration?.module) item.declaration.module = toDist(item.declaration.module);
          for (const key of ['superclass', 'inheritedFrom']) {
            if (item[key]?.module) item[key].module = toDist(item[key].module);
          }
          for (const member of [...(item.members ?? []), ...(item.attributes ?? []), ...(item.events ?? [])]) {
            if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // Tests and internal helpers are not public API.
  exclude: ['src/**/*.test.ts', 'src/internal/**'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it during a build.
  packagejson: false,
  quiet: true,
  plugins: [publishedPaths()],
};
