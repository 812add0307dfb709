/**
 * Defaults are applied once per field: a field that shows up empty gets its `default` (or its host
 * context default), and clearing it afterwards sticks. This module remembers which fields were
 * considered and tells the derivation which ones still wait for theirs.
 */
import type { FieldInfo } from '../field-info.js';
import { pointersOverlap } from '../json-pointer.js';
import type { JsonPointer } from '../types.js';
import type { AppliedSchemas } from './applied-schemas.js';
import type { FieldLocation } from './derived-node.js';
import { contextDefault, declaredDefault, type FieldInfoContext } from './effective-schema.js';

/** Which fields' defaults were considered, per form. */
export class DefaultAnswers {
  private readonly considered = new Set<JsonPointer>();

  /** @param enabled whether defaults apply at all (a server validating a submission applies none) */
  constructor(readonly enabled: boolean) {}

  /** Whether the default of the field at `pointer` was already considered. */
  wasConsidered(pointer: JsonPointer): boolean {
    return this.considered.has(pointer);
  }

  /** Records that the default of the field at `pointer` was considered (applied or not). */
  markConsidered(pointer: JsonPointer): void {
    this.considered.add(pointer);
  }

  /** Lets the fields at, above and below `pointer` take their defaults again (a new list item there). */
  forgetAround(pointer: JsonPointer): void {
    for (const considered of this.considered)
      if (pointersOverlap(considered, pointer)) this.considered.delete(considered);
  }

  /** Lets every field take its default again (the form was reset). */
  forgetAll(): void {
    this.considered.clear();
  }
}

/** What deciding about a default needs from the form. */
export interface DefaultContext extends FieldInfoContext {
  readonly defaults: DefaultAnswers;
}

/** Whether the field at `location` is empty and waits for a default it has not been offered yet. */
export function waitsForDefault(
  context: DefaultContext,
  location: FieldLocation,
  applied: AppliedSchemas,
  info: FieldInfo,
): boolean {
  const defaults = context.defaults;
  if (!defaults.enabled || location.answer !== undefined || info.writeOnly || defaults.wasConsidered(location.pointer))
    return false;
  return declaredDefault(applied) !== null || contextDefault(context, applied) !== undefined;
}
