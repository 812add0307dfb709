/**
 * The code every `<sf-form>` fetches after its first render, in idle time, as one chunk (issue #18): the
 * submission (validation, `sf-submit`, the POST and its outcomes) and the error summary. The first field
 * needs neither; one chunk is one request and compresses better than two.
 */
export { ErrorSummary } from './error-summary.js';
export { SubmissionSender } from './submission-sender.js';
