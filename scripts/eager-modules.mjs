// The modules an entry needs at load, for build configs that group them into the entry's chunk
// (packages/elements/vite.embed.config.ts, the demo's vite.config.ts).
//
// "Needs" follows static imports, except through a barrel (a module made only of `export { … } from`
// statements, like core's index): there only the re-exports of the names the importer takes are
// followed. A plain static closure would take everything a barrel re-exports, so code that only lazy
// chunks use (core's schema check for the compiler, the help parser, the map editing helpers) would
// become eager once grouped, although Rolldown's tree-shaking had left it out of the entry.
//
//   import { eagerModules } from './scripts/eager-modules.mjs';
//   async buildEnd() { eager = await eagerModules(this, [entryId]); }   // in a Rolldown/Vite plugin

/** The name a specifier of an import or re-export takes from its source (undefined: all of it). */
function importedName(specifier) {
  if (specifier.type === 'ImportSpecifier') {
    return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
  }
  if (specifier.type === 'ExportSpecifier') {
    return specifier.local.type === 'Identifier' ? specifier.local.name : specifier.local.value;
  }
  // A default or namespace import of a barrel takes all of it.
  return undefined;
}

/**
 * Every module `entries` need at load, as ids: call it from a plugin's `buildEnd` with the plugin
 * context (`getModuleInfo`, `parse`, `resolve`).
 */
export async function eagerModules(context, entries) {
  const program = (id) => context.parse(context.getModuleInfo(id)?.code ?? '');
  /** For a barrel: each exported name → the module it comes from; undefined for other modules. */
  const barrels = new Map();
  const barrelOf = async (id) => {
    if (barrels.has(id)) return barrels.get(id);
    const body = context.getModuleInfo(id)?.code ? program(id).body : [];
    let reexports = body.length ? new Map() : undefined;
    for (const statement of body) {
      if (statement.type !== 'ExportNamedDeclaration' || !statement.source) {
        reexports = undefined;
        break;
      }
      const from = (await context.resolve(String(statement.source.value), id))?.id;
      for (const specifier of statement.specifiers) {
        const name = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
        if (from) reexports.set(name, from);
      }
    }
    barrels.set(id, reexports);
    return reexports;
  };

  const eager = new Set();
  const queue = [...entries];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (eager.has(id)) continue;
    eager.add(id);
    const viaBarrel = new Map();
    for (const next of context.getModuleInfo(id)?.importedIds ?? []) {
      const reexports = await barrelOf(next);
      if (!reexports) queue.push(next);
      else {
        // The barrel itself loads too (it is only re-exports); which of its sources do is decided below.
        eager.add(next);
        viaBarrel.set(next, reexports);
      }
    }
    if (!viaBarrel.size) continue;
    // Which names this module takes from each barrel it imports.
    for (const statement of program(id).body) {
      const fromSource = /^(Import|ExportNamed|ExportAll)Declaration$/.test(statement.type);
      if (!fromSource || !statement.source) continue;
      const from = (await context.resolve(String(statement.source.value), id))?.id;
      const reexports = from ? viaBarrel.get(from) : undefined;
      if (!reexports) continue;
      // `import 'barrel'` (for its side effects) and `export * from 'barrel'` take all of it.
      const names = statement.specifiers?.length ? statement.specifiers.map(importedName) : [undefined];
      for (const name of names) {
        const targets = name === undefined ? [...reexports.values()] : [reexports.get(name)];
        for (const target of targets) if (target) queue.push(target);
      }
    }
  }
  return eager;
}
