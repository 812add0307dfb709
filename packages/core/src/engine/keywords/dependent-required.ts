/**
 * `dependentRequired` (draft-07: the list-valued entries of `dependencies`): while a property is
 * answered, the properties it names are required too.
 */
import { isObject } from '../../json-pointer.js';
import type { Dialect, JsonSchemaObject } from '../../types.js';
import { isAnswered } from './dependent-schemas.js';

/** The keywords of this family, kept with the other keyword lists (see schema-keywords.ts). */
export { DEPENDENT_REQUIRED_KEYWORDS } from '../../schema-keywords.js';

/** A property name and the names it makes required while answered. */
export type DependentRequirement = readonly [name: string, required: readonly string[]];

/** The requirements `schema` declares in `dialect`. */
export function dependentRequiredOf(schema: JsonSchemaObject, dialect: Dialect): DependentRequirement[] {
  const requirements: DependentRequirement[] = [];
  for (const map of [schema.dependentRequired, dialect === 'draft-07' ? schema.dependencies : undefined])
    if (isObject(map))
      for (const name of Object.keys(map)) {
        const names = map[name];
        if (Array.isArray(names)) requirements.push([name, names.map(String)]);
      }
  return requirements;
}

/** Whether what `schema` requires may depend on the answers in `dialect`. */
export function requiresDependOnAnswers(schema: JsonSchemaObject, dialect: Dialect): boolean {
  return isObject(schema.dependentRequired) || (dialect === 'draft-07' && isObject(schema.dependencies));
}

/** Every property name a `dependentRequired` value mentions (the answered one and those it requires). */
export function namesInDependentRequired(value: Readonly<Record<string, unknown>>): string[] {
  const names: string[] = [];
  for (const name of Object.keys(value)) {
    names.push(name);
    const required = value[name];
    if (Array.isArray(required)) for (const other of required) names.push(String(other));
  }
  return names;
}

/** The required names for `answers`: `required` plus what the answered properties make required. */
export function requiredForAnswers(
  required: ReadonlySet<string>,
  requirements: readonly DependentRequirement[],
  answers: unknown,
): ReadonlySet<string> {
  if (requirements.length === 0) return required;
  const all = new Set(required);
  for (const [name, names] of requirements) if (isAnswered(answers, name)) for (const other of names) all.add(other);
  return all;
}
