/**
 * Loading the engine features a schema uses (see `engine-features.ts`): `engineFeaturesReady` fetches
 * their code when it is not here yet, and `FormEngine` refuses, with a message saying what to await, a
 * schema whose features were not loaded — a form never derives with a handler missing.
 *
 * The features share one chunk (2.6 KB min+gzip): with a chunk each, Rolldown moved core modules they
 * share with the entry and the Ajv chunk into an extra eager chunk, +0.3 KB on every page.
 */
import type { CompiledSchema } from '../../types.js';
import { schemaCacheFor, type SchemaCache } from '../schema-cache.js';
import { loadedFeatures, type EngineFeatureName } from './engine-features.js';
import { featuresUsedBy } from './features-used.js';

/** The chunk on its way, so two forms of one page fetch it once. */
let loading: Promise<void> | undefined;
/** The chunk could not be fetched: not waited for again (as translated texts), `createForm` says why. */
let unavailable = false;

/** The features the schema of `schemas` uses whose handlers are not loaded. */
export function missingFeatures(schemas: SchemaCache): EngineFeatureName[] {
  return [...featuresUsedBy(schemas)].filter((name) => !loadedFeatures[name]);
}

/**
 * Fetches the engine code for the features `compiled` uses (object alternatives, answer reveals,
 * tuples, the read-sets of conditions) when it is not here yet; `undefined` when there is nothing to
 * wait for. Hosts await it before `createForm` (`<sf-form>` does). Never rejects: when the code cannot
 * be fetched, `createForm` throws saying so (and it is not fetched again, so a host starting over on
 * arrival cannot loop).
 */
export function engineFeaturesReady(compiled: CompiledSchema): Promise<void> | undefined {
  if (unavailable || missingFeatures(schemaCacheFor(compiled)).length === 0) return undefined;
  return (loading ??= import('./all-engine-features.js').then(
    () => undefined,
    () => void (unavailable = true),
  ));
}

/** Throws, naming what is missing and what to await, when the schema of `schemas` uses a feature not loaded. */
export function assertFeaturesLoaded(schemas: SchemaCache): void {
  const missing = missingFeatures(schemas);
  if (missing.length === 0) return;
  throw new Error(
    unavailable
      ? `This schema uses ${missing.join(', ')}, whose engine code could not be fetched`
      : `This schema uses ${missing.join(', ')}, whose engine code is not loaded: await engineFeaturesReady(compiled) before createForm`,
  );
}
