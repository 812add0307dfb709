/**
 * `answerResolver`: the `resolve` option of `parseHelp` for a live form, which never reveals secrets.
 */
import { trimCode } from './engine/payload-without-inactive-branches.js';
import type { Form, JsonPointer } from './types.js';

/**
 * A resolver for link templates (`{/loja}`) that reads the form's current answers as they would be
 * submitted (a code trimmed) and returns `undefined` for `writeOnly` fields, so a secret never ends up
 * in a URL.
 */
export function answerResolver(form: Form): (pointer: JsonPointer) => unknown {
  return (pointer) => {
    const f = form.field(pointer);
    if (!f || f.writeOnly) return undefined;
    const v = form.getValue(pointer);
    if (typeof v === 'object') return undefined;
    return f.code && typeof v === 'string' ? trimCode(v) : v;
  };
}
