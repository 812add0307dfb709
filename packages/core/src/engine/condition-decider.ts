/**
 * Where the engine finds core's condition evaluator: a chunk of its own, loaded with a runtime schema
 * (`startSchema` awaits `loadConditionEvaluator` beside the reading of the schema), so pages whose
 * forms come precompiled — their validator decides every condition at once — never load it. Until
 * it is here, every condition goes to the validator; until its pattern engine is here, every `pattern`.
 */
import type { JsonPointer } from '../types.js';
import type { Decision } from './condition-keywords.js';
import type { SchemaCache } from './schema-cache.js';

/** Decides whether `value` matches the subschema at `pointer`, or `undefined` when it cannot tell. */
export type ConditionDecider = (schemas: SchemaCache, pointer: JsonPointer, value: unknown) => Decision;

let loaded: ConditionDecider | undefined;
let loading: Promise<void> | undefined;

/** Loads the evaluator (once); its pattern engine comes apart (`loadConditionPatterns`). */
export function loadConditionEvaluator(): Promise<void> {
  loading ??= Promise.all([
    import('./condition-evaluator.js'),
    // What the evaluator imports is fetched at once, not after it (each step would cost a round trip).
    // Not its pattern engine: only schemas whose conditions test a `pattern` fetch that (`startSchema`).
    import('../decimal-multiple.js'),
  ]).then(
    ([module]) => {
      loaded = module.decideCondition;
    },
    (error: unknown) => {
      // A failed fetch (an early prefetch on a bad network, say) is tried again by the next caller.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Core's evaluator if it has loaded, else a decider that leaves every condition to the validator. */
export const decideIfLoaded: ConditionDecider = (schemas, pointer, value) => loaded?.(schemas, pointer, value);
