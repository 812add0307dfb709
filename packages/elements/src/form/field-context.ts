import type { ChoiceOption, FieldModel } from '@schemaforms/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ElementStrings, ElementsLocale } from '../i18n/strings.js';
import { fieldId } from '../internal/ids.js';
import type { WidgetContext } from '../widgets/widget-types.js';

/** What a field's context asks of the `<sf-form>` that renders it. */
export interface FieldHost {
  setValue(pointer: string, value: unknown): void;
  emit(type: 'input' | 'change'): void;
  getState(pointer: string, key: string): unknown;
  setState(pointer: string, key: string, value: unknown): void;
  renderField(field: FieldModel): unknown;
  renderFields(fields: readonly FieldModel[]): unknown;
  /** The active fields at `pointers`, in that order. */
  activeFields(pointers: readonly string[]): readonly FieldModel[];
  renderHelp(text: string): unknown;
  chooseAlternative(pointer: string, list: string, index: number): void;
  addItem(pointer: string): void;
  removeItem(pointer: string, index: number): void;
  moveItem(pointer: string, from: number, to: number): void;
  announce(message: string): void;
  focusAfterRender(id: string): void;
  focusFieldAfterRender(pointer: string): void;
}

/** Widgets that carry no "(opcional)" mark: a lone checkbox and groups whose children carry their own. */
const NO_OPTIONAL_MARK = new Set(['checkbox', 'object', 'array']);

/** Whether any option of a choice has its own help (then the option-help live region is present). */
export function hasOptionHelp(field: FieldModel): boolean {
  return field.options?.some((option) => option.help) ?? false;
}

/** The "(obrigatório)" or "(opcional)" mark after a label or legend. */
function markTemplate(required: boolean | undefined, strings: ElementStrings): TemplateResult {
  return html`<span
    class="mark"
    part=${required ? 'required-mark' : 'optional-mark'}
    .textContent=${` (${required ? strings.required : strings.optional})`}
  ></span>`;
}

/**
 * The `WidgetContext` of one field render. A class rather than an object of closures: a form of a
 * thousand fields makes a thousand of these on mount, and prototype methods cost nothing per field.
 */
export class FieldContext implements WidgetContext {
  readonly describedBy: string;
  /** The start of every id of this field (`sf_2f_loja--`): escaped once, not on each `id()`. */
  readonly #ids: string;

  constructor(
    private readonly host: FieldHost,
    private readonly field: FieldModel,
    readonly error: string | undefined,
    readonly strings: ElementStrings,
    readonly locale: ElementsLocale,
  ) {
    this.#ids = fieldId(field.pointer, '');
    let describedBy = field.help ? this.id('help') : '';
    if (hasOptionHelp(field)) describedBy += ` ${this.id('option-help')}`;
    if (error !== undefined) describedBy += ` ${this.id('error')}`;
    this.describedBy = describedBy.trim();
  }

  id(part: string): string {
    return this.#ids + part;
  }

  setValue(value: unknown): void {
    this.host.setValue(this.field.pointer, value);
  }

  commit(): void {
    this.host.emit('change');
  }

  emitInput(): void {
    this.host.emit('input');
  }

  getState<T>(key: string): T | undefined {
    return this.host.getState(this.field.pointer, key) as T | undefined;
  }

  setState(key: string, value: unknown): void {
    this.host.setState(this.field.pointer, key, value);
  }

  renderField(child: FieldModel): unknown {
    return this.host.renderField(child);
  }

  renderFields(children: readonly FieldModel[]): unknown {
    return this.host.renderFields(children);
  }

  revealedFields(option: ChoiceOption): readonly FieldModel[] {
    return option.reveals ? this.host.activeFields(option.reveals) : [];
  }

  // Text as properties (`.textContent`), not `${}` children: no comment marker per text (issue #18).
  label(): TemplateResult {
    return html`<label class="label" part="label" for=${this.id('control')}><span dir="auto" .textContent=${this.field.label}></span>${this.#mark()}</label>`;
  }

  legend(): TemplateResult {
    return html`<legend class="legend" part="legend label"><span dir="auto" .textContent=${this.field.label}></span>${this.#mark()}</legend>`;
  }

  /** "(obrigatório)" or "(opcional)" after the label; nothing for a lone checkbox and for groups. */
  #mark(): unknown {
    const { field, strings } = this;
    if (!field.required && NO_OPTIONAL_MARK.has(field.widget)) return nothing;
    return markTemplate(field.required, strings);
  }

  help(): unknown {
    const { help } = this.field;
    if (!help) return nothing;
    const text = this.helpText(help);
    // Plain help as a property: no comment marker inside the help (issue #18).
    if (typeof text === 'string')
      return html`<div class="help" part="help-text" id=${this.id('help')} dir="auto" .textContent=${text}></div>`;
    return html`<div class="help" part="help-text" id=${this.id('help')} dir="auto">${text}</div>`;
  }

  optionHelp(): unknown {
    if (!hasOptionHelp(this.field)) return nothing;
    const { optionHelp } = this.field;
    // The region stays in the DOM while empty: a live region must exist before its content changes.
    return html`<div class="option-help" part="option-help" id=${this.id('option-help')} dir="auto" aria-live="polite">${optionHelp ? this.host.renderHelp(optionHelp) : nothing}</div>`;
  }

  helpText(text: string): unknown {
    return this.host.renderHelp(text);
  }

  errorText(): unknown {
    if (this.error === undefined) return nothing;
    return html`<p class="error" part="error-text" id=${this.id('error')}><span class="visually-hidden" .textContent=${`${this.strings.errorPrefix} `}></span><span dir="auto" .textContent=${this.error}></span></p>`;
  }

  chooseAlternative(list: string, index: number): void {
    this.host.chooseAlternative(this.field.pointer, list, index);
  }

  addItem(): void {
    this.host.addItem(this.field.pointer);
  }

  removeItem(index: number): void {
    this.host.removeItem(this.field.pointer, index);
  }

  moveItem(from: number, to: number): void {
    this.host.moveItem(this.field.pointer, from, to);
  }

  announce(message: string): void {
    this.host.announce(message);
  }

  focusAfterRender(id: string): void {
    this.host.focusAfterRender(id);
  }

  focusFieldAfterRender(pointer: string): void {
    this.host.focusFieldAfterRender(pointer);
  }
}
