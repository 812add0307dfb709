/**
 * How a form's Ajv instance names its schemas: the root under `ROOT_KEY`, a subschema by the pointer
 * appended to it (what the runtime's `matches` and tooling's precompiler look up).
 */
import type { JsonPointer } from './types.js';

/** The key the root schema is registered under in a form's Ajv instance. */
export const ROOT_KEY = 'schemaforms:root';

/** The Ajv `getSchema` reference of the subschema at `pointer` (what tooling precompiles). */
export function subschemaRef(pointer: JsonPointer): string {
  if (pointer === '') return ROOT_KEY;
  return (
    ROOT_KEY +
    '#' +
    pointer
      .split('/')
      .map((t) => encodeURIComponent(t).replace(/%7E/gi, '~'))
      .join('/')
  );
}
