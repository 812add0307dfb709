import type { FieldModel } from '@schemaforms/core';
import { html } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STRINGS } from '../i18n/strings.js';
import { controlElement } from '../widgets/control-element.js';
import type { WidgetDefinition } from '../widgets/widget-types.js';
import { FieldContext, type FieldHost } from './field-context.js';
import { fieldFrame, renderFieldFrame, type FieldFrame } from './field-template.js';

const FIELD = {
  pointer: '/name',
  key: 'name',
  label: 'Name',
  help: 'As on the document.',
  required: true,
  readOnly: false,
  widget: 'text',
  value: 'Ana',
} as unknown as FieldModel;

const HOST = { renderHelp: (text: string) => text } as unknown as FieldHost;

const NAMES = ['class', 'type'] as const;

/** Draws a plain-DOM `<input>` (no Lit root in the frame). */
const plainWidget: WidgetDefinition = {
  name: 'plain',
  rank: 1,
  tester: () => true,
  render: (field, context) =>
    controlElement({
      names: NAMES,
      shared: ['input', 'text'],
      id: context.id('control'),
      text: String(field.value),
      invalid: false,
      describedBy: context.describedBy,
    }),
};

/** Heard when it leaves the page. */
let disconnected = 0;
class Watch extends AsyncDirective {
  render(): string {
    return 'watched';
  }

  protected override disconnected(): void {
    disconnected++;
  }
}
const watch = directive(Watch);

/** Draws a template (a Lit root in the frame), with an async directive in it. */
const templateWidget: WidgetDefinition = {
  name: 'template',
  rank: 1,
  tester: () => true,
  render: () => html`<p class="templated">${watch()}</p>`,
};

/** Draws its whole field with a template (`layout: 'field'`). */
const wholeFieldWidget: WidgetDefinition = {
  name: 'whole',
  rank: 1,
  layout: 'field',
  tester: () => true,
  render: () => html`<fieldset class="whole"></fieldset>`,
};

function draw(frame: FieldFrame, widget: WidgetDefinition): string[] {
  renderFieldFrame(frame, FIELD, widget, new FieldContext(HOST, FIELD, undefined, DEFAULT_STRINGS, 'en'), false, {});
  return [...frame.element.children].map((child) => `${child.localName}.${child.className}`);
}

// Issue #18: a plain-DOM control is drawn without a Lit root; a field whose widget changes between it and
// a template keeps exactly one content after its label and help, whatever the order.
describe('renderFieldFrame', () => {
  it('swaps a plain-DOM control and a template in both directions, keeping the label and help', () => {
    const frame = fieldFrame(FIELD);
    expect(draw(frame, plainWidget)).toEqual(['label.label', 'div.help', 'input.input']);
    expect([...frame.element.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE)).toBe(false);
    const input = frame.element.querySelector('input')!;
    expect(input.value).toBe('Ana');
    expect(input.getAttribute('aria-describedby')).toBe('sf_2f_name--help');
    // Drawn again: the same control, nothing added.
    expect(draw(frame, plainWidget)).toEqual(['label.label', 'div.help', 'input.input']);
    expect(frame.element.querySelector('input')).toBe(input);

    disconnected = 0;
    expect(draw(frame, templateWidget)).toEqual(['label.label', 'div.help', 'p.templated']);
    expect(draw(frame, plainWidget)).toEqual(['label.label', 'div.help', 'input.input']);
    // The template's async directive heard that it left.
    expect(disconnected).toBe(1);
    expect(draw(frame, templateWidget)).toEqual(['label.label', 'div.help', 'p.templated']);
    expect(draw(frame, wholeFieldWidget)).toEqual(['fieldset.whole']);
    expect(draw(frame, plainWidget)).toEqual(['label.label', 'div.help', 'input.input']);
  });

  it('tells the template drawn in a frame that its field left', () => {
    const frame = fieldFrame(FIELD);
    draw(frame, templateWidget);
    disconnected = 0;
    frame.leave();
    expect(disconnected).toBe(1);
  });
});
