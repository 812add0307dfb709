/**
 * File answers as data URLs, the rjsf convention the project shares:
 * `data:<media type>;name=<percent-encoded file name>;base64,<content>`.
 */

/**
 * The `data-url` format: a media type, optional parameters (`name=…`) and base64 content. Linear on
 * any engine: no two parts of it can match the same characters.
 */
export const DATA_URL_FORMAT =
  /^data:[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+(?:;[a-z0-9!#$&^_.+-]+=[^;,]*)*;base64,[a-z0-9+/]*={0,2}$/i;

/** The parts of a file answer. */
export interface DataUrlParts {
  /** The media type, lower case: `application/pdf`. */
  readonly mediaType: string;
  /** The file name, decoded; empty when the data URL has none. */
  readonly name: string;
  /** The base64 content (without the `data:…,` head). */
  readonly base64: string;
  /** The size of the decoded content in bytes. */
  readonly size: number;
}

/** The parts of a data URL, or undefined when `value` is not one (`DATA_URL_FORMAT`). */
export function parseDataUrl(value: unknown): DataUrlParts | undefined {
  if (typeof value !== 'string' || !DATA_URL_FORMAT.test(value)) return undefined;
  const comma = value.indexOf(',');
  const params = value.slice(5, comma).split(';');
  const mediaType = params[0]!.toLowerCase();
  let name = '';
  for (const param of params.slice(1)) {
    if (param.slice(0, 5).toLowerCase() !== 'name=') continue;
    try {
      name = decodeURIComponent(param.slice(5));
    } catch {
      name = param.slice(5);
    }
  }
  const base64 = value.slice(comma + 1);
  return { mediaType, name, base64, size: base64ByteSize(base64) };
}

/** The number of bytes `base64` decodes to (padding or none). */
export function base64ByteSize(base64: string): number {
  let end = base64.length;
  while (end > 0 && base64.charCodeAt(end - 1) === 61 /* = */) end--;
  return Math.floor((end * 3) / 4);
}

/** The data URL of a file: what the file widget answers and what `parseDataUrl` reads back. */
export function toDataUrl(mediaType: string, name: string, base64: string): string {
  return `data:${mediaType || 'application/octet-stream'};name=${encodeURIComponent(name)};base64,${base64}`;
}
