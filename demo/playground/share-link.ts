// The share flow: the editor's text (and form path) put into the address and copied, and a shared link
// opened. The encoding itself lives in share.ts.
import { announce } from './page-text.js';
import {
  decodeState,
  encodeState,
  linkWithState,
  MAX_LINK_LENGTH,
  SharedStateTooLargeError,
  stateInHash,
} from './share.js';
import type { PlaygroundStrings } from './strings.js';

/** What a shared link carries: the editor's text and, for a catalog form, its path. */
export interface SharedText {
  text: string;
  path?: string;
}

/** Puts `state` into the address and copies the link; says so, or why not (too long, no clipboard). */
export async function shareLink(state: SharedText, t: PlaygroundStrings): Promise<void> {
  const encoded = await encodeState(state.path ? { text: state.text, path: state.path } : { text: state.text });
  const link = linkWithState(location, encoded);
  if (link.length > MAX_LINK_LENGTH) {
    announce(t.linkTooLong);
    return;
  }
  history.replaceState(null, '', link);
  try {
    await navigator.clipboard.writeText(link);
    announce(t.linkCopied);
  } catch {
    announce(t.linkReady);
  }
}

/**
 * The state a shared link carries, if the address has one. The hash is then removed: the link did its
 * job, and a reload shows what is typed from here on (saved as typed).
 */
export async function sharedState(t: PlaygroundStrings): Promise<SharedText | undefined> {
  const encoded = stateInHash(location.hash);
  if (!encoded) return undefined;
  history.replaceState(null, '', location.pathname + location.search);
  try {
    const state = await decodeState(encoded);
    announce(t.sharedLoaded);
    return state;
  } catch (error) {
    const message = error instanceof SharedStateTooLargeError ? t.sharedTooLarge(error.limit / 1000) : t.sharedBroken;
    announce(message);
    return undefined;
  }
}
