import type { FieldModel, Form } from '@schemaforms/core';
import type { ReactiveControllerHost, RenderOptions } from 'lit';
import { fireError } from './events.js';
import { LazyWidget } from '../widgets/lazy-widget.js';
import { selectWidget } from '../widgets/registry.js';
import { columnLayout, type ColumnLayout } from './column-layout.js';
import { FieldContext, type FieldHost } from './field-context.js';
import { FieldHelp } from './field-help.js';
import { fieldList, type FieldListOptions } from './field-list.js';
import { fieldFrame, renderFieldFrame, type FieldFrame } from './field-template.js';
import type { LocaleController } from './locale.controller.js';
import type { TouchedStateController } from './touched-state.controller.js';

/** Whether an answer of `field` reveals other fields. */
function revealsAny(field: FieldModel): boolean {
  return field.options?.some((option) => option.reveals !== undefined) ?? false;
}

/** What the field renderer asks of its element. */
export interface FieldRendererOptions {
  readonly form: () => Form | undefined;
  readonly touched: TouchedStateController;
  /** The form's language and its strings. */
  readonly language: LocaleController;
  readonly announce: (message: string) => void;
  /** Fires a native `input` or `change` from the element. */
  readonly emit: (type: 'input' | 'change') => void;
  /** Focuses the element with `id` in the shadow root after the next render. */
  readonly focusAfterRender: (id: string) => void;
  /** Focuses the control of the field at `pointer` after the next render. */
  readonly focusFieldAfterRender: (pointer: string) => void;
}

/** The key of the Markdown help chunk's fetch among `widgetLoads` (field pointers start with `/` or are ''). */
const MARKDOWN_HELP = 'markdown help';

/**
 * How `<sf-form>` draws its fields: each field memoised by `fieldList` (only a field whose inputs
 * changed renders again), the widget the registry picks (a lazy one fetched on first use), its inline
 * error when it shows, per-field UI state widgets keep (a shown secret, a list's open item), and the
 * `FieldHost` widgets talk to.
 */
export class FieldRenderer {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: FieldRendererOptions;
  readonly help: FieldHelp;
  /** Widgets' own state, by field pointer and key. */
  #state = new Map<string, Map<string, unknown>>();
  /** Bumped for a field (and the groups around it) whose state changed: it renders again. */
  #stateVersion = new Map<string, number>();
  /** For every group, the errors shown inside it as one comparable string (see `collectGroupErrors`). */
  #groupErrors = new Map<string, string>();
  /** Bumped whenever something besides a field object changes how fields render (see `fieldList`). */
  #epoch = 0;
  /** Fields waiting for their widget's code, by pointer: they render again when it has arrived. */
  readonly #widgetLoads = new Map<string, Promise<void>>();
  /** The form's `x-layout` columns, as the last `renderFields` was given them. */
  #columns: ColumnLayout = columnLayout(undefined);

