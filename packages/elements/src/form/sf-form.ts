import type { SfErrorDetail, SfSubmitDetail, SfSubmittedDetail, SfWarningDetail } from './events.js';
import { prefetchSchemaReading } from './schema-loader.controller.js';
import { SfForm } from './sf-form.component.js';

export * from './sf-form.component.js';
export type * from './events.js';

// Guarded: a page may load two bundles that both carry the element.
if (!customElements.get('sf-form')) {
  customElements.define('sf-form', SfForm);
  prefetchSchemaReading();
}

declare global {
  interface HTMLElementTagNameMap {
    'sf-form': SfForm;
  }
  interface GlobalEventHandlersEventMap {
    'sf-submit': CustomEvent<SfSubmitDetail>;
    'sf-submitted': CustomEvent<SfSubmittedDetail>;
    'sf-error': CustomEvent<SfErrorDetail>;
    'sf-warning': CustomEvent<SfWarningDetail>;
  }
}
