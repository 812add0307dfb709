/**
 * The playground's state in a URL hash: the schema text (and the optional catalog path) as JSON,
 * compressed with `CompressionStream('deflate-raw')` and written as base64url, so a link carries a
 * whole schema and no server stores anything.
 */

/** What a shared link restores. */
export interface SharedState {
  readonly text: string;
  /** `schemas/`-relative path the check used, if any. */
  readonly path?: string;
}

/** The hash parameter holding the state. */
export const HASH_KEY = 's';

/** Links longer than this are refused: some browsers, chat apps and proxies cut them. */
export const MAX_LINK_LENGTH = 60_000;

/**
 * The most bytes a link's state may inflate to: twice the largest form file the check accepts (1 MB),
 * room for JSON's escaping. Deflate packs a long run of one character a thousand to one, so a link
 * under `MAX_LINK_LENGTH` could otherwise inflate to tens of megabytes and stall the tab.
 */
export const MAX_INFLATED_BYTES = 2_000_000;

/** A shared link whose state inflates past `MAX_INFLATED_BYTES`; nothing of it was kept. */
export class SharedStateTooLargeError extends Error {
  override readonly name = 'SharedStateTooLargeError';
  readonly limit: number;

  constructor(limit: number) {
    super(`the shared state inflates to more than ${limit} bytes`);
    this.limit = limit;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes the state as the value of the hash parameter. */
export async function encodeState(state: SharedState): Promise<string> {
  const json = JSON.stringify(state.path ? { t: state.text, p: state.path } : { t: state.text });
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')));
}

/**
 * Inflates `bytes`, reading the output chunk by chunk and stopping (cancelling the stream) as soon as
 * it passes `limit`, so a bomb costs about `limit` bytes of memory and as much time, not its full size.
 */
async function inflateCapped(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new SharedStateTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Decodes a hash parameter value; rejects with `SharedStateTooLargeError` when it inflates past
 * `limit`, and with another error when it is truncated or not a playground state.
 */
export async function decodeState(encoded: string, limit = MAX_INFLATED_BYTES): Promise<SharedState> {
  const bytes = await inflateCapped(fromBase64Url(encoded), limit);
  const parsed: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as { t?: unknown }).t !== 'string') {
    throw new TypeError('not a playground state');
  }
  const { t, p } = parsed as { t: string; p?: unknown };
  return typeof p === 'string' && p !== '' ? { text: t, path: p } : { text: t };
}

/** The encoded state in a location hash (`#s=…`), if there is one. */
export function stateInHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(HASH_KEY);
  return value || undefined;
}

/** A URL of the current page carrying `encoded` in its hash (other hash parameters dropped). */
export function linkWithState(location: Location | URL, encoded: string): string {
  const url = new URL(location.href);
  url.hash = `${HASH_KEY}=${encoded}`;
  return url.href;
}