  readonly #listOptions: FieldListOptions<FieldModel, FieldFrame> = {
    key: (field) => field.pointer,
    deps: (field) => this.#dependencies(field),
    create: fieldFrame,
    render: (field, frame, options) => this.#render(field, frame, options),
    epoch: () => this.#epoch,
    // Errors can change while a field object does not: fields whose errors show are always compared,
    // as are groups and fields whose help reads other answers.
    volatile: (field) =>
      this.#options.touched.shows(field.pointer) ||
      field.children !== undefined ||
      this.help.inputs(field) !== '' ||
      revealsAny(field),
  };

  /** What widgets ask of the form (through their `FieldContext`). */
  readonly #fieldHost: FieldHost;

  constructor(host: ReactiveControllerHost & HTMLElement, options: FieldRendererOptions) {
    this.#host = host;
    this.#options = options;
    this.help = new FieldHelp(options.form, () => options.language.strings.newTab, {
      // Help with Markdown renders as plain text until its parser's chunk arrives, then every field again.
      loading: (load) =>
        this.#widgetLoads.set(
          MARKDOWN_HELP,
          load.then(() => {
            this.#widgetLoads.delete(MARKDOWN_HELP);
            this.invalidate();
            this.#host.requestUpdate();
          }),
        ),
      failed: (message) => fireError(host, { kind: 'network', message }),
    });
    const editList = (edit: (form: Form) => void): void => {
      const form = options.form();
      if (form) edit(form);
      options.emit('input');
      options.emit('change');
    };
    this.#fieldHost = {
      setValue: (pointer, value) => options.form()?.setValue(pointer, value),
      emit: options.emit,
      getState: (pointer, key) => this.#state.get(pointer)?.get(key),
      setState: (pointer, key, value) => {
        let state = this.#state.get(pointer);
        if (!state) this.#state.set(pointer, (state = new Map()));
        state.set(key, value);
        this.#rerender(pointer);
      },
      // One field is a list of one: the same memo as a group's fields, without a second directive.
      renderField: (field) => fieldList(this.#withoutRevealed([field]), this.#listOptions),
      renderFields: (fields) => fieldList(this.#withoutRevealed(fields), this.#listOptions),
      activeFields: (pointers) => this.#activeFields(pointers),
      renderHelp: (text) => this.help.render(text),
      chooseAlternative: (pointer, list, index) => editList((form) => form.chooseAlternative(pointer, list, index)),
      addItem: (pointer) => editList((form) => form.addItem(pointer)),
      removeItem: (pointer, index) => editList((form) => form.removeItem(pointer, index)),
      moveItem: (pointer, from, to) => editList((form) => form.moveItem(pointer, from, to)),
      announce: options.announce,
      focusAfterRender: options.focusAfterRender,
      focusFieldAfterRender: options.focusFieldAfterRender,
    };
  }

  /**
   * The `input` listener of the fields' container (event delegation, issue #18): the widget of the
   * innermost field around the event's target reads it, if it takes delegated events (`onInput`).
   */
  readonly onInput = (event: Event): void => {
    const field = this.#delegatedField(event);
    if (field) selectWidget(field).onInput!(event, field, this.#context(field));
  };

  /** The `change` listener of the fields' container: a change in a delegated widget's control fires `change`. */
  readonly onChange = (event: Event): void => {
    if (this.#delegatedField(event)) this.#options.emit('change');
  };

  /** The field an event of the fields' container came from, when its widget takes delegated events. */
  #delegatedField(event: Event): FieldModel | undefined {
    const pointer = (event.target as Element).closest('[data-pointer]')?.getAttribute('data-pointer');
    const field = pointer == null ? undefined : this.#options.form()?.field(pointer);
    return field && selectWidget(field).onInput ? field : undefined;
  }

  /** While widget code that rendered fields need is being fetched: `updateComplete` waits for it. */
  get widgetLoads(): ReadonlyMap<string, Promise<void>> {
    return this.#widgetLoads;
  }

  /**
   * The form's fields, each memoised; the ones that start a column of `columns` (the form's `x-layout`,
   * read on each render of the form: a new schema is a new form, whose fields all render anew) say so.
   */
  renderFields(fields: readonly FieldModel[], columns: ColumnLayout): unknown {
    this.#columns = columns;
    return fieldList(this.#withoutRevealed(fields), this.#listOptions);
  }

  /** Every field renders again (errors now show, or the language changed). */
  invalidate(): void {
    this.#epoch++;
  }

  /** A new form: widgets' state starts over and every field renders again. */
  reset(): void {
    this.#state = new Map();
    this.#stateVersion = new Map();
    this.#epoch++;
  }

  /**
   * For every group, the errors shown anywhere inside it, as one comparable string: computed once per
   * render from the (usually short) error map, so a nested error appearing re-renders its groups.
   */
  collectGroupErrors(form: Form): void {
    const groups = new Map<string, string>();
    const touched = this.#options.touched;
    // Nothing shows yet: reading `form.errors` would run the whole-form validation for nothing.
    if (!touched.anyShown) {
      this.#groupErrors = groups;
      return;
    }
    for (const pointer of form.errors.keys()) {
      const message = touched.shownError(pointer);
      if (message === undefined) continue;
      // Down to the root (`cut` 0): it is a group too when it is a list or a map (issue #14, item 5).
      for (let cut = pointer.lastIndexOf('/'); cut >= 0; cut = cut > 0 ? pointer.lastIndexOf('/', cut - 1) : -1) {
        const group = pointer.slice(0, cut);
        groups.set(group, `${groups.get(group) ?? ''}\u0000${pointer}\u0000${message}`);
      }
    }
    this.#groupErrors = groups;
  }

  /**
   * What a field's template depends on besides the field object itself. A group (object, array) also
   * depends on the errors shown and the UI state inside it: those can change while the group's own field
   * object stays the same.
   */
  #dependencies(field: FieldModel): unknown[] {
    const pointer = field.pointer;
    const dependencies: unknown[] = [
      this.#options.touched.shownError(pointer),
      this.#options.language.locale,
      this.#stateVersion.get(pointer) ?? 0,
      this.help.inputs(field),
      this.help.parserArrived,
      this.#groupErrors.get(pointer),
    ];
    // A choice draws the fields its answers reveal: it renders again whenever one of them would.
    if (revealsAny(field))
      for (const option of field.options!)
        if (option.reveals)
          for (const revealed of this.#activeFields(option.reveals))
            dependencies.push(revealed, ...this.#dependencies(revealed));
    return dependencies;
  }

  /** The active fields at `pointers`. */
  #activeFields(pointers: readonly string[]): readonly FieldModel[] {
    const form = this.#options.form();
    const fields: FieldModel[] = [];
    for (const pointer of pointers) {
      const field = form?.field(pointer);
      if (field) fields.push(field);
    }
    return fields;
  }

  /**
   * `fields` without those an answer reveals that their choice, a sibling whose widget draws reveals,
   * draws under that answer (GOV.UK conditional reveal); the others keep their place.
   */
  #withoutRevealed(fields: readonly FieldModel[]): readonly FieldModel[] {
    let drawnByChoice: Set<FieldModel> | undefined;
    let choices: Set<string> | undefined;
    for (const field of fields) {
      const revealer = field.revealedBy;
      if (revealer === undefined) continue;
      // Found once per list, only where some field is revealed (a switch's fields stay in the list).
      choices ??= new Set(
        fields.filter((choice) => revealsAny(choice) && selectWidget(choice).reveals).map((choice) => choice.pointer),
      );
      if (choices.has(revealer)) (drawnByChoice ??= new Set()).add(field);
    }
    return drawnByChoice ? fields.filter((field) => !drawnByChoice.has(field)) : fields;
  }

  #render(field: FieldModel, frame: FieldFrame, options: RenderOptions): void {
    const widget = selectWidget(field);
    if (widget instanceof LazyWidget) this.#awaitWidget(widget, field.pointer);
    renderFieldFrame(frame, field, widget, this.#context(field), this.#columns.starts.has(field.pointer), options);
  }

  /** What `field`'s widget is given to render it, or to read an event of its controls. */
  #context(field: FieldModel): FieldContext {
    const { strings, locale } = this.#options.language;
    const error = this.#options.touched.shownError(field.pointer);
    return new FieldContext(this.#fieldHost, field, error, strings, locale);
  }

  /** Renders the field at `pointer` again, and every group around it, even where no field object changed. */
  #rerender(pointer: string): void {
    // Up to the root included: a root list or map is a field too (issue #14, item 5).
    for (let at = pointer; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/')))) {
      this.#stateVersion.set(at, (this.#stateVersion.get(at) ?? 0) + 1);
      if (at === '') break;
    }
    this.#epoch++;
    this.#host.requestUpdate();
  }

  /** Fetches a lazy widget's code for the field at `pointer`, which renders again once the fetch has settled. */
  #awaitWidget(widget: LazyWidget, pointer: string): void {
    if (widget.status === 'loaded' || widget.status === 'failed' || this.#widgetLoads.has(pointer)) return;
    this.#widgetLoads.set(
      pointer,
      widget.load().then(() => {
        this.#widgetLoads.delete(pointer);
        this.#rerender(pointer);
      }),
    );
  }
}
