/**
 * What the derivation modules need from a form: the schema's shared caches and the form's own state
 * (condition results, chosen alternatives, considered defaults, host data). `FormEngine` provides it.
 */
import type { DefaultContext } from './default-answers.js';
import type { ChoiceContext } from './keywords/option-choice.js';

/** The schema caches and per-form state the derivation reads and updates through their methods. */
export interface EngineContext extends ChoiceContext, DefaultContext {}
