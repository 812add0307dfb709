/**
 * The intake's request body limit, from the file limits the forms declare: a form whose file fields take
 * up to 2 MB each must be sendable, and nothing much larger should be read into memory. DOM-free.
 */
import { parseFileSize } from '@schemaforms/core/file-answers';

/** The limit when no form declares a file limit, and the room left for the rest of the answers: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** Base64 makes 4 characters of every 3 bytes; the name and `data:` head come on top. */
const BASE64_GROWTH = 4 / 3;
const DATA_URL_HEAD = 1024;

/**
 * The bytes of file content one submission of `schema` may carry: the sum of its `x-maxSize` values, a
 * file inside an array counted `maxItems` times (once when the array has no `maxItems`).
 */
export function declaredFileBytes(schema: unknown): number {
  const visit = (node: unknown, times: number): number => {
    if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + visit(item, times), 0);
    if (node === null || typeof node !== 'object') return 0;
    const record = node as Record<string, unknown>;
    let sum = 0;
    const own = parseFileSize(record['x-maxSize']);
    if (own !== undefined) sum += own * times;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'x-maxSize' || key === 'enum' || key === 'const' || key === 'examples' || key === 'default') continue;
      const repeat =
        (key === 'items' || key === 'prefixItems') && typeof record.maxItems === 'number' ? record.maxItems : 1;
      sum += visit(value, times * repeat);
    }
    return sum;
  };
  return visit(schema, 1);
}

/**
 * The largest body a submission to any of `schemas` needs: each form's declared files as base64 (× 4/3,
 * plus each data URL's head) and `DEFAULT_BODY_LIMIT` for everything else; `DEFAULT_BODY_LIMIT` when no
 * form declares a file limit.
 */
export function bodyLimitFor(schemas: Iterable<unknown>): number {
  let limit = DEFAULT_BODY_LIMIT;
  for (const schema of schemas) {
    const files = declaredFileBytes(schema);
    if (files > 0) limit = Math.max(limit, Math.ceil(files * BASE64_GROWTH) + DATA_URL_HEAD + DEFAULT_BODY_LIMIT);
  }
  return limit;
}
