/**
 * The conditional check of the corpus test: for each `if`/`then` or schema `dependencies` whose
 * controlling property is a rendered field, give that field the triggering answer through the UI (a
 * click on the option, a typed value) and expect the fields the condition adds to appear.
 */
import { userEvent } from 'vitest/browser';
import { controlsOf } from './corpus-checks.test-support.js';

/** A property whose answer adds fields: give `/control` the answer `value` and `/revealed…` appear. */
export interface Condition {
  readonly control: string;
  readonly value: string | number | boolean;
  readonly revealed: readonly string[];
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function propertyNames(node: unknown): string[] {
  return isNode(node) && isNode(node.properties) ? Object.keys(node.properties) : [];
}

/** The answer an `if` subschema asks of its single property (`const` or one-item `enum`), if that simple. */
function trigger(condition: unknown): { property: string; value: string | number | boolean } | undefined {
  if (!isNode(condition) || !isNode(condition.properties)) return undefined;
  const entries = Object.entries(condition.properties);
  if (entries.length !== 1) return undefined;
  const [property, rule] = entries[0]!;
  if (!isNode(rule)) return undefined;
  const value =
    'const' in rule ? rule.const : Array.isArray(rule.enum) && rule.enum.length === 1 ? rule.enum[0] : undefined;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? { property, value }
    : undefined;
}

/** The conditions of `schema`'s root object (its own `if`, those in `allOf`/`anyOf`, schema `dependencies`). */
export function conditionsOf(schema: unknown): Condition[] {
  if (!isNode(schema)) return [];
  const declared = new Set(propertyNames(schema));
  const conditions: Condition[] = [];
  const fromIf = (node: unknown): void => {
    if (!isNode(node) || !('if' in node)) return;
    const found = trigger(node.if);
    const revealed = propertyNames(node.then).filter((name) => !declared.has(name));
    if (found && revealed.length > 0) {
      conditions.push({
        control: `/${found.property}`,
        value: found.value,
        revealed: revealed.map((name) => `/${name}`),
      });
    }
  };
  fromIf(schema);
  for (const keyword of ['allOf', 'anyOf']) {
    const entries = schema[keyword];
    if (Array.isArray(entries)) entries.forEach(fromIf);
  }
  const dependencies = isNode(schema.dependencies) ? schema.dependencies : {};
  for (const [property, dependency] of Object.entries(dependencies)) {
    const revealed = propertyNames(dependency).filter((name) => !declared.has(name));
    const type =
      isNode(schema.properties) && isNode(schema.properties[property]) ? schema.properties[property].type : undefined;
    if (revealed.length > 0 && (type === 'string' || type === 'number' || type === 'integer')) {
      conditions.push({
        control: `/${property}`,
        value: type === 'string' ? 'x' : 1,
        revealed: revealed.map((name) => `/${name}`),
      });
    }
  }
  return conditions;
}

function labelText(control: HTMLInputElement): string {
  return [...(control.labels ?? [])].map((label) => label.textContent?.trim() ?? '').join(' ');
}

/**
 * Picks, as a person would, another option than `avoided` in the choice field at `pointer`; the label
 * picked, or undefined when the field is no radio group or select.
 */
async function answerOther(root: ShadowRoot, pointer: string, avoided: string): Promise<string | undefined> {
  const field = root.querySelector(`[data-pointer="${pointer}"]`);
  const controls = field ? controlsOf(field) : [];
  const radio = controls.find(
    (control): control is HTMLInputElement =>
      control instanceof HTMLInputElement && control.type === 'radio' && labelText(control) !== avoided,
  );
  if (radio) {
    await userEvent.click(radio);
    return labelText(radio);
  }
  const select = controls.find((control): control is HTMLSelectElement => control instanceof HTMLSelectElement);
  const option =
    select &&
    [...select.options].find((candidate) => candidate.value !== '' && candidate.textContent?.trim() !== avoided);
  if (!select || !option) return undefined;
  await userEvent.selectOptions(select, option);
  return option.textContent?.trim();
}

/** Gives the field at `condition.control` its triggering answer as a person would; false when it cannot. */
async function answer(root: ShadowRoot, condition: Condition): Promise<boolean> {
  const field = root.querySelector(`[data-pointer="${condition.control}"]`);
  if (!field) return false;
  const controls = controlsOf(field);
  const wanted = String(condition.value);
  const radio = controls.find(
    (control): control is HTMLInputElement =>
      control instanceof HTMLInputElement && control.type === 'radio' && labelText(control) === wanted,
  );
  if (radio) {
    await userEvent.click(radio);
    return true;
  }
  const select = controls.find((control): control is HTMLSelectElement => control instanceof HTMLSelectElement);
  const option = select && [...select.options].find((candidate) => candidate.textContent?.trim() === wanted);
  if (select && option) {
    await userEvent.selectOptions(select, option);
    return true;
  }
  const checkbox = controls.find(
    (control): control is HTMLInputElement => control instanceof HTMLInputElement && control.type === 'checkbox',
  );
  if (checkbox && typeof condition.value === 'boolean') {
    if (checkbox.checked !== condition.value) await userEvent.click(checkbox);
    return true;
  }
  const input = controls.find(
    (control) => control instanceof HTMLInputElement && control.type !== 'radio' && control.type !== 'checkbox',
  );
  if (input) {
    await userEvent.fill(input, wanted);
    await userEvent.tab();
    return true;
  }
  return false;
}

/**
 * Problem lines for the conditions whose triggering answer, given through the UI, does not bring in the
 * fields it adds, or whose other answer (another option of a choice) does not take them away again.
 * Conditions on a field the form does not render are skipped (other checks report it).
 */
export async function conditionProblems(
  schema: unknown,
  root: ShadowRoot,
  settle: () => Promise<unknown>,
): Promise<string[]> {
  const problems: string[] = [];
  const conditions = conditionsOf(schema);
  for (const condition of conditions) {
    if (!root.querySelector(`[data-pointer="${condition.control}"]`)) continue;
    if (!(await answer(root, condition))) {
      problems.push(`cannot answer ${condition.control} = ${JSON.stringify(condition.value)} through the UI`);
      continue;
    }
    await settle();
    for (const pointer of condition.revealed) {
      if (!root.querySelector(`[data-pointer="${pointer}"]`)) {
        problems.push(
          `after answering ${condition.control} = ${JSON.stringify(condition.value)}, ${pointer} does not appear`,
        );
      }
    }
    const other = await answerOther(root, condition.control, String(condition.value));
    if (other === undefined) continue;
    await settle();
    // Fields another condition adds for that other answer stay, rightly.
    const kept = new Set(
      conditions
        .filter((candidate) => candidate.control === condition.control && String(candidate.value) === other)
        .flatMap((candidate) => candidate.revealed),
    );
    for (const pointer of condition.revealed.filter((revealed) => !kept.has(revealed))) {
      if (root.querySelector(`[data-pointer="${pointer}"]`)) {
        problems.push(`after answering ${condition.control} = ${JSON.stringify(other)}, ${pointer} is still shown`);
      }
    }
  }
  return problems;
}
