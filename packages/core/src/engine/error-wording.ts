/**
 * Registers the error wording (a side effect): the module a browser fetches after the first render
 * (see `error-wording-loader.ts`), and what Node (`node.ts`) and the core's own tests import at once.
 */
import { formatMessage } from '../messages.js';
import { registerErrorWording } from './error-wording-loader.js';
import { illFormedErrors, localizeErrors } from './localize-errors.js';

registerErrorWording({ localizeErrors, illFormedErrors, formatMessage });
