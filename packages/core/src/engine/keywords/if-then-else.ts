/**
 * `if`/`then`/`else`: the `then` branch applies when the answer matches `if`, the `else` branch when
 * it does not. An `if` without either branch changes nothing and is never evaluated.
 */
import type { JsonPointer, JsonSchemaObject } from '../../types.js';

/** The keywords of this family. */
export const CONDITIONAL_KEYWORDS = ['if', 'then', 'else'] as const;

/** The pointers of an `if` and of the branches it chooses between (`undefined`: no such branch). */
export interface ConditionalBranches {
  readonly if: JsonPointer;
  readonly then: JsonPointer | undefined;
  readonly else: JsonPointer | undefined;
}

/** The `if` of `schema` (found at `pointer`) with its branches, when it has a branch to choose. */
export function conditionalOf(schema: JsonSchemaObject, pointer: JsonPointer): ConditionalBranches | undefined {
  if (schema.if === undefined || (schema.then === undefined && schema.else === undefined)) return undefined;
  return {
    if: `${pointer}/if`,
    then: schema.then === undefined ? undefined : `${pointer}/then`,
    else: schema.else === undefined ? undefined : `${pointer}/else`,
  };
}

/** The branch that applies: `then` when the answer matches `if`, otherwise `else` (either may be absent). */
export function activeBranch(branches: ConditionalBranches, answerMatchesIf: boolean): JsonPointer | undefined {
  return answerMatchesIf ? branches.then : branches.else;
}

/** Every branch `schema` declares, whatever the answers (for importing data). */
export function everyBranch(schema: JsonSchemaObject, pointer: JsonPointer): JsonPointer[] {
  const branches: JsonPointer[] = [];
  if (schema.then !== undefined) branches.push(`${pointer}/then`);
  if (schema.else !== undefined) branches.push(`${pointer}/else`);
  return branches;
}
