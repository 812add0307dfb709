/**
 * The builder's rules as sentences ("Mostrar “Quais pedidos?” quando “Possui pedidos em andamento?” for
 * “Sim”", "… obrigatório quando …", "Texto de ajuda de … quando …"), each removable, and a sentence to
 * make a new one from lists: the kind of rule, the field, a question with closed answers (Sim/Não,
 * Escolha) and one of its answers. No value is typed, so none can be misspelt; only a help text is.
 */
import { h, hidden } from './dom.js';
import { isOptionList } from './field-kinds.js';
import { addRule, removeRule } from './form-edits.js';
import type { BuilderField, BuilderRule, FormModel } from './form-model.js';
import { problemSlot, type ViewContext } from './view-context.js';

/** What the new-rule sentence remembers between drawings. */
export interface RulesState {
  kind: BuilderRule['kind'];
  help: string;
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
  const help = h('input', {
    id: 'rule-help',
    type: 'text',
    value: state.help,
    maxlength: '2000',
    autocomplete: 'off',
    'data-focus': 'rule-help',
    oninput: (event: Event) => (state.help = (event.target as HTMLInputElement).value),
  });
  const add = () => {
    const text = state.help.trim();
    if (state.kind === 'help' && !text) {
      host.announce(t.needHelp);
      help.focus();
      return;
    }
    const rule = { kind: state.kind, target: target.key, trigger: trigger.key, value: answer[0], help: text };
    state.target = undefined;
    state.value = undefined;
    state.help = '';
    context.change(addRule(host.text(), rule), t.ruleAdded, 'rule-kind');
  };
  return h(
    'div',
    { class: 'builder-add builder-rule-new' },
    h('label', { for: 'rule-kind' }, t.ruleKind),
    select(
      'rule-kind',
      (['show', 'require', 'help'] as const).map((kind) => [kind, t.ruleKinds[kind]]),
      state.kind,
      (v) => {
        state.kind = v as BuilderRule['kind'];
        context.redraw('rule-kind');
      },
    ),
    h('label', { for: 'rule-target' }, t.ruleField),
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
    state.kind === 'help' && h('label', { for: 'rule-help' }, t.ruleHelp),
    state.kind === 'help' && help,
    h('button', { type: 'button', class: 'primary', onclick: add }, t.addRule),
  );
}

/** The "Regras" section. */
export function rulesSection(context: ViewContext, state: RulesState): HTMLElement {
  const { t, model, host } = context;
  const items = model.rules.map((rule) => {
    const sentence = t.ruleSentence[rule.kind](
      labelOf(model, rule.target),
      labelOf(model, rule.trigger),
      valueText(model, rule.trigger, rule.value),
      rule.help ?? '',
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
          onclick: () => context.change(removeRule(host.text(), rule.index), t.ruleRemoved, 'rule-kind'),
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
