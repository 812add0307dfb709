import type { MinimalPluginContext, PluginContext } from 'rolldown';
export declare function eagerModules(
  context: Pick<PluginContext, 'getModuleInfo' | 'parse' | 'resolve'> | MinimalPluginContext,
  entries: readonly string[],
): Promise<Set<string>>;
