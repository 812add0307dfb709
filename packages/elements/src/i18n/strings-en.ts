import type { ElementStrings } from './strings.js';

/** The built-in strings in English: a chunk of their own, fetched the first time a form speaks English. */
export const en: ElementStrings = {
  submit: 'Submit',
  sending: 'Sending…',
  sent: 'Sent.',
  required: 'required',
  optional: 'optional',
  summaryHeading: 'There is a problem',
  errorPrefix: 'Error:',
  characterCount: (count, max) => `${count} of ${max} characters`,
  characterCountNoMax: (count) => (count === 1 ? '1 character' : `${count} characters`),
  show: 'Show',
  hide: 'Hide',
  shownStatus: (label) => `${label}: the content is visible.`,
  hiddenStatus: (label) => `${label}: the content is hidden.`,
  revealedStatus: (option, labels) =>
    `${labels.length === 1 ? 'New question' : 'New questions'} below ${option}: ${labels.join('; ')}`,
  change: 'Change',
  cancel: 'Cancel',
  selectPlaceholder: 'Select…',
  newTab: '(opens in a new tab)',
  loading: 'Loading form…',
  unavailable: 'This form is temporarily unavailable.',
  developerDetails: 'Details for developers',
  unsupported: "This question can't be displayed.",
  widgetLoading: 'Loading…',
  widgetUnavailable: "This question couldn't be loaded. Check your connection and reload the page.",
  sendTimeout:
    "We couldn't confirm that your request was received. Your answers are kept: submit again (it won't be duplicated).",
  sendNetwork: "We couldn't send your answers: check your connection. Your answers are kept; try again.",
  sendOffline:
    "You're offline. Your answers are only in this page, not saved on this device: don't close or reload it; we'll send them once you're back online.",
  sendServer: 'The service is having problems right now. Your answers are kept; try again in a moment.',
  sendRejected: (status) =>
    `${status === 401 || status === 403 ? `Not authorised (error ${status}): sign in again in another tab, then submit again` : `The submission was refused (error ${status})`}. Your answers are kept.`,
  invalidEndpoint: 'This form cannot be submitted: its submission address is misconfigured.',
  draftUnavailable:
    "Drafts can't be saved in this browser. The form works normally, but your answers won't be kept if you leave the page.",
  unrecognisedAnswer: (given) =>
    `This field was given ${given}, which is not the expected type: please fill it in again.`,
};
