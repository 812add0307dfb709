/**
 * Shared fixtures of the elements' browser tests (not part of the package): mounting `<sf-form>`,
 * the kitchen-sink schema, the host context, and an axe-core run on an element.
 */
import axe from 'axe-core';
import '../form/sf-form.js';
import type { SfForm } from '../form/sf-form.component.js';

/** The kitchen sink, served by Vitest's dev server from the demo (one schema for tests and demo). */
export const KITCHEN_SINK_URL = '/demo/samples/kitchen-sink.schema.json';

let kitchenSink: Record<string, unknown> | undefined;

/** The kitchen-sink schema object; the same object every time, so core's compile cache applies. */
export async function kitchenSinkSchema(): Promise<Record<string, unknown>> {
  kitchenSink ??= (await (await fetch(KITCHEN_SINK_URL)).json()) as Record<string, unknown>;
  return kitchenSink;
}

/** The seller's stores, as the portal hands them to `x-context` fields. */
export const CONTEXT = {
  stores: [
    { value: '10231', label: 'Casa Conforto Utilidades (10231)' },
    { value: '20877', label: 'Casa Conforto Outlet (20877)' },
  ],
  store: '10231',
};

/** What to set on a new `<sf-form>`. */
export interface MountOptions {
  readonly schema?: unknown;
  readonly value?: unknown;
  readonly context?: Record<string, unknown>;
  readonly locale?: string;
  readonly attributes?: Record<string, string>;
  /** Where to put the element (default: a `<main>` in the body, as a real page has landmarks). */
  readonly parent?: HTMLElement;
}

/** Creates `<sf-form>`, waits until it shows its fields or its fallback, and returns it. */
export async function mountForm(options: MountOptions): Promise<SfForm> {
  const element = document.createElement('sf-form');
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  if (options.locale) element.locale = options.locale;
  if (options.context) element.context = options.context;
  if (options.value !== undefined) element.value = options.value;
  if (options.schema !== undefined) element.schema = options.schema as SfForm['schema'];
  let parent = options.parent;
  if (!parent) {
    parent = document.createElement('main');
    document.body.append(parent);
  }
  parent.append(element);
  await until(() => element.shadowRoot?.querySelector('.fields, .fallback') ?? undefined);
  await element.updateComplete;
  return element;
}

/** Polls `probe` every 10 ms until it returns something truthy (at most `timeout` ms). */
export async function until<T>(probe: () => T | undefined | null | false, timeout = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const result = probe();
    if (result) return result;
    if (performance.now() - start > timeout) throw new Error(`until: condition not met in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The element's shadow root. */
export function shadowOf(element: SfForm): ShadowRoot {
  return element.shadowRoot!;
}

/** axe-core's violations for `element` (its shadow tree included), as "rule: target" lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`),
  );
}

/** Empties the page and storage between tests. */
export function cleanPage(): void {
  document.body.replaceChildren();
  localStorage.clear();
}
