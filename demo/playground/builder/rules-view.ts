/**
 * The builder's rules as sentences ("Mostrar “Quais pedidos?” quando “Possui pedidos em andamento?” for
 * “Sim”"), each removable, and a sentence to make a new one from three lists: the field to show, a
 * question with closed answers (Sim/Não, Escolha) and one of its answers. Nothing is typed, so a value
 * can never be misspelt.
 */
import { h, hidden } from './dom.js';
import { isOptionList } from './field-kinds.js';
import { addShowRule, removeRule } from './form-edits.js';
import type { BuilderField, FormModel } from './form-model.js';
import { problemSlot, type ViewContext } from './view-context.js';

/** What the new-rule sentence remembers between drawings. */
export interface RulesState {
  target: string | undefined;
  trigger: string | undefined;
  /** The chosen answer, as JSON. */
  value: string | undefined;
}

/** The answers a question can have, as [value, text], when they are a closed list. */
function answersOf(field: BuilderField | undefined): [unknown, string][] {
  if (!field || (field.kind !== 'yesNo' && field.kind !== 'choice')) return [];
  const options = field.schema.oneOf;
  if (!isOptionList(options)) return [];
  return options.map((option) => [option.const, String(option.title)]);
}

function labelOf(model: FormModel, key: string): string {
  return model.fields.find((f) => f.key === key)?.label ?? key;
}

function valueText(model: FormModel, trigger: string, value: unknown): string {
  const answer = answersOf(model.fields.find((f) => f.key === trigger)).find(([v]) => v === value);
  return answer ? answer[1] : JSON.stringify(value);
}

function select(
  id: string,
  options: [string, string][],
  chosen: string | undefined,
  onChange: (value: string) => void,
): HTMLSelectElement {
  return h(
    'select',
    { id, 'data-focus': id, onchange: (event: Event) => onChange((event.target as HTMLSelectElement).value) },
    ...options.map(([value, text]) => h('option', { value, selected: value === chosen }, text)),
  );
}

function newRuleRow(context: ViewContext, state: RulesState): HTMLElement {
  const { t, model, host } = context;
  const triggers = model.fields.filter((f) => answersOf(f).length > 0);
  if (triggers.length === 0 || model.fields.length < 2) return h('p', { class: 'hint' }, t.noTriggers);
  const trigger = triggers.find((f) => f.key === state.trigger) ?? triggers[0]!;
  const targets = model.fields.filter((f) => f.key !== trigger.key);
  const target = targets.find((f) => f.key === state.target) ?? targets[targets.length - 1]!;
  const answers = answersOf(trigger);
  const answer = answers.find(([v]) => JSON.stringify(v) === state.value) ?? answers[0]!;
  const add = () => {
    state.target = undefined;
    state.value = undefined;
    context.change(addShowRule(host.text(), target.key, trigger.key, answer[0]), t.ruleAdded, 'rule-target');
  };
  return h(
    'div',
    { class: 'builder-add builder-rule-new' },
    h('label', { for: 'rule-target' }, t.ruleShow),
    select(
      'rule-target',
      targets.map((f) => [f.key, f.label]),
      target.key,
      (v) => (state.target = v),
    ),
    h('label', { for: 'rule-trigger' }, t.ruleWhen),
    select(
      'rule-trigger',
      triggers.map((f) => [f.key, f.label]),
      trigger.key,
      (v) => {
        state.trigger = v;
        state.value = undefined;
        context.redraw('rule-trigger');
      },
    ),
    h('label', { for: 'rule-value' }, t.ruleIs),
    select(
      'rule-value',
      answers.map(([v, text]) => [JSON.stringify(v), text]),
      JSON.stringify(answer[0]),
      (v) => (state.value = v),
    ),
    h('button', { type: 'button', class: 'primary', onclick: add }, t.addRule),
  );
}

/** The "Regras" section. */
export function rulesSection(context: ViewContext, state: RulesState): HTMLElement {
  const { t, model, host } = context;
  const items = model.rules.map((rule) => {
    const sentence = t.ruleSentence(
      labelOf(model, rule.target),
      labelOf(model, rule.trigger),
      valueText(model, rule.trigger, rule.value),
    );
    return h(
      'li',
      { class: 'builder-rule' },
      h('span', {}, sentence),
      problemSlot(`rule:${rule.index}`),
      h(
        'button',
        {
          type: 'button',
          class: 'danger',
          onclick: () => context.change(removeRule(host.text(), rule.index), t.ruleRemoved, 'rule-target'),
        },
        t.removeRule,
        hidden(`: ${sentence}`),
      ),
    );
  });
  return h(
    'section',
    { class: 'builder-section', 'aria-labelledby': 'builder-rules-heading' },
    h('h3', { id: 'builder-rules-heading' }, t.rulesHeading),
    items.length === 0 ? h('p', { class: 'hint' }, t.noRules) : h('ul', { class: 'builder-rules' }, ...items),
    newRuleRow(context, state),
  );
}
