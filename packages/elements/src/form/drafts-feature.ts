/**
 * Everything `<sf-form>` needs for drafts, fetched as one chunk the first time a form with a
 * `draft-key` starts: the draft session (the store, its words, the notices and the notice about a
 * draft open in another tab). The eager `drafts.controller.ts` only fetches it and hands over to it.
 */
export { DraftSession } from './draft-session.js';
